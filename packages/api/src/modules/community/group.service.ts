import { type EntityManager, QueryFailedError } from "typeorm";
import { audit } from "../../core/audit";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches, mine } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { actorId, ensureInReach, findInReach } from "../../core/reach";
import { communityExists } from "../geography/geography.service";
import type { StaffMember } from "../users/staff-member.type";
import type { ChangeGroupStageInput, CreateSelfHelpGroupInput, SelfHelpGroupFilter, UpdateSelfHelpGroupInput } from "./community.inputs";
import { GroupStage, GroupStageChange, SelfHelpGroup } from "./group.entity";

const ENTITY = "SelfHelpGroup";
const ORDER = [GroupStage.FORMING, GroupStage.ACTIVE, GroupStage.AUTONOMOUS];
/** Roles a group's facilitator may have. */
const FACILITATOR_ROLES = ["FACILITATOR", "COORDINATOR"];

/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Refuses a day in the future (in Dushanbe). */
export function notFuture(field: string, day: string, what: string) {
  if (day > today()) refuse(field, `${what} cannot be in the future.`, "IN_FUTURE", { latest: today() });
}

/** The error of a unique constraint named `constraint` (PostgreSQL 23505), or null. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driver?.code === "23505" && (!constraint || driver.constraint === constraint);
}

/**
 * A group (not archived) for a mutation on something of it: refused on `field` when missing, and
 * FORBIDDEN when the viewer may not change it (a facilitator changes only her own groups).
 */
export async function groupFor(ctx: RequestContext, em: EntityManager, id: string, field: string): Promise<SelfHelpGroup> {
  const group = await em.findOneBy(SelfHelpGroup, { id });
  if (!group) refuse(field, "No such group.", "NOT_FOUND");
  await ensureInReach(ctx, SelfHelpGroup, group, "change");
  if (group.archivedAt) refuse(field, "The group is archived.", "ARCHIVED");
  return group;
}

/** A day of the group's life: not before its founding, not in the future. */
export function checkGroupDay(group: SelfHelpGroup, field: string, day: string, what: string) {
  if (day < group.foundedOn)
    refuse(field, `${what} cannot be before the group was founded (${group.foundedOn}).`, "TOO_EARLY", {
      earliest: group.foundedOn,
      reference: "foundedOn",
    });
  notFuture(field, day, what);
}

