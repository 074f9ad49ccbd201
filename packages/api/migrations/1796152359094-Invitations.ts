import type { MigrationInterface, QueryRunner } from "typeorm";

export class Invitations1796152359094 implements MigrationInterface {
  name = "Invitations1796152359094";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "invitation_user_idx" ON "invitation"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") ');
    await queryRunner.query('ALTER TABLE "user" ADD "invitation_pending" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "FK_dbf801c80100c878509602456ff"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "invitation_pending"');
    await queryRunner.query('DROP INDEX "public"."invitation_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."invitation_user_idx"');
    await queryRunner.query('DROP TABLE "invitation"');
  }
}
