import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { declareReach, openReach } from "../../core/reach";
import { countDistricts } from "../geography/geography.service";
import { currentPartner, partnerById } from "../organisation/partner.service";
import { Coalition, Council, CouncilMember, PartnerDistrict } from "./coalition.entity";
import type {
  AddCouncilMemberInput,
  CreateCoalitionInput,
  CreateCouncilInput,
  RemoveCouncilMemberInput,
  SetPartnerDistrictsInput,
  UpdateCouncilInput,
} from "./council.inputs";

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

declareReach(Coalition, openReach("Coalition"));

/** Coalitions, by name. */
export const coalitionList = defineList<object, "NAME">({
  node: "Coalition",
  entity: Coalition,
  alias: "c",
  archivable: true,
  sorts: { NAME: { expression: "c.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

export function listCoalitions(ctx: RequestContext, page?: PageArgs) {
  return coalitionList.page<Coalition>(ctx, null, null, page);
}

export async function createCoalition(ctx: RequestContext, em: EntityManager, input: CreateCoalitionInput) {
  const name = input.name.trim();
  if (await em.getRepository(Coalition).createQueryBuilder("c").where("lower(c.name) = lower(:name)", { name }).getExists()) {
    refuse("name", "A coalition with this name exists already.", "DUPLICATE");
  }
  const coalition = await em.save(Coalition, em.create(Coalition, { name, description: input.description ?? null }));
  await audit(ctx, { action: "CREATE", entityType: "Coalition", entityId: coalition.id }, em);
  return { coalition };
}

function checkChair(chairedByNk: boolean, chairPartnerId: string | null) {
  if (chairedByNk && chairPartnerId)
    refuse("chairPartnerId", "A council NK chairs has no chair partner.", "NOT_APPLICABLE", { field: "chairedByNk", value: "true" });
}

export async function createCouncil(ctx: RequestContext, em: EntityManager, input: CreateCouncilInput) {
  if (!(await em.existsBy(Coalition, { id: input.coalitionId }))) refuse("coalitionId", "No such coalition.", "NOT_FOUND");
  const chairPartnerId = input.chairPartnerId ?? null;
  checkChair(input.chairedByNk ?? false, chairPartnerId);
  if (chairPartnerId) await currentPartner(em, chairPartnerId, "chairPartnerId");
  const council = await em.save(
    Council,
    em.create(Council, {
      coalitionId: input.coalitionId,
      name: input.name.trim(),
      region: input.region.trim(),
      chairedByNk: input.chairedByNk ?? false,
      chairPartnerId,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: "Council", entityId: council.id }, em);
  return { council };
}

export async function updateCouncil(ctx: RequestContext, em: EntityManager, input: UpdateCouncilInput) {
  const current = await em.findOneBy(Council, { id: input.id });
  if (!current) throw notFound("Council");
  const { id, version, ...fields } = input;
  const changes = defined(fields) as Partial<Council>;
  checkChair(
    changes.chairedByNk ?? current.chairedByNk,
    changes.chairPartnerId === undefined ? current.chairPartnerId : changes.chairPartnerId,
  );
  if (changes.chairPartnerId) await currentPartner(em, changes.chairPartnerId, "chairPartnerId");
  const council = await updateVersioned(em, Council, "Council", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "Council", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { council };
}

export async function addCouncilMember(ctx: RequestContext, em: EntityManager, input: AddCouncilMemberInput) {
  const council = await em.findOneBy(Council, { id: input.councilId });
  if (!council) refuse("councilId", "No such council.", "NOT_FOUND");
  await currentPartner(em, input.partnerId, "partnerId");
  const existing = await em.findOneBy(CouncilMember, { councilId: input.councilId, partnerId: input.partnerId });
  if (existing && !existing.leftOn) refuse("partnerId", "The partner is a member of this council already.", "DUPLICATE");
  // A partner that left and joins again: the membership takes the new day (one row per partner and council).
  await em.save(CouncilMember, { councilId: input.councilId, partnerId: input.partnerId, joinedOn: input.joinedOn, leftOn: null });
  await audit(
    ctx,
    { action: "ADD_MEMBER", entityType: "Council", entityId: council.id, details: { partnerId: input.partnerId, fields: ["joinedOn"] } },
    em,
  );
  return { council };
}

export async function removeCouncilMember(ctx: RequestContext, em: EntityManager, input: RemoveCouncilMemberInput) {
  const council = await em.findOneBy(Council, { id: input.councilId });
  if (!council) refuse("councilId", "No such council.", "NOT_FOUND");
  const member = await em.findOneBy(CouncilMember, { councilId: input.councilId, partnerId: input.partnerId });
  if (!member || member.leftOn) refuse("partnerId", "The partner is not a current member of this council.", "NOT_FOUND");
  if (input.leftOn < member.joinedOn)
    refuse("leftOn", "A partner cannot leave before it joined.", "TOO_EARLY", { earliest: member.joinedOn, reference: "joinedOn" });
  await em.update(CouncilMember, { councilId: input.councilId, partnerId: input.partnerId }, { leftOn: input.leftOn });
  await audit(
    ctx,
    { action: "REMOVE_MEMBER", entityType: "Council", entityId: council.id, details: { partnerId: input.partnerId, fields: ["leftOn"] } },
    em,
  );
  return { council };
}

export async function setPartnerDistricts(ctx: RequestContext, em: EntityManager, input: SetPartnerDistrictsInput) {
  const partner = await partnerById(em, input.partnerId);
  if (!partner) refuse("partnerId", "No such partner.", "NOT_FOUND");
  const ids = [...new Set(input.districtIds)];
  if ((await countDistricts(em, ids)) !== ids.length) {
    refuse("districtIds", "One of the districts does not exist.", "NOT_FOUND");
  }
  await em.delete(PartnerDistrict, { partnerId: partner.id });
  if (ids.length)
    await em.insert(
      PartnerDistrict,
      ids.map((districtId) => ({ partnerId: partner.id, districtId })),
    );
  await audit(ctx, { action: "UPDATE", entityType: "Partner", entityId: partner.id, details: { fields: ["districts"] } }, em);
  return { partner };
}
