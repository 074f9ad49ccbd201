import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The dashboard's trainings over a period (courses running in it, women enrolled, women who
 * completed) from one index range instead of joining every enrolment, course and attendance count:
 * `enrollment_period` holds each enrolment with what the figure reads of it — her, withdrawn or
 * not, the sessions she attended (`enrollment_attendance`) — and of its course (training,
 * community if it has one, first and last day, archived or not), kept in the transaction of every change:
 *
 * - an enrolment added or changed (row trigger; it goes with its enrolment, ON DELETE CASCADE);
 * - her attended count changed (row trigger on `enrollment_attendance`, itself kept by the
 *   attendance triggers, migration EnrolmentAttendance);
 * - a course's days, training, community or archiving changed (row trigger on `training_course`).
 *
 * Each row is set from its sources, never added to. An enrolment's trigger reads its course FOR
 * SHARE, so a course changed at the same time waits and then sees the new enrolment; it sets the
 * attended count only for a new row (an enrolment has no marks yet), so a change to an enrolment
 * never writes back a count that marks taken meanwhile have changed.
 * Completion (attended × 100 ≥ completion_percent × session_count) is worked out when read, from
 * the training, so changing a training's curriculum needs no trigger.
 */
export class EnrolmentPeriods1796153100000 implements MigrationInterface {
  name = "EnrolmentPeriods1796153100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "enrollment_period" (
      "enrollment_id" uuid NOT NULL REFERENCES "enrollment" ("id") ON DELETE CASCADE,
      "course_id" uuid NOT NULL,
      "training_id" uuid NOT NULL,
      "community_id" uuid,
      "starts_on" date NOT NULL,
      "ends_on" date NOT NULL,
      "archived" boolean NOT NULL,
      "beneficiary_id" uuid NOT NULL,
      "withdrawn" boolean NOT NULL,
      "attended" integer NOT NULL,
      CONSTRAINT "enrollment_period_pkey" PRIMARY KEY ("enrollment_id"))`);
    await q(`CREATE INDEX "enrollment_period_days_idx" ON "enrollment_period" ("ends_on", "starts_on")
      INCLUDE ("training_id", "course_id", "community_id", "beneficiary_id", "withdrawn", "attended") WHERE NOT "archived"`);
    const upsert = (where: string, lock: string) => `
      INSERT INTO enrollment_period (enrollment_id, course_id, training_id, community_id, starts_on, ends_on, archived, beneficiary_id, withdrawn, attended)
      SELECT e.id, c.id, c.training_id, c.community_id, c.starts_on, c.ends_on, c.archived_at IS NOT NULL, e.beneficiary_id,
             e.withdrawn_at IS NOT NULL, COALESCE(p.attended, 0)
        FROM enrollment e JOIN training_course c ON c.id = e.course_id LEFT JOIN enrollment_attendance p ON p.enrollment_id = e.id
       WHERE ${where} ${lock}
      ON CONFLICT (enrollment_id) DO UPDATE SET course_id = EXCLUDED.course_id, training_id = EXCLUDED.training_id,
        community_id = EXCLUDED.community_id, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, archived = EXCLUDED.archived,
        beneficiary_id = EXCLUDED.beneficiary_id, withdrawn = EXCLUDED.withdrawn`;
    await q(`CREATE FUNCTION enrollment_period_after_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsert("e.id = NEW.id", "FOR SHARE OF c")};
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER enrollment_period_enrollment AFTER INSERT OR UPDATE ON enrollment
      FOR EACH ROW EXECUTE FUNCTION enrollment_period_after_enrollment()`);
    await q(`CREATE FUNCTION enrollment_period_after_attendance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollment_period SET attended = NEW.attended WHERE enrollment_id = NEW.enrollment_id AND attended <> NEW.attended;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER enrollment_period_attendance AFTER INSERT OR UPDATE ON enrollment_attendance
      FOR EACH ROW EXECUTE FUNCTION enrollment_period_after_attendance()`);
    await q(`CREATE FUNCTION enrollment_period_after_course() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollment_period SET training_id = NEW.training_id, community_id = NEW.community_id, starts_on = NEW.starts_on,
               ends_on = NEW.ends_on, archived = NEW.archived_at IS NOT NULL
         WHERE course_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER enrollment_period_course AFTER UPDATE ON training_course FOR EACH ROW
      WHEN ((OLD.training_id, OLD.community_id, OLD.starts_on, OLD.ends_on, OLD.archived_at IS NULL)
            IS DISTINCT FROM (NEW.training_id, NEW.community_id, NEW.starts_on, NEW.ends_on, NEW.archived_at IS NULL))
      EXECUTE FUNCTION enrollment_period_after_course()`);
    await q(`${upsert("true", "")}`);
    await q('CREATE INDEX "enrollment_period_course_idx" ON "enrollment_period" ("course_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q("DROP TRIGGER enrollment_period_course ON training_course");
    await q("DROP FUNCTION enrollment_period_after_course()");
    await q("DROP TRIGGER enrollment_period_attendance ON enrollment_attendance");
    await q("DROP FUNCTION enrollment_period_after_attendance()");
    await q("DROP TRIGGER enrollment_period_enrollment ON enrollment");
    await q("DROP FUNCTION enrollment_period_after_enrollment()");
    await q('DROP TABLE "enrollment_period"');
  }
}
