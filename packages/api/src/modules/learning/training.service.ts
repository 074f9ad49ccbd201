import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { User } from "../../core/auth/user.entity";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { dayBound, equals, mine, search, textIn } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { findInReach } from "../../core/reach";
import { communityExists } from "../geography/geography.service";
import { programExists } from "../programs/program.service";
import type { StaffMember } from "../users/staff-member.type";
import type {
  CourseFilter,
  CreateCourseInput,
  CreateTrainingInput,
  ScheduleSessionInput,
  TrainingFilter,
  UpdateCourseInput,
  UpdateSessionInput,
  UpdateTrainingInput,
} from "./learning.inputs";
import { Training, TrainingCourse, TrainingSession } from "./training.entity";

/** Roles that may give a course. */
const TRAINER_ROLES = ["TRAINER", "COORDINATOR"];

/** Only the fields given (not undefined). */
function given<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// ---------------------------------------------------------------- trainings

function checkCurriculum(t: Pick<Training, "scaleMin" | "scaleMax" | "assessmentItems">) {
  if (t.scaleMax <= t.scaleMin)
    refuse("scaleMax", "The top of the scale must be above its bottom.", "OUT_OF_RANGE", { min: t.scaleMin + 1, max: null });
  const items = t.assessmentItems.map((i) => i.trim());
  if (new Set(items).size !== items.length) refuse("assessmentItems", "An assessment item is listed twice.", "DUPLICATE");
}

async function checkProgram(em: EntityManager, programId: string | null | undefined) {
  if (programId && !(await programExists(em, programId))) refuse("programId", "No such programme.", "NOT_FOUND");
}

/** NK's trainings, by code. */
export const trainingList = defineList<TrainingFilter, "CODE">({
  node: "Training",
  entity: Training,
  alias: "t",
  archivable: true,
  filters: { search: search(textIn(["t.code", "t.title"], "code", "title")) },
  sorts: { CODE: { expression: "t.code", reads: ["code"] } },
  defaultSort: { field: "CODE", direction: "ASC" },
});

export function listTrainings(ctx: RequestContext, filter?: TrainingFilter, page?: PageArgs) {
  return trainingList.page<Training>(ctx, filter, null, page);
}

export async function createTraining(ctx: RequestContext, em: EntityManager, input: CreateTrainingInput) {
  if (await em.existsBy(Training, { code: input.code })) refuse("code", "A training with this code exists already.", "DUPLICATE");
  const values = {
    code: input.code,
    title: input.title.trim(),
    aims: input.aims.trim(),
    topics: input.topics ?? [],
    sessionCount: input.sessionCount,
    completionPercent: input.completionPercent ?? 80,
    assessmentItems: (input.assessmentItems ?? []).map((i) => i.trim()),
    scaleMin: input.scaleMin ?? 1,
    scaleMax: input.scaleMax ?? 5,
    programId: input.programId ?? null,
  };
  checkCurriculum(values);
  await checkProgram(em, values.programId);
  const training = await em.save(Training, em.create(Training, values));
  await audit(ctx, { action: "CREATE", entityType: "Training", entityId: training.id }, em);
  return { training };
}

