import type { MigrationInterface, QueryRunner } from "typeorm";

export class CaseNotes1796132685512 implements MigrationInterface {
  name = "CaseNotes1796132685512";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "text" text, "written_by" uuid, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b0442af3f3d9273fb63d2799a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_note_case_idx" ON "case_note"  ("case_id") ');
    await queryRunner.query(
      'ALTER TABLE "case_note" ADD CONSTRAINT "FK_e9997cf60eeebccc538b273d76e" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_note" DROP CONSTRAINT "FK_e9997cf60eeebccc538b273d76e"');
    await queryRunner.query('DROP INDEX "public"."case_note_case_idx"');
    await queryRunner.query('DROP TABLE "case_note"');
  }
}
