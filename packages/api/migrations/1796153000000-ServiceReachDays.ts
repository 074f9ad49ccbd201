import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Women supported over any days, not only whole months, from rollups kept in the transaction of
 * every change (the months' rollup is `service_reach_link`, migration ServiceReachRollup).
 *
 * For each woman and kind (and 'ALL' kinds) her service days form a chain −∞ < d1 < … < dk < +∞,
 * with links (a, b) between neighbours. Exactly one link of each chain has a < F ≤ b, so the
 * women served in F..T are the chains (N) less the links with a < F and b > T, which jump over
 * the period. Those are split by whether each end falls in the period's first or last month or
 * beyond, so that every part is an index range over at most half a month of days:
 *
 * - both ends beyond: the months' rollup;
 * - `service_reach_link_dm` (day a, month of b): every link with a real a;
 * - `service_reach_link_md` (month of a, day b): every link with a real b;
 * - `service_reach_link_dd` (day a, day b, and the month of b to read it by): links between two
 *   real days.
 *
 * Each row counts the women of a district (of her community now) and kind with that link. The
 * service triggers recompute the links of the women a statement touched, as the months' triggers
 * do (same lock, same before-state: her rows now, less the new rows, plus the old ones); a woman
 * moving district takes her links with her. `service_reach_days_refill()` refills all three.
 */
export class ServiceReachDays1796153000000 implements MigrationInterface {
  name = "ServiceReachDays1796153000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // The primary keys are the reading order (by day, then the other end); n rides along.
    await q(`CREATE TABLE "service_reach_link_dm" (
      "a" date NOT NULL, "bm" date NOT NULL, "district_id" uuid NOT NULL, "kind" varchar(20) NOT NULL, "n" integer NOT NULL,
      CONSTRAINT "service_reach_link_dm_pkey" PRIMARY KEY ("a", "bm", "district_id", "kind") INCLUDE ("n"))`);
    await q(`CREATE TABLE "service_reach_link_md" (
      "b" date NOT NULL, "am" date NOT NULL, "district_id" uuid NOT NULL, "kind" varchar(20) NOT NULL, "n" integer NOT NULL,
      CONSTRAINT "service_reach_link_md_pkey" PRIMARY KEY ("b", "am", "district_id", "kind") INCLUDE ("n"))`);
    await q(`CREATE TABLE "service_reach_link_dd" (
      "bm" date NOT NULL, "a" date NOT NULL, "b" date NOT NULL, "district_id" uuid NOT NULL, "kind" varchar(20) NOT NULL, "n" integer NOT NULL,
      CONSTRAINT "service_reach_link_dd_pkey" PRIMARY KEY ("bm", "a", "b", "district_id", "kind") INCLUDE ("n"))`);
    await q(`CREATE FUNCTION service_reach_month(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
      SELECT date_trunc('month', d::timestamp)::date $$`);
    // The day links of the days in `days` (woman, kind, day), with kind 'ALL' for any kind.
    await q(`CREATE FUNCTION service_reach_day_links(days jsonb)
      RETURNS TABLE (w uuid, kind varchar, a date, b date) LANGUAGE sql STABLE AS $$
      WITH d AS (SELECT DISTINCT x.w, x.kind, x.d FROM jsonb_to_recordset(days) AS x(w uuid, kind varchar, d date)
                 UNION SELECT DISTINCT x.w, 'ALL', x.d FROM jsonb_to_recordset(days) AS x(w uuid, kind varchar, d date))
      SELECT w, kind, lag(d, 1, '-infinity') OVER (PARTITION BY w, kind ORDER BY d), d FROM d
      UNION ALL SELECT w, kind, max(d), 'infinity' FROM d GROUP BY w, kind $$`);
    // Adds `delta` (district_id, kind, a, b, n) to the three tables, in one statement.
    const apply = (delta: string) => `
      WITH delta AS MATERIALIZED (${delta}),
      dm AS (
        INSERT INTO service_reach_link_dm (a, bm, district_id, kind, n)
        SELECT a, service_reach_month(b), district_id, kind, sum(n)::int FROM delta WHERE a > '-infinity'
         GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (a, bm, district_id, kind) DO UPDATE SET n = service_reach_link_dm.n + EXCLUDED.n),
      md AS (
        INSERT INTO service_reach_link_md (b, am, district_id, kind, n)
        SELECT b, service_reach_month(a), district_id, kind, sum(n)::int FROM delta WHERE b < 'infinity'
         GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (b, am, district_id, kind) DO UPDATE SET n = service_reach_link_md.n + EXCLUDED.n)
      INSERT INTO service_reach_link_dd (bm, a, b, district_id, kind, n)
      SELECT service_reach_month(b), a, b, district_id, kind, sum(n)::int FROM delta WHERE a > '-infinity' AND b < 'infinity'
       GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (bm, a, b, district_id, kind) DO UPDATE SET n = service_reach_link_dd.n + EXCLUDED.n`;
    // Moves the day links of `women` from `before` (their service days before the change) to
    // their days now, as service_reach_shift does for the months. The caller has locked them.
    await q(`CREATE FUNCTION service_reach_day_shift(women uuid[], before jsonb, from_district uuid DEFAULT NULL)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF women IS NULL OR cardinality(women) = 0 THEN RETURN; END IF;
        ${apply(`SELECT d.district_id, l.kind, l.a, l.b, sum(l.n)::int AS n
          FROM (SELECT w, kind, a, b, -1 AS n, true AS old FROM service_reach_day_links(before)
                UNION ALL
                SELECT w, kind, a, b, 1, false FROM service_reach_day_links((
                  SELECT COALESCE(jsonb_agg(jsonb_build_object('w', s.beneficiary_id, 'kind', s.kind, 'd', s.provided_on)), '[]')
                    FROM service s WHERE s.beneficiary_id = ANY(women) AND s.archived_at IS NULL))) l
          JOIN LATERAL (SELECT CASE WHEN l.old AND from_district IS NOT NULL THEN from_district ELSE c.district_id END AS district_id
                          FROM beneficiary bf JOIN community c ON c.id = bf.community_id WHERE bf.id = l.w) d ON true
         GROUP BY 1, 2, 3, 4 HAVING sum(l.n) <> 0`)};
      END $$`);
    // The service days of the rows a statement changed, and of the women's other rows, before it.
    const beforeOf = (
      keep: string,
      old: string,
    ) => `(SELECT COALESCE(jsonb_agg(jsonb_build_object('w', x.w, 'kind', x.kind, 'd', x.d)), '[]') FROM (
        SELECT s.beneficiary_id AS w, s.kind, s.provided_on AS d FROM service s
         WHERE s.beneficiary_id = ANY(women) AND s.archived_at IS NULL ${keep}
        ${old ? `UNION ALL SELECT o.beneficiary_id, o.kind, o.provided_on FROM ${old} o WHERE o.archived_at IS NULL` : ""}) x)`;
    const ops = [
      {
        op: "insert",
        refs: "REFERENCING NEW TABLE AS new_rows",
        womenOf: "SELECT beneficiary_id FROM new_rows",
        keep: "AND s.id NOT IN (SELECT id FROM new_rows)",
        old: "",
      },
      {
        op: "update",
        refs: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        womenOf: "SELECT beneficiary_id FROM new_rows UNION SELECT beneficiary_id FROM old_rows",
        keep: "AND s.id NOT IN (SELECT id FROM new_rows)",
        old: "old_rows",
      },
      {
        op: "delete",
        refs: "REFERENCING OLD TABLE AS old_rows",
        womenOf: "SELECT beneficiary_id FROM old_rows",
        keep: "",
        old: "old_rows",
      },
    ];
    for (const { op, refs, womenOf, keep, old } of ops) {
      await q(`CREATE FUNCTION service_reach_days_after_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE women uuid[];
        BEGIN
          SELECT array_agg(DISTINCT w) INTO women FROM (${womenOf}) t(w);
          PERFORM service_reach_lock(women);
          PERFORM service_reach_day_shift(women, ${beforeOf(keep, old)});
          RETURN NULL;
        END $$`);
      await q(`CREATE TRIGGER service_reach_days_${op} AFTER ${op.toUpperCase()} ON service ${refs}
        FOR EACH STATEMENT EXECUTE FUNCTION service_reach_days_after_${op}()`);
    }
    // A woman who moves to a community of another district takes her day links with her.
    await q(`CREATE FUNCTION service_reach_days_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE moved uuid;
      BEGIN
        SELECT district_id INTO moved FROM community WHERE id = OLD.community_id;
        IF moved IS DISTINCT FROM (SELECT district_id FROM community WHERE id = NEW.community_id) THEN
          PERFORM service_reach_lock(ARRAY[NEW.id]);
          PERFORM service_reach_day_shift(ARRAY[NEW.id], (
            SELECT COALESCE(jsonb_agg(jsonb_build_object('w', s.beneficiary_id, 'kind', s.kind, 'd', s.provided_on)), '[]')
              FROM service s WHERE s.beneficiary_id = NEW.id AND s.archived_at IS NULL), moved);
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER service_reach_days_move AFTER UPDATE OF community_id ON beneficiary
      FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id) EXECUTE FUNCTION service_reach_days_after_move()`);
    // Refills the three tables from the services (this migration, and bench:seed after its bulk insert).
    await q(`CREATE FUNCTION service_reach_days_refill() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE service_reach_link_dm, service_reach_link_md, service_reach_link_dd IN EXCLUSIVE MODE;
        DELETE FROM service_reach_link_dm;
        DELETE FROM service_reach_link_md;
        DELETE FROM service_reach_link_dd;
        ${apply(`WITH d AS (SELECT DISTINCT s.beneficiary_id AS w, s.kind::varchar AS kind, s.provided_on AS d
                              FROM service s WHERE s.archived_at IS NULL),
                      days AS (SELECT * FROM d UNION ALL SELECT DISTINCT w, 'ALL', d FROM d),
                      links AS (SELECT w, kind, lag(d, 1, '-infinity') OVER (PARTITION BY w, kind ORDER BY d) AS a, d AS b FROM days
                                UNION ALL SELECT w, kind, max(d), 'infinity' FROM days GROUP BY w, kind)
                 SELECT c.district_id, l.kind, l.a, l.b, count(*)::int AS n
                   FROM links l JOIN beneficiary bf ON bf.id = l.w JOIN community c ON c.id = bf.community_id
                  GROUP BY 1, 2, 3, 4`)};
      END $$`);
    // The refill reads every service: on a large database it takes longer than a request may (the
    // pool's statement timeout), which must not stop the upgrade.
    await q("SET LOCAL statement_timeout = 0");
    await q("SELECT service_reach_days_refill()");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q("DROP TRIGGER service_reach_days_move ON beneficiary");
    for (const op of ["delete", "update", "insert"]) await q(`DROP TRIGGER service_reach_days_${op} ON service`);
    for (const fn of [
      "service_reach_days_refill()",
      "service_reach_days_after_move()",
      "service_reach_days_after_delete()",
      "service_reach_days_after_update()",
      "service_reach_days_after_insert()",
      "service_reach_day_shift(uuid[], jsonb, uuid)",
      "service_reach_day_links(jsonb)",
      "service_reach_month(date)",
    ])
      await q(`DROP FUNCTION ${fn}`);
    for (const table of ["service_reach_link_dd", "service_reach_link_md", "service_reach_link_dm"]) await q(`DROP TABLE "${table}"`);
  }
}
