import { Field, Float, Int, ObjectType } from "type-graphql";
import { Allow } from "../../core/access";
import { UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { District } from "../geography/district.entity";
import { AssessmentPhase, Enrollment, TRAINING_STAFF, Training, TrainingCourse, TrainingSession } from "./training.entity";

/** Who may read counts about courses: training staff and analysts. */
export const FIGURE_READERS = [...TRAINING_STAFF, "ANALYST"] as const;
/** Who may change the curriculum. */
export const CURRICULUM_EDITORS = ["ADMIN", "COORDINATOR"] as const;

@ObjectType({ description: "Whether one enrolled woman attended a session." })
@Allow(...TRAINING_STAFF)
export class AttendanceMark {
  @Field(() => Beneficiary, { description: "The woman (trainers see her code and first name only)." })
  beneficiary: Beneficiary;

  @Field({ description: "True when she was present." })
  present: boolean;

  beneficiaryId: string;
}

@ObjectType({ description: "One self-assessment score of an enrolled woman." })
@Allow(...TRAINING_STAFF)
export class AssessmentScore {
  @Field(() => AssessmentPhase, { description: "Before or after the course." })
  phase: AssessmentPhase;

  @Field({ description: "The item scored." })
  item: string;

  @Field(() => Int, { description: "Her score, on the training's scale." })
  score: number;
}

@ObjectType({
  description:
    "What a course achieved, counted over every woman ever enrolled in it (withdrawn ones included). A woman completed when she attended at least the training's completionPercent of its sessionCount sessions.",
})
@Allow(...FIGURE_READERS)
export class CourseResults {
  @Field(() => Int, { description: "Women enrolled, including those who withdrew." })
  enrolled: number;

  @Field(() => Int, { description: "Women who withdrew." })
  withdrawn: number;

  @Field(() => Int, { description: "Women who completed the course." })
  completed: number;

  @Field(() => Float, { nullable: true, description: "completed / enrolled, 0 to 1; null when nobody is enrolled." })
  completionRate: number | null;

  @Field(() => Int, { description: "Women with both a BEFORE and an AFTER self-assessment." })
  assessed: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean, over the assessed women, of (her mean AFTER score − her mean BEFORE score); null when nobody is assessed.",
  })
  averageChange: number | null;

  @Field(() => Int, { description: "Assessed women whose mean score rose." })
  improved: number;
}

@ObjectType({ description: "Distinct women who completed a training, by the district they live in." })
@Allow(...FIGURE_READERS)
export class WomenTrained {
  @Field(() => Training, { description: "The training." })
  training: Training;

  @Field(() => District, { description: "District of the women's home community." })
  district: District;

  @Field(() => Int, { nullable: true, description: "Distinct women who completed a course of the training; null when withheld." })
  women: number | null;

  @Field({ description: "True when women is withheld (analysts: small enough to point at a woman, or the complement of one that is)." })
  suppressed: boolean;

  trainingId: string;
  districtId: string;
}

@ObjectType({ description: "Figures of one training over the courses that ended in the period." })
@Allow(...FIGURE_READERS)
export class TrainingFigures {
  @Field(() => Training, { description: "The training." })
  training: Training;

  @Field(() => Int, { description: "Courses that ended in the period." })
  courses: number;

  @Field(() => Int, { nullable: true, description: "Enrolments in those courses (withdrawn ones included); null when withheld." })
  enrolled: number | null;

  @Field(() => Int, { nullable: true, description: "Enrolments that completed; null when withheld." })
  completed: number | null;

  @Field(() => Float, { nullable: true, description: "completed / enrolled, 0 to 1; null when nobody was enrolled." })
  completionRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean, over enrolments with both a BEFORE and an AFTER self-assessment, of (mean AFTER − mean BEFORE); null when there are none.",
  })
  averageSelfAssessmentChange: number | null;

  @Field(() => Int, { nullable: true, description: "Enrolments whose mean self-assessment score rose; null when withheld." })
  improved: number | null;

  trainingId: string;
}

@ObjectType({ description: "Learning figures NK reports, over the courses whose last day falls in a period. Counts only." })
@Allow(...FIGURE_READERS)
export class LearningFigures {
  @Field({ description: "First day of the period." })
  from: string;

  @Field({ description: "Last day of the period." })
  to: string;

  @Field(() => [WomenTrained], { description: "Distinct women who completed a course, by training and home district." })
  womenTrainedByTrainingAndDistrict: WomenTrained[];

  @Field(() => [TrainingFigures], { description: "Completion and self-assessment change, per training." })
  byTraining: TrainingFigures[];

  @Field(() => Int, {
    nullable: true,
    description:
      "Smallest count of women shown (NK_INTERNAL_SUPPRESSION_MIN) when the figures are floored for your role (analysts: whole ended months; small counts, and rates and means over fewer women, withheld); null for training staff, who get exact figures.",
  })
  minimumCount: number | null;
}

// ---------------------------------------------------------------- payloads

@ObjectType({ description: "Result of a mutation on a training." })
@Allow(...CURRICULUM_EDITORS)
export class TrainingPayload {
  @Field(() => Training, { nullable: true, description: "The training as saved; null when refused." })
  training?: Training;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on a course." })
@Allow(...TRAINING_STAFF)
export class CoursePayload {
  @Field(() => TrainingCourse, { nullable: true, description: "The course as saved; null when refused." })
  course?: TrainingCourse;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on a session." })
@Allow(...TRAINING_STAFF)
export class SessionPayload {
  @Field(() => TrainingSession, { nullable: true, description: "The session as saved; null when refused." })
  session?: TrainingSession;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of enrolling women in a course." })
@Allow(...TRAINING_STAFF)
export class EnrollPayload {
  @Field(() => TrainingCourse, { nullable: true, description: "The course; null when refused." })
  course?: TrainingCourse;

  @Field(() => Int, { nullable: true, description: "Women newly enrolled (or back after withdrawing); null when refused." })
  added?: number;

  @Field(() => Int, { nullable: true, description: "Women skipped because they were enrolled already; null when refused." })
  alreadyEnrolled?: number;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on an enrolment." })
@Allow(...TRAINING_STAFF)
export class EnrollmentPayload {
  @Field(() => Enrollment, { nullable: true, description: "The enrolment as saved; null when refused." })
  enrollment?: Enrollment;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of recording a session's attendance." })
@Allow(...TRAINING_STAFF)
export class AttendancePayload {
  @Field(() => TrainingSession, { nullable: true, description: "The session; null when refused." })
  session?: TrainingSession;

  @Field(() => Int, { nullable: true, description: "Marks that were new or different (others were the same already); null when refused." })
  changed?: number;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}
