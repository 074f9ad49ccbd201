import type { RequestContext } from "../../core/context";
import { type Figure, figure, selectRows } from "../../core/db/query";
import { checkPeriod, floorCounts, floorOf } from "../../core/floor";
import type { AssessmentScore, CourseResults, LearningFigures, TrainingFigures, WomenTrained } from "./learning.types";
import { SelfAssessment, TRAINING_STAFF } from "./training.entity";

/**
 * One row per enrolment matching `where` (over e = enrollment, c = training_course), with the
 * sessions she attended, whether she completed and the change of her mean self-assessment score.
 *
 * Completion is measured against the training's `sessionCount` (the curriculum's length), not the
 * sessions scheduled so far: a woman completed when attended × 100 ≥ completionPercent × sessionCount.
 * So a course with fewer sessions than the curriculum cannot make anyone complete it, and a
 * course cannot look complete halfway through because few sessions were scheduled yet.
 */
export function perWoman(where: string): string {
  return `
    WITH w AS (
      SELECT e.id, e.course_id, e.beneficiary_id, e.withdrawn_at, c.training_id, t.session_count, t.completion_percent,
             ${attendedSql("e.id")} AS attended
        FROM enrollment e
        JOIN training_course c ON c.id = e.course_id
        JOIN training t ON t.id = c.training_id
       WHERE ${where}
    ), scored AS (
      SELECT sa.enrollment_id,
             avg(sa.score) FILTER (WHERE sa.phase = 'BEFORE') AS before,
             avg(sa.score) FILTER (WHERE sa.phase = 'AFTER') AS after
        FROM self_assessment sa
       WHERE sa.enrollment_id IN (SELECT id FROM w)
       GROUP BY sa.enrollment_id
    ), women AS (
      SELECT w.*, w.attended * 100 >= w.completion_percent * w.session_count AS completed,
             (s.after - s.before)::float8 AS change
        FROM w LEFT JOIN scored s ON s.enrollment_id = w.id
    )`;
}

/** Sessions (not archived) attended by the enrolment `enrollmentId` (an SQL expression over the caller's alias). */
export const attendedSql = (enrollmentId: string) =>
  `(SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id AND s.archived_at IS NULL
     WHERE a.enrollment_id = ${enrollmentId} AND a.present)::int`;

/** For the enrolment export: whether the enrolment `e` (alias) completed, measured as in `perWoman`. */
export const completedSql = (e: string) =>
  `(SELECT ${attendedSql(`${e}.id`)} * 100 >= t.completion_percent * t.session_count
      FROM training_course xc JOIN training t ON t.id = xc.training_id WHERE xc.id = ${e}.course_id)`;

/** For the enrolment export: her mean self-assessment score of `phase`, rounded to 0.1 (null: not assessed). */
export const meanScoreSql = (enrollmentId: string, phase: "BEFORE" | "AFTER") =>
  `(SELECT round(avg(xs.score), 1)::float8 FROM self_assessment xs WHERE xs.enrollment_id = ${enrollmentId} AND xs.phase = '${phase}')`;

/** Aggregates of `women` grouped by `key`. */
const AGGREGATES = `
  count(*)::int AS enrolled,
  count(*) FILTER (WHERE withdrawn_at IS NOT NULL)::int AS withdrawn,
  count(*) FILTER (WHERE completed)::int AS completed,
  (count(*) FILTER (WHERE completed))::float8 / NULLIF(count(*), 0) AS "completionRate",
  count(change)::int AS assessed,
  avg(change)::float8 AS "averageChange",
  count(*) FILTER (WHERE change > 0)::int AS improved`;

/** Sessions attended and completion of each enrolment, one query per request. */
export function progressOf(ctx: RequestContext, enrollmentId: string): Promise<{ attended: number; completed: boolean }> {
  return ctx.loaders
    .get<string, { attended: number; completed: boolean }>("learning:progress", async (ids) => {
      const rows = await selectRows<{
        id: string;
        attended: number;
        completed: boolean;
      }>(ctx.db, `${perWoman("e.id = ANY($1::uuid[])")} SELECT id, attended, completed FROM women`, [ids]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? { attended: 0, completed: false });
    })
    .load(enrollmentId);
}

/** Results of each course, one query per request. */
export function resultsOf(ctx: RequestContext, courseId: string): Promise<CourseResults> {
  return ctx.loaders
    .get<string, CourseResults>("learning:results", async (ids) => {
      const rows = await selectRows<CourseResults & { courseId: string }>(
        ctx.db,
        `${perWoman("e.course_id = ANY($1::uuid[])")} SELECT course_id AS "courseId", ${AGGREGATES} FROM women GROUP BY course_id`,
        [ids],
      );
      const byId = new Map(rows.map(({ courseId, ...r }) => [courseId, r]));
      const none: CourseResults = {
        enrolled: 0,
        withdrawn: 0,
        completed: 0,
        completionRate: null,
        assessed: 0,
        averageChange: null,
        improved: 0,
      };
      return ids.map((id) => byId.get(id) ?? none);
    })
    .load(courseId);
}

/** Attendance marks of each session, in order of enrolment, one query per request. */
/** One attendance mark, with the enrolment it belongs to (whose reach rule limits who sees it). */
export interface Mark {
  id: string;
  courseId: string;
  beneficiaryId: string;
  present: boolean;
}

