import type { MigrationInterface, QueryRunner } from "typeorm";

/** Published statistics tables, one row per release; a release is never changed or removed. */
export class StatisticsReleases1796119451011 implements MigrationInterface {
  name = "StatisticsReleases1796119451011";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "statistics_release" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "table_name" character varying(60) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "number" integer NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "released_by" uuid, "reason" text, "content" jsonb NOT NULL, CONSTRAINT "statistics_release_number_key" UNIQUE ("table_name", "period_from", "number"), CONSTRAINT "PK_58d77975d2a8ae1911b1653847d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(`
      CREATE FUNCTION statistics_release_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a statistics release is never changed: % refused (publish a correction instead)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER statistics_release_unchanged BEFORE UPDATE OR DELETE ON statistics_release FOR EACH ROW EXECUTE FUNCTION statistics_release_unchanged()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "statistics_release"');
    await queryRunner.query("DROP FUNCTION statistics_release_unchanged()");
  }
}
