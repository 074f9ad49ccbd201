import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginThrottleAndMfa1796131244478 implements MigrationInterface {
  name = "LoginThrottleAndMfa1796131244478";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mfa_factor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_time_step" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e6af0da53f3790894194a5a0ef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "mfa_factor_user_key" ON "mfa_factor"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" bytea NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "mfa_recovery_code_user_idx" ON "mfa_recovery_code"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "mfa_recovery_code_hash_key" ON "mfa_recovery_code"  ("code_hash") ');
    await queryRunner.query(
      'CREATE TABLE "mfa_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5ab263b5dc61af1bff77efa1174" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "mfa_challenge_token_hash_key" ON "mfa_challenge"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "mfa_challenge_user_idx" ON "mfa_challenge"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "account" character varying(254) NOT NULL DEFAULT \'\', "address" character varying(64) NOT NULL DEFAULT \'\', "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "login_throttle_key" UNIQUE ("kind", "account", "address"), CONSTRAINT "PK_be98b1c8b087e8c39dc5200701d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "session" ADD "mfa" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "mfa_factor" ADD CONSTRAINT "FK_7f4592f702544a6620811a3632d" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "FK_cb8070e714a552e9c6b6271ff98" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mfa_challenge" ADD CONSTRAINT "FK_a3d3ac5f17ce85e0773720ab7f9" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mfa_challenge" DROP CONSTRAINT "FK_a3d3ac5f17ce85e0773720ab7f9"');
    await queryRunner.query('ALTER TABLE "mfa_recovery_code" DROP CONSTRAINT "FK_cb8070e714a552e9c6b6271ff98"');
    await queryRunner.query('ALTER TABLE "mfa_factor" DROP CONSTRAINT "FK_7f4592f702544a6620811a3632d"');
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "mfa"');
    await queryRunner.query('DROP TABLE "login_throttle"');
    await queryRunner.query('DROP INDEX "public"."mfa_challenge_user_idx"');
    await queryRunner.query('DROP INDEX "public"."mfa_challenge_token_hash_key"');
    await queryRunner.query('DROP TABLE "mfa_challenge"');
    await queryRunner.query('DROP INDEX "public"."mfa_recovery_code_hash_key"');
    await queryRunner.query('DROP INDEX "public"."mfa_recovery_code_user_idx"');
    await queryRunner.query('DROP TABLE "mfa_recovery_code"');
    await queryRunner.query('DROP INDEX "public"."mfa_factor_user_key"');
    await queryRunner.query('DROP TABLE "mfa_factor"');
  }
}
