import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, openReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";

/** Who runs self-help groups and support services: facilitators, with coordinators and admins. */
export const GROUP_STAFF = ["ADMIN", "COORDINATOR", "FACILITATOR"] as const;
/** Who may read groups and services (no personal data in them). */
export const GROUP_READERS = ["ADMIN", "COORDINATOR", "FACILITATOR", "CASE_WORKER", "TRAINER", "ANALYST"] as const;

export enum GroupStage {
  FORMING = "FORMING",
  ACTIVE = "ACTIVE",
  AUTONOMOUS = "AUTONOMOUS",
}
registerEnumType(GroupStage, { name: "GroupStage", description: "Forming → active → autonomous (going back needs a reason)." });

export enum AdvocacyTarget {
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  JAMOAT = "JAMOAT",
  SCHOOL = "SCHOOL",
  CLINIC = "CLINIC",
  POLICE = "POLICE",
  COURT = "COURT",
  EMPLOYER = "EMPLOYER",
  OTHER = "OTHER",
}
registerEnumType(AdvocacyTarget, { name: "AdvocacyTarget", description: "Whom a group asked." });

export enum AdvocacyResult {
  PENDING = "PENDING",
  ACHIEVED = "ACHIEVED",
  PARTLY_ACHIEVED = "PARTLY_ACHIEVED",
  REFUSED = "REFUSED",
}
registerEnumType(AdvocacyResult, { name: "AdvocacyResult", description: "What came of an advocacy action." });

/** A self-help group of women in a community. */
@ObjectType({ description: "A self-help group (SHG) of women in a community, with its stage and facilitator." })
@Allow(...GROUP_READERS)
@Entity({ name: "self_help_group" })
export class SelfHelpGroup extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Name of the group." })
  @Column({ type: "varchar", length: 200, unique: true })
  name: string;

  @Index("self_help_group_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  @Field({ description: "Day it was founded." })
  @Column({ name: "founded_on", type: "date" })
  foundedOn: string;

  @Field(() => GroupStage, { description: "Stage now; its changes are in stageHistory." })
  @Column({ type: "varchar", length: 12, default: GroupStage.FORMING })
  stage: GroupStage;

  @Column({ name: "facilitator_id", type: "uuid", nullable: true })
  facilitatorId: string | null;
}

/** One change of a group's stage. */
@ObjectType({ description: "One change of a group's stage." })
@Allow(...GROUP_READERS)
@Entity({ name: "group_stage_change" })
export class GroupStageChange {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("group_stage_change_group_idx")
  @Column({ name: "group_id", type: "uuid" })
  groupId: string;

  @ManyToOne(() => SelfHelpGroup, { onDelete: "CASCADE" })
  @JoinColumn({ name: "group_id" })
  groupRef?: SelfHelpGroup;

  @Field(() => GroupStage, { nullable: true, description: "Stage before; null at founding." })
  @Column({ name: "from_stage", type: "varchar", length: 12, nullable: true })
  fromStage: GroupStage | null;

  @Field(() => GroupStage, { description: "Stage after." })
  @Column({ name: "to_stage", type: "varchar", length: 12 })
  toStage: GroupStage;

  @Field({ description: "Day of the change." })
  @Column({ name: "changed_on", type: "date" })
  changedOn: string;

  @Field(() => String, { nullable: true, description: "Why (required to go back a stage)." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  /** Who recorded the change; null for changes recorded before this was kept. */
  @Column({ name: "changed_by_id", type: "uuid", nullable: true })
  changedById: string | null;
}

/** A woman's membership of a group, from joining to leaving. */
@ObjectType({ description: "A woman's membership of a group; facilitators see her code and first name only." })
@Allow(...GROUP_STAFF)
@Entity({ name: "group_membership" })
@Index("group_membership_one_current", ["groupId", "beneficiaryId"], { unique: true, where: "left_on IS NULL" })
export class GroupMembership {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "group_id", type: "uuid" })
  groupId: string;

  @ManyToOne(() => SelfHelpGroup)
  @JoinColumn({ name: "group_id" })
  groupRef?: SelfHelpGroup;

  @Index("group_membership_beneficiary_idx")
  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Field({ description: "Day she joined." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: "Day she left; null while a member." })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn: string | null;
}

