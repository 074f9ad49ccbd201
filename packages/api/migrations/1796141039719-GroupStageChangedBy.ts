import type { MigrationInterface, QueryRunner } from "typeorm";

export class GroupStageChangedBy1796141039719 implements MigrationInterface {
  name = "GroupStageChangedBy1796141039719";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "group_stage_change" ADD "changed_by_id" uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "group_stage_change" DROP COLUMN "changed_by_id"');
  }
}
