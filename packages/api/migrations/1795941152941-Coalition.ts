import type { MigrationInterface, QueryRunner } from "typeorm";

export class Coalition1795941152941 implements MigrationInterface {
  name = "Coalition1795941152941";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "coalition" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "description" text, CONSTRAINT "UQ_808dea92793cfbc7dc3e8418647" UNIQUE ("name"), CONSTRAINT "PK_3e1a5d59a3abde24caed2a0e655" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "council" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "coalition_id" uuid NOT NULL, "name" character varying(300) NOT NULL, "region" character varying(100) NOT NULL, "chaired_by_nk" boolean NOT NULL DEFAULT false, "chair_partner_id" uuid, CONSTRAINT "PK_1749decabf3d8cf2edc4385c557" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "council_coalition_idx" ON "council"  ("coalition_id") ');
    await queryRunner.query(
      'CREATE TABLE "council_member" ("council_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_bad7a029471314e21dc0fce611c" PRIMARY KEY ("council_id", "partner_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "campaign" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "aims" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'PLANNED\', "led_by_nk" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "campaign_partner" ("campaign_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "PK_3c269510fd80206d490f163ff7c" PRIMARY KEY ("campaign_id", "partner_id"))',
    );
    await queryRunner.query('CREATE INDEX "campaign_partner_partner_idx" ON "campaign_partner"  ("partner_id") ');
    await queryRunner.query(
      'CREATE TABLE "campaign_district" ("campaign_id" uuid NOT NULL, "district_id" uuid NOT NULL, CONSTRAINT "PK_1210e47ec83c646c86702629781" PRIMARY KEY ("campaign_id", "district_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "forum" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "held_on" date NOT NULL, "place" character varying(200) NOT NULL, "campaign_id" uuid, "participants_women" integer NOT NULL DEFAULT \'0\', "participants_men" integer NOT NULL DEFAULT \'0\', "resolutions" text array NOT NULL DEFAULT \'{}\', "follow_ups" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_ffd925a9b1fa44ab1ce26c9821c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_partner" ("forum_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "PK_af2ccb9b9b52a0aad1565c6463c" PRIMARY KEY ("forum_id", "partner_id"))',
    );
    await queryRunner.query('CREATE INDEX "forum_partner_partner_idx" ON "forum_partner"  ("partner_id") ');
    await queryRunner.query(
      'CREATE TABLE "campaign_activity" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "reported_by_partner_id" uuid, "kind" character varying(30) NOT NULL, "title" character varying(300) NOT NULL, "district_id" uuid NOT NULL, "community_id" uuid, "held_on" date NOT NULL, "women_under_18" integer NOT NULL DEFAULT \'0\', "women_18_29" integer NOT NULL DEFAULT \'0\', "women_30_49" integer NOT NULL DEFAULT \'0\', "women_50_plus" integer NOT NULL DEFAULT \'0\', "men_under_18" integer NOT NULL DEFAULT \'0\', "men_18_29" integer NOT NULL DEFAULT \'0\', "men_30_49" integer NOT NULL DEFAULT \'0\', "men_50_plus" integer NOT NULL DEFAULT \'0\', "materials" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_3a497e1dc1a7a079b5e7d372c77" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "campaign_activity_partner_idx" ON "campaign_activity"  ("reported_by_partner_id") ');
    await queryRunner.query('CREATE INDEX "campaign_activity_campaign_idx" ON "campaign_activity"  ("campaign_id", "held_on") ');
    await queryRunner.query(
      'CREATE TABLE "partner_district" ("partner_id" uuid NOT NULL, "district_id" uuid NOT NULL, CONSTRAINT "PK_3d613704000f1cb861cd886636b" PRIMARY KEY ("partner_id", "district_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "council" ADD CONSTRAINT "FK_de97ce2f38dd4ca5fd21fbbad32" FOREIGN KEY ("coalition_id") REFERENCES "coalition"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council" ADD CONSTRAINT "FK_02a6c3a9f2eeccb03ea8e2574c2" FOREIGN KEY ("chair_partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_member" ADD CONSTRAINT "FK_fd0574b297204dc512f17cfb07c" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_member" ADD CONSTRAINT "FK_65f4b33c27b90f26c632b57b4e4" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_partner" ADD CONSTRAINT "FK_cc0fb60519767ea0ec882329461" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_partner" ADD CONSTRAINT "FK_48d949590e11b53ffc383e9e26a" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_district" ADD CONSTRAINT "FK_1bb08cf64aca5608df1a4d3e81d" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_district" ADD CONSTRAINT "FK_5ed8a1308be9d0c6ebcb8fe3375" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum" ADD CONSTRAINT "FK_959be6aac71ef062e047e622878" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_partner" ADD CONSTRAINT "FK_e13eabeda809d95f7d436b706af" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_partner" ADD CONSTRAINT "FK_9aa16cbd921305bc2195a287725" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_activity" ADD CONSTRAINT "FK_1b8ec64d181b285f6c957d43b9b" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_activity" ADD CONSTRAINT "FK_c72474f2f7841802b2b8ed3342e" FOREIGN KEY ("reported_by_partner_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_activity" ADD CONSTRAINT "FK_8697b3c72f67e575c80208a8f17" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_activity" ADD CONSTRAINT "FK_e816aec6e33ebfc4f200ade8e7b" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner_district" ADD CONSTRAINT "FK_4066377e97ccf91c200f95ad0cd" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner_district" ADD CONSTRAINT "FK_db854a7dd2ba81b3970d3dc6fdc" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "partner_district" DROP CONSTRAINT "FK_db854a7dd2ba81b3970d3dc6fdc"');
    await queryRunner.query('ALTER TABLE "partner_district" DROP CONSTRAINT "FK_4066377e97ccf91c200f95ad0cd"');
    await queryRunner.query('ALTER TABLE "campaign_activity" DROP CONSTRAINT "FK_e816aec6e33ebfc4f200ade8e7b"');
    await queryRunner.query('ALTER TABLE "campaign_activity" DROP CONSTRAINT "FK_8697b3c72f67e575c80208a8f17"');
    await queryRunner.query('ALTER TABLE "campaign_activity" DROP CONSTRAINT "FK_c72474f2f7841802b2b8ed3342e"');
    await queryRunner.query('ALTER TABLE "campaign_activity" DROP CONSTRAINT "FK_1b8ec64d181b285f6c957d43b9b"');
    await queryRunner.query('ALTER TABLE "forum_partner" DROP CONSTRAINT "FK_9aa16cbd921305bc2195a287725"');
    await queryRunner.query('ALTER TABLE "forum_partner" DROP CONSTRAINT "FK_e13eabeda809d95f7d436b706af"');
    await queryRunner.query('ALTER TABLE "forum" DROP CONSTRAINT "FK_959be6aac71ef062e047e622878"');
    await queryRunner.query('ALTER TABLE "campaign_district" DROP CONSTRAINT "FK_5ed8a1308be9d0c6ebcb8fe3375"');
    await queryRunner.query('ALTER TABLE "campaign_district" DROP CONSTRAINT "FK_1bb08cf64aca5608df1a4d3e81d"');
    await queryRunner.query('ALTER TABLE "campaign_partner" DROP CONSTRAINT "FK_48d949590e11b53ffc383e9e26a"');
    await queryRunner.query('ALTER TABLE "campaign_partner" DROP CONSTRAINT "FK_cc0fb60519767ea0ec882329461"');
    await queryRunner.query('ALTER TABLE "council_member" DROP CONSTRAINT "FK_65f4b33c27b90f26c632b57b4e4"');
    await queryRunner.query('ALTER TABLE "council_member" DROP CONSTRAINT "FK_fd0574b297204dc512f17cfb07c"');
    await queryRunner.query('ALTER TABLE "council" DROP CONSTRAINT "FK_02a6c3a9f2eeccb03ea8e2574c2"');
    await queryRunner.query('ALTER TABLE "council" DROP CONSTRAINT "FK_de97ce2f38dd4ca5fd21fbbad32"');
    await queryRunner.query('DROP TABLE "partner_district"');
    await queryRunner.query('DROP INDEX "public"."campaign_activity_campaign_idx"');
    await queryRunner.query('DROP INDEX "public"."campaign_activity_partner_idx"');
    await queryRunner.query('DROP TABLE "campaign_activity"');
    await queryRunner.query('DROP INDEX "public"."forum_partner_partner_idx"');
    await queryRunner.query('DROP TABLE "forum_partner"');
    await queryRunner.query('DROP TABLE "forum"');
    await queryRunner.query('DROP TABLE "campaign_district"');
    await queryRunner.query('DROP INDEX "public"."campaign_partner_partner_idx"');
    await queryRunner.query('DROP TABLE "campaign_partner"');
    await queryRunner.query('DROP TABLE "campaign"');
    await queryRunner.query('DROP TABLE "council_member"');
    await queryRunner.query('DROP INDEX "public"."council_coalition_idx"');
    await queryRunner.query('DROP TABLE "council"');
    await queryRunner.query('DROP TABLE "coalition"');
  }
}
