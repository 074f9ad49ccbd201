import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The sessions each enrolment attended (present, in sessions not archived), kept in
 * `enrollment_attendance` in the transaction of every change, so that completion (attended × 100 ≥
 * completion_percent × session_count) is read per enrolment instead of counted from its marks:
 *
 * - marks taken, changed or removed: statement triggers on `attendance` (transition tables), for
 *   the marks of sessions not archived; each locks those sessions (FOR SHARE) so that archiving a
 *   session and marking it take turns, and each sees the other's rows;
 * - a session archived or restored: its present marks leave or rejoin their enrolments' counts;
 * - a session deleted: its marks leave before the deletion cascades to them (BEFORE DELETE).
 * An enrolment's row goes with it (ON DELETE CASCADE).
 */
export class EnrolmentAttendance1796142200000 implements MigrationInterface {
  name = "EnrolmentAttendance1796142200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "enrollment_attendance" (
      "enrollment_id" uuid NOT NULL REFERENCES "enrollment" ("id") ON DELETE CASCADE,
      "attended" integer NOT NULL,
      CONSTRAINT "enrollment_attendance_pkey" PRIMARY KEY ("enrollment_id"))`);
    const add = (deltas: string) => `
      INSERT INTO enrollment_attendance (enrollment_id, attended)
      SELECT enrollment_id, sum(n)::int FROM (${deltas}) d
       WHERE EXISTS (SELECT 1 FROM enrollment e WHERE e.id = d.enrollment_id)
       GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1
      ON CONFLICT (enrollment_id) DO UPDATE SET attended = enrollment_attendance.attended + EXCLUDED.attended;`;
    // Marks of sessions not archived, +1 (rows now) or −1 (rows before); the sessions locked first.
    const marks = (rows: string, sign: number) =>
      `SELECT r.enrollment_id, ${sign} AS n FROM ${rows} r JOIN training_session s ON s.id = r.session_id
        WHERE r.present AND s.archived_at IS NULL`;
    const lockSessions = (tables: string[]) =>
      `PERFORM 1 FROM training_session WHERE id IN (${tables.map((t) => `SELECT session_id FROM ${t}`).join(" UNION ")})
         ORDER BY id FOR SHARE;`;
    const ops = [
      { op: "insert", refs: "REFERENCING NEW TABLE AS new_rows", tables: ["new_rows"], parts: [marks("new_rows", 1)] },
      {
        op: "update",
        refs: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        tables: ["new_rows", "old_rows"],
        parts: [marks("new_rows", 1), marks("old_rows", -1)],
      },
      { op: "delete", refs: "REFERENCING OLD TABLE AS old_rows", tables: ["old_rows"], parts: [marks("old_rows", -1)] },
    ];
    for (const { op, refs, tables, parts } of ops) {
      await q(`CREATE FUNCTION enrollment_attendance_after_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${lockSessions(tables)}
          ${add(parts.join(" UNION ALL "))}
          RETURN NULL;
        END $$`);
      await q(`CREATE TRIGGER enrollment_attendance_${op} AFTER ${op.toUpperCase()} ON attendance ${refs}
        FOR EACH STATEMENT EXECUTE FUNCTION enrollment_attendance_after_${op}()`);
    }
    // A session archived (its present marks leave) or restored (they count again).
    await q(`CREATE FUNCTION enrollment_attendance_after_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${add(`SELECT a.enrollment_id, CASE WHEN n.archived_at IS NULL THEN 1 ELSE -1 END AS n
                 FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN attendance a ON a.session_id = n.id
                WHERE a.present AND (n.archived_at IS NULL) <> (o.archived_at IS NULL)`)}
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER enrollment_attendance_session AFTER UPDATE ON training_session
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION enrollment_attendance_after_session()`);
    // A session deleted: its marks leave while they can still be read (the deletion then cascades).
    await q(`CREATE FUNCTION enrollment_attendance_before_session_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.archived_at IS NULL THEN
          ${add("SELECT a.enrollment_id, -1 AS n FROM attendance a WHERE a.session_id = OLD.id AND a.present")}
        END IF;
        RETURN OLD;
      END $$`);
    await q(`CREATE TRIGGER enrollment_attendance_session_delete BEFORE DELETE ON training_session
      FOR EACH ROW EXECUTE FUNCTION enrollment_attendance_before_session_delete()`);
    await q(`INSERT INTO enrollment_attendance (enrollment_id, attended)
      SELECT a.enrollment_id, count(*)::int FROM attendance a JOIN training_session s ON s.id = a.session_id AND s.archived_at IS NULL
       WHERE a.present GROUP BY 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q("DROP TRIGGER enrollment_attendance_session_delete ON training_session");
    await q("DROP FUNCTION enrollment_attendance_before_session_delete()");
    await q("DROP TRIGGER enrollment_attendance_session ON training_session");
    await q("DROP FUNCTION enrollment_attendance_after_session()");
    for (const op of ["delete", "update", "insert"]) {
      await q(`DROP TRIGGER enrollment_attendance_${op} ON attendance`);
      await q(`DROP FUNCTION enrollment_attendance_after_${op}()`);
    }
    await q('DROP TABLE "enrollment_attendance"');
  }
}
