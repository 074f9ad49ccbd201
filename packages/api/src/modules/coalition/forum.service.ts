import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import type { PageArgs } from "../../core/graphql/connection";
import { dayBound, equals, matches } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import type { CreateForumInput, ForumFilter, SetForumPartnersInput, UpdateForumInput } from "./campaign.inputs";
import { checkPartners } from "./campaign.service";
import { Campaign, Forum, ForumPartner } from "./coalition.entity";

const ENTITY = "Forum";
const _DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The list of forums (a partner key's: those its organisation takes part in), latest first. */
export const forumList = defineList<ForumFilter, "HELD_ON">({
  node: "Forum",
  entity: Forum,
  alias: "f",
  archivable: true,
  filters: {
    campaignId: equals("f.campaign_id", "campaign"),
    partnerId: matches((p) => `EXISTS (SELECT 1 FROM forum_partner fp WHERE fp.forum_id = f.id AND fp.partner_id = :${p})`, "partners"),
    from: dayBound("f.held_on", ">=", "from", "heldOn"),
    to: dayBound("f.held_on", "<=", "to", "heldOn"),
  },
  sorts: { HELD_ON: { expression: "f.held_on", reads: ["heldOn"] } },
  defaultSort: { field: "HELD_ON", direction: "DESC" },
});

export function listForums(ctx: RequestContext, filter?: ForumFilter, page?: PageArgs) {
  return forumList.page<Forum>(ctx, filter, null, page);
}

async function checkCampaign(em: EntityManager, campaignId: string | null | undefined) {
  if (campaignId && !(await em.existsBy(Campaign, { id: campaignId }))) refuse("campaignId", "No such campaign.", "NOT_FOUND");
}

async function replacePartners(em: EntityManager, forumId: string, partners: SetForumPartnersInput["partners"]) {
  await em.delete(ForumPartner, { forumId });
  if (partners.length)
    await em.insert(
      ForumPartner,
      partners.map((p) => ({ forumId, partnerId: p.partnerId, role: p.role })),
    );
}

export async function createForum(ctx: RequestContext, em: EntityManager, input: CreateForumInput) {
  await checkCampaign(em, input.campaignId);
  await checkPartners(em, input.partners ?? [], "partners");
  const { partners: _p, ...fields } = input;
  const forum = await em.save(
    Forum,
    em.create(Forum, {
      ...fields,
      campaignId: input.campaignId ?? null,
      resolutions: input.resolutions ?? [],
      followUps: input.followUps ?? [],
    }),
  );
  await replacePartners(em, forum.id, input.partners ?? []);
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: forum.id }, em);
  return { forum };
}

export async function updateForum(ctx: RequestContext, em: EntityManager, input: UpdateForumInput) {
  const { id, version, ...fields } = input;
  if (!(await em.existsBy(Forum, { id }))) refuse("id", "No such forum.", "NOT_FOUND");
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Forum>;
  await checkCampaign(em, changes.campaignId);
  const forum = await updateVersioned(em, Forum, ENTITY, id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { forum };
}

export async function setForumPartners(ctx: RequestContext, em: EntityManager, input: SetForumPartnersInput) {
  const current = await em.findOneBy(Forum, { id: input.forumId });
  if (!current) refuse("forumId", "No such forum.", "NOT_FOUND");
  const forum =
    input.version === undefined || input.version === null
      ? current
      : await updateVersioned(em, Forum, ENTITY, current.id, input.version, {});
  await checkPartners(em, input.partners, "partners");
  await replacePartners(em, forum.id, input.partners);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: forum.id, details: { fields: ["partners"] } }, em);
  return { forum };
}
