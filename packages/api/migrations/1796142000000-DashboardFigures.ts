import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The dashboard's other figures as small current-state rollups, kept in the transaction of each
 * change by statement triggers (transition tables), and indexes for the women-supported rollup:
 *
 * - `follow_up_due` (district of her community, deadline day, n): services with a follow-up
 *   deadline, not done and not archived. Overdue today is the sum of the days before today, so the
 *   figure never goes stale when the day changes.
 * - `open_case_count` (district, risk level, n): open cases, not archived.
 * - `service_reach_link` read by range of a and of b (the women of a run of whole months read the
 *   links that end in +∞ from the period's first month on, and those that jump over the period
 *   and end before +∞), instead of the whole table.
 * - `beneficiary (id) INCLUDE (community_id)`: the district of each woman counted from the services
 *   (periods that are not whole months) without reading her row.
 *
 * A woman moving to another district takes her counts with her (row trigger on `beneficiary`);
 * each change locks the women it counts (`service_reach_lock`, advisory, until commit), so a move
 * and a change to her services or cases take turns and each sees the other's rows.
 */
export class DashboardFigures1796142000000 implements MigrationInterface {
  name = "DashboardFigures1796142000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('CREATE INDEX "service_reach_link_b_idx" ON "service_reach_link" ("b", "a") INCLUDE ("district_id", "kind", "n")');
    await q('CREATE INDEX "service_reach_link_a_idx" ON "service_reach_link" ("a", "b") INCLUDE ("district_id", "kind", "n")');
    await q('CREATE INDEX "beneficiary_id_community_idx" ON "beneficiary" ("id") INCLUDE ("community_id")');

    await q(`CREATE TABLE "follow_up_due" (
      "district_id" uuid NOT NULL,
      "due_on" date NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "follow_up_due_pkey" PRIMARY KEY ("district_id", "due_on"))`);
    await q(`CREATE TABLE "open_case_count" (
      "district_id" uuid NOT NULL,
      "risk_level" varchar(10) NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "open_case_count_pkey" PRIMARY KEY ("district_id", "risk_level"))`);

    // What each row adds to its rollup: (woman, key) with +1 for the rows now, −1 for the rows before.
    const rollups = [
      {
        table: "follow_up_due",
        source: "service",
        key: "due_on",
        value: "follow_up_due_on",
        counted: "follow_up_due_on IS NOT NULL AND follow_up_done_at IS NULL AND archived_at IS NULL",
      },
      {
        table: "open_case_count",
        source: '"case"',
        key: "risk_level",
        value: "risk_level",
        counted: "status = 'OPEN' AND archived_at IS NULL",
      },
    ];
    for (const r of rollups) {
      const delta = (rows: string, sign: number) =>
        `SELECT beneficiary_id AS w, ${r.value} AS k, ${sign} AS n FROM ${rows} WHERE ${r.counted}`;
      const apply = (parts: string[]) => `
        SELECT array_agg(DISTINCT w) INTO women FROM (${parts.join(" UNION ALL ")}) t;
        PERFORM service_reach_lock(women);
        INSERT INTO ${r.table} (district_id, ${r.key}, n)
        SELECT c.district_id, x.k, sum(x.n)::int
          FROM (${parts.join(" UNION ALL ")}) x JOIN beneficiary b ON b.id = x.w JOIN community c ON c.id = b.community_id
         GROUP BY 1, 2 HAVING sum(x.n) <> 0 ORDER BY 1, 2
        ON CONFLICT (district_id, ${r.key}) DO UPDATE SET n = ${r.table}.n + EXCLUDED.n;`;
      const ops = [
        { op: "insert", refs: "REFERENCING NEW TABLE AS new_rows", parts: [delta("new_rows", 1)] },
        {
          op: "update",
          refs: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
          parts: [delta("new_rows", 1), delta("old_rows", -1)],
        },
        { op: "delete", refs: "REFERENCING OLD TABLE AS old_rows", parts: [delta("old_rows", -1)] },
      ];
      for (const { op, refs, parts } of ops) {
        await q(`CREATE FUNCTION ${r.table}_after_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
          DECLARE women uuid[];
          BEGIN ${apply(parts)}
            RETURN NULL;
          END $$`);
        await q(`CREATE TRIGGER ${r.table}_${op} AFTER ${op.toUpperCase()} ON ${r.source} ${refs}
          FOR EACH STATEMENT EXECUTE FUNCTION ${r.table}_after_${op}()`);
      }
      // Refills the rollup from its rows (this migration; a bulk load may call it too).
      await q(`CREATE FUNCTION ${r.table}_refill() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          LOCK TABLE ${r.table} IN EXCLUSIVE MODE;
          DELETE FROM ${r.table};
          INSERT INTO ${r.table} (district_id, ${r.key}, n)
          SELECT c.district_id, x.${r.value}, count(*)::int
            FROM ${r.source} x JOIN beneficiary b ON b.id = x.beneficiary_id JOIN community c ON c.id = b.community_id
           WHERE ${r.counted.replace(/(\w+) (IS|=)/g, "x.$1 $2")}
           GROUP BY 1, 2;
        END $$`);
      await q(`SELECT ${r.table}_refill()`);
    }

