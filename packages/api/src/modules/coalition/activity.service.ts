import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { ApiError } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { communityExists } from "../geography/geography.service";
import type {
  ActivityFields,
  ActivityFilter,
  CampaignActivitiesFilter,
  CorrectCampaignActivityInput,
  ReportCampaignActivityInput,
} from "./activity.inputs";
import { type Campaign, CampaignActivity, CampaignDistrict, CampaignPartner } from "./coalition.entity";
import { correctableActivity, reachableCampaign, viewerPartner } from "./scope";

const ENTITY = "CampaignActivity";
const COUNTS = [
  "womenUnder18",
  "women18to29",
  "women30to49",
  "women50plus",
  "menUnder18",
  "men18to29",
  "men30to49",
  "men50plus",
  "materials",
] as const;

/** A campaign's activities, newest first. */
export const activityList = defineList<CampaignActivitiesFilter, "HELD_ON">({
  node: "CampaignActivity",
  entity: CampaignActivity,
  alias: "a",
  archivable: true,
  filters: {
    campaignId: equals("a.campaign_id", "campaign"),
    districtId: equals("a.district_id", "district"),
    kind: equals("a.kind", "kind"),
    reportedByPartnerId: equals("a.reported_by_partner_id", "reportedBy"),
    reportedByNk: flag("a.reported_by_partner_id IS NULL", "a.reported_by_partner_id IS NOT NULL", "reportedByNk"),
  },
  sorts: { HELD_ON: { expression: "a.held_on", reads: ["heldOn"] } },
  defaultSort: { field: "HELD_ON", direction: "DESC" },
});

/** The activities of every campaign the caller reaches (a partner key's: its organisation's campaigns). */
export function listAllActivities(ctx: RequestContext, filter?: CampaignActivitiesFilter, page?: PageArgs) {
  return activityList.page<CampaignActivity>(ctx, filter, null, page);
}

/** The activities of a campaign the caller has already reached; batched for a page of campaigns. */
export function listActivities(ctx: RequestContext, campaignId: string, filter: ActivityFilter = {}, page?: PageArgs) {
  return activityList.nested<CampaignActivity>(ctx, { column: "campaign_id", id: campaignId }, filter, null, page);
}

/** The campaign as the reporter may use it: out of reach answers as missing, on the field. */
async function campaignFor(ctx: RequestContext, em: EntityManager, campaignId: string): Promise<Campaign> {
  try {
    return await reachableCampaign(ctx, campaignId, em);
  } catch (error) {
    if (error instanceof ApiError && error.extensions.code === "NOT_FOUND") refuse("campaignId", "No such campaign.", "NOT_FOUND");
    throw error;
  }
}

/** Checks where and when an activity took place against its campaign. */
async function checkPlaceAndDay(
  em: EntityManager,
  campaign: Campaign,
  a: { districtId: string; communityId: string | null; heldOn: string },
) {
  if (a.heldOn > today()) refuse("heldOn", "An activity cannot be in the future.", "IN_FUTURE", { latest: today() });
  if (a.heldOn < campaign.startsOn || a.heldOn > campaign.endsOn) {
    refuse("heldOn", `The activity must fall within the campaign, ${campaign.startsOn} to ${campaign.endsOn}.`, "OUTSIDE_PERIOD", {
      from: campaign.startsOn,
      to: campaign.endsOn,
    });
  }
  if (!(await em.existsBy(CampaignDistrict, { campaignId: campaign.id, districtId: a.districtId }))) {
    refuse("districtId", "The campaign does not work in this district.", "NOT_MEMBER", { of: "CAMPAIGN", day: null });
  }
  if (a.communityId && !(await communityExists(em, a.communityId, a.districtId))) {
    refuse("communityId", "No such community in this district.", "NOT_FOUND");
  }
}

function counts(input: ActivityFields): Partial<CampaignActivity> {
  return Object.fromEntries(COUNTS.flatMap((k) => (input[k] === undefined || input[k] === null ? [] : [[k, input[k]]])));
}

/** Who the activity is reported for: a partner key its own organisation; staff NK (null) or a partner of the campaign. */
async function reporter(
  ctx: RequestContext,
  em: EntityManager,
  campaign: Campaign,
  input: ReportCampaignActivityInput,
): Promise<string | null> {
  const own = viewerPartner(ctx);
  if (own) {
    if (input.reportedByPartnerId && input.reportedByPartnerId !== own) {
      refuse("reportedByPartnerId", "A partner key reports for its own organisation only.", "OUT_OF_REACH");
    }
    return own;
  }
  const partnerId = input.reportedByPartnerId ?? null;
  if (partnerId && !(await em.existsBy(CampaignPartner, { campaignId: campaign.id, partnerId }))) {
    refuse("reportedByPartnerId", "This partner does not take part in the campaign.", "NOT_MEMBER", { of: "CAMPAIGN", day: null });
  }
  return partnerId;
}

export async function reportActivity(ctx: RequestContext, em: EntityManager, input: ReportCampaignActivityInput) {
  const campaign = await campaignFor(ctx, em, input.campaignId);
  const reportedByPartnerId = await reporter(ctx, em, campaign, input);
  const place = { districtId: input.districtId, communityId: input.communityId ?? null, heldOn: input.heldOn };
  await checkPlaceAndDay(em, campaign, place);
  const activity = await em.save(
    CampaignActivity,
    em.create(CampaignActivity, {
      campaignId: campaign.id,
      reportedByPartnerId,
      kind: input.kind,
      title: input.title.trim(),
      ...place,
      ...counts(input),
    }),
  );
  await audit(
    ctx,
    { action: "CREATE", entityType: ENTITY, entityId: activity.id, details: { campaignId: campaign.id, reportedByPartnerId } },
    em,
  );
  return { activity };
}

export async function correctActivity(ctx: RequestContext, em: EntityManager, input: CorrectCampaignActivityInput) {
  const current = await correctableActivity(ctx, input.id, em);
  const campaign = await campaignFor(ctx, em, current.campaignId);
  const changes: Partial<CampaignActivity> = { ...counts(input) };
  if (input.kind) changes.kind = input.kind;
  if (input.title) changes.title = input.title.trim();
  if (input.districtId) changes.districtId = input.districtId;
  if (input.communityId !== undefined) changes.communityId = input.communityId;
  if (input.heldOn) changes.heldOn = input.heldOn;
  const districtChanged = changes.districtId !== undefined && changes.districtId !== current.districtId;
  await checkPlaceAndDay(em, campaign, {
    districtId: changes.districtId ?? current.districtId,
    // a new district without a community named clears the old community, which lies elsewhere
    communityId: changes.communityId !== undefined ? changes.communityId : districtChanged ? null : current.communityId,
    heldOn: changes.heldOn ?? current.heldOn,
  });
  if (districtChanged && changes.communityId === undefined) changes.communityId = null;
  const activity = await updateVersioned(em, CampaignActivity, "Campaign activity", input.id, input.version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: input.id, details: { fields: Object.keys(changes) } }, em);
  return { activity };
}
