import type { MigrationInterface, QueryRunner } from "typeorm";

export class CaseLoadIndexes1796181303607 implements MigrationInterface {
  name = "CaseLoadIndexes1796181303607";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "case_closure_requested_idx" ON "case"  ("unit_id") WHERE status = \'OPEN\' AND closure_decision = \'REQUESTED\' AND archived_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "case_worker_open_risk_idx" ON "case"  ("case_worker_id", "risk_level") WHERE status = \'OPEN\' AND archived_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "service_open_follow_up_idx" ON "service"  ("unit_id", "follow_up_due_on") WHERE follow_up_due_on IS NOT NULL AND follow_up_done_at IS NULL AND archived_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."service_open_follow_up_idx"');
    await queryRunner.query('DROP INDEX "public"."case_worker_open_risk_idx"');
    await queryRunner.query('DROP INDEX "public"."case_closure_requested_idx"');
  }
}
