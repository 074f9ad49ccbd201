import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { Context } from "../../core/context";
import { badInput } from "../../core/errors";
import { type PageArgs, paginate } from "../../core/graphql/connection";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import type { CreateForumInput, ForumFilter, SetForumPartnersInput, UpdateForumInput } from "./campaign.inputs";
import { checkPartners } from "./campaign.service";
import { Campaign, Forum, ForumPartner } from "./coalition.entity";
import { FORUM_OF_PARTNER, viewerPartner } from "./scope";

const ENTITY = "Forum";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function listForums(ctx: Context, filter: ForumFilter = {}, page: PageArgs = { first: 20 }) {
  const q = ctx.db.getRepository(Forum).createQueryBuilder("f").where("f.archived_at IS NULL");
  const viewer = viewerPartner(ctx);
  if (viewer) q.andWhere(FORUM_OF_PARTNER("f"), { viewerPartner: viewer });
  if (filter.campaignId) q.andWhere("f.campaign_id = :campaignId", { campaignId: filter.campaignId });
  if (filter.partnerId) {
    q.andWhere("EXISTS (SELECT 1 FROM forum_partner fp WHERE fp.forum_id = f.id AND fp.partner_id = :partnerId)", {
      partnerId: filter.partnerId,
    });
  }
  for (const [key, op] of [
    ["from", ">="],
    ["to", "<="],
  ] as const) {
    const day = filter[key];
    if (day === undefined || day === null) continue;
    if (!DAY.test(day)) throw badInput(`${key} must be a date written YYYY-MM-DD.`, key);
    q.andWhere(`f.held_on ${op} :${key}`, { [key]: day });
  }
  return paginate(q, "f", { expression: "f.held_on", direction: "DESC" }, page);
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

export async function createForum(ctx: Context, em: EntityManager, input: CreateForumInput) {
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

export async function updateForum(ctx: Context, em: EntityManager, input: UpdateForumInput) {
  const { id, version, ...fields } = input;
  if (!(await em.existsBy(Forum, { id }))) refuse("id", "No such forum.", "NOT_FOUND");
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Forum>;
  await checkCampaign(em, changes.campaignId);
  const forum = await updateVersioned(em, Forum, ENTITY, id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { forum };
}

export async function setForumPartners(ctx: Context, em: EntityManager, input: SetForumPartnersInput) {
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