export function attendanceOf(ctx: RequestContext, sessionId: string): Promise<Mark[]> {
  return ctx.loaders
    .get<string, Mark[]>("learning:attendance", async (ids) => {
      const rows = await selectRows<Mark & { sessionId: string }>(
        ctx.db,
        `SELECT a.session_id AS "sessionId", e.id, e.course_id AS "courseId", e.beneficiary_id AS "beneficiaryId", a.present
           FROM attendance a JOIN enrollment e ON e.id = a.enrollment_id
          WHERE a.session_id = ANY($1::uuid[])
          ORDER BY e.enrolled_at, e.id`,
        [ids],
      );
      return ids.map((id) => rows.filter((r) => r.sessionId === id).map(({ sessionId: _, ...mark }) => mark));
    })
    .load(sessionId);
}

/** Self-assessment scores of each enrolment, one query per request. */
export async function scoresOf(ctx: RequestContext, enrollmentId: string): Promise<AssessmentScore[]> {
  const rows = await ctx.loaders
    .manyBy(SelfAssessment, "SelfAssessment", "enrollmentId", { phase: "DESC", item: "ASC" })
    .load(enrollmentId);
  return rows.map(({ phase, item, score }) => ({ phase, item, score }));
}

/**
 * The figures NK reports over the courses (not archived) whose last day falls in [from, to]:
 * distinct women who completed, by training and the district of their home community; completion
 * and self-assessment change per training. Two queries.
 */
export async function learningFigures(ctx: RequestContext, from: string, to: string): Promise<LearningFigures> {
  const floor = floorOf(ctx, TRAINING_STAFF);
  checkPeriod(from, to, floor);
  const scope = perWoman("c.ends_on BETWEEN $1::date AND $2::date AND c.archived_at IS NULL");
  const trained = await selectRows<WomenTrained>(
    ctx.db,
    `${scope}
     SELECT w.training_id AS "trainingId", com.district_id AS "districtId", count(DISTINCT w.beneficiary_id)::int AS women
       FROM women w JOIN beneficiary b ON b.id = w.beneficiary_id JOIN community com ON com.id = b.community_id
      WHERE w.completed
      GROUP BY w.training_id, com.district_id
      ORDER BY w.training_id, com.district_id`,
    [from, to],
  );
  const byTraining = await selectRows<TrainingFigures & { averageChange: number | null }>(
    ctx.db,
    `${scope}
     SELECT training_id AS "trainingId", count(DISTINCT course_id)::int AS courses, ${AGGREGATES}
       FROM women GROUP BY training_id ORDER BY training_id`,
    [from, to],
  );
  return {
    from,
    to,
    womenTrainedByTrainingAndDistrict: floorTrained(trained, floor),
    byTraining: byTraining.map((r) => floorTraining({ ...r, averageSelfAssessmentChange: r.averageChange }, floor)),
    minimumCount: floor,
  };
}

/** Women trained, floored per training (its districts are one group: their sum is about its completions). */
function floorTrained(rows: WomenTrained[], floor: number | null): WomenTrained[] {
  const out: WomenTrained[] = [];
  for (const trainingId of [...new Set(rows.map((r) => r.trainingId))]) {
    const group = rows.filter((r) => r.trainingId === trainingId);
    floorCounts(
      group.map((r) => r.women as number),
      floor,
    ).forEach((c, i) => {
      out.push({ ...(group[i] as WomenTrained), women: c.count, suppressed: c.suppressed });
    });
  }
  return out;
}

/** One training's figures, floored: small counts withheld, and a rate or mean over fewer women than the floor. */
function floorTraining(r: TrainingFigures & { assessed?: number }, floor: number | null): TrainingFigures {
  if (floor === null) return r;
  const small = (n: number | null) => n !== null && n > 0 && n < floor;
  const hide = (n: number | null) => (small(n) ? null : n);
  return {
    ...r,
    enrolled: hide(r.enrolled),
    completed: hide(r.completed),
    improved: hide(r.improved),
    completionRate: small(r.enrolled) || small(r.completed) ? null : r.completionRate,
    averageSelfAssessmentChange: (r.assessed ?? 0) < floor ? null : r.averageSelfAssessmentChange,
  };
}

/**
 * Per training: courses running in the period (with an enrolment), women enrolled and women who
 * completed, in `districtId` (null: all). Completion as in `perWoman`, from the sessions each
 * enrolment attended as the attendance triggers keep them (migration EnrolmentAttendance); read
 * from `enrollment_period`, each enrolment with its course's days (migration EnrolmentPeriods):
 * one index range over the enrolments of courses ending in the period or later.
 */
export function trainingsIn(
  districtId: string | null,
  from: string,
  to: string,
): Figure<{ training: string; courses: number; enrolled: number; completed: number }> {
  return figure(
    `SELECT e.training_id AS training, count(DISTINCT e.course_id)::int AS courses,
            count(DISTINCT e.beneficiary_id) FILTER (WHERE NOT e.withdrawn)::int AS enrolled,
            count(DISTINCT e.beneficiary_id) FILTER (
              WHERE e.attended * 100 >= t.completion_percent * t.session_count AND e.ends_on <= $3::date)::int AS completed
       FROM enrollment_period e
       JOIN training t ON t.id = e.training_id
      WHERE NOT e.archived AND e.starts_on <= $3::date AND e.ends_on >= $2::date
        AND ($1::uuid IS NULL OR e.community_id IN (SELECT id FROM community WHERE district_id = $1::uuid))
      GROUP BY e.training_id`,
    [districtId, from, to],
  );
}
