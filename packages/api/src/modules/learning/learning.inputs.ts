import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";
import { AssessmentPhase, CourseLanguage } from "./training.entity";

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const CODE_MESSAGE = "Code must be 2 to 40 capital letters, digits or dashes, e.g. I-AND-LEADERSHIP.";
/** How many women one enrolment or attendance sheet may name. */
export const MAX_GROUP = 200;

// ---------------------------------------------------------------- trainings

@InputType({ description: "Narrows a list of trainings." })
export class TrainingFilter {
  @Field({ nullable: true, description: "Text in the code or title." })
  search?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived trainings instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "Fields of a training (curriculum)." })
export class TrainingFields {
  @Field({ nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 200, { message: "Title must be 2 to 200 characters." })
  title?: string;

  @Field({ nullable: true, description: "What the training aims at." })
  @IsOptional()
  @Length(2, 4000, { message: "Aims must be 2 to 4000 characters." })
  aims?: string;

  @Field(() => [String], { nullable: true, description: "Topics, in order (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(60)
  @Length(1, 200, { each: true, message: "A topic must be 1 to 200 characters." })
  topics?: string[];

  @Field(() => Int, { nullable: true, description: "Number of sessions a course has, 1 to 100; completion is measured against it." })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "A training has at least one session." })
  @Max(100, { message: "A training has at most 100 sessions." })
  sessionCount?: number;

  @Field(() => Int, {
    nullable: true,
    description: "Share of the sessions, in percent (1 to 100), a woman must attend to complete a course.",
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "completionPercent must be 1 to 100." })
  @Max(100, { message: "completionPercent must be 1 to 100." })
  completionPercent?: number;

  @Field(() => [String], { nullable: true, description: "Self-assessment items (replaces the list); each at most once." })
  @IsOptional()
  @ArrayMaxSize(40)
  @Length(1, 200, { each: true, message: "An assessment item must be 1 to 200 characters." })
  assessmentItems?: string[];

  @Field(() => Int, { nullable: true, description: "Lowest score of the self-assessment scale, 0 to 10." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "scaleMin must be 0 to 10." })
  @Max(10, { message: "scaleMin must be 0 to 10." })
  scaleMin?: number;

  @Field(() => Int, { nullable: true, description: "Highest score of the self-assessment scale, 1 to 100; above scaleMin." })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "scaleMax must be 1 to 100." })
  @Max(100, { message: "scaleMax must be 1 to 100." })
  scaleMax?: number;

  @Field(() => ID, { nullable: true, description: "Programme the training belongs to; null for none." })
  @IsOptional()
  @IsUUID("all", { message: "programId must be an id." })
  programId?: string | null;
}

@InputType({ description: "A new training (curriculum)." })
export class CreateTrainingInput extends TrainingFields {
  @Field({ description: "Short code, unique, e.g. I-AND-LEADERSHIP." })
  @Matches(CODE, { message: CODE_MESSAGE, context: { format: "CODE" } })
  code: string;

  @Field({ description: "Title." })
  @Length(2, 200, { message: "Title must be 2 to 200 characters." })
  override title: string;

  @Field({ description: "What the training aims at." })
  @Length(2, 4000, { message: "Aims must be 2 to 4000 characters." })
  override aims: string;

  @Field(() => Int, { description: "Number of sessions a course has, 1 to 100; completion is measured against it." })
  @IsInt()
  @Min(1, { message: "A training has at least one session." })
  @Max(100, { message: "A training has at most 100 sessions." })
  override sessionCount: number;
}

@InputType({ description: "Changes to a training; fields left out stay as they are." })
export class UpdateTrainingInput extends TrainingFields {
  @Field(() => ID, { description: "Which training." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

// ---------------------------------------------------------------- courses

@InputType({ description: "Narrows a list of enrolments; all given conditions must hold." })
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true, description: "Only the women of this course." })
  courseId?: string;
}

@InputType({ description: "Narrows a list of courses; all given conditions must hold." })
export class CourseFilter {
  @Field(() => ID, { nullable: true, description: "Only courses of this training." })
  trainingId?: string;

  @Field(() => ID, { nullable: true, description: "Only courses held in this community." })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "Only courses given by this trainer." })
  trainerId?: string;

  @Field({ nullable: true, description: "Only the courses I give." })
  mine?: boolean;

  @Field({ nullable: true, description: "Only courses still running on or after this day (their last day is not before it), YYYY-MM-DD." })
  from?: string;

  @Field({ nullable: true, description: "Only courses begun on or before this day, YYYY-MM-DD." })
  to?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived courses instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "Fields of a course." })
export class CourseFields {
  @Field(() => ID, { nullable: true, description: "Community it is held in, if any." })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id." })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: "Place, e.g. NK's building in Kulob or a school." })
  @IsOptional()
  @Length(1, 200, { message: "Place must be 1 to 200 characters." })
  place?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Trainer: an active user with role TRAINER or COORDINATOR. On creation, by default the trainer or coordinator creating it.",
  })
  @IsOptional()
  @IsUUID("all", { message: "trainerId must be an id." })
  trainerId?: string;

  @Field({ nullable: true, description: "First day, YYYY-MM-DD." })
  @IsOptional()
  @IsDay("startsOn")
  startsOn?: string;

  @Field({ nullable: true, description: "Last day, YYYY-MM-DD; not before the first." })
  @IsOptional()
  @IsDay("endsOn")
  endsOn?: string;

  @Field(() => Int, { nullable: true, description: "How many women can enrol, 1 to 500." })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "Capacity must be at least 1." })
  @Max(500, { message: "Capacity must be at most 500." })
  capacity?: number;

  @Field(() => CourseLanguage, { nullable: true, description: "Language it is taught in; TG by default." })
  @IsOptional()
  @IsIn(Object.values(CourseLanguage))
  language?: CourseLanguage;
}

