import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import type { PageArgs } from "../../core/graphql/connection";
import { equals } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { actorId } from "../../core/reach";
import type {
  EnrollInCourseInput,
  EnrollmentFilter,
  RecordAttendanceInput,
  RecordSelfAssessmentInput,
  WithdrawFromCourseInput,
} from "./learning.inputs";
import { Enrollment, Training, TrainingSession } from "./training.entity";
import { ensureGives, getCourse } from "./training.service";

/** The women enrolled in courses, in order of enrolment (a trainer's: those of the courses she gives). */
export const enrollmentList = defineList<EnrollmentFilter, "ENROLLED_AT">({
  node: "Enrollment",
  entity: Enrollment,
  alias: "e",
  audit: "list",
  filters: { courseId: equals("e.course_id", "course") },
  sorts: { ENROLLED_AT: { expression: "e.enrolled_at", reads: ["enrolledAt"] } },
  defaultSort: { field: "ENROLLED_AT", direction: "ASC" },
});

export function listEnrollments(ctx: RequestContext, filter?: EnrollmentFilter, page?: PageArgs) {
  return enrollmentList.page<Enrollment>(ctx, filter, null, page);
}

/** The first index in `ids` of each id that is given twice, or -1. */
function firstRepeat(ids: string[]): number {
  return ids.findIndex((id, i) => ids.indexOf(id) !== i);
}

/**
 * Enrols women in a course. Unknown or archived women and going over capacity refuse the whole
 * input; women enrolled already are skipped, and one who had withdrawn is enrolled again.
 */
export async function enrollInCourse(ctx: RequestContext, em: EntityManager, input: EnrollInCourseInput) {
  // Locked, so two enrolments at once cannot both take the last places.
  const course = await getCourse(em, input.courseId, "courseId", true);
  await ensureGives(ctx, em, course.id);
  if (course.archivedAt) refuse("courseId", "The course is archived.", "ARCHIVED");
  const ids = [...new Set(input.beneficiaryIds)];
  const women = await selectRows<{
    id: string;
    archived: boolean;
  }>(em, "SELECT id, archived_at IS NOT NULL AS archived FROM beneficiary WHERE id = ANY($1::uuid[])", [ids]);
  const known = new Map(women.map((w) => [w.id, w.archived]));
  input.beneficiaryIds.forEach((id, i) => {
    if (!known.has(id)) refuse(`beneficiaryIds.${i}`, "No such woman.", "NOT_FOUND");
    if (known.get(id)) refuse(`beneficiaryIds.${i}`, "This woman's record is archived.", "ARCHIVED");
  });
  const existing = await selectRows<{ id: string; withdrawn: boolean }>(
    em,
    "SELECT beneficiary_id AS id, withdrawn_at IS NOT NULL AS withdrawn FROM enrollment WHERE course_id = $1 AND beneficiary_id = ANY($2::uuid[])",
    [course.id, ids],
  );
  const returning = existing.filter((e) => e.withdrawn).map((e) => e.id);
  const fresh = ids.filter((id) => !existing.some((e) => e.id === id));
  const [taken] = await selectRows<{ n: number }>(
    em,
    "SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1 AND withdrawn_at IS NULL",
    [course.id],
  );
  const wanted = fresh.length + returning.length;
  const free = course.capacity - (taken?.n ?? 0);
  if (wanted > free) {
    refuse(
      "beneficiaryIds",
      `The course has ${course.capacity} places and ${Math.max(free, 0)} are free; ${wanted} women would need one.`,
      "CAPACITY_EXCEEDED",
      {
        capacity: course.capacity,
        free: Math.max(free, 0),
        requested: wanted,
      },
    );
  }
  if (fresh.length) {
    await em.query(
      "INSERT INTO enrollment (course_id, beneficiary_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT (course_id, beneficiary_id) DO NOTHING",
      [course.id, fresh],
    );
  }
  if (returning.length) {
    await em.query("UPDATE enrollment SET withdrawn_at = NULL WHERE course_id = $1 AND beneficiary_id = ANY($2::uuid[])", [
      course.id,
      returning,
    ]);
  }
  if (wanted > 0) {
    await audit(
      ctx,
      { action: "ENROLL", entityType: "TrainingCourse", entityId: course.id, details: { added: fresh.length, returned: returning.length } },
      em,
    );
  }
  return { course, added: wanted, alreadyEnrolled: ids.length - wanted };
}

export async function withdrawFromCourse(ctx: RequestContext, em: EntityManager, input: WithdrawFromCourseInput) {
  const enrollment = await em.findOneBy(Enrollment, { id: input.enrollmentId });
  if (!enrollment) refuse("enrollmentId", "No such enrolment.", "NOT_FOUND");
  await ensureGives(ctx, em, enrollment.courseId);
  if (enrollment.withdrawnAt) refuse("enrollmentId", "She has withdrawn already.", "INVALID_STATE", { state: "WITHDRAWN" });
  await em.update(Enrollment, { id: enrollment.id }, { withdrawnAt: () => "now()" });
  await audit(
    ctx,
    { action: "WITHDRAW", entityType: "Enrollment", entityId: enrollment.id, details: { courseId: enrollment.courseId } },
    em,
  );
  return { enrollment: await em.findOneByOrFail(Enrollment, { id: enrollment.id }) };
}

/**
 * Records a session's attendance sheet: one upsert per (session, enrolment). Women left off the
 * sheet keep what was recorded for them. Only marks that are new or different are written and
 * counted; the mutation is audited only when something changed, so sending the same sheet twice
 * writes nothing the second time.
 */
