import type { MigrationInterface, QueryRunner } from "typeorm";

export class LearningAndCommunity1795940366556 implements MigrationInterface {
  name = "LearningAndCommunity1795940366556";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "self_help_group" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "community_id" uuid NOT NULL, "founded_on" date NOT NULL, "stage" character varying(12) NOT NULL DEFAULT \'FORMING\', "facilitator_id" uuid, CONSTRAINT "UQ_28f4c45d9b86e8e18e0e97ac52a" UNIQUE ("name"), CONSTRAINT "PK_bdacce9caaf142b5a979445964b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "self_help_group_community_idx" ON "self_help_group"  ("community_id") ');
    await queryRunner.query(
      'CREATE TABLE "group_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "from_stage" character varying(12), "to_stage" character varying(12) NOT NULL, "changed_on" date NOT NULL, "reason" text, CONSTRAINT "PK_4a0ac11012f1c684dd8f30b3a40" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "group_stage_change_group_idx" ON "group_stage_change"  ("group_id") ');
    await queryRunner.query(
      'CREATE TABLE "group_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_b631623cf04fa74513b975e7059" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "group_membership_beneficiary_idx" ON "group_membership"  ("beneficiary_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "group_membership_one_current" ON "group_membership"  ("group_id", "beneficiary_id") WHERE left_on IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "group_meeting" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "held_on" date NOT NULL, "topics" character varying(200) array NOT NULL DEFAULT \'{}\', "decisions" text, CONSTRAINT "PK_d4b15c0bc65a245ab23f1569be9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "group_meeting_group_idx" ON "group_meeting"  ("group_id") ');
    await queryRunner.query(
      'CREATE TABLE "group_meeting_attendance" ("meeting_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, CONSTRAINT "PK_00b4ae1d653727efac84883867c" PRIMARY KEY ("meeting_id", "beneficiary_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "advocacy_action" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "acted_on" date NOT NULL, "target_kind" character varying(20) NOT NULL, "target_name" character varying(200) NOT NULL, "request" text NOT NULL, "result" character varying(20) NOT NULL DEFAULT \'PENDING\', "result_note" text, CONSTRAINT "PK_4f874ba3c123f437f4e4fbf075b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "advocacy_action_group_idx" ON "advocacy_action"  ("group_id") ');
    await queryRunner.query(
      'CREATE TABLE "support_service" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "community_id" uuid NOT NULL, "kind" character varying(100) NOT NULL, "contacts" character varying(200) array NOT NULL DEFAULT \'{}\', "opening_hours" character varying(200), "offers" text NOT NULL, CONSTRAINT "UQ_105358d026226614419e0f30672" UNIQUE ("name"), CONSTRAINT "PK_d2d61a969f9b8a793168beaa8b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "support_service_community_idx" ON "support_service"  ("community_id") ');
    await queryRunner.query(
      'CREATE TABLE "support_service_activity" ("support_service_id" uuid NOT NULL, "month" date NOT NULL, "people_helped" integer NOT NULL, CONSTRAINT "PK_4a468cbf93f522a1900ef40dbea" PRIMARY KEY ("support_service_id", "month"))',
    );
    await queryRunner.query(
      'CREATE TABLE "training" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "aims" text NOT NULL, "topics" character varying(200) array NOT NULL DEFAULT \'{}\', "session_count" smallint NOT NULL, "completion_percent" smallint NOT NULL DEFAULT \'80\', "assessment_items" character varying(200) array NOT NULL DEFAULT \'{}\', "scale_min" smallint NOT NULL DEFAULT \'1\', "scale_max" smallint NOT NULL DEFAULT \'5\', "program_id" uuid, CONSTRAINT "UQ_603d5cfbfa4973da0a2e4d76873" UNIQUE ("code"), CONSTRAINT "PK_c436c96be3adf1aa439ef471427" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "training_course" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "community_id" uuid, "place" character varying(200), "trainer_id" uuid, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "capacity" smallint NOT NULL, "language" character varying(2) NOT NULL DEFAULT \'TG\', CONSTRAINT "PK_56adcccf0f40e261ee7cac6c6b1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "training_course_training_idx" ON "training_course"  ("training_id") ');
    await queryRunner.query(
      'CREATE TABLE "training_session" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "held_on" date NOT NULL, "topic" character varying(200) NOT NULL, "trainer_id" uuid, CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "training_session_course_idx" ON "training_session"  ("course_id") ');
    await queryRunner.query(
      'CREATE TABLE "enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "enrollment_beneficiary_idx" ON "enrollment"  ("beneficiary_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "enrollment_course_beneficiary_key" ON "enrollment"  ("course_id", "beneficiary_id") ');
    await queryRunner.query(
      'CREATE TABLE "attendance" ("session_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "present" boolean NOT NULL, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9854442318d36264442e3d6718" PRIMARY KEY ("session_id", "enrollment_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "self_assessment" ("enrollment_id" uuid NOT NULL, "phase" character varying(6) NOT NULL, "item" character varying(200) NOT NULL, "score" smallint NOT NULL, CONSTRAINT "PK_fe8d9fdce0d1786597c1b586781" PRIMARY KEY ("enrollment_id", "phase", "item"))',
    );
    await queryRunner.query(
      'ALTER TABLE "self_help_group" ADD CONSTRAINT "FK_1a5d9d0427627703b6922f52603" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_stage_change" ADD CONSTRAINT "FK_f5f623d14ce8d67ccb0559e5206" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_membership" ADD CONSTRAINT "FK_7a1166a6e3a6a3431a699257719" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_membership" ADD CONSTRAINT "FK_9c3b7a52c793575f797a4720c61" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_meeting" ADD CONSTRAINT "FK_f5bf587c32a629ccf65cc80439f" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "FK_de56247940f30750d9cfa302929" FOREIGN KEY ("meeting_id") REFERENCES "group_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "FK_e7937f5e7dd1be8458109d0ce0f" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advocacy_action" ADD CONSTRAINT "FK_44cd54035ebb3fb3165c13ada39" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_service" ADD CONSTRAINT "FK_537fb3985b66c814befb0f055d6" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_service_activity" ADD CONSTRAINT "FK_c948cf7940a00ab024db6dfce53" FOREIGN KEY ("support_service_id") REFERENCES "support_service"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training" ADD CONSTRAINT "FK_f831b94f2ebb51dd06477b86947" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_course" ADD CONSTRAINT "FK_1e743b23be132f1b3ebdb65373d" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_course" ADD CONSTRAINT "FK_fd32e73fd7df2703e7f5335334f" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_session" ADD CONSTRAINT "FK_ada43db21ec7bda784451b66d82" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrollment" ADD CONSTRAINT "FK_dd1ce01d1164c8bbdda052ced74" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrollment" ADD CONSTRAINT "FK_f4c3e2f1db68684101bfb3be0c5" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_005fdbba9ac200693005f5ab21f" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_b4358177bc8954a0efaf678cdb6" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_b4358177bc8954a0efaf678cdb6"');
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "FK_005fdbba9ac200693005f5ab21f"');
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "FK_5940f7beb6d791a618dbf88361e"');
    await queryRunner.query('ALTER TABLE "enrollment" DROP CONSTRAINT "FK_f4c3e2f1db68684101bfb3be0c5"');
    await queryRunner.query('ALTER TABLE "enrollment" DROP CONSTRAINT "FK_dd1ce01d1164c8bbdda052ced74"');
    await queryRunner.query('ALTER TABLE "training_session" DROP CONSTRAINT "FK_ada43db21ec7bda784451b66d82"');
    await queryRunner.query('ALTER TABLE "training_course" DROP CONSTRAINT "FK_fd32e73fd7df2703e7f5335334f"');
    await queryRunner.query('ALTER TABLE "training_course" DROP CONSTRAINT "FK_1e743b23be132f1b3ebdb65373d"');
    await queryRunner.query('ALTER TABLE "training" DROP CONSTRAINT "FK_f831b94f2ebb51dd06477b86947"');
    await queryRunner.query('ALTER TABLE "support_service_activity" DROP CONSTRAINT "FK_c948cf7940a00ab024db6dfce53"');
    await queryRunner.query('ALTER TABLE "support_service" DROP CONSTRAINT "FK_537fb3985b66c814befb0f055d6"');
    await queryRunner.query('ALTER TABLE "advocacy_action" DROP CONSTRAINT "FK_44cd54035ebb3fb3165c13ada39"');
    await queryRunner.query('ALTER TABLE "group_meeting_attendance" DROP CONSTRAINT "FK_e7937f5e7dd1be8458109d0ce0f"');
    await queryRunner.query('ALTER TABLE "group_meeting_attendance" DROP CONSTRAINT "FK_de56247940f30750d9cfa302929"');
    await queryRunner.query('ALTER TABLE "group_meeting" DROP CONSTRAINT "FK_f5bf587c32a629ccf65cc80439f"');
    await queryRunner.query('ALTER TABLE "group_membership" DROP CONSTRAINT "FK_9c3b7a52c793575f797a4720c61"');
    await queryRunner.query('ALTER TABLE "group_membership" DROP CONSTRAINT "FK_7a1166a6e3a6a3431a699257719"');
    await queryRunner.query('ALTER TABLE "group_stage_change" DROP CONSTRAINT "FK_f5f623d14ce8d67ccb0559e5206"');
    await queryRunner.query('ALTER TABLE "self_help_group" DROP CONSTRAINT "FK_1a5d9d0427627703b6922f52603"');
    await queryRunner.query('DROP TABLE "self_assessment"');
    await queryRunner.query('DROP TABLE "attendance"');
    await queryRunner.query('DROP INDEX "public"."enrollment_course_beneficiary_key"');
    await queryRunner.query('DROP INDEX "public"."enrollment_beneficiary_idx"');
    await queryRunner.query('DROP TABLE "enrollment"');
    await queryRunner.query('DROP INDEX "public"."training_session_course_idx"');
    await queryRunner.query('DROP TABLE "training_session"');
    await queryRunner.query('DROP INDEX "public"."training_course_training_idx"');
    await queryRunner.query('DROP TABLE "training_course"');
    await queryRunner.query('DROP TABLE "training"');
    await queryRunner.query('DROP TABLE "support_service_activity"');
    await queryRunner.query('DROP INDEX "public"."support_service_community_idx"');
    await queryRunner.query('DROP TABLE "support_service"');
    await queryRunner.query('DROP INDEX "public"."advocacy_action_group_idx"');
    await queryRunner.query('DROP TABLE "advocacy_action"');
    await queryRunner.query('DROP TABLE "group_meeting_attendance"');
    await queryRunner.query('DROP INDEX "public"."group_meeting_group_idx"');
    await queryRunner.query('DROP TABLE "group_meeting"');
    await queryRunner.query('DROP INDEX "public"."group_membership_one_current"');
    await queryRunner.query('DROP INDEX "public"."group_membership_beneficiary_idx"');
    await queryRunner.query('DROP TABLE "group_membership"');
    await queryRunner.query('DROP INDEX "public"."group_stage_change_group_idx"');
    await queryRunner.query('DROP TABLE "group_stage_change"');
    await queryRunner.query('DROP INDEX "public"."self_help_group_community_idx"');
    await queryRunner.query('DROP TABLE "self_help_group"');
  }
}
