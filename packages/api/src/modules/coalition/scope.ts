import type { EntityManager } from "typeorm";
import type { RequestContext, Viewer } from "../../core/context";
import { declareReach, findInReach } from "../../core/reach";
import { Campaign, CampaignActivity, Forum } from "./coalition.entity";

/**
 * The reach of coalition work. Staff reach everything; a partner key reaches only the campaigns
 * and forums its organisation takes part in (campaign_partner / forum_partner rows), the
 * activities of those campaigns, and may correct only the activities it reported itself.
 */

const partnerOf = (viewer: Viewer | null) => (viewer?.kind === "partner" ? viewer.partnerId : null);

/** The viewer's partner organisation when the viewer is a partner key, else null (staff). */
export function viewerPartner(ctx: Pick<RequestContext, "viewer">): string | null {
  return partnerOf(ctx.viewer);
}

const inCampaign = (campaignColumn: string) =>
  `EXISTS (SELECT 1 FROM campaign_partner vcp WHERE vcp.campaign_id = ${campaignColumn} AND vcp.partner_id = :reachPartner)`;

declareReach(Campaign, {
  entityType: "Campaign",
  where(viewer, c) {
    const partner = partnerOf(viewer);
    return partner ? { sql: inCampaign(`${c}.id`), params: { reachPartner: partner } } : null;
  },
});

declareReach(Forum, {
  entityType: "Forum",
  where(viewer, f) {
    const partner = partnerOf(viewer);
    return partner
      ? {
          sql: `EXISTS (SELECT 1 FROM forum_partner vfp WHERE vfp.forum_id = ${f}.id AND vfp.partner_id = :reachPartner)`,
          params: { reachPartner: partner },
        }
      : null;
  },
});

declareReach(CampaignActivity, {
  entityType: "CampaignActivity",
  label: "Campaign activity",
  where(viewer, a, purpose) {
    const partner = partnerOf(viewer);
    if (!partner) return null;
    const own = purpose === "change" ? `${a}.reported_by_partner_id = :reachPartner AND ` : "";
    return { sql: `(${own}${inCampaign(`${a}.campaign_id`)})`, params: { reachPartner: partner } };
  },
});

/** A campaign the viewer may reach, or NOT_FOUND (audited when it exists out of reach). */
export function reachableCampaign(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Campaign> {
  return findInReach(ctx, em, Campaign, id);
}

/** A forum the viewer may reach, or NOT_FOUND (audited when it exists out of reach). */
export function reachableForum(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Forum> {
  return findInReach(ctx, em, Forum, id);
}

/** An activity the viewer may change, or NOT_FOUND (audited when it exists out of reach). */
export function correctableActivity(ctx: RequestContext, id: string, em: EntityManager): Promise<CampaignActivity> {
  return findInReach(ctx, em, CampaignActivity, id, "change");
}