/** Self-help groups, by name. */
export const groupList = defineList<SelfHelpGroupFilter, "NAME">({
  node: "SelfHelpGroup",
  entity: SelfHelpGroup,
  alias: "g",
  archivable: true,
  filters: {
    communityId: equals("g.community_id", "community"),
    districtId: matches((p) => `EXISTS (SELECT 1 FROM community dc WHERE dc.id = g.community_id AND dc.district_id = :${p})`, "community"),
    stage: equals("g.stage", "stage"),
    mine: mine("g.facilitator_id", "facilitator"),
    facilitatorId: equals("g.facilitator_id", "facilitator"),
  },
  sorts: { NAME: { expression: "g.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

export function listGroups(ctx: RequestContext, filter?: SelfHelpGroupFilter, page?: PageArgs) {
  return groupList.page<SelfHelpGroup>(ctx, filter, null, page);
}

/** Who may facilitate a group: active facilitators and coordinators, by name. */
export function groupFacilitators(ctx: RequestContext): Promise<StaffMember[]> {
  return selectRows<StaffMember>(
    ctx.db.manager,
    `SELECT u.id, u.full_name AS "fullName", u.role FROM "user" u
      WHERE u.archived_at IS NULL AND u.role = ANY($1::text[]) ORDER BY u.full_name, u.id`,
    [FACILITATOR_ROLES],
  );
}

async function checkFacilitator(em: EntityManager, facilitatorId: string) {
  const [user] = await selectRows<{
    role: string;
  }>(em, `SELECT role FROM "user" WHERE id = $1 AND archived_at IS NULL`, [facilitatorId]);
  if (!user) refuse("facilitatorId", "No such staff member.", "NOT_FOUND");
  if (!FACILITATOR_ROLES.includes(user.role))
    refuse("facilitatorId", "The facilitator must be a facilitator or a coordinator.", "NOT_ALLOWED", { allowed: FACILITATOR_ROLES });
}

async function checkNameFree(em: EntityManager, name: string, exceptId?: string) {
  const rows = await selectRows<object>(em, "SELECT 1 FROM self_help_group WHERE name = $1 AND id IS DISTINCT FROM $2", [
    name,
    exceptId ?? null,
  ]);
  if (rows.length) refuse("name", "A group with this name exists already.", "DUPLICATE");
}

export async function createGroup(ctx: RequestContext, em: EntityManager, input: CreateSelfHelpGroupInput) {
  const name = input.name.trim();
  await checkNameFree(em, name);
  if (!(await communityExists(em, input.communityId))) refuse("communityId", "No such community.", "NOT_FOUND");
  notFuture("foundedOn", input.foundedOn, "The founding");
  let facilitatorId = input.facilitatorId ?? null;
  if (facilitatorId) await checkFacilitator(em, facilitatorId);
  else if (ctx.viewer?.kind === "user" && ctx.viewer.role === "FACILITATOR") facilitatorId = ctx.viewer.userId;
  const group = await em.save(
    SelfHelpGroup,
    em.create(SelfHelpGroup, { name, communityId: input.communityId, foundedOn: input.foundedOn, stage: input.stage, facilitatorId }),
  );
  await em.insert(GroupStageChange, {
    groupId: group.id,
    fromStage: null,
    toStage: input.stage,
    changedOn: input.foundedOn,
    reason: null,
    changedById: actorId(ctx),
  });
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: group.id, details: { stage: input.stage } }, em);
  return { selfHelpGroup: group };
}

export async function updateGroup(ctx: RequestContext, em: EntityManager, input: UpdateSelfHelpGroupInput) {
  await findInReach(ctx, em, SelfHelpGroup, input.id, "change");
  const changes: Partial<SelfHelpGroup> = {};
  if (input.name !== undefined && input.name !== null) {
    changes.name = input.name.trim();
    await checkNameFree(em, changes.name, input.id);
  }
  if (input.facilitatorId !== undefined) {
    if (input.facilitatorId) await checkFacilitator(em, input.facilitatorId);
    changes.facilitatorId = input.facilitatorId ?? null;
  }
  const group = await updateVersioned(em, SelfHelpGroup, ENTITY, input.id, input.version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: input.id, details: { fields: Object.keys(changes) } }, em);
  return { selfHelpGroup: group };
}

/**
 * Moves a group to another stage and keeps the change in its history. Forward moves need no
 * reason; going back does. The day must follow the previous change (so a group's stage on any
 * day is unambiguous) and not be in the future.
 */
export async function changeStage(ctx: RequestContext, em: EntityManager, input: ChangeGroupStageInput) {
  const group = await findInReach(ctx, em, SelfHelpGroup, input.id, "change");
  if (group.archivedAt) refuse("id", "The group is archived.", "ARCHIVED");
  if (input.stage === group.stage) refuse("stage", `The group is ${group.stage} already.`, "UNCHANGED", { value: group.stage });
  const reason = input.reason?.trim() || null;
  const backwards = ORDER.indexOf(input.stage) < ORDER.indexOf(group.stage);
  if (backwards && !reason) refuse("reason", `Going back from ${group.stage} to ${input.stage} needs a reason.`, "REQUIRED");
  if (input.changedOn < group.foundedOn)
    refuse("changedOn", `The change cannot be before the group was founded (${group.foundedOn}).`, "TOO_EARLY", {
      earliest: group.foundedOn,
      reference: "foundedOn",
    });
  const [last] = await selectRows<{
    day: string | null;
  }>(em, "SELECT max(changed_on)::text AS day FROM group_stage_change WHERE group_id = $1", [group.id]);
  if (last?.day && input.changedOn <= last.day)
    refuse("changedOn", `The change must come after the previous one (${last.day}).`, "TOO_EARLY", {
      earliest: nextDay(last.day),
      reference: "previousChange",
    });
  notFuture("changedOn", input.changedOn, "The change");
  const saved = await updateVersioned(em, SelfHelpGroup, ENTITY, group.id, input.version, { stage: input.stage });
  await em.insert(GroupStageChange, {
    groupId: group.id,
    fromStage: group.stage,
    toStage: input.stage,
    changedOn: input.changedOn,
    reason,
    changedById: actorId(ctx),
  });
  await audit(ctx, { action: "CHANGE_STAGE", entityType: ENTITY, entityId: group.id, details: { from: group.stage, to: input.stage } }, em);
  return { selfHelpGroup: saved };
}
