import type { MigrationInterface, QueryRunner } from "typeorm";

export class CaseManagement1795939330932 implements MigrationInterface {
  name = "CaseManagement1795939330932";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "case_worker_id" uuid, "status" character varying(20) NOT NULL DEFAULT \'OPEN\', "stage" character varying(30) NOT NULL DEFAULT \'NEW\', "risk_level" character varying(10) NOT NULL, "plan" text, "notes" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "closure_decision" character varying(10), "closure_reason" text, "closure_requested_by" uuid, "closure_requested_at" TIMESTAMP WITH TIME ZONE, "closure_decided_by" uuid, "closure_decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a1b20a2aef6fc438389d2c4aca0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_beneficiary_idx" ON "case"  ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "case_worker_status_idx" ON "case"  ("case_worker_id", "status") ');
    await queryRunner.query('CREATE INDEX "case_unit_status_idx" ON "case"  ("unit_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "case_risk_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "previous_level" character varying(10), "level" character varying(10) NOT NULL, "reason" text, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e43d42765f67d8e5275f3a9d8ad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_risk_change_case_idx" ON "case_risk_change"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "incident" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "occurred_on" date NOT NULL, "reported_on" date NOT NULL, "gbv_type" character varying(30) NOT NULL, "perpetrator_relation" character varying(30) NOT NULL, "place_type" character varying(30) NOT NULL, "narrative" text, "perpetrator_details" text, CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "incident_case_idx" ON "incident"  ("case_id") ');
    await queryRunner.query(
      'ALTER TABLE "case" ADD CONSTRAINT "FK_574ad4b530b8d677cdd7a7e1b1e" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case" ADD CONSTRAINT "FK_ea03a1dd97bb01c7c3044bc7ecc" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_risk_change" ADD CONSTRAINT "FK_1bc1d74983eb1fa48ef802db821" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident" ADD CONSTRAINT "FK_df99578e357d5da098409a68f81" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "incident" DROP CONSTRAINT "FK_df99578e357d5da098409a68f81"');
    await queryRunner.query('ALTER TABLE "case_risk_change" DROP CONSTRAINT "FK_1bc1d74983eb1fa48ef802db821"');
    await queryRunner.query('ALTER TABLE "case" DROP CONSTRAINT "FK_ea03a1dd97bb01c7c3044bc7ecc"');
    await queryRunner.query('ALTER TABLE "case" DROP CONSTRAINT "FK_574ad4b530b8d677cdd7a7e1b1e"');
    await queryRunner.query('DROP INDEX "public"."incident_case_idx"');
    await queryRunner.query('DROP TABLE "incident"');
    await queryRunner.query('DROP INDEX "public"."case_risk_change_case_idx"');
    await queryRunner.query('DROP TABLE "case_risk_change"');
    await queryRunner.query('DROP INDEX "public"."case_unit_status_idx"');
    await queryRunner.query('DROP INDEX "public"."case_worker_status_idx"');
    await queryRunner.query('DROP INDEX "public"."case_beneficiary_idx"');
    await queryRunner.query('DROP TABLE "case"');
  }
}
