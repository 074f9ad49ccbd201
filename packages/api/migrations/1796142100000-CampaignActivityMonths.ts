import type { MigrationInterface, QueryRunner } from "typeorm";

/** The reach counts summed by the rollup, as reported on each activity. */
const COUNTS = [
  "women_under_18",
  "women_18_29",
  "women_30_49",
  "women_50_plus",
  "men_under_18",
  "men_18_29",
  "men_30_49",
  "men_50_plus",
  "materials",
];

/**
 * Campaign totals from `campaign_activity_month` (campaign, district, month: activities and the
 * sums of each reported count), kept in the transaction of every change to an activity by
 * statement triggers (transition tables); archived activities are not counted. A campaign's
 * totals, by district and by month, read a few rows per district and month instead of all its
 * activities. Sums of figures partners reported: additive, so exact at any grain.
 */
export class CampaignActivityMonths1796142100000 implements MigrationInterface {
  name = "CampaignActivityMonths1796142100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "campaign_activity_month" (
      "campaign_id" uuid NOT NULL,
      "district_id" uuid NOT NULL,
      "month" date NOT NULL,
      "activities" integer NOT NULL,
      ${COUNTS.map((c) => `"${c}" integer NOT NULL`).join(",\n      ")},
      CONSTRAINT "campaign_activity_month_pkey" PRIMARY KEY ("campaign_id", "district_id", "month"))`);
    const columns = ["activities", ...COUNTS];
    const delta = (rows: string, sign: number) =>
      `SELECT campaign_id, district_id, date_trunc('month', held_on)::date AS month, ${sign} AS activities, ${COUNTS.map((c) => `${sign} * ${c} AS ${c}`).join(", ")}
         FROM ${rows} WHERE archived_at IS NULL`;
    const apply = (parts: string[]) => `
      INSERT INTO campaign_activity_month (campaign_id, district_id, month, ${columns.join(", ")})
      SELECT campaign_id, district_id, month, ${columns.map((c) => `sum(${c})::int`).join(", ")}
        FROM (${parts.join(" UNION ALL ")}) x
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (campaign_id, district_id, month) DO UPDATE SET
        ${columns.map((c) => `${c} = campaign_activity_month.${c} + EXCLUDED.${c}`).join(", ")};`;
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
      await q(`CREATE FUNCTION campaign_activity_month_after_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${apply(parts)}
          RETURN NULL;
        END $$`);
      await q(`CREATE TRIGGER campaign_activity_month_${op} AFTER ${op.toUpperCase()} ON campaign_activity ${refs}
        FOR EACH STATEMENT EXECUTE FUNCTION campaign_activity_month_after_${op}()`);
    }
    await q(`INSERT INTO campaign_activity_month (campaign_id, district_id, month, ${columns.join(", ")})
      SELECT campaign_id, district_id, date_trunc('month', held_on)::date, count(*)::int, ${COUNTS.map((c) => `sum(${c})::int`).join(", ")}
        FROM campaign_activity WHERE archived_at IS NULL GROUP BY 1, 2, 3`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ["delete", "update", "insert"]) {
      await queryRunner.query(`DROP TRIGGER campaign_activity_month_${op} ON campaign_activity`);
      await queryRunner.query(`DROP FUNCTION campaign_activity_month_after_${op}()`);
    }
    await queryRunner.query('DROP TABLE "campaign_activity_month"');
  }
}
