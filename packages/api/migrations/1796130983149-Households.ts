import type { MigrationInterface, QueryRunner } from "typeorm";

/** Households: the women who live together (members with their relation to the head), their head and children; codes HH-<year>-<n>. */
export class Households1796130983149 implements MigrationInterface {
  name = "Households1796130983149";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE SEQUENCE household_code_seq START 1");
    await queryRunner.query(
      'CREATE TABLE "household" ("version" integer NOT NULL DEFAULT \'1\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "community_id" uuid NOT NULL, "head_id" uuid, "children_count" smallint NOT NULL DEFAULT \'0\', CONSTRAINT "UQ_64c8fbfba9759ebbb90e62f586d" UNIQUE ("code"), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "household_community_idx" ON "household"  ("community_id") ');
    await queryRunner.query(
      'CREATE TABLE "household_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "relation_to_head" character varying(20) NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_84e1d1f2553646d38e7c8b72a10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "household_member_household_idx" ON "household_member"  ("household_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "household_member_one_current" ON "household_member"  ("beneficiary_id") WHERE left_on IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_bb672fdc56e356a34a25dc017b9" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_88a12b09293cbf15988c967fe4d" FOREIGN KEY ("head_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household_member" ADD CONSTRAINT "FK_6c47781879f802c55b436b40d46" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household_member" ADD CONSTRAINT "FK_1c94566c3441093d99575b83e92" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "household_member" DROP CONSTRAINT "FK_1c94566c3441093d99575b83e92"');
    await queryRunner.query('ALTER TABLE "household_member" DROP CONSTRAINT "FK_6c47781879f802c55b436b40d46"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_88a12b09293cbf15988c967fe4d"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_bb672fdc56e356a34a25dc017b9"');
    await queryRunner.query('DROP INDEX "public"."household_member_one_current"');
    await queryRunner.query('DROP INDEX "public"."household_member_household_idx"');
    await queryRunner.query('DROP TABLE "household_member"');
    await queryRunner.query('DROP INDEX "public"."household_community_idx"');
    await queryRunner.query('DROP TABLE "household"');
    await queryRunner.query("DROP SEQUENCE household_code_seq");
  }
}
