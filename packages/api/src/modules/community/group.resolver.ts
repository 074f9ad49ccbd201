import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";
import { StaffMember } from "../users/staff-member.type";
import * as advocacy from "./advocacy.service";
import {
  AddGroupMemberInput,
  ChangeGroupStageInput,
  CreateSelfHelpGroupInput,
  GroupMemberFilter,
  RecordAdvocacyActionInput,
  RecordGroupMeetingInput,
  RemoveGroupMemberInput,
  SelfHelpGroupFilter,
  UpdateAdvocacyActionInput,
  UpdateGroupMeetingInput,
  UpdateSelfHelpGroupInput,
} from "./community.inputs";
import {
  AdvocacyAction,
  GROUP_READERS,
  GROUP_STAFF,
  GroupMeeting,
  GroupMeetingAttendance,
  GroupMembership,
  GroupStageChange,
  SelfHelpGroup,
} from "./group.entity";
import * as groups from "./group.service";
import * as members from "./member.service";

const SelfHelpGroupConnection = connectionType(SelfHelpGroup, "SelfHelpGroup", [...GROUP_READERS]);

@ObjectType({ description: "Result of a mutation on a self-help group." })
@Allow(...GROUP_STAFF)
class SelfHelpGroupPayload {
  @Field(() => SelfHelpGroup, { nullable: true, description: "The group as saved; null when refused." })
  selfHelpGroup?: SelfHelpGroup;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a woman joining or leaving a group." })
@Allow(...GROUP_STAFF)
class GroupMembershipPayload {
  @Field(() => GroupMembership, { nullable: true, description: "The membership as saved; null when refused." })
  membership?: GroupMembership;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on a group meeting." })
@Allow(...GROUP_STAFF)
class GroupMeetingPayload {
  @Field(() => GroupMeeting, { nullable: true, description: "The meeting as saved; null when refused." })
  meeting?: GroupMeeting;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on an advocacy action." })
@Allow(...GROUP_STAFF)
class AdvocacyActionPayload {
  @Field(() => AdvocacyAction, { nullable: true, description: "The action as saved; null when refused." })
  advocacyAction?: AdvocacyAction;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Who came to a meeting: how many, and (for group staff) which women." })
@Allow(...GROUP_STAFF)
export class MeetingAttendance {
  @Field(() => Int, { description: "How many women were present." })
  count: number;

  meetingId: string;
  beneficiaryIds: string[];
}

/** A staff member by id, as other records name her; null when none. */
async function staffMember(ctx: Context, id: string | null): Promise<StaffMember | null> {
  const user = id ? await ctx.loaders.byId(User, "User").load(id) : null;
  return user ? { id: user.id, fullName: user.fullName, role: user.role as StaffMember["role"] } : null;
}

@Resolver(() => SelfHelpGroup)
export class SelfHelpGroupResolver {
  @Query(() => SelfHelpGroupConnection, { description: "Self-help groups (not archived), by name." })
  @Allow(...GROUP_READERS)
  selfHelpGroups(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => SelfHelpGroupFilter, { nullable: true, description: "Conditions the items must meet." })
    filter?: SelfHelpGroupFilter,
  ) {
    return groups.listGroups(ctx, filter, page);
  }

  @Query(() => [StaffMember], { description: "Who may facilitate a group: active facilitators and coordinators, by name." })
  @Allow(...GROUP_STAFF)
  groupFacilitators(@Ctx() ctx: Context) {
    return groups.groupFacilitators(ctx);
  }

  @Query(() => SelfHelpGroup, { description: "One self-help group by id." })
  @Allow(...GROUP_READERS)
  async selfHelpGroup(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(SelfHelpGroup, "SelfHelpGroup").load(id), "SelfHelpGroup");
  }

  @Mutation(() => SelfHelpGroupPayload, { description: "Founds a self-help group; its first stage is kept in its stage history." })
  @Allow(...GROUP_STAFF)
  createSelfHelpGroup(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateSelfHelpGroupInput) {
    return runMutation(ctx, input, (em) => groups.createGroup(ctx, em, input));
  }

  @Mutation(() => SelfHelpGroupPayload, {
    description: "Renames a group or changes its facilitator; refused with CONFLICT when `version` is stale.",
  })
  @Allow(...GROUP_STAFF)
  updateSelfHelpGroup(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateSelfHelpGroupInput) {
    return runMutation(ctx, input, (em) => groups.updateGroup(ctx, em, input));
  }

  @Mutation(() => SelfHelpGroupPayload, {
    description: "Moves a group to another stage (forward freely, back with a reason), kept in its stage history.",
  })
  @Allow(...GROUP_STAFF)
  changeGroupStage(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ChangeGroupStageInput) {
    return runMutation(ctx, input, (em) => groups.changeStage(ctx, em, input));
  }

  @Mutation(() => GroupMembershipPayload, { description: "A woman joins a group; refused when she is a current member already." })
  @Allow(...GROUP_STAFF)
  addGroupMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AddGroupMemberInput) {
    return runMutation(ctx, input, (em) => members.addMember(ctx, em, input));
  }

  @Mutation(() => GroupMembershipPayload, { description: "A woman leaves a group; her membership is kept with the day she left." })
  @Allow(...GROUP_STAFF)
  removeGroupMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RemoveGroupMemberInput) {
    return runMutation(ctx, input, (em) => members.removeMember(ctx, em, input));
  }

