import type { MigrationInterface, QueryRunner } from "typeorm";

/** The audit log only grows; beneficiary codes come from one sequence. */
export class AuditAppendOnly1795936100000 implements MigrationInterface {
  name = "AuditAppendOnly1795936100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    );
    await queryRunner.query(
      "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
    );
    await queryRunner.query("CREATE SEQUENCE beneficiary_code_seq START 1");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP SEQUENCE beneficiary_code_seq");
    await queryRunner.query("DROP TRIGGER audit_event_no_truncate ON audit_event");
    await queryRunner.query("DROP TRIGGER audit_event_append_only ON audit_event");
    await queryRunner.query("DROP FUNCTION audit_event_append_only()");
  }
}
