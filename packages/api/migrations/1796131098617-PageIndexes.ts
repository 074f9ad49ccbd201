import type { MigrationInterface, QueryRunner } from "typeorm";

export class PageIndexes1796131098617 implements MigrationInterface {
  name = "PageIndexes1796131098617";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."beneficiary_community_idx"');
    await queryRunner.query('DROP INDEX "public"."case_beneficiary_idx"');
    await queryRunner.query('DROP INDEX "public"."case_worker_status_idx"');
    await queryRunner.query('DROP INDEX "public"."service_beneficiary_idx"');
    await queryRunner.query('DROP INDEX "public"."referral_beneficiary_idx"');
    await queryRunner.query(
      'CREATE INDEX "beneficiary_community_registered_idx" ON "beneficiary"  ("community_id", "registered_on", "id") ',
    );
    await queryRunner.query('CREATE INDEX "case_opened_idx" ON "case"  ("opened_at", "id") ');
    await queryRunner.query('CREATE INDEX "case_beneficiary_opened_idx" ON "case"  ("beneficiary_id", "opened_at", "id") ');
    await queryRunner.query('CREATE INDEX "case_worker_status_opened_idx" ON "case"  ("case_worker_id", "status", "opened_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "service_period_idx" ON "service"  ("provided_on", "kind", "beneficiary_id") WHERE archived_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "service_provided_idx" ON "service"  ("provided_on", "id") ');
    await queryRunner.query('CREATE INDEX "service_beneficiary_provided_idx" ON "service"  ("beneficiary_id", "provided_on", "id") ');
    await queryRunner.query('CREATE INDEX "referral_referred_idx" ON "referral"  ("referred_at", "id") ');
    await queryRunner.query('CREATE INDEX "referral_beneficiary_referred_idx" ON "referral"  ("beneficiary_id", "referred_at", "id") ');
    await queryRunner.query('CREATE INDEX "shelter_stay_admitted_idx" ON "shelter_stay"  ("admitted_on", "id") ');
    await queryRunner.query(
      'CREATE INDEX "shelter_stay_beneficiary_admitted_idx" ON "shelter_stay"  ("beneficiary_id", "admitted_on", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."shelter_stay_beneficiary_admitted_idx"');
    await queryRunner.query('DROP INDEX "public"."shelter_stay_admitted_idx"');
    await queryRunner.query('DROP INDEX "public"."referral_beneficiary_referred_idx"');
    await queryRunner.query('DROP INDEX "public"."referral_referred_idx"');
    await queryRunner.query('DROP INDEX "public"."service_beneficiary_provided_idx"');
    await queryRunner.query('DROP INDEX "public"."service_provided_idx"');
    await queryRunner.query('DROP INDEX "public"."service_period_idx"');
    await queryRunner.query('DROP INDEX "public"."case_worker_status_opened_idx"');
    await queryRunner.query('DROP INDEX "public"."case_beneficiary_opened_idx"');
    await queryRunner.query('DROP INDEX "public"."case_opened_idx"');
    await queryRunner.query('DROP INDEX "public"."beneficiary_community_registered_idx"');
    await queryRunner.query('CREATE INDEX "referral_beneficiary_idx" ON "referral" USING btree ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "service_beneficiary_idx" ON "service" USING btree ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "case_worker_status_idx" ON "case" USING btree ("case_worker_id", "status") ');
    await queryRunner.query('CREATE INDEX "case_beneficiary_idx" ON "case" USING btree ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "beneficiary_community_idx" ON "beneficiary" USING btree ("community_id") ');
  }
}
