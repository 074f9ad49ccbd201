import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An audit event may name several records (the records of one type a request read or listed) in
 * `entity_ids`, found by a GIN index. Events already written keep what they hold.
 */
export class AuditEventRecords1796206644837 implements MigrationInterface {
  name = "AuditEventRecords1796206644837";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_event" ADD "entity_ids" character varying(64) array');
    await queryRunner.query('CREATE INDEX "audit_event_entity_ids_idx" ON "audit_event" USING gin ("entity_ids")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_ids_idx"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP COLUMN "entity_ids"');
  }
}