export async function updateTraining(ctx: RequestContext, em: EntityManager, input: UpdateTrainingInput) {
  const current = await em.findOneBy(Training, { id: input.id });
  if (!current) throw notFound("Training");
  const { id, version, ...fields } = input;
  const changes = given(fields) as Partial<Training>;
  if (changes.assessmentItems) changes.assessmentItems = changes.assessmentItems.map((i) => i.trim());
  checkCurriculum({ ...current, ...changes });
  await checkProgram(em, changes.programId);
  const training = await updateVersioned(em, Training, "Training", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "Training", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { training };
}

// ---------------------------------------------------------------- courses

/** Courses, latest start first. */
export const courseList = defineList<CourseFilter, "STARTS_ON">({
  node: "TrainingCourse",
  entity: TrainingCourse,
  alias: "c",
  archivable: true,
  filters: {
    trainingId: equals("c.training_id", "training"),
    communityId: equals("c.community_id", "community"),
    trainerId: equals("c.trainer_id", "trainer"),
    mine: mine("c.trainer_id", "trainer"),
    from: dayBound("c.ends_on", ">=", "filter.from", "endsOn"),
    to: dayBound("c.starts_on", "<=", "filter.to", "startsOn"),
  },
  sorts: { STARTS_ON: { expression: "c.starts_on", reads: ["startsOn"] } },
  defaultSort: { field: "STARTS_ON", direction: "DESC" },
});

export function listCourses(ctx: RequestContext, filter?: CourseFilter, page?: PageArgs) {
  return courseList.page<TrainingCourse>(ctx, filter, null, page);
}

/** Who may be named a course's trainer: active trainers and coordinators, by name. */
export function courseTrainers(ctx: RequestContext): Promise<StaffMember[]> {
  return selectRows<StaffMember>(
    ctx.db.manager,
    `SELECT u.id, u.full_name AS "fullName", u.role FROM "user" u
      WHERE u.archived_at IS NULL AND u.role = ANY($1::text[]) ORDER BY u.full_name, u.id`,
    [TRAINER_ROLES],
  );
}

/** The trainer: an active user with a role that gives courses. */
async function checkTrainer(em: EntityManager, trainerId: string) {
  const user = await em
    .getRepository(User)
    .createQueryBuilder("u")
    .where("u.id = :id AND u.archived_at IS NULL", { id: trainerId })
    .getOne();
  if (!user) refuse("trainerId", "No such staff member.", "NOT_FOUND");
  if (!TRAINER_ROLES.includes(user.role))
    refuse("trainerId", "The trainer must be a trainer or a coordinator.", "NOT_ALLOWED", { allowed: [...TRAINER_ROLES] });
}

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn)
    refuse("endsOn", "The course cannot end before it starts.", "TOO_EARLY", { earliest: startsOn, reference: "startsOn" });
}

async function getCourse(em: EntityManager, id: string, field?: string, lock = false): Promise<TrainingCourse> {
  const q = em.getRepository(TrainingCourse).createQueryBuilder("c").where("c.id = :id", { id });
  if (lock) q.setLock("pessimistic_write");
  const course = await q.getOne();
  if (!course) {
    if (field) refuse(field, "No such course.", "NOT_FOUND");
    throw notFound("TrainingCourse");
  }
  return course;
}

export { getCourse };

/**
 * A trainer manages only the courses she gives; coordinators and admins manage any (the course's
 * reach rule). A refusal is audited like any other, outside the mutation, which rolls back.
 */
export async function ensureGives(ctx: RequestContext, em: EntityManager, courseId: string): Promise<void> {
  await findInReach(ctx, em, TrainingCourse, courseId, "change");
}

