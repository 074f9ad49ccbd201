import type { MigrationInterface, QueryRunner } from "typeorm";

export class ConsentNotes1796141037853 implements MigrationInterface {
  name = "ConsentNotes1796141037853";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consent" ADD "note" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consent" DROP COLUMN "note"');
  }
}
