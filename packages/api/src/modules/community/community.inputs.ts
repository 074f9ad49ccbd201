import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";
import { AdvocacyResult, AdvocacyTarget, GroupStage } from "./group.entity";

const LONG_TEXT = 20_000;
const longText = (name: string) => ({ message: `${name} must be at most ${LONG_TEXT} characters.` });
const anId = (name: string) => ({ message: `${name} must be an id.` });
const versionRule = { message: "version must be a whole number." };

/** A month written YYYY-MM. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// ---------------------------------------------------------------- groups

@InputType({ description: "Narrows a list of group memberships; all given conditions must hold." })
export class GroupMemberFilter {
  @Field(() => ID, { nullable: true, description: "Only the memberships of this group." })
  groupId?: string;

  @Field({ nullable: true, description: "True: current members only; false: those who left only." })
  current?: boolean;
}

@InputType({ description: "Narrows a list of self-help groups; all given conditions must hold." })
export class SelfHelpGroupFilter {
  @Field(() => ID, { nullable: true, description: "Only the groups of this community." })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "Only the groups in communities of this district." })
  districtId?: string;

  @Field(() => GroupStage, { nullable: true, description: "Only the groups at this stage now." })
  stage?: GroupStage;

  @Field({ nullable: true, description: "True: only the groups I facilitate." })
  mine?: boolean;

  @Field(() => ID, { nullable: true, description: "Only the groups this staff member facilitates." })
  facilitatorId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived groups instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A new self-help group." })
export class CreateSelfHelpGroupInput {
  @Field({ description: "Name of the group, 2 to 200 characters; unique." })
  @Length(2, 200, { message: "The name must be 2 to 200 characters." })
  @Matches(/\S/, { message: "Give the group a name.", context: { code: "REQUIRED" } })
  name: string;

  @Field(() => ID, { description: "Community the group meets in." })
  @IsUUID("all", anId("communityId"))
  communityId: string;

  @Field({ description: "Day it was founded, YYYY-MM-DD; not in the future." })
  @IsDay("foundedOn")
  foundedOn: string;

  @Field(() => GroupStage, { defaultValue: GroupStage.FORMING, description: "Stage at founding; FORMING unless given." })
  @IsIn(Object.values(GroupStage))
  stage: GroupStage;

  @Field(() => ID, {
    nullable: true,
    description: "Facilitator: an active facilitator or coordinator. By default the facilitator recording the group, else none.",
  })
  @IsOptional()
  @IsUUID("all", anId("facilitatorId"))
  facilitatorId?: string;
}

@InputType({ description: "Changes to a group; fields left out stay as they are. Its stage changes with changeGroupStage." })
export class UpdateSelfHelpGroupInput {
  @Field(() => ID, { description: "Which group." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt(versionRule)
  version: number;

  @Field({ nullable: true, description: "New name, 2 to 200 characters; unique." })
  @IsOptional()
  @Length(2, 200, { message: "The name must be 2 to 200 characters." })
  @Matches(/\S/, { message: "Give the group a name.", context: { code: "REQUIRED" } })
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: "New facilitator: an active facilitator or coordinator; null leaves the group without one.",
  })
  @IsOptional()
  @IsUUID("all", anId("facilitatorId"))
  facilitatorId?: string | null;
}

@InputType({ description: "A group's move to another stage." })
export class ChangeGroupStageInput {
  @Field(() => ID, { description: "Which group." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt(versionRule)
  version: number;

  @Field(() => GroupStage, { description: "The new stage; it must differ from the current one." })
  @IsIn(Object.values(GroupStage))
  stage: GroupStage;

  @Field({
    description: "Day of the change, YYYY-MM-DD: after the group's previous stage change (so after its founding) and not in the future.",
  })
  @IsDay("changedOn")
  changedOn: string;

  @Field({ nullable: true, description: "Why; required to go back a stage (e.g. AUTONOMOUS → ACTIVE)." })
  @IsOptional()
  @MaxLength(2000, { message: "The reason must be at most 2000 characters." })
  reason?: string;
}

// ---------------------------------------------------------------- members

@InputType({ description: "A woman joining a group." })
export class AddGroupMemberInput {
  @Field(() => ID, { description: "Which group." })
  @IsUUID("all", anId("groupId"))
  groupId: string;

  @Field(() => ID, { description: "The woman (a registered beneficiary); she must not be a current member already." })
  @IsUUID("all", anId("beneficiaryId"))
  beneficiaryId: string;

  @Field({ description: "Day she joined, YYYY-MM-DD: not before the group was founded, not in the future." })
  @IsDay("joinedOn")
  joinedOn: string;
}

@InputType({ description: "A woman leaving a group." })
export class RemoveGroupMemberInput {
  @Field(() => ID, { description: "Which membership (GroupMembership.id)." })
  @IsUUID("all", anId("membershipId"))
  membershipId: string;

  @Field({ description: "Day she left, YYYY-MM-DD: not before she joined, not in the future. She is a member until the day before." })
  @IsDay("leftOn")
  leftOn: string;
}

// ---------------------------------------------------------------- meetings

@InputType({ description: "A meeting a group held." })
export class RecordGroupMeetingInput {
  @Field(() => ID, { description: "Which group." })
  @IsUUID("all", anId("groupId"))
  groupId: string;

  @Field({ description: "Day it was held, YYYY-MM-DD: not before the group was founded, not in the future." })
  @IsDay("heldOn")
  heldOn: string;

  @Field(() => [String], { defaultValue: [], description: "Topics discussed, each at most 200 characters." })
  @ArrayMaxSize(30, { message: "At most 30 topics." })
  @MaxLength(200, { each: true, message: "A topic must be at most 200 characters." })
  topics: string[];

  @Field({ nullable: true, description: "Decisions taken." })
  @IsOptional()
  @MaxLength(LONG_TEXT, longText("Decisions"))
  decisions?: string;

  @Field(() => [ID], { defaultValue: [], description: "Women present; each must be a member of the group on that day." })
  @ArrayMaxSize(200, { message: "At most 200 women." })
  @ArrayUnique({ message: "A woman is named twice." })
  @IsUUID("all", { each: true, message: "presentBeneficiaryIds must be ids." })
  presentBeneficiaryIds: string[];
}

@InputType({ description: "Changes to a meeting; fields left out stay as they are." })
export class UpdateGroupMeetingInput {
  @Field(() => ID, { description: "Which meeting." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt(versionRule)
  version: number;

  @Field({ nullable: true, description: "Day it was held, YYYY-MM-DD; the women present must be members on that day." })
  @IsOptional()
  @IsDay("heldOn")
  heldOn?: string;

  @Field(() => [String], { nullable: true, description: "Topics discussed (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(30, { message: "At most 30 topics." })
  @MaxLength(200, { each: true, message: "A topic must be at most 200 characters." })
  topics?: string[];

  @Field(() => String, { nullable: true, description: "Decisions taken; null clears them." })
  @IsOptional()
  @MaxLength(LONG_TEXT, longText("Decisions"))
  decisions?: string | null;

  @Field(() => [ID], { nullable: true, description: "Women present (replaces the list); each must be a member on the meeting's day." })
  @IsOptional()
  @ArrayMaxSize(200, { message: "At most 200 women." })
  @ArrayUnique({ message: "A woman is named twice." })
  @IsUUID("all", { each: true, message: "presentBeneficiaryIds must be ids." })
  presentBeneficiaryIds?: string[];
}

// ---------------------------------------------------------------- advocacy

@InputType({ description: "Something a group asked of an authority or institution." })
export class RecordAdvocacyActionInput {
  @Field(() => ID, { description: "Which group acted." })
  @IsUUID("all", anId("groupId"))
  groupId: string;

  @Field({ description: "Day the group acted, YYYY-MM-DD: not before it was founded, not in the future." })
  @IsDay("actedOn")
  actedOn: string;

  @Field(() => AdvocacyTarget, { description: "Kind of body asked." })
  @IsIn(Object.values(AdvocacyTarget))
  targetKind: AdvocacyTarget;

  @Field({ description: "Who exactly, e.g. Jamoat Dahana; 2 to 200 characters." })
  @Length(2, 200, { message: "The target's name must be 2 to 200 characters." })
  targetName: string;

  @Field({ description: "What the group asked for." })
  @Length(2, LONG_TEXT, { message: `The request must be 2 to ${LONG_TEXT} characters.` })
  request: string;

  @Field(() => AdvocacyResult, { defaultValue: AdvocacyResult.PENDING, description: "What came of it; PENDING unless given." })
  @IsIn(Object.values(AdvocacyResult))
  result: AdvocacyResult;

  @Field({ nullable: true, description: "What was obtained or said." })
  @IsOptional()
  @MaxLength(LONG_TEXT, longText("The note"))
  resultNote?: string;
}

@InputType({ description: "What came of an advocacy action; fields left out stay as they are." })
export class UpdateAdvocacyActionInput {
  @Field(() => ID, { description: "Which action." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt(versionRule)
  version: number;

  @Field(() => AdvocacyResult, { nullable: true, description: "What came of it." })
  @IsOptional()
  @IsIn(Object.values(AdvocacyResult))
  result?: AdvocacyResult;

  @Field(() => String, { nullable: true, description: "What was obtained or said; null clears it." })
  @IsOptional()
  @MaxLength(LONG_TEXT, longText("The note"))
  resultNote?: string | null;
}

// ---------------------------------------------------------------- support services

@InputType({ description: "Narrows a list of support services; all given conditions must hold." })
export class SupportServiceFilter {
  @Field(() => ID, { nullable: true, description: "Only the services of this community." })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "Only the services in communities of this district." })
  districtId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived services instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A new support service for women (SSW)." })
export class CreateSupportServiceInput {
  @Field({ description: "Name, 2 to 200 characters; unique." })
  @Length(2, 200, { message: "The name must be 2 to 200 characters." })
  name: string;

  @Field(() => ID, { description: "Community it serves." })
  @IsUUID("all", anId("communityId"))
  communityId: string;

  @Field({ description: "Kind, e.g. legal advice point; 2 to 100 characters." })
  @Length(2, 100, { message: "The kind must be 2 to 100 characters." })
  kind: string;

  @Field(() => [String], { defaultValue: [], description: "Volunteers or contact people, as they agreed to be listed." })
  @ArrayMaxSize(20, { message: "At most 20 contacts." })
  @MaxLength(200, { each: true, message: "A contact must be at most 200 characters." })
  contacts: string[];

  @Field({ nullable: true, description: "When it is open, e.g. Mon–Thu 9:00–13:00." })
  @IsOptional()
  @MaxLength(200, { message: "Opening hours must be at most 200 characters." })
  openingHours?: string;

  @Field({ description: "What it offers." })
  @Length(2, LONG_TEXT, { message: `What it offers must be 2 to ${LONG_TEXT} characters.` })
  offers: string;
}

@InputType({ description: "Changes to a support service; fields left out stay as they are." })
export class UpdateSupportServiceInput {
  @Field(() => ID, { description: "Which service." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt(versionRule)
  version: number;

  @Field({ nullable: true, description: "Name, 2 to 200 characters; unique." })
  @IsOptional()
  @Length(2, 200, { message: "The name must be 2 to 200 characters." })
  name?: string;

  @Field(() => ID, { nullable: true, description: "Community it serves." })
  @IsOptional()
  @IsUUID("all", anId("communityId"))
  communityId?: string;

  @Field({ nullable: true, description: "Kind, e.g. legal advice point." })
  @IsOptional()
  @Length(2, 100, { message: "The kind must be 2 to 100 characters." })
  kind?: string;

  @Field(() => [String], { nullable: true, description: "Contact people (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(20, { message: "At most 20 contacts." })
  @MaxLength(200, { each: true, message: "A contact must be at most 200 characters." })
  contacts?: string[];

  @Field(() => String, { nullable: true, description: "When it is open; null clears it." })
  @IsOptional()
  @MaxLength(200, { message: "Opening hours must be at most 200 characters." })
  openingHours?: string | null;

  @Field({ nullable: true, description: "What it offers." })
  @IsOptional()
  @Length(2, LONG_TEXT, { message: `What it offers must be 2 to ${LONG_TEXT} characters.` })
  offers?: string;
}

@InputType({ description: "How many people a support service helped in a month; recording a month again replaces its count." })
export class RecordSupportServiceActivityInput {
  @Field(() => ID, { description: "Which service." })
  @IsUUID("all", anId("supportServiceId"))
  supportServiceId: string;

  @Field({ description: "The month, YYYY-MM; not a future month." })
  @Matches(MONTH, { message: "month must be written YYYY-MM, e.g. 2026-03.", context: { format: "MONTH" } })
  month: string;

  @Field(() => Int, { description: "People helped that month, 0 or more." })
  @IsInt({ message: "peopleHelped must be a whole number." })
  @Min(0, { message: "peopleHelped cannot be negative." })
  @Max(1_000_000, { message: "peopleHelped is too large." })
  peopleHelped: number;
}