@InputType({ description: "A new course of a training." })
export class CreateCourseInput extends CourseFields {
  @Field(() => ID, { description: "The training it teaches." })
  @IsUUID("all", { message: "trainingId must be an id." })
  trainingId: string;

  @Field({ description: "First day, YYYY-MM-DD." })
  @IsDay("startsOn")
  override startsOn: string;

  @Field({ description: "Last day, YYYY-MM-DD; not before the first." })
  @IsDay("endsOn")
  override endsOn: string;

  @Field(() => Int, { description: "How many women can enrol, 1 to 500." })
  @IsInt()
  @Min(1, { message: "Capacity must be at least 1." })
  @Max(500, { message: "Capacity must be at most 500." })
  override capacity: number;
}

@InputType({ description: "Changes to a course; fields left out stay as they are." })
export class UpdateCourseInput extends CourseFields {
  @Field(() => ID, { description: "Which course." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

// ---------------------------------------------------------------- sessions

@InputType({ description: "A session to add to a course." })
export class ScheduleSessionInput {
  @Field(() => ID, { description: "The course." })
  @IsUUID("all", { message: "courseId must be an id." })
  courseId: string;

  @Field({ description: "Day it is held, YYYY-MM-DD, within the course's dates." })
  @IsDay("heldOn")
  heldOn: string;

  @Field({ description: "Topic." })
  @Length(1, 200, { message: "Topic must be 1 to 200 characters." })
  topic: string;

  @Field(() => ID, { nullable: true, description: "Trainer of this session; by default the course's trainer." })
  @IsOptional()
  @IsUUID("all", { message: "trainerId must be an id." })
  trainerId?: string;
}

@InputType({ description: "Changes to a session; fields left out stay as they are." })
export class UpdateSessionInput {
  @Field(() => ID, { description: "Which session." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: "Day it is held, YYYY-MM-DD, within the course's dates." })
  @IsOptional()
  @IsDay("heldOn")
  heldOn?: string;

  @Field({ nullable: true, description: "Topic." })
  @IsOptional()
  @Length(1, 200, { message: "Topic must be 1 to 200 characters." })
  topic?: string;

  @Field(() => ID, { nullable: true, description: "Trainer of this session." })
  @IsOptional()
  @IsUUID("all", { message: "trainerId must be an id." })
  trainerId?: string;
}

// ---------------------------------------------------------------- enrolment, attendance, self-assessment

@InputType({ description: "Women to enrol in a course; those enrolled already are skipped." })
export class EnrollInCourseInput {
  @Field(() => ID, { description: "The course." })
  @IsUUID("all", { message: "courseId must be an id." })
  courseId: string;

  @Field(() => [ID], { description: `Beneficiaries to enrol, at most ${MAX_GROUP}.` })
  @ArrayMinSize(1, { message: "Name at least one woman." })
  @ArrayMaxSize(MAX_GROUP)
  @IsUUID("all", { each: true, message: "beneficiaryIds must be ids." })
  beneficiaryIds: string[];
}

@InputType({ description: "Which enrolment ends." })
export class WithdrawFromCourseInput {
  @Field(() => ID, { description: "The enrolment." })
  @IsUUID("all", { message: "enrollmentId must be an id." })
  enrollmentId: string;
}

@InputType({ description: "The attendance sheet of one session: who was there and who was not." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: "The session." })
  @IsUUID("all", { message: "sessionId must be an id." })
  sessionId: string;

  @Field(() => [ID], { description: "Beneficiaries (enrolled in the course) who were present." })
  @ArrayMaxSize(MAX_GROUP)
  @IsUUID("all", { each: true, message: "present must be ids." })
  present: string[];

  @Field(() => [ID], { nullable: true, description: "Beneficiaries (enrolled in the course) who were absent." })
  @IsOptional()
  @ArrayMaxSize(MAX_GROUP)
  @IsUUID("all", { each: true, message: "absent must be ids." })
  absent?: string[];
}

@InputType({ description: "One self-assessment score." })
export class AssessmentScoreInput {
  @Field({ description: "The item, exactly as the training lists it." })
  @Length(1, 200, { message: "An item must be 1 to 200 characters." })
  item: string;

  @Field(() => Int, { description: "Score, within the training's scale." })
  @IsInt({ message: "A score must be a whole number." })
  score: number;
}

@InputType({ description: "A woman's self-assessment before or after a course; scores given replace earlier ones for the same items." })
export class RecordSelfAssessmentInput {
  @Field(() => ID, { description: "Her enrolment." })
  @IsUUID("all", { message: "enrollmentId must be an id." })
  enrollmentId: string;

  @Field(() => AssessmentPhase, { description: "Before or after the course." })
  @IsIn(Object.values(AssessmentPhase))
  phase: AssessmentPhase;

  @Field(() => [AssessmentScoreInput], { description: "Scores, one per item." })
  @ArrayMinSize(1, { message: "Give at least one score." })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  scores: AssessmentScoreInput[];
}
