import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import type { Viewer } from "../../core/context";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, openReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";
import { Program } from "../programs/program.entity";

/** Who runs trainings: trainers, with coordinators and admins. */
export const TRAINING_STAFF = ["ADMIN", "COORDINATOR", "TRAINER"] as const;
/** Who may read trainings, courses and sessions (no personal data in them). */
export const TRAINING_READERS = ["ADMIN", "COORDINATOR", "TRAINER", "CASE_WORKER", "FACILITATOR", "ANALYST"] as const;

export enum CourseLanguage {
  TG = "TG",
  RU = "RU",
  EN = "EN",
}
registerEnumType(CourseLanguage, { name: "CourseLanguage", description: "Language a course is taught in." });

export enum AssessmentPhase {
  BEFORE = "BEFORE",
  AFTER = "AFTER",
}
registerEnumType(AssessmentPhase, { name: "AssessmentPhase", description: "Self-assessment before or after a course." });

/** A curriculum, e.g. "I and leadership". */
@ObjectType({ description: 'A curriculum, e.g. "I and leadership": aims, topics, sessions, completion rule and self-assessment items.' })
@Allow(...TRAINING_READERS)
@Entity({ name: "training" })
export class Training extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, unique, e.g. I-AND-LEADERSHIP." })
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field({ description: "Title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field({ description: "What the training aims at." })
  @Column({ type: "text" })
  aims: string;

  @Field(() => [String], { description: "Topics, in order." })
  @Column({ type: "varchar", array: true, length: 200, default: () => "'{}'" })
  topics: string[];

  @Field(() => Int, { description: "Number of sessions a course has." })
  @Column({ name: "session_count", type: "smallint" })
  sessionCount: number;

  @Field(() => Int, { description: "A woman completes a course when she attended at least this share of its sessions, in percent." })
  @Column({ name: "completion_percent", type: "smallint", default: 80 })
  completionPercent: number;

  @Field(() => [String], { description: "Self-assessment items scored before and after a course, e.g. I can speak in public." })
  @Column({ name: "assessment_items", type: "varchar", array: true, length: 200, default: () => "'{}'" })
  assessmentItems: string[];

  @Field(() => Int, { description: "Lowest score of the self-assessment scale." })
  @Column({ name: "scale_min", type: "smallint", default: 1 })
  scaleMin: number;

  @Field(() => Int, { description: "Highest score of the self-assessment scale." })
  @Column({ name: "scale_max", type: "smallint", default: 5 })
  scaleMax: number;

  @Column({ name: "program_id", type: "uuid", nullable: true })
  programId: string | null;

  @ManyToOne(() => Program)
  @JoinColumn({ name: "program_id" })
  programRef?: Program;
}

/** One cohort of a training: where, when, by whom. */
@ObjectType({ description: "One cohort of a training: community or place, trainer, dates, capacity, language." })
@Allow(...TRAINING_READERS)
@Entity({ name: "training_course" })
export class TrainingCourse extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("training_course_training_idx")
  @Column({ name: "training_id", type: "uuid" })
  trainingId: string;

  @ManyToOne(() => Training)
  @JoinColumn({ name: "training_id" })
  trainingRef?: Training;

  @Column({ name: "community_id", type: "uuid", nullable: true })
  communityId: string | null;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  @Field(() => String, { nullable: true, description: "Place, e.g. NK's building in Kulob or a school." })
  @Column({ type: "varchar", length: 200, nullable: true })
  place: string | null;

  @Column({ name: "trainer_id", type: "uuid", nullable: true })
  trainerId: string | null;

  @Field({ description: "First day." })
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field({ description: "Last day." })
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => Int, { description: "How many women can enrol." })
  @Column({ type: "smallint" })
  capacity: number;

  @Field(() => CourseLanguage, { description: "Language it is taught in." })
  @Column({ type: "varchar", length: 2, default: CourseLanguage.TG })
  language: CourseLanguage;
}

