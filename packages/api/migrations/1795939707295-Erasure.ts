import type { MigrationInterface, QueryRunner } from "typeorm";

export class Erasure1795939707295 implements MigrationInterface {
  name = "Erasure1795939707295";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "beneficiary" ADD "erased_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "beneficiary" DROP COLUMN "erased_at"');
  }
}
