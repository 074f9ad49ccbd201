import type { MigrationInterface, QueryRunner } from "typeorm";

export class Assistance1795939560157 implements MigrationInterface {
  name = "Assistance1795939560157";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "service" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "case_id" uuid, "unit_id" uuid NOT NULL, "provider_id" uuid, "kind" character varying(20) NOT NULL, "subtype" character varying(30) NOT NULL, "provided_on" date NOT NULL, "outcome" character varying(20) NOT NULL, "follow_up_due_on" date, "follow_up_done_at" TIMESTAMP WITH TIME ZONE, "notes" text, CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "service_beneficiary_idx" ON "service"  ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "service_case_idx" ON "service"  ("case_id") ');
    await queryRunner.query('CREATE INDEX "service_follow_up_idx" ON "service"  ("follow_up_due_on", "follow_up_done_at") ');
    await queryRunner.query(
      'CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "scope" character varying(20) NOT NULL, "partner_id" uuid, "receiver_name" character varying(200), "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "consent_beneficiary_scope_idx" ON "consent"  ("beneficiary_id", "scope") ');
    await queryRunner.query(
      'CREATE TABLE "referral" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "case_id" uuid, "unit_id" uuid NOT NULL, "receiver_kind" character varying(20) NOT NULL, "partner_id" uuid, "receiver_name" character varying(200), "reason" text, "shares_personal_data" boolean NOT NULL, "consent_id" uuid, "consent_override_reason" text, "status" character varying(20) NOT NULL DEFAULT \'IN_PROGRESS\', "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "referral_beneficiary_idx" ON "referral"  ("beneficiary_id") ');
    await queryRunner.query('CREATE INDEX "referral_case_idx" ON "referral"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "referral_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6bb6ab5d09d166f97cee3c4a3b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "referral_status_change_referral_idx" ON "referral_status_change"  ("referral_id") ');
    await queryRunner.query(
      'CREATE TABLE "shelter_stay" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "case_id" uuid, "unit_id" uuid NOT NULL, "admitted_on" date NOT NULL, "planned_discharge_on" date, "discharged_on" date, "accompanying_children" smallint NOT NULL DEFAULT \'0\', "bed" character varying(20) NOT NULL, "notes" text, CONSTRAINT "PK_455f85ac0e50b87748ee12c602d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "shelter_stay_one_open_per_bed" ON "shelter_stay"  ("unit_id", "bed") WHERE discharged_on IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "shelter_stay_one_open_per_woman" ON "shelter_stay"  ("beneficiary_id") WHERE discharged_on IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "service" ADD CONSTRAINT "FK_178df768b820f952b0fcff015e4" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service" ADD CONSTRAINT "FK_3bb7629c4152e1a9d9ae0668b91" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service" ADD CONSTRAINT "FK_6c4444af6adcea5cc44c2cd9e30" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "FK_a5b369042006dc42214e780d0b5" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "FK_0738a12a507e2bafc29d42f891f" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "FK_33fd204d26fd1720629e87a10e6" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "FK_a3c42a65967c8a70e3ae1e1b6b6" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "FK_b6cc21816c1f5008eb61831589f" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "FK_aa6acce0b8aa175c34b0038b692" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "FK_909aaaac3c4e83d14ba7992c23d" FOREIGN KEY ("consent_id") REFERENCES "consent"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_status_change" ADD CONSTRAINT "FK_496968597363a7fa3018c7dbf53" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shelter_stay" ADD CONSTRAINT "FK_8b1c76acff7b8badf9afe56c524" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shelter_stay" ADD CONSTRAINT "FK_4a2ee43c6d9eea0aa053505200e" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shelter_stay" ADD CONSTRAINT "FK_b3d4d9e9dc776c899bfd7172fc8" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "shelter_stay" DROP CONSTRAINT "FK_b3d4d9e9dc776c899bfd7172fc8"');
    await queryRunner.query('ALTER TABLE "shelter_stay" DROP CONSTRAINT "FK_4a2ee43c6d9eea0aa053505200e"');
    await queryRunner.query('ALTER TABLE "shelter_stay" DROP CONSTRAINT "FK_8b1c76acff7b8badf9afe56c524"');
    await queryRunner.query('ALTER TABLE "referral_status_change" DROP CONSTRAINT "FK_496968597363a7fa3018c7dbf53"');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "FK_909aaaac3c4e83d14ba7992c23d"');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "FK_aa6acce0b8aa175c34b0038b692"');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "FK_b6cc21816c1f5008eb61831589f"');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "FK_a3c42a65967c8a70e3ae1e1b6b6"');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "FK_33fd204d26fd1720629e87a10e6"');
    await queryRunner.query('ALTER TABLE "consent" DROP CONSTRAINT "FK_0738a12a507e2bafc29d42f891f"');
    await queryRunner.query('ALTER TABLE "consent" DROP CONSTRAINT "FK_a5b369042006dc42214e780d0b5"');
    await queryRunner.query('ALTER TABLE "service" DROP CONSTRAINT "FK_6c4444af6adcea5cc44c2cd9e30"');
    await queryRunner.query('ALTER TABLE "service" DROP CONSTRAINT "FK_3bb7629c4152e1a9d9ae0668b91"');
    await queryRunner.query('ALTER TABLE "service" DROP CONSTRAINT "FK_178df768b820f952b0fcff015e4"');
    await queryRunner.query('DROP INDEX "public"."shelter_stay_one_open_per_woman"');
    await queryRunner.query('DROP INDEX "public"."shelter_stay_one_open_per_bed"');
    await queryRunner.query('DROP TABLE "shelter_stay"');
    await queryRunner.query('DROP INDEX "public"."referral_status_change_referral_idx"');
    await queryRunner.query('DROP TABLE "referral_status_change"');
    await queryRunner.query('DROP INDEX "public"."referral_case_idx"');
    await queryRunner.query('DROP INDEX "public"."referral_beneficiary_idx"');
    await queryRunner.query('DROP TABLE "referral"');
    await queryRunner.query('DROP INDEX "public"."consent_beneficiary_scope_idx"');
    await queryRunner.query('DROP TABLE "consent"');
    await queryRunner.query('DROP INDEX "public"."service_follow_up_idx"');
    await queryRunner.query('DROP INDEX "public"."service_case_idx"');
    await queryRunner.query('DROP INDEX "public"."service_beneficiary_idx"');
    await queryRunner.query('DROP TABLE "service"');
  }
}
