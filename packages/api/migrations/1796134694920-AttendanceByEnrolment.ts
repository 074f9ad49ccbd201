import type { MigrationInterface, QueryRunner } from "typeorm";

export class AttendanceByEnrolment1796134694920 implements MigrationInterface {
  name = "AttendanceByEnrolment1796134694920";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "attendance_enrollment_idx" ON "attendance"  ("enrollment_id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."attendance_enrollment_idx"');
  }
}
