import type { MigrationInterface, QueryRunner } from "typeorm";

export class CaseClosureSteps1796120141684 implements MigrationInterface {
  name = "CaseClosureSteps1796120141684";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_closure_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "step" character varying(10) NOT NULL, "reason" text, "taken_by" uuid, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7635dfa5b402b8f440d2807b231" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_closure_step_case_idx" ON "case_closure_step"  ("case_id") ');
    await queryRunner.query('ALTER TABLE "case" ADD "closure_decision_reason" text');
    // Cases decided before this migration kept the decision's reason in closure_reason (it had
    // overwritten the request's): move it to its own column and record both steps known.
    await queryRunner.query(
      `INSERT INTO case_closure_step (case_id, step, reason, taken_by, taken_at)
       SELECT id, 'REQUESTED', CASE WHEN closure_decision = 'REQUESTED' THEN closure_reason END, closure_requested_by, closure_requested_at
         FROM "case" WHERE closure_requested_at IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO case_closure_step (case_id, step, reason, taken_by, taken_at)
       SELECT id, closure_decision, closure_reason, closure_decided_by, closure_decided_at
         FROM "case" WHERE closure_decision IN ('APPROVED', 'REJECTED') AND closure_decided_at IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "case" SET closure_decision_reason = closure_reason, closure_reason = NULL WHERE closure_decision IN ('APPROVED', 'REJECTED')`,
    );
    await queryRunner.query(
      'ALTER TABLE "case_closure_step" ADD CONSTRAINT "FK_04609bd272501f5b91dabf26e54" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_closure_step" DROP CONSTRAINT "FK_04609bd272501f5b91dabf26e54"');
    await queryRunner.query(
      `UPDATE "case" SET closure_reason = closure_decision_reason WHERE closure_decision IN ('APPROVED', 'REJECTED') AND closure_decision_reason IS NOT NULL`,
    );
    await queryRunner.query('ALTER TABLE "case" DROP COLUMN "closure_decision_reason"');
    await queryRunner.query('DROP INDEX "public"."case_closure_step_case_idx"');
    await queryRunner.query('DROP TABLE "case_closure_step"');
  }
}
