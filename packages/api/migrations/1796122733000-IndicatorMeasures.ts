import type { MigrationInterface, QueryRunner } from "typeorm";

/** Indicators carry a version (CONFLICT on a stale edit), the record times, and what the platform counts for them. */
export class IndicatorMeasures1796122733000 implements MigrationInterface {
  name = "IndicatorMeasures1796122733000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "measure" character varying(32)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "measure"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "created_at"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "version"`);
  }
}
