import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { District } from "../geography/district.entity";
import * as enrolment from "./enrollment.service";
import { learningFigures, progressOf, scoresOf } from "./figures.service";
import {
  EnrollInCourseInput,
  EnrollmentFilter,
  RecordAttendanceInput,
  RecordSelfAssessmentInput,
  WithdrawFromCourseInput,
} from "./learning.inputs";
import { AssessmentScore, AttendancePayload, EnrollmentPayload, EnrollPayload, FIGURE_READERS, LearningFigures } from "./learning.types";
import { Enrollment, TRAINING_STAFF, Training, TrainingCourse } from "./training.entity";

const EnrollmentConnection = connectionType(Enrollment, "Enrollment", [...TRAINING_STAFF]);

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => EnrollmentConnection, {
    description:
      "Women enrolled in courses, withdrawn ones included, in order of enrolment; `filter.courseId` for one course. A trainer sees the women of the courses she gives only.",
  })
  @Allow(...TRAINING_STAFF)
  enrollments(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => EnrollmentFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: EnrollmentFilter,
  ) {
    return enrolment.listEnrollments(ctx, filter, page);
  }

  @Mutation(() => EnrollPayload, {
    description:
      "Enrols women in a course. Unknown or archived women, or more women than free places, refuse the whole input; women enrolled already are skipped.",
  })
  @Allow(...TRAINING_STAFF)
  enrollInCourse(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: EnrollInCourseInput) {
    return runMutation(ctx, input, (em) => enrolment.enrollInCourse(ctx, em, input));
  }

  @Mutation(() => EnrollmentPayload, { description: "Records that a woman left a course; her place becomes free, her record stays." })
  @Allow(...TRAINING_STAFF)
  withdrawFromCourse(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: WithdrawFromCourseInput) {
    return runMutation(ctx, input, (em) => enrolment.withdrawFromCourse(ctx, em, input));
  }

  @Mutation(() => AttendancePayload, {
    description:
      "Records the attendance sheet of a session for the whole group at once. A woman not enrolled in the course refuses the whole sheet; sending the same sheet again changes nothing.",
  })
  @Allow(...TRAINING_STAFF)
  recordAttendance(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordAttendanceInput) {
    return runMutation(ctx, input, (em) => enrolment.recordAttendance(ctx, em, input));
  }

  @Mutation(() => EnrollmentPayload, {
    description: "Records a woman's self-assessment before or after a course, on the training's items and scale.",
  })
  @Allow(...TRAINING_STAFF)
  recordSelfAssessment(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordSelfAssessmentInput) {
    return runMutation(ctx, input, (em) => enrolment.recordSelfAssessment(ctx, em, input));
  }

  @FieldResolver(() => Beneficiary, { description: "The woman; trainers and facilitators see her code and first name only." })
  beneficiary(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(e.beneficiaryId);
  }

  @FieldResolver(() => TrainingCourse, { description: "The course." })
  course(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingCourse, "TrainingCourse").load(e.courseId);
  }

  @FieldResolver(() => Int, { description: "Sessions of the course she attended." })
  async attendedSessions(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return (await progressOf(ctx, e.id)).attended;
  }

  @FieldResolver(() => Boolean, {
    description: "True when she attended at least the training's completionPercent of its sessionCount sessions.",
  })
  async completed(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return (await progressOf(ctx, e.id)).completed;
  }

  @FieldResolver(() => [AssessmentScore], { description: "Her self-assessment scores, BEFORE then AFTER, by item." })
  selfAssessment(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return scoresOf(ctx, e.id);
  }
}

@Resolver(() => LearningFigures)
export class LearningFiguresResolver {
  @Query(() => LearningFigures, {
    description:
      "Learning figures over the courses whose last day falls in [from, to]: women trained by training and district, completion and self-assessment change per training. Counts only.",
  })
  @Allow(...FIGURE_READERS)
  async learningFigures(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD." }) to: string,
  ): Promise<LearningFigures> {
    const figures = await learningFigures(ctx, from, to);
    const trainings = ctx.loaders.byId(Training, "Training");
    const districts = ctx.loaders.byId(District, "District");
    return {
      ...figures,
      womenTrainedByTrainingAndDistrict: await Promise.all(
        figures.womenTrainedByTrainingAndDistrict.map(async (row) => ({
          ...row,
          training: (await trainings.load(row.trainingId)) as Training,
          district: (await districts.load(row.districtId)) as District,
        })),
      ),
      byTraining: await Promise.all(
        figures.byTraining.map(async (row) => ({ ...row, training: (await trainings.load(row.trainingId)) as Training })),
      ),
    };
  }
}