    // A woman who moves to a community of another district takes her follow-ups and open cases with her.
    await q(`CREATE FUNCTION dashboard_figures_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE was uuid; is_now uuid;
      BEGIN
        SELECT district_id INTO was FROM community WHERE id = OLD.community_id;
        SELECT district_id INTO is_now FROM community WHERE id = NEW.community_id;
        IF was IS DISTINCT FROM is_now THEN
          PERFORM service_reach_lock(ARRAY[NEW.id]);
          INSERT INTO follow_up_due (district_id, due_on, n)
          SELECT d.district_id, s.follow_up_due_on, (d.sign * count(*))::int
            FROM service s CROSS JOIN (VALUES (was, -1), (is_now, 1)) d(district_id, sign)
           WHERE s.beneficiary_id = NEW.id AND s.follow_up_due_on IS NOT NULL AND s.follow_up_done_at IS NULL AND s.archived_at IS NULL
           GROUP BY d.district_id, d.sign, s.follow_up_due_on ORDER BY 1, 2
          ON CONFLICT (district_id, due_on) DO UPDATE SET n = follow_up_due.n + EXCLUDED.n;
          INSERT INTO open_case_count (district_id, risk_level, n)
          SELECT d.district_id, c.risk_level, (d.sign * count(*))::int
            FROM "case" c CROSS JOIN (VALUES (was, -1), (is_now, 1)) d(district_id, sign)
           WHERE c.beneficiary_id = NEW.id AND c.status = 'OPEN' AND c.archived_at IS NULL
           GROUP BY d.district_id, d.sign, c.risk_level ORDER BY 1, 2
          ON CONFLICT (district_id, risk_level) DO UPDATE SET n = open_case_count.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER dashboard_figures_move AFTER UPDATE OF community_id ON beneficiary
      FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id) EXECUTE FUNCTION dashboard_figures_after_move()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q("DROP TRIGGER dashboard_figures_move ON beneficiary");
    await q("DROP FUNCTION dashboard_figures_after_move()");
    for (const [table, source] of [
      ["open_case_count", '"case"'],
      ["follow_up_due", "service"],
    ]) {
      for (const op of ["delete", "update", "insert"]) {
        await q(`DROP TRIGGER ${table}_${op} ON ${source}`);
        await q(`DROP FUNCTION ${table}_after_${op}()`);
      }
      await q(`DROP FUNCTION ${table}_refill()`);
      await q(`DROP TABLE "${table}"`);
    }
    await q('DROP INDEX "beneficiary_id_community_idx"');
    await q('DROP INDEX "service_reach_link_a_idx"');
    await q('DROP INDEX "service_reach_link_b_idx"');
  }
}
