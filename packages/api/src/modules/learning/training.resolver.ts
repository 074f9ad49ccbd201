import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation } from "../../core/graphql/mutation";
import { reachable, reachableById } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";
import { Program } from "../programs/program.entity";
import { StaffMember } from "../users/staff-member.type";
import { attendanceOf, resultsOf } from "./figures.service";
import {
  CourseFilter,
  CreateCourseInput,
  CreateTrainingInput,
  ScheduleSessionInput,
  TrainingFilter,
  UpdateCourseInput,
  UpdateSessionInput,
  UpdateTrainingInput,
} from "./learning.inputs";
import { AttendanceMark, CoursePayload, CourseResults, CURRICULUM_EDITORS, SessionPayload, TrainingPayload } from "./learning.types";
import { Enrollment, TRAINING_READERS, TRAINING_STAFF, Training, TrainingCourse, TrainingSession } from "./training.entity";
import * as learning from "./training.service";

const TrainingConnection = connectionType(Training, "Training", [...TRAINING_READERS]);
const CourseConnection = connectionType(TrainingCourse, "TrainingCourse", [...TRAINING_READERS]);

async function staffMember(ctx: Context, id: string | null): Promise<StaffMember | null> {
  const user = id ? await ctx.loaders.byId(User, "User").load(id) : null;
  return user ? { id: user.id, fullName: user.fullName, role: user.role as StaffMember["role"] } : null;
}

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => TrainingConnection, { description: "NK's trainings (curricula), by code." })
  @Allow(...TRAINING_READERS)
  trainings(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => TrainingFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: TrainingFilter,
  ) {
    return learning.listTrainings(ctx, filter, page);
  }

  @Query(() => Training, { description: "One training by id." })
  @Allow(...TRAINING_READERS)
  async training(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Training, "Training").load(id), "Training");
  }

  @Mutation(() => TrainingPayload, { description: "Adds a training (curriculum). Admins and coordinators only." })
  @Allow(...CURRICULUM_EDITORS)
  createTraining(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateTrainingInput) {
    return runMutation(ctx, input, (em) => learning.createTraining(ctx, em, input));
  }

  @Mutation(() => TrainingPayload, {
    description: "Changes a training's curriculum; refused with CONFLICT when `version` is stale. Admins and coordinators only.",
  })
  @Allow(...CURRICULUM_EDITORS)
  updateTraining(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateTrainingInput) {
    return runMutation(ctx, input, (em) => learning.updateTraining(ctx, em, input));
  }

  @FieldResolver(() => Program, { nullable: true, description: "Programme the training belongs to." })
  program(@Root() t: Training, @Ctx() ctx: Context) {
    return t.programId ? ctx.loaders.byId(Program, "Program").load(t.programId) : null;
  }
}

@Resolver(() => TrainingCourse)
export class CourseResolver {
  @Query(() => CourseConnection, { description: "Courses (cohorts of a training), latest start first." })
  @Allow(...TRAINING_READERS)
  courses(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CourseFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CourseFilter,
  ) {
    return learning.listCourses(ctx, filter, page);
  }

  @Query(() => TrainingCourse, { description: "One course by id." })
  @Allow(...TRAINING_READERS)
  async course(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(TrainingCourse, "TrainingCourse").load(id), "TrainingCourse");
  }

  @Mutation(() => CoursePayload, { description: "Adds a course of a training; the trainer is by default the one creating it." })
  @Allow(...TRAINING_STAFF)
  createCourse(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateCourseInput) {
    return runMutation(ctx, input, (em) => learning.createCourse(ctx, em, input));
  }

  @Mutation(() => CoursePayload, { description: "Changes a course; refused with CONFLICT when `version` is stale." })
  @Allow(...TRAINING_STAFF)
  updateCourse(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateCourseInput) {
    return runMutation(ctx, input, (em) => learning.updateCourse(ctx, em, input));
  }

  @Query(() => [StaffMember], { description: "Who may be named a course's trainer: active trainers and coordinators, by name." })
  @Allow(...TRAINING_STAFF)
  courseTrainers(@Ctx() ctx: Context): Promise<StaffMember[]> {
    return learning.courseTrainers(ctx);
  }

  @FieldResolver(() => Training, { description: "The training it teaches." })
  training(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Training, "Training").load(c.trainingId);
  }

  @FieldResolver(() => Community, { nullable: true, description: "Community it is held in, if any." })
  community(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    return c.communityId ? ctx.loaders.byId(Community, "Community").load(c.communityId) : null;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Its trainer." })
  trainer(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    return staffMember(ctx, c.trainerId);
  }

  @FieldResolver(() => [TrainingSession], { description: "Its sessions, earliest first." })
  async sessions(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    const all = await ctx.loaders.manyBy(TrainingSession, "TrainingSession", "courseId", { heldOn: "ASC", id: "ASC" }).load(c.id);
    return all.filter((s) => s.archivedAt === null);
  }

  @FieldResolver(() => [Enrollment], { description: "Women enrolled, withdrawn ones included, in order of enrolment." })
  @Allow(...TRAINING_STAFF)
  async enrollments(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    // A trainer sees the women of the courses she gives only (the enrolment's reach rule).
    return reachable(
      ctx,
      Enrollment,
      await ctx.loaders.manyBy(Enrollment, "Enrollment", "courseId", { enrolledAt: "ASC", id: "ASC" }).load(c.id),
    );
  }

  @FieldResolver(() => CourseResults, {
    description:
      "Enrolment, completion and self-assessment change of the course. Counts only, but of one small group over its own days: training staff only (analysts read learningFigures, floored over whole months).",
  })
  @Allow(...TRAINING_STAFF)
  results(@Root() c: TrainingCourse, @Ctx() ctx: Context) {
    return resultsOf(ctx, c.id);
  }
}

@Resolver(() => TrainingSession)
export class SessionResolver {
  @Mutation(() => SessionPayload, { description: "Adds a session to a course, on a day within the course's dates." })
  @Allow(...TRAINING_STAFF)
  scheduleSession(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ScheduleSessionInput) {
    return runMutation(ctx, input, (em) => learning.scheduleSession(ctx, em, input));
  }

  @Mutation(() => SessionPayload, { description: "Changes a session; refused with CONFLICT when `version` is stale." })
  @Allow(...TRAINING_STAFF)
  updateSession(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateSessionInput) {
    return runMutation(ctx, input, (em) => learning.updateSession(ctx, em, input));
  }

  @FieldResolver(() => TrainingCourse, { description: "The course it belongs to." })
  course(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingCourse, "TrainingCourse").load(s.courseId);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Trainer of the session." })
  trainer(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return staffMember(ctx, s.trainerId);
  }

  @FieldResolver(() => [AttendanceMark], { description: "Who was present and who absent, as recorded; in order of enrolment." })
  @Allow(...TRAINING_STAFF)
  async attendance(@Root() s: TrainingSession, @Ctx() ctx: Context): Promise<AttendanceMark[]> {
    const marks = await reachableById(ctx, Enrollment, await attendanceOf(ctx, s.id));
    const women = await ctx.loaders.byId(Beneficiary, "Beneficiary").loadMany(marks.map((m) => m.beneficiaryId));
    return marks.flatMap((m, i) => {
      const beneficiary = women[i];
      return beneficiary instanceof Beneficiary ? [{ ...m, beneficiary }] : [];
    });
  }
}
