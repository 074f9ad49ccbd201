import type { MigrationInterface, QueryRunner } from "typeorm";

export class AuditLogIndexes1796141039160 implements MigrationInterface {
  name = "AuditLogIndexes1796141039160";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."audit_event_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_actor_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_idx"');
    await queryRunner.query('CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_id", "at", "id") ');
    await queryRunner.query('CREATE INDEX "audit_event_entity_type_idx" ON "audit_event"  ("entity_type", "at", "id") ');
    await queryRunner.query('CREATE INDEX "audit_event_action_idx" ON "audit_event"  ("action", "at", "id") ');
    await queryRunner.query('CREATE INDEX "audit_event_actor_idx" ON "audit_event"  ("actor_id", "at", "id") ');
    await queryRunner.query('CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."audit_event_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_actor_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_action_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_type_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_idx"');
    await queryRunner.query('CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity_type", "entity_id") ');
    await queryRunner.query('CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_id", "at") ');
    await queryRunner.query('CREATE INDEX "audit_event_at_idx" ON "audit_event" USING btree ("at") ');
  }
}