/** One session of a course. */
@ObjectType({ description: "One session of a course." })
@Allow(...TRAINING_READERS)
@Entity({ name: "training_session" })
export class TrainingSession extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("training_session_course_idx")
  @Column({ name: "course_id", type: "uuid" })
  courseId: string;

  @ManyToOne(() => TrainingCourse)
  @JoinColumn({ name: "course_id" })
  courseRef?: TrainingCourse;

  @Field({ description: "Day it is held, within the course's dates." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field({ description: "Topic." })
  @Column({ type: "varchar", length: 200 })
  topic: string;

  @Column({ name: "trainer_id", type: "uuid", nullable: true })
  trainerId: string | null;
}

/** A woman enrolled in a course. */
@ObjectType({ description: "A woman enrolled in a course; trainers see her code and first name only." })
@Allow(...TRAINING_STAFF)
@Entity({ name: "enrollment" })
@Index("enrollment_course_beneficiary_key", ["courseId", "beneficiaryId"], { unique: true })
export class Enrollment {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "course_id", type: "uuid" })
  courseId: string;

  @ManyToOne(() => TrainingCourse)
  @JoinColumn({ name: "course_id" })
  courseRef?: TrainingCourse;

  @Index("enrollment_beneficiary_idx")
  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Field({ description: "When she was enrolled." })
  @CreateDateColumn({ name: "enrolled_at", type: "timestamptz" })
  enrolledAt: Date;

  @Field(() => Date, { nullable: true, description: "When she left the course, if she did." })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;
}

/** Whether an enrolled woman attended a session. */
@Entity({ name: "attendance" })
// A woman's attendance (completion counts it per enrolment); the key leads with the session.
@Index("attendance_enrollment_idx", ["enrollmentId"])
export class Attendance {
  @PrimaryColumn({ name: "session_id", type: "uuid" })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  sessionRef?: TrainingSession;

  @PrimaryColumn({ name: "enrollment_id", type: "uuid" })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "enrollment_id" })
  enrollmentRef?: Enrollment;

  @Column({ type: "boolean" })
  present: boolean;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedBy: string | null;

  @Column({ name: "recorded_at", type: "timestamptz", default: () => "now()" })
  recordedAt: Date;
}

/** One self-assessment score of an enrolled woman, before or after the course. */
@Entity({ name: "self_assessment" })
export class SelfAssessment {
  @PrimaryColumn({ name: "enrollment_id", type: "uuid" })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "enrollment_id" })
  enrollmentRef?: Enrollment;

  @PrimaryColumn({ type: "varchar", length: 6 })
  phase: AssessmentPhase;

  @PrimaryColumn({ type: "varchar", length: 200 })
  item: string;

  @Column({ type: "smallint" })
  score: number;
}

/** The trainer a viewer is, when she is one (coordinators and admins reach every course). */
const trainerOf = (viewer: Viewer | null) => (viewer?.kind === "user" && viewer.role === "TRAINER" ? viewer.userId : null);

declareReach(Training, openReach("Training"));

/** Everyone who may read courses reads them all; a trainer changes only the courses she gives. */
declareReach(TrainingCourse, {
  entityType: "TrainingCourse",
  refusal: "Trainers manage only the courses they give.",
  where(viewer, c, purpose) {
    const me = purpose === "change" ? trainerOf(viewer) : null;
    return me ? { sql: `${c}.trainer_id = :reachTrainer`, params: { reachTrainer: me } } : null;
  },
  test(viewer, course, purpose) {
    const me = purpose === "change" ? trainerOf(viewer) : null;
    return !me || course.trainerId === me;
  },
});

/** The women of a course, their attendance and scores: a trainer reaches those of the courses she gives. */
declareReach(Enrollment, {
  entityType: "Enrollment",
  refusal: "Trainers manage only the courses they give.",
  where(viewer, e) {
    const me = trainerOf(viewer);
    return me
      ? {
          sql: `EXISTS (SELECT 1 FROM training_course ec WHERE ec.id = ${e}.course_id AND ec.trainer_id = :reachTrainer)`,
          params: { reachTrainer: me },
        }
      : null;
  },
});