/** A meeting of a group. */
@ObjectType({ description: "A meeting of a group: attendance, topics, decisions." })
@Allow(...GROUP_STAFF)
@Entity({ name: "group_meeting" })
export class GroupMeeting extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("group_meeting_group_idx")
  @Column({ name: "group_id", type: "uuid" })
  groupId: string;

  @ManyToOne(() => SelfHelpGroup)
  @JoinColumn({ name: "group_id" })
  groupRef?: SelfHelpGroup;

  @Field({ description: "Day it was held." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field(() => [String], { description: "Topics discussed." })
  @Column({ type: "varchar", array: true, length: 200, default: () => "'{}'" })
  topics: string[];

  @Field(() => String, { nullable: true, description: "Decisions taken." })
  @Column({ type: "text", nullable: true })
  decisions: string | null;
}

/** A member present at a meeting. */
@Entity({ name: "group_meeting_attendance" })
export class GroupMeetingAttendance {
  @PrimaryColumn({ name: "meeting_id", type: "uuid" })
  meetingId: string;

  @ManyToOne(() => GroupMeeting, { onDelete: "CASCADE" })
  @JoinColumn({ name: "meeting_id" })
  meetingRef?: GroupMeeting;

  @PrimaryColumn({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;
}

/** What a group asked of whom, and what came of it. */
@ObjectType({ description: "What a group asked of whom (a local authority, a school, a clinic …), when, and the result." })
@Allow(...GROUP_READERS)
@Entity({ name: "advocacy_action" })
export class AdvocacyAction extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("advocacy_action_group_idx")
  @Column({ name: "group_id", type: "uuid" })
  groupId: string;

  @ManyToOne(() => SelfHelpGroup)
  @JoinColumn({ name: "group_id" })
  groupRef?: SelfHelpGroup;

  @Field({ description: "Day the group acted." })
  @Column({ name: "acted_on", type: "date" })
  actedOn: string;

  @Field(() => AdvocacyTarget, { description: "Kind of body asked." })
  @Column({ name: "target_kind", type: "varchar", length: 20 })
  targetKind: AdvocacyTarget;

  @Field({ description: "Who exactly, e.g. Jamoat Dahana." })
  @Column({ name: "target_name", type: "varchar", length: 200 })
  targetName: string;

  @Field({ description: "What the group asked for." })
  @Column({ type: "text" })
  request: string;

  @Field(() => AdvocacyResult, { description: "What came of it." })
  @Column({ type: "varchar", length: 20, default: AdvocacyResult.PENDING })
  result: AdvocacyResult;

  @Field(() => String, { nullable: true, description: "What was obtained or said." })
  @Column({ name: "result_note", type: "text", nullable: true })
  resultNote: string | null;
}

/** A support service for women (SSW) run in a community. */
@ObjectType({ description: "A support service for women (SSW) in a community: what it offers, when it is open, whom to contact." })
@Allow(...GROUP_READERS)
@Entity({ name: "support_service" })
export class SupportService extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Name." })
  @Column({ type: "varchar", length: 200, unique: true })
  name: string;

  @Index("support_service_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  @Field({ description: "Kind, e.g. legal advice point, psychosocial support, information point." })
  @Column({ type: "varchar", length: 100 })
  kind: string;

  @Field(() => [String], { description: "Volunteers or contact people, as they agreed to be listed." })
  @Allow(...GROUP_STAFF)
  @Column({ type: "varchar", array: true, length: 200, default: () => "'{}'" })
  contacts: string[];

  @Field(() => String, { nullable: true, description: "When it is open, e.g. Mon–Thu 9:00–13:00." })
  @Column({ name: "opening_hours", type: "varchar", length: 200, nullable: true })
  openingHours: string | null;

  @Field({ description: "What it offers." })
  @Column({ type: "text" })
  offers: string;
}

/** How many people a support service helped in a month. */
@ObjectType({ description: "How many people a support service helped in one month (counts only)." })
@Allow(...GROUP_READERS)
@Entity({ name: "support_service_activity" })
export class SupportServiceActivity {
  @PrimaryColumn({ name: "support_service_id", type: "uuid" })
  supportServiceId: string;

  @ManyToOne(() => SupportService, { onDelete: "CASCADE" })
  @JoinColumn({ name: "support_service_id" })
  supportServiceRef?: SupportService;

  @Field({ description: "The month, as its first day (YYYY-MM-01)." })
  @PrimaryColumn({ type: "date" })
  month: string;

  @Field(() => Int, { description: "People helped that month." })
  @Column({ name: "people_helped", type: "int" })
  peopleHelped: number;
}

/** Groups and support services hold no personal data: everyone who may read them reads them all. */
/**
 * Everyone who may read groups reads them all (no personal data in a group); a facilitator
 * changes only the groups she facilitates — their members, meetings, advocacy and stage.
 */
declareReach<SelfHelpGroup>(SelfHelpGroup, {
  entityType: "SelfHelpGroup",
  label: "Self-help group",
  refusal: "Only the group's facilitator, a coordinator or an admin may change this group.",
  where(viewer, alias, purpose) {
    if (purpose !== "change" || viewer?.kind !== "user" || viewer.role !== "FACILITATOR") return null;
    return { sql: `${alias}.facilitator_id = :reachFacilitator`, params: { reachFacilitator: viewer.userId } };
  },
  test: (viewer, row, purpose) =>
    purpose !== "change" || viewer?.kind !== "user" || viewer.role !== "FACILITATOR" || row.facilitatorId === viewer.userId,
});
declareReach(SupportService, openReach("SupportService"));
// Group staff read the members of every group, as on the group's page.
declareReach(GroupMembership, openReach("GroupMembership"));