export async function createCourse(ctx: RequestContext, em: EntityManager, input: CreateCourseInput) {
  const training = await em.findOneBy(Training, { id: input.trainingId });
  if (!training) refuse("trainingId", "No such training.", "NOT_FOUND");
  if (training.archivedAt) refuse("trainingId", "The training is archived.", "ARCHIVED");
  if (input.communityId && !(await communityExists(em, input.communityId))) {
    refuse("communityId", "No such community.", "NOT_FOUND");
  }
  checkDates(input.startsOn, input.endsOn);
  const v = ctx.viewer;
  const trainerId = input.trainerId ?? (v?.kind === "user" && TRAINER_ROLES.includes(v.role) ? v.userId : undefined);
  if (!trainerId) refuse("trainerId", "Name the trainer of the course.", "REQUIRED");
  await checkTrainer(em, trainerId);
  const course = await em.save(
    TrainingCourse,
    em.create(TrainingCourse, {
      trainingId: input.trainingId,
      communityId: input.communityId ?? null,
      place: input.place?.trim() || null,
      trainerId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      capacity: input.capacity,
      language: input.language ?? undefined,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: "TrainingCourse", entityId: course.id }, em);
  return { course };
}

export async function updateCourse(ctx: RequestContext, em: EntityManager, input: UpdateCourseInput) {
  const current = await getCourse(em, input.id, undefined, true);
  await ensureGives(ctx, em, current.id);
  const { id, version, ...fields } = input;
  const changes = given(fields) as Partial<TrainingCourse>;
  if (changes.trainerId === null) refuse("trainerId", "A course needs a trainer.", "REQUIRED");
  if (changes.communityId && !(await communityExists(em, changes.communityId))) {
    refuse("communityId", "No such community.", "NOT_FOUND");
  }
  if (changes.trainerId) await checkTrainer(em, changes.trainerId);
  const startsOn = changes.startsOn ?? current.startsOn;
  const endsOn = changes.endsOn ?? current.endsOn;
  checkDates(startsOn, endsOn);
  if (changes.startsOn || changes.endsOn) {
    const [outside] = await selectRows<{ n: number }>(
      em,
      "SELECT count(*)::int AS n FROM training_session WHERE course_id = $1 AND archived_at IS NULL AND (held_on < $2 OR held_on > $3)",
      [id, startsOn, endsOn],
    );
    if (outside?.n)
      refuse(changes.startsOn ? "startsOn" : "endsOn", `${outside.n} of the course's sessions would fall outside its dates.`, "IN_USE", {
        by: "SESSIONS",
        count: outside.n,
      });
  }
  if (changes.capacity !== undefined) {
    const [taken] = await selectRows<{
      n: number;
    }>(em, "SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1 AND withdrawn_at IS NULL", [id]);
    if ((taken?.n ?? 0) > changes.capacity)
      refuse("capacity", `${taken?.n} women are enrolled already; capacity cannot be lower.`, "OUT_OF_RANGE", {
        min: taken?.n ?? 0,
        max: null,
      });
  }
  if (changes.place !== undefined) changes.place = changes.place?.trim() || null;
  const course = await updateVersioned(em, TrainingCourse, "TrainingCourse", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "TrainingCourse", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { course };
}

// ---------------------------------------------------------------- sessions

function checkWithin(course: TrainingCourse, heldOn: string) {
  if (heldOn < course.startsOn || heldOn > course.endsOn) {
    refuse("heldOn", `The session must be held within the course's dates, ${course.startsOn} to ${course.endsOn}.`, "OUTSIDE_PERIOD", {
      from: course.startsOn,
      to: course.endsOn,
    });
  }
}

export async function scheduleSession(ctx: RequestContext, em: EntityManager, input: ScheduleSessionInput) {
  const course = await getCourse(em, input.courseId, "courseId");
  await ensureGives(ctx, em, course.id);
  if (course.archivedAt) refuse("courseId", "The course is archived.", "ARCHIVED");
  checkWithin(course, input.heldOn);
  if (input.trainerId) await checkTrainer(em, input.trainerId);
  const session = await em.save(
    TrainingSession,
    em.create(TrainingSession, {
      courseId: course.id,
      heldOn: input.heldOn,
      topic: input.topic.trim(),
      trainerId: input.trainerId ?? course.trainerId,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: "TrainingSession", entityId: session.id, details: { courseId: course.id } }, em);
  return { session };
}

export async function updateSession(ctx: RequestContext, em: EntityManager, input: UpdateSessionInput) {
  const current = await em.findOneBy(TrainingSession, { id: input.id });
  if (!current) throw notFound("TrainingSession");
  await ensureGives(ctx, em, current.courseId);
  const { id, version, ...fields } = input;
  const changes = given(fields) as Partial<TrainingSession>;
  if (changes.heldOn) checkWithin(await getCourse(em, current.courseId), changes.heldOn);
  if (changes.trainerId) await checkTrainer(em, changes.trainerId);
  if (changes.topic) changes.topic = changes.topic.trim();
  const session = await updateVersioned(em, TrainingSession, "TrainingSession", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "TrainingSession", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { session };
}

/** Every training (the few programmes of courses NK runs). */
export function allTrainings(ctx: RequestContext): Promise<Training[]> {
  return ctx.db.getRepository(Training).find();
}
