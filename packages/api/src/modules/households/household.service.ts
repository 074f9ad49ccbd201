import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { nextCode } from "../../core/db/query";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { findInReach, type ReachPurpose } from "../../core/reach";
import type { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { beneficiaryInReach, beneficiaryToChange, reachableBeneficiaries } from "../beneficiaries/beneficiary.service";
import { onErasure } from "../beneficiaries/erasure.service";
import { isUniqueViolation, notFuture } from "../community/group.service";
import { Household, HouseholdMember, HouseholdRelation } from "./household.entity";
import type {
  AddHouseholdMemberInput,
  CreateHouseholdInput,
  RemoveHouseholdMemberInput,
  SetHouseholdHeadInput,
  UpdateHouseholdInput,
} from "./household.inputs";

const ENTITY = "Household";
const ONE_CURRENT = "household_member_one_current";
const ELSEWHERE = "She lives in another household already; she must leave it first.";

export function getHousehold(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager, purpose: ReachPurpose = "read") {
  return findInReach(ctx, em, Household, id, purpose);
}

export async function readHousehold(ctx: RequestContext, id: string): Promise<Household> {
  const found = await getHousehold(ctx, id);
  await audit(ctx, { action: "READ", entityType: ENTITY, entityId: id });
  return found;
}

/** A woman the viewer may change, whose record is neither archived nor erased. */
async function womanToPlace(ctx: RequestContext, em: EntityManager, id: string): Promise<Beneficiary> {
  const woman = await beneficiaryToChange(ctx, em, id);
  if (woman.archivedAt || woman.erasedAt) refuse("beneficiaryId", "This beneficiary's record is archived.", "ARCHIVED");
  return woman;
}

function joiningDay(day: string | undefined): string {
  const joinedOn = day ?? today();
  notFuture("joinedOn", joinedOn, "Joining");
  return joinedOn;
}

/** Her new membership; the unique index keeps her to one current household even when two requests race. */
async function insertMember(em: EntityManager, values: Omit<HouseholdMember, "id" | "leftOn">): Promise<void> {
  try {
    await em.insert(HouseholdMember, { ...values, leftOn: null });
  } catch (error) {
    if (isUniqueViolation(error, ONE_CURRENT)) refuse("beneficiaryId", ELSEWHERE, "DUPLICATE");
    throw error;
  }
}

async function currentMembership(em: EntityManager, householdId: string, beneficiaryId: string): Promise<HouseholdMember> {
  const membership = await em
    .getRepository(HouseholdMember)
    .createQueryBuilder("m")
    .where("m.household_id = :householdId AND m.beneficiary_id = :beneficiaryId AND m.left_on IS NULL", { householdId, beneficiaryId })
    .getOne();
  if (!membership) refuse("beneficiaryId", "She does not live in this household.", "NOT_MEMBER", { of: "HOUSEHOLD", day: null });
  return membership;
}

/** The current member marked HEAD, if any, takes `relation`: someone else heads the household now. */
async function demoteHead(em: EntityManager, householdId: string, relation: HouseholdRelation) {
  await em
    .createQueryBuilder()
    .update(HouseholdMember)
    .set({ relationToHead: relation })
    .where("household_id = :householdId AND left_on IS NULL AND relation_to_head = :head", { householdId, head: HouseholdRelation.HEAD })
    .execute();
}

/** The household of a membership change, at the version the caller read; its version goes up by one. */
async function changeHousehold(
  ctx: RequestContext,
  em: EntityManager,
  input: { householdId: string; version: number },
  changes: Partial<Household> = {},
): Promise<Household> {
  const current = await getHousehold(ctx, input.householdId, em, "change");
  if (current.archivedAt) refuse("householdId", "This household is archived.", "ARCHIVED");
  return updateVersioned(em, Household, ENTITY, input.householdId, input.version, changes);
}

const auditMembers = (ctx: RequestContext, em: EntityManager, householdId: string, fields: string[]) =>
  audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: householdId, details: { fields } }, em);

export async function createHousehold(ctx: RequestContext, em: EntityManager, input: CreateHouseholdInput) {
  const woman = await womanToPlace(ctx, em, input.beneficiaryId);
  const joinedOn = joiningDay(input.joinedOn);
  const household = await em.save(
    Household,
    em.create(Household, {
      code: await nextCode(em, "HH", "household_code_seq"),
      communityId: woman.communityId,
      headId: input.relationToHead === HouseholdRelation.HEAD ? woman.id : null,
      childrenCount: input.childrenCount ?? 0,
    }),
  );
  await insertMember(em, { householdId: household.id, beneficiaryId: woman.id, relationToHead: input.relationToHead, joinedOn });
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: household.id }, em);
  return { household };
}

export async function updateHousehold(ctx: RequestContext, em: EntityManager, input: UpdateHouseholdInput) {
  await getHousehold(ctx, input.id, em, "change");
  const changes = typeof input.childrenCount === "number" ? { childrenCount: input.childrenCount } : {};
  const household = await updateVersioned(em, Household, ENTITY, input.id, input.version, changes);
  await auditMembers(ctx, em, input.id, Object.keys(changes));
  return { household };
}

