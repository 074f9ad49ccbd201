import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The rollup behind "women supported" for any run of whole months, kept in the transaction of
 * every change to a service (or to the community a woman lives in) by triggers.
 *
 * For each woman and kind of service (and 'ALL' kinds), the months she was served form a chain
 * −∞ < m1 < … < mk < +∞; its links are (−∞, m1), (m1, m2), …, (mk, +∞). She was served in the
 * months F..T exactly when no link jumps over them (a < F and b > T). So the number of women
 * served in F..T is the number of chains (links with a = −∞) minus the links that jump over
 * F..T: a sum over `service_reach_link`, counted per district (her community's) and kind.
 */
export class ServiceReachRollup1796140000000 implements MigrationInterface {
  name = "ServiceReachRollup1796140000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_reach_link" (
      "district_id" uuid NOT NULL,
      "kind" varchar(20) NOT NULL,
      "a" date NOT NULL,
      "b" date NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "service_reach_link_pkey" PRIMARY KEY ("district_id", "kind", "a", "b"))`);
    // The links of the months in `months` (woman, kind, month), with kind 'ALL' for any kind.
    await queryRunner.query(`CREATE FUNCTION service_reach_links(months jsonb)
      RETURNS TABLE (w uuid, kind varchar, a date, b date) LANGUAGE sql STABLE AS $$
      WITH m AS (SELECT DISTINCT x.w, x.kind, x.m FROM jsonb_to_recordset(months) AS x(w uuid, kind varchar, m date)
                 UNION SELECT DISTINCT x.w, 'ALL', x.m FROM jsonb_to_recordset(months) AS x(w uuid, kind varchar, m date))
      SELECT w, kind, lag(m, 1, '-infinity') OVER (PARTITION BY w, kind ORDER BY m), m FROM m
      UNION ALL SELECT w, kind, max(m), 'infinity' FROM m GROUP BY w, kind $$`);
    // Before her links are worked out from her rows, each woman is locked until the transaction
    // ends, so that two transactions changing her services take turns (each sees the other's
    // rows); a change to many women at once (an import) locks them all.
    await queryRunner.query(`CREATE FUNCTION service_reach_lock(women uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE woman uuid;
      BEGIN
        IF women IS NULL OR cardinality(women) = 0 THEN RETURN; END IF;
        IF cardinality(women) > 200 THEN
          PERFORM pg_advisory_xact_lock(736361, 0);
        ELSE
          PERFORM pg_advisory_xact_lock_shared(736361, 0);
          FOREACH woman IN ARRAY (SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(women) x) LOOP
            PERFORM pg_advisory_xact_lock(736362, hashtext(woman::text));
          END LOOP;
        END IF;
      END $$`);
    // Moves the links of the women in `women` from `before` (their served months before the
    // change, as jsonb) to their months now, each under her district now (or `from_district`
    // for the links taken away, when she moved). The caller has locked them.
    await queryRunner.query(`CREATE FUNCTION service_reach_shift(women uuid[], before jsonb, from_district uuid DEFAULT NULL)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF women IS NULL OR cardinality(women) = 0 THEN RETURN; END IF;
        INSERT INTO service_reach_link (district_id, kind, a, b, n)
        SELECT d.district_id, l.kind, l.a, l.b, sum(l.n)::int
          FROM (SELECT w, kind, a, b, -1 AS n, true AS old FROM service_reach_links(before)
                UNION ALL
                SELECT w, kind, a, b, 1, false FROM service_reach_links((
                  SELECT COALESCE(jsonb_agg(jsonb_build_object('w', s.beneficiary_id, 'kind', s.kind, 'm', date_trunc('month', s.provided_on)::date)), '[]')
                    FROM service s WHERE s.beneficiary_id = ANY(women) AND s.archived_at IS NULL))) l
          JOIN LATERAL (SELECT CASE WHEN l.old AND from_district IS NOT NULL THEN from_district ELSE c.district_id END AS district_id
                          FROM beneficiary bf JOIN community c ON c.id = bf.community_id WHERE bf.id = l.w) d ON true
         GROUP BY 1, 2, 3, 4
        HAVING sum(l.n) <> 0
        ON CONFLICT (district_id, kind, a, b) DO UPDATE SET n = service_reach_link.n + EXCLUDED.n;
      END $$`);
    // The served months of the rows a statement changed, and of the women's other rows, before it.
    const beforeOf = (
      keep: string,
      old: string,
    ) => `(SELECT COALESCE(jsonb_agg(jsonb_build_object('w', x.w, 'kind', x.kind, 'm', x.m)), '[]') FROM (
        SELECT s.beneficiary_id AS w, s.kind, date_trunc('month', s.provided_on)::date AS m FROM service s
         WHERE s.beneficiary_id = ANY(women) AND s.archived_at IS NULL ${keep}
        ${old ? `UNION ALL SELECT o.beneficiary_id, o.kind, date_trunc('month', o.provided_on)::date FROM ${old} o WHERE o.archived_at IS NULL` : ""}) x)`;
    const trigger = (op: string, womenOf: string, keep: string, old: string) =>
      queryRunner.query(`CREATE FUNCTION service_reach_after_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE women uuid[];
        BEGIN
          SELECT array_agg(DISTINCT w) INTO women FROM (${womenOf}) t(w);
          PERFORM service_reach_lock(women);
          PERFORM service_reach_shift(women, ${beforeOf(keep, old)});
          RETURN NULL;
        END $$`);
    await trigger("INSERT", "SELECT beneficiary_id FROM new_rows", "AND s.id NOT IN (SELECT id FROM new_rows)", "");
    await trigger(
      "UPDATE",
      "SELECT beneficiary_id FROM new_rows UNION SELECT beneficiary_id FROM old_rows",
      "AND s.id NOT IN (SELECT id FROM new_rows)",
      "old_rows",
    );
    await trigger("DELETE", "SELECT beneficiary_id FROM old_rows", "", "old_rows");
    await queryRunner.query(`CREATE TRIGGER service_reach_insert AFTER INSERT ON service REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION service_reach_after_insert()`);
    await queryRunner.query(`CREATE TRIGGER service_reach_update AFTER UPDATE ON service REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION service_reach_after_update()`);
    await queryRunner.query(`CREATE TRIGGER service_reach_delete AFTER DELETE ON service REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION service_reach_after_delete()`);
    // A woman who moves to a community of another district takes her links with her.
    await queryRunner.query(`CREATE FUNCTION service_reach_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE moved uuid;
      BEGIN
        SELECT district_id INTO moved FROM community WHERE id = OLD.community_id;
        IF moved IS DISTINCT FROM (SELECT district_id FROM community WHERE id = NEW.community_id) THEN
          PERFORM service_reach_lock(ARRAY[NEW.id]);
          PERFORM service_reach_shift(ARRAY[NEW.id], (
            SELECT COALESCE(jsonb_agg(jsonb_build_object('w', s.beneficiary_id, 'kind', s.kind, 'm', date_trunc('month', s.provided_on)::date)), '[]')
              FROM service s WHERE s.beneficiary_id = NEW.id AND s.archived_at IS NULL), moved);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER service_reach_move AFTER UPDATE OF community_id ON beneficiary
      FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id) EXECUTE FUNCTION service_reach_after_move()`);
    // Refills the rollup from the services (this migration, and bench:seed after its bulk insert).
    await queryRunner.query(`CREATE FUNCTION service_reach_refill() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE service_reach_link IN EXCLUSIVE MODE;
        DELETE FROM service_reach_link;
        INSERT INTO service_reach_link (district_id, kind, a, b, n)
        WITH m AS (SELECT DISTINCT s.beneficiary_id AS w, s.kind::varchar AS kind, date_trunc('month', s.provided_on)::date AS m
                     FROM service s WHERE s.archived_at IS NULL),
             months AS (SELECT * FROM m UNION SELECT DISTINCT w, 'ALL', m FROM m),
             links AS (SELECT w, kind, lag(m, 1, '-infinity') OVER (PARTITION BY w, kind ORDER BY m) AS a, m AS b FROM months
                       UNION ALL SELECT w, kind, max(m), 'infinity' FROM months GROUP BY w, kind)
        SELECT c.district_id, l.kind, l.a, l.b, count(*)::int
          FROM links l JOIN beneficiary bf ON bf.id = l.w JOIN community c ON c.id = bf.community_id
         GROUP BY 1, 2, 3, 4;
      END $$`);
    await queryRunner.query("SELECT service_reach_refill()");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER service_reach_move ON beneficiary");
    await queryRunner.query("DROP TRIGGER service_reach_delete ON service");
    await queryRunner.query("DROP TRIGGER service_reach_update ON service");
    await queryRunner.query("DROP TRIGGER service_reach_insert ON service");
    for (const fn of [
      "service_reach_refill()",
      "service_reach_after_move()",
      "service_reach_after_delete()",
      "service_reach_after_update()",
      "service_reach_after_insert()",
      "service_reach_shift(uuid[], jsonb, uuid)",
      "service_reach_lock(uuid[])",
      "service_reach_links(jsonb)",
    ])
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query('DROP TABLE "service_reach_link"');
  }
}
