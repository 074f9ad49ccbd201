import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { ensureInReach } from "../../core/reach";
import { currentBeneficiary } from "../beneficiaries/beneficiary.service";
import type {
  AddGroupMemberInput,
  GroupMemberFilter,
  RecordGroupMeetingInput,
  RemoveGroupMemberInput,
  UpdateGroupMeetingInput,
} from "./community.inputs";
import { GroupMeeting, GroupMeetingAttendance, GroupMembership, SelfHelpGroup } from "./group.entity";
import { checkGroupDay, groupFor, isUniqueViolation, notFuture } from "./group.service";

/** Memberships of self-help groups, earliest joined first (past ones too). */
export const memberList = defineList<GroupMemberFilter, "JOINED_ON">({
  node: "GroupMembership",
  entity: GroupMembership,
  alias: "m",
  audit: "list",
  filters: {
    groupId: equals("m.group_id", "group"),
    current: flag("m.left_on IS NULL", "m.left_on IS NOT NULL", "leftOn"),
  },
  sorts: { JOINED_ON: { expression: "m.joined_on", reads: ["joinedOn"] } },
  defaultSort: { field: "JOINED_ON", direction: "ASC" },
});

export function listMembers(ctx: RequestContext, filter?: GroupMemberFilter, page?: PageArgs) {
  return memberList.page<GroupMembership>(ctx, filter, null, page);
}

const ONE_CURRENT = "group_membership_one_current";
const ALREADY = "She is a current member of this group already.";

/**
 * A woman joins a group. Refused when she is a current member already, or when the new
 * membership would overlap a past one. Two requests racing past the check meet the unique
 * index (one current membership per woman and group), which answers the same userError.
 */
export async function addMember(ctx: RequestContext, em: EntityManager, input: AddGroupMemberInput) {
  const group = await groupFor(ctx, em, input.groupId, "groupId");
  const woman = await currentBeneficiary(em, input.beneficiaryId, "beneficiaryId");
  checkGroupDay(group, "joinedOn", input.joinedOn, "Joining");
  const earlier = await em.findBy(GroupMembership, { groupId: group.id, beneficiaryId: woman.id });
  if (earlier.some((m) => m.leftOn === null)) refuse("beneficiaryId", ALREADY, "DUPLICATE");
  if (earlier.some((m) => m.leftOn !== null && m.leftOn > input.joinedOn))
    refuse("joinedOn", "She was a member of this group then; she can rejoin from the day she left.", "TOO_EARLY", {
      earliest: earlier.reduce((last, m) => (m.leftOn && m.leftOn > last ? m.leftOn : last), input.joinedOn),
      reference: "leftOn",
    });
  let id: string;
  try {
    const inserted = await em.insert(GroupMembership, {
      groupId: group.id,
      beneficiaryId: woman.id,
      joinedOn: input.joinedOn,
      leftOn: null,
    });
    id = inserted.identifiers[0]?.id as string;
  } catch (error) {
    if (isUniqueViolation(error, ONE_CURRENT)) refuse("beneficiaryId", ALREADY, "DUPLICATE");
    throw error;
  }
  await audit(ctx, { action: "CREATE", entityType: "GroupMembership", entityId: id, details: { groupId: group.id } }, em);
  return { membership: await em.findOneByOrFail(GroupMembership, { id }) };
}

export async function removeMember(ctx: RequestContext, em: EntityManager, input: RemoveGroupMemberInput) {
  const membership = await em.findOneBy(GroupMembership, { id: input.membershipId });
  if (!membership) throw notFound("GroupMembership");
  await ensureInReach(ctx, SelfHelpGroup, await em.findOneByOrFail(SelfHelpGroup, { id: membership.groupId }), "change");
  if (membership.leftOn !== null)
    refuse("membershipId", `She left this group already (${membership.leftOn}).`, "INVALID_STATE", { state: "LEFT" });
  if (input.leftOn < membership.joinedOn)
    refuse("leftOn", `She cannot leave before she joined (${membership.joinedOn}).`, "TOO_EARLY", {
      earliest: membership.joinedOn,
      reference: "joinedOn",
    });
  notFuture("leftOn", input.leftOn, "Leaving");
  await em.update(GroupMembership, { id: membership.id }, { leftOn: input.leftOn });
  await audit(
    ctx,
    {
      action: "UPDATE",
      entityType: "GroupMembership",
      entityId: membership.id,
      details: { fields: ["leftOn"], groupId: membership.groupId },
    },
    em,
  );
  return { membership: { ...membership, leftOn: input.leftOn } };
}

