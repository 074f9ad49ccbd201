import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { Context } from "../../core/context";
import { notFound } from "../../core/errors";
import { Campaign, CampaignActivity, CampaignPartner, Forum, ForumPartner } from "./coalition.entity";

/**
 * Partner scoping of coalition work. Staff see everything; a partner key sees only the campaigns
 * and forums its organisation takes part in (campaign_partner / forum_partner rows), and a record
 * outside them answers exactly as a missing one.
 */

/** The viewer's partner organisation when the viewer is a partner key, else null (staff). */
export function viewerPartner(ctx: Context): string | null {
  return ctx.viewer?.kind === "partner" ? ctx.viewer.partnerId : null;
}

/** SQL condition: campaign `alias` is one the partner takes part in. Bind `:viewerPartner`. */
export const CAMPAIGN_OF_PARTNER = (alias: string) =>
  `EXISTS (SELECT 1 FROM campaign_partner vcp WHERE vcp.campaign_id = ${alias}.id AND vcp.partner_id = :viewerPartner)`;

/** SQL condition: forum `alias` is one the partner takes part in. Bind `:viewerPartner`. */
export const FORUM_OF_PARTNER = (alias: string) =>
  `EXISTS (SELECT 1 FROM forum_partner vfp WHERE vfp.forum_id = ${alias}.id AND vfp.partner_id = :viewerPartner)`;

/** The ids of the campaigns and forums the viewing partner takes part in (one load per request). */
export function partnerReach(ctx: Context, partnerId: string): Promise<{ campaigns: Set<string>; forums: Set<string> }> {
  return ctx.loaders
    .get<string, { campaigns: Set<string>; forums: Set<string> }>("coalition:partnerReach", async (keys) => {
      const rows: { p: string; kind: "c" | "f"; id: string }[] = await ctx.db.query(
        `SELECT partner_id AS p, 'c' AS kind, campaign_id AS id FROM campaign_partner WHERE partner_id = ANY($1)
         UNION ALL SELECT partner_id, 'f', forum_id FROM forum_partner WHERE partner_id = ANY($1)`,
        [keys],
      );
      return keys.map((k) => ({
        campaigns: new Set(rows.filter((r) => r.p === k && r.kind === "c").map((r) => r.id)),
        forums: new Set(rows.filter((r) => r.p === k && r.kind === "f").map((r) => r.id)),
      }));
    })
    .load(partnerId);
}

async function denied(ctx: Context, entityType: string, id: string, label: string): Promise<never> {
  // Written outside the mutation's transaction, so the refusal stays in the log when it rolls back.
  await audit(ctx, { action: "DENIED", entityType, entityId: id });
  throw notFound(label);
}

/** A campaign the viewer may reach, or NOT_FOUND (audited when it exists out of reach). */
export async function reachableCampaign(ctx: Context, id: string, em: EntityManager = ctx.db.manager): Promise<Campaign> {
  const campaign = await em.findOneBy(Campaign, { id });
  if (!campaign) throw notFound("Campaign");
  const partnerId = viewerPartner(ctx);
  if (partnerId && !(await em.existsBy(CampaignPartner, { campaignId: id, partnerId }))) {
    return denied(ctx, "Campaign", id, "Campaign");
  }
  return campaign;
}

/** A forum the viewer may reach, or NOT_FOUND (audited when it exists out of reach). */
export async function reachableForum(ctx: Context, id: string, em: EntityManager = ctx.db.manager): Promise<Forum> {
  const forum = await em.findOneBy(Forum, { id });
  if (!forum) throw notFound("Forum");
  const partnerId = viewerPartner(ctx);
  if (partnerId && !(await em.existsBy(ForumPartner, { forumId: id, partnerId }))) {
    return denied(ctx, "Forum", id, "Forum");
  }
  return forum;
}

/**
 * An activity the viewer may change: staff any; a partner key only its own organisation's, in a
 * campaign it still takes part in. Anything else answers NOT_FOUND (audited when it exists).
 */
export async function correctableActivity(ctx: Context, id: string, em: EntityManager): Promise<CampaignActivity> {
  const activity = await em.findOneBy(CampaignActivity, { id });
  if (!activity) throw notFound("Campaign activity");
  const partnerId = viewerPartner(ctx);
  if (partnerId) {
    const own = activity.reportedByPartnerId === partnerId;
    if (!own || !(await em.existsBy(CampaignPartner, { campaignId: activity.campaignId, partnerId }))) {
      return denied(ctx, "CampaignActivity", id, "Campaign activity");
    }
  }
  return activity;
}
