import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches, search, textIn } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { declareReach, openReach } from "../../core/reach";
import { Partner } from "./partner.entity";
import type { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from "./partner.inputs";

/** Partner organisations are public knowledge among staff and partners. */
declareReach(Partner, openReach("Partner"));

/** Partner organisations, by name. */
export const partnerList = defineList<PartnerFilter, "NAME">({
  node: "Partner",
  entity: Partner,
  alias: "p",
  archivable: true,
  filters: {
    kind: equals("p.kind", "kind"),
    search: search(textIn(["p.name", "p.acronym"], "name", "acronym")),
    districtId: matches(
      (p) => `EXISTS (SELECT 1 FROM partner_district pd WHERE pd.partner_id = p.id AND pd.district_id = :${p})`,
      "districts",
    ),
  },
  sorts: { NAME: { expression: "p.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

export function listPartners(ctx: RequestContext, filter?: PartnerFilter, page?: PageArgs) {
  return partnerList.page<Partner>(ctx, filter, null, page);
}

async function ensureUniqueName(em: EntityManager, name: string | undefined, id?: string) {
  if (!name) return;
  const q = em.getRepository(Partner).createQueryBuilder("p").where("lower(p.name) = lower(:name)", { name: name.trim() });
  if (id) q.andWhere("p.id <> :id", { id });
  if (await q.getExists()) refuse("name", "A partner with this name exists already.", "DUPLICATE");
}

export async function createPartner(ctx: RequestContext, em: EntityManager, input: CreatePartnerInput) {
  await ensureUniqueName(em, input.name);
  const partner = await em.save(Partner, em.create(Partner, { ...input, name: input.name.trim() }));
  await audit(ctx, { action: "CREATE", entityType: "Partner", entityId: partner.id }, em);
  return { partner };
}

export async function updatePartner(ctx: RequestContext, em: EntityManager, input: UpdatePartnerInput) {
  const { id, version, ...fields } = input;
  await ensureUniqueName(em, fields.name, id);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const partner = await updateVersioned(em, Partner, "Partner", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "Partner", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { partner };
}

export async function archivePartner(ctx: RequestContext, em: EntityManager, id: string, archived: boolean) {
  const partner = await setArchived(em, Partner, "Partner", id, archived);
  await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: "Partner", entityId: id }, em);
  return { partner };
}

/** A current (not archived) partner, or a refusal on `field`; `archived` says what to do instead. */
export async function currentPartner(
  em: EntityManager,
  id: string,
  field: string,
  archived = "The partner is archived.",
): Promise<Partner> {
  const partner = await partnerById(em, id);
  if (!partner) refuse(field, "No such partner.", "NOT_FOUND");
  if (partner.archivedAt) refuse(field, archived, "ARCHIVED");
  return partner;
}

/** The partner `id` names, archived or not, read in the caller's transaction. */
export function partnerById(em: EntityManager, id: string): Promise<Partner | null> {
  return em.findOneBy(Partner, { id });
}

/** The partners `ids` name, by id, through the request's loader (one query per request). */
export async function partnersById(ctx: RequestContext, ids: string[]): Promise<Map<string, Partner>> {
  const partners = await ctx.loaders.byId(Partner, "Partner").loadMany(ids);
  return new Map(partners.filter((p): p is Partner => p instanceof Partner).map((p) => [p.id, p]));
}