export async function recordAttendance(ctx: RequestContext, em: EntityManager, input: RecordAttendanceInput) {
  const session = await em.findOneBy(TrainingSession, { id: input.sessionId });
  if (!session || session.archivedAt) refuse("sessionId", "No such session.", "NOT_FOUND");
  await ensureGives(ctx, em, session.courseId);
  const absent = input.absent ?? [];
  for (const [field, list] of [
    ["present", input.present],
    ["absent", absent],
  ] as const) {
    const repeat = firstRepeat(list);
    if (repeat >= 0) refuse(`${field}.${repeat}`, "This woman is named twice.", "DUPLICATE");
  }
  const both = absent.findIndex((id) => input.present.includes(id));
  if (both >= 0) refuse(`absent.${both}`, "This woman is marked both present and absent.", "DUPLICATE");
  const named = [...input.present, ...absent];
  // Enrolments of these women in the session's course that were current on the day it was held.
  const rows = await selectRows<{ id: string; beneficiaryId: string }>(
    em,
    `SELECT e.id, e.beneficiary_id AS "beneficiaryId" FROM enrollment e
     WHERE e.course_id = $1 AND e.beneficiary_id = ANY($2::uuid[])
       AND (e.withdrawn_at IS NULL OR (e.withdrawn_at AT TIME ZONE 'Asia/Dushanbe')::date >= $3::date)`,
    [session.courseId, named, session.heldOn],
  );
  const enrollmentOf = new Map(rows.map((r) => [r.beneficiaryId, r.id]));
  for (const [field, list] of [
    ["present", input.present],
    ["absent", absent],
  ] as const) {
    const i = list.findIndex((id) => !enrollmentOf.has(id));
    if (i >= 0)
      refuse(`${field}.${i}`, "This woman is not enrolled in the course (or had withdrawn before the session).", "NOT_MEMBER", {
        of: "COURSE",
        day: null,
      });
  }
  let changed = 0;
  if (named.length) {
    const marks = named.map((id) => ({ e: enrollmentOf.get(id), p: input.present.includes(id) }));
    const written = await selectRows<{ inserted: boolean }>(
      em,
      `INSERT INTO attendance (session_id, enrollment_id, present, recorded_by)
       SELECT $1, m.e, m.p, $4 FROM unnest($2::uuid[], $3::boolean[]) AS m(e, p)
       ON CONFLICT (session_id, enrollment_id) DO UPDATE
         SET present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
         WHERE attendance.present IS DISTINCT FROM EXCLUDED.present
       RETURNING (xmax = 0) AS inserted`,
      [session.id, marks.map((m) => m.e), marks.map((m) => m.p), actorId(ctx)],
    );
    changed = written.length;
    if (changed > 0) {
      const added = written.filter((w) => w.inserted).length;
      await audit(
        ctx,
        {
          action: "RECORD_ATTENDANCE",
          entityType: "TrainingSession",
          entityId: session.id,
          details: { added, changed: changed - added, present: input.present.length, absent: absent.length },
        },
        em,
      );
    }
  }
  return { session, changed };
}

/**
 * Records a woman's self-assessment: each item must be one of the training's, each score on its
 * scale. Scores replace earlier ones for the same phase and item; the rest stay.
 */
export async function recordSelfAssessment(ctx: RequestContext, em: EntityManager, input: RecordSelfAssessmentInput) {
  const enrollment = await em.findOneBy(Enrollment, { id: input.enrollmentId });
  if (!enrollment) refuse("enrollmentId", "No such enrolment.", "NOT_FOUND");
  await ensureGives(ctx, em, enrollment.courseId);
  const course = await getCourse(em, enrollment.courseId);
  const training = await em.findOneByOrFail(Training, { id: course.trainingId });
  const items = new Set<string>();
  input.scores.forEach((s, i) => {
    const item = s.item.trim();
    if (!training.assessmentItems.includes(item)) {
      refuse(`scores.${i}.item`, `"${item}" is not a self-assessment item of this training.`, "NOT_ALLOWED", {
        allowed: training.assessmentItems,
      });
    }
    if (items.has(item)) refuse(`scores.${i}.item`, "This item is scored twice.", "DUPLICATE");
    items.add(item);
    if (s.score < training.scaleMin || s.score > training.scaleMax) {
      refuse(`scores.${i}.score`, `A score must be between ${training.scaleMin} and ${training.scaleMax}.`, "OUT_OF_RANGE", {
        min: training.scaleMin,
        max: training.scaleMax,
      });
    }
  });
  const written = await selectRows<object>(
    em,
    `INSERT INTO self_assessment (enrollment_id, phase, item, score)
     SELECT $1, $2, s.item, s.score FROM unnest($3::varchar[], $4::smallint[]) AS s(item, score)
     ON CONFLICT (enrollment_id, phase, item) DO UPDATE SET score = EXCLUDED.score
       WHERE self_assessment.score IS DISTINCT FROM EXCLUDED.score
     RETURNING 1`,
    [enrollment.id, input.phase, input.scores.map((s) => s.item.trim()), input.scores.map((s) => s.score)],
  );
  if (written.length > 0) {
    await audit(
      ctx,
      {
        action: "RECORD_SELF_ASSESSMENT",
        entityType: "Enrollment",
        entityId: enrollment.id,
        details: { phase: input.phase, items: written.length },
      },
      em,
    );
  }
  return { enrollment };
}
