import type { MigrationInterface, QueryRunner } from "typeorm";

/** Idempotency keys of mutations (the `Idempotency-Key` header), kept 24 hours; see core/idempotency.ts. */
export class IdempotencyKeys1795942000000 implements MigrationInterface {
  name = "IdempotencyKeys1795942000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" (
        "caller" character varying(80) NOT NULL,
        "key" character varying(255) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "status" character varying(10) NOT NULL DEFAULT 'PENDING',
        "http_status" integer,
        "response" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("caller", "key"),
        CONSTRAINT "CHK_idempotency_key_status" CHECK ("status" IN ('PENDING', 'DONE'))
      )`,
    );
    await queryRunner.query('CREATE INDEX "idempotency_key_created_idx" ON "idempotency_key" ("created_at")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