  @Mutation(() => GroupMeetingPayload, { description: "Records a meeting of a group, with the members present." })
  @Allow(...GROUP_STAFF)
  recordGroupMeeting(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordGroupMeetingInput) {
    return runMutation(ctx, input, (em) => members.recordMeeting(ctx, em, input));
  }

  @Mutation(() => GroupMeetingPayload, { description: "Changes a meeting; refused with CONFLICT when `version` is stale." })
  @Allow(...GROUP_STAFF)
  updateGroupMeeting(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateGroupMeetingInput) {
    return runMutation(ctx, input, (em) => members.updateMeeting(ctx, em, input));
  }

  @Mutation(() => AdvocacyActionPayload, { description: "Records what a group asked of whom." })
  @Allow(...GROUP_STAFF)
  recordAdvocacyAction(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordAdvocacyActionInput) {
    return runMutation(ctx, input, (em) => advocacy.recordAction(ctx, em, input));
  }

  @Mutation(() => AdvocacyActionPayload, {
    description: "Records what came of an advocacy action; refused with CONFLICT when `version` is stale.",
  })
  @Allow(...GROUP_STAFF)
  updateAdvocacyAction(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateAdvocacyActionInput) {
    return runMutation(ctx, input, (em) => advocacy.updateAction(ctx, em, input));
  }

  @FieldResolver(() => Community, { description: "Community the group meets in." })
  community(@Root() g: SelfHelpGroup, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Community, "Community").load(g.communityId);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Staff member facilitating the group." })
  facilitator(@Root() g: SelfHelpGroup, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, g.facilitatorId);
  }

  @FieldResolver(() => [GroupStageChange], { description: "Every stage the group has had, oldest first; the first is its founding." })
  stageHistory(@Root() g: SelfHelpGroup, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(GroupStageChange, "GroupStageChange", "groupId", { changedOn: "ASC" }).load(g.id);
  }

  @FieldResolver(() => [GroupMembership], { description: "Memberships of the group, earliest first. Group staff only." })
  @Allow(...GROUP_STAFF)
  async members(
    @Root() g: SelfHelpGroup,
    @Ctx() ctx: Context,
    @Arg("current", { defaultValue: true, description: "True: current members only; false: every membership, past ones too." })
    current: boolean,
  ) {
    const all = await ctx.loaders.manyBy(GroupMembership, "GroupMembership", "groupId", { joinedOn: "ASC", id: "ASC" }).load(g.id);
    return current ? all.filter((m) => m.leftOn === null) : all;
  }

  @FieldResolver(() => [GroupMeeting], { description: "Meetings of the group, latest first. Group staff only." })
  @Allow(...GROUP_STAFF)
  meetings(@Root() g: SelfHelpGroup, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(GroupMeeting, "GroupMeeting", "groupId", { heldOn: "DESC", id: "ASC" }).load(g.id);
  }

  @FieldResolver(() => [AdvocacyAction], { description: "What the group asked of whom, latest first." })
  advocacyActions(@Root() g: SelfHelpGroup, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(AdvocacyAction, "AdvocacyAction", "groupId", { actedOn: "DESC", id: "ASC" }).load(g.id);
  }
}

@Resolver(() => GroupStageChange)
export class GroupStageChangeResolver {
  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: "Who recorded the change; null for changes recorded before this was kept.",
  })
  changedBy(@Root() c: GroupStageChange, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, c.changedById);
  }
}

const GroupMembershipConnection = connectionType(GroupMembership, "GroupMembership", [...GROUP_STAFF]);

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @Query(() => GroupMembershipConnection, {
    description: "Memberships of self-help groups, past ones too, earliest joined first; `filter.groupId` for one group. Group staff only.",
  })
  @Allow(...GROUP_STAFF)
  groupMembers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => GroupMemberFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: GroupMemberFilter,
  ) {
    return members.listMembers(ctx, filter, page);
  }

  @FieldResolver(() => Beneficiary, { description: "The woman; facilitators see her code and first name only." })
  beneficiary(@Root() m: GroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(m.beneficiaryId);
  }

  @FieldResolver(() => SelfHelpGroup, { description: "The group." })
  group(@Root() m: GroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.byId(SelfHelpGroup, "SelfHelpGroup").load(m.groupId);
  }
}

@Resolver(() => GroupMeeting)
export class GroupMeetingResolver {
  @FieldResolver(() => SelfHelpGroup, { description: "The group that met." })
  group(@Root() m: GroupMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.byId(SelfHelpGroup, "SelfHelpGroup").load(m.groupId);
  }

  @FieldResolver(() => MeetingAttendance, { description: "Who came: how many, and which women." })
  async attendance(@Root() m: GroupMeeting, @Ctx() ctx: Context): Promise<MeetingAttendance> {
    const rows = await ctx.loaders.manyBy(GroupMeetingAttendance, "GroupMeetingAttendance", "meetingId").load(m.id);
    return { meetingId: m.id, count: rows.length, beneficiaryIds: rows.map((r) => r.beneficiaryId) };
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => [Beneficiary], { description: "The women present, by code; facilitators see code and first name only." })
  @Allow(...GROUP_STAFF)
  async women(@Root() a: MeetingAttendance, @Ctx() ctx: Context) {
    const women = await ctx.loaders.byId(Beneficiary, "Beneficiary").loadMany(a.beneficiaryIds);
    return women.filter((w): w is Beneficiary => w instanceof Beneficiary).sort((x, y) => x.code.localeCompare(y.code));
  }
}