export async function addMember(ctx: RequestContext, em: EntityManager, input: AddHouseholdMemberInput) {
  const woman = await womanToPlace(ctx, em, input.beneficiaryId);
  const joinedOn = joiningDay(input.joinedOn);
  const isHead = input.relationToHead === HouseholdRelation.HEAD;
  const household = await changeHousehold(ctx, em, input, isHead ? { headId: woman.id } : {});
  if (woman.communityId !== household.communityId)
    refuse("beneficiaryId", "She lives in another community than this household.", "MISMATCH", { field: "communityId" });
  if (isHead) await demoteHead(em, household.id, HouseholdRelation.OTHER_RELATIVE);
  await insertMember(em, { householdId: household.id, beneficiaryId: woman.id, relationToHead: input.relationToHead, joinedOn });
  await auditMembers(ctx, em, household.id, ["members", ...(isHead ? ["head"] : [])]);
  return { household };
}

export async function removeMember(ctx: RequestContext, em: EntityManager, input: RemoveHouseholdMemberInput) {
  const household = await changeHousehold(ctx, em, input);
  await beneficiaryToChange(ctx, em, input.beneficiaryId);
  const membership = await currentMembership(em, household.id, input.beneficiaryId);
  const leftOn = input.leftOn ?? today();
  notFuture("leftOn", leftOn, "Leaving");
  if (leftOn < membership.joinedOn)
    refuse("leftOn", `She cannot leave before she joined (${membership.joinedOn}).`, "TOO_EARLY", {
      earliest: membership.joinedOn,
      reference: "joinedOn",
    });
  await em.update(HouseholdMember, { id: membership.id }, { leftOn });
  const wasHead = household.headId === input.beneficiaryId;
  if (wasHead) await em.update(Household, { id: household.id }, { headId: null });
  await auditMembers(ctx, em, household.id, ["members", ...(wasHead ? ["head"] : [])]);
  return { household: wasHead ? await em.findOneByOrFail(Household, { id: household.id }) : household };
}

export async function setHead(ctx: RequestContext, em: EntityManager, input: SetHouseholdHeadInput) {
  const headId = input.beneficiaryId ?? null;
  const household = await changeHousehold(ctx, em, input, { headId });
  await demoteHead(em, household.id, input.formerHeadRelation ?? HouseholdRelation.OTHER_RELATIVE);
  if (headId) {
    await beneficiaryToChange(ctx, em, headId);
    const membership = await currentMembership(em, household.id, headId);
    await em.update(HouseholdMember, { id: membership.id }, { relationToHead: HouseholdRelation.HEAD });
  }
  await auditMembers(ctx, em, household.id, ["head"]);
  return { household };
}

// ---------------------------------------------------------------- nested reads, batched

/** Her current household (she lives in one at a time), or null. */
export async function householdOf(ctx: RequestContext, beneficiaryId: string): Promise<Household | null> {
  const membership = await ctx.loaders
    .get<string, string | null>("household:current", async (ids) => {
      const rows = await ctx.db
        .getRepository(HouseholdMember)
        .createQueryBuilder("m")
        .where("m.beneficiary_id = ANY(:ids) AND m.left_on IS NULL", { ids: [...ids] })
        .getMany();
      const byWoman = new Map(rows.map((m) => [m.beneficiaryId, m.householdId]));
      return ids.map((id) => byWoman.get(id) ?? null);
    })
    .load(beneficiaryId);
  return membership ? ctx.loaders.byId(Household, ENTITY).load(membership) : null;
}

const membershipsOf = (ctx: RequestContext, householdId: string) =>
  ctx.loaders.manyBy(HouseholdMember, "HouseholdMember", "householdId", { joinedOn: "ASC" }).load(householdId);

/** Its members, current ones first, each only if the viewer reaches her; former members are kept with the day they left. */
export async function membersOf(ctx: RequestContext, householdId: string): Promise<HouseholdMember[]> {
  const all = await membershipsOf(ctx, householdId);
  const women = await reachableBeneficiaries(
    ctx,
    all.map((m) => ({ id: m.beneficiaryId })),
  );
  const seen = new Set(women.map((w) => w.id));
  return all.filter((m) => seen.has(m.beneficiaryId)).sort((a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null));
}

/** People living in it: the women who live there now and the children. */
export async function sizeOf(ctx: RequestContext, household: Household): Promise<number> {
  const all = await membershipsOf(ctx, household.id);
  return all.filter((m) => m.leftOn === null).length + household.childrenCount;
}

/** Its head if she is a registered woman the viewer reaches; null otherwise. */
export async function headOf(ctx: RequestContext, household: Household): Promise<Beneficiary | null> {
  return household.headId ? beneficiaryInReach(ctx, household.headId) : null;
}

// An erased woman keeps no tie to a household: the link would point at her through the women she lived with.
onErasure(async (em, beneficiaryId) => {
  const [, headed] = (await em.query("UPDATE household SET head_id = NULL WHERE head_id = $1", [beneficiaryId])) as [unknown, number];
  const [, left] = (await em.query("DELETE FROM household_member WHERE beneficiary_id = $1", [beneficiaryId])) as [unknown, number];
  return [...(headed ? ["household.head_id"] : []), ...(left ? ["household_member.beneficiary_id"] : [])];
});