/**
 * Refuses women who were not members of the group on `day` (joined on or before it, not left
 * on or before it). A member is one from the day she joined until the day before she left.
 */
async function checkPresent(em: EntityManager, groupId: string, day: string, ids: string[]) {
  if (!ids.length) return;
  const rows = await selectRows<{ id: string }>(
    em,
    `SELECT DISTINCT beneficiary_id AS id FROM group_membership
      WHERE group_id = $1 AND beneficiary_id = ANY($2::uuid[]) AND joined_on <= $3 AND (left_on IS NULL OR left_on > $3)`,
    [groupId, ids, day],
  );
  const members = new Set(rows.map((r) => r.id));
  const index = ids.findIndex((id) => !members.has(id));
  if (index >= 0)
    refuse(`presentBeneficiaryIds.${index}`, `She was not a member of the group on ${day}.`, "NOT_MEMBER", { of: "GROUP", day });
}

async function setAttendance(em: EntityManager, meetingId: string, ids: string[]) {
  await em.delete(GroupMeetingAttendance, { meetingId });
  if (ids.length)
    await em.insert(
      GroupMeetingAttendance,
      ids.map((beneficiaryId) => ({ meetingId, beneficiaryId })),
    );
}

const cleanTopics = (topics: string[]) => topics.map((t) => t.trim()).filter(Boolean);

export async function recordMeeting(ctx: RequestContext, em: EntityManager, input: RecordGroupMeetingInput) {
  const group = await groupFor(ctx, em, input.groupId, "groupId");
  checkGroupDay(group, "heldOn", input.heldOn, "The meeting");
  await checkPresent(em, group.id, input.heldOn, input.presentBeneficiaryIds);
  const meeting = await em.save(
    GroupMeeting,
    em.create(GroupMeeting, {
      groupId: group.id,
      heldOn: input.heldOn,
      topics: cleanTopics(input.topics),
      decisions: input.decisions?.trim() || null,
    }),
  );
  await setAttendance(em, meeting.id, input.presentBeneficiaryIds);
  await audit(
    ctx,
    {
      action: "CREATE",
      entityType: "GroupMeeting",
      entityId: meeting.id,
      details: { groupId: group.id, present: input.presentBeneficiaryIds.length },
    },
    em,
  );
  return { meeting };
}

export async function updateMeeting(ctx: RequestContext, em: EntityManager, input: UpdateGroupMeetingInput) {
  const current = await em.findOneBy(GroupMeeting, { id: input.id });
  if (!current) throw notFound("GroupMeeting");
  const group = await groupFor(ctx, em, current.groupId, "id");
  const changes: Partial<GroupMeeting> = {};
  if (input.heldOn) {
    checkGroupDay(group, "heldOn", input.heldOn, "The meeting");
    changes.heldOn = input.heldOn;
  }
  if (input.topics) changes.topics = cleanTopics(input.topics);
  if (input.decisions !== undefined) changes.decisions = input.decisions?.trim() || null;
  const heldOn = changes.heldOn ?? current.heldOn;
  let present = input.presentBeneficiaryIds;
  if (!present && changes.heldOn) {
    const rows = await em.findBy(GroupMeetingAttendance, { meetingId: current.id });
    present = rows.map((r) => r.beneficiaryId);
    // The women already listed must still have been members on the new day.
    await checkPresent(em, group.id, heldOn, present).catch(() =>
      refuse("heldOn", "Some of the women present were not members of the group on that day.", "NOT_MEMBER", { of: "GROUP", day: heldOn }),
    );
  } else if (present) {
    await checkPresent(em, group.id, heldOn, present);
  }
  const meeting = await updateVersioned(em, GroupMeeting, "GroupMeeting", current.id, input.version, changes);
  if (input.presentBeneficiaryIds) await setAttendance(em, current.id, input.presentBeneficiaryIds);
  const fields = [...Object.keys(changes), ...(input.presentBeneficiaryIds ? ["presentBeneficiaryIds"] : [])];
  await audit(ctx, { action: "UPDATE", entityType: "GroupMeeting", entityId: current.id, details: { fields } }, em);
  return { meeting };
}
