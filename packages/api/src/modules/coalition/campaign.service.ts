import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { countDistricts } from "../geography/geography.service";
import { currentPartner } from "../organisation/partner.service";
import type {
  CampaignFilter,
  CreateCampaignInput,
  PartnerRoleInput,
  SetCampaignDistrictsInput,
  SetCampaignPartnersInput,
  UpdateCampaignInput,
} from "./campaign.inputs";
import { Campaign, CampaignActivity, CampaignDistrict, CampaignPartner, PartnerRole } from "./coalition.entity";

const ENTITY = "Campaign";

/** The list of campaigns (a partner key's: those its organisation takes part in), latest first. */
export const campaignList = defineList<CampaignFilter, "STARTS_ON">({
  node: "Campaign",
  entity: Campaign,
  alias: "c",
  archivable: true,
  filters: {
    status: equals("c.status", "status"),
    districtId: matches(
      (p) => `EXISTS (SELECT 1 FROM campaign_district cd WHERE cd.campaign_id = c.id AND cd.district_id = :${p})`,
      "districts",
    ),
    partnerId: matches(
      (p) => `EXISTS (SELECT 1 FROM campaign_partner fp WHERE fp.campaign_id = c.id AND fp.partner_id = :${p})`,
      "partners",
    ),
  },
  sorts: { STARTS_ON: { expression: "c.starts_on", reads: ["startsOn"] } },
  defaultSort: { field: "STARTS_ON", direction: "DESC" },
});

export function listCampaigns(ctx: RequestContext, filter?: CampaignFilter, page?: PageArgs) {
  return campaignList.page<Campaign>(ctx, filter, null, page);
}

/** Checks a list of partners with their parts (field `field`): they exist, are current, appear once, one LEAD at most. */
export async function checkPartners(em: EntityManager, partners: PartnerRoleInput[], field: string) {
  const seen = new Set<string>();
  for (const [i, p] of partners.entries()) {
    if (seen.has(p.partnerId)) refuse(`${field}.${i}.partnerId`, "The partner is listed twice.", "DUPLICATE");
    seen.add(p.partnerId);
    await currentPartner(em, p.partnerId, `${field}.${i}.partnerId`);
  }
  if (partners.filter((p) => p.role === PartnerRole.LEAD).length > 1)
    refuse(field, "Only one partner can lead.", "TOO_MANY", { min: null, max: 1 });
}

async function checkDistricts(em: EntityManager, ids: string[], field: string) {
  if ((await countDistricts(em, ids)) !== ids.length) {
    refuse(field, "One of the districts does not exist.", "NOT_FOUND");
  }
}

async function replacePartners(em: EntityManager, campaignId: string, partners: PartnerRoleInput[]) {
  await em.delete(CampaignPartner, { campaignId });
  if (partners.length)
    await em.insert(
      CampaignPartner,
      partners.map((p) => ({ campaignId, partnerId: p.partnerId, role: p.role })),
    );
}

function checkPeriod(startsOn: string, endsOn: string) {
  if (endsOn < startsOn)
    refuse("endsOn", "The campaign cannot end before it starts.", "TOO_EARLY", { earliest: startsOn, reference: "startsOn" });
}

export async function createCampaign(ctx: RequestContext, em: EntityManager, input: CreateCampaignInput) {
  checkPeriod(input.startsOn, input.endsOn);
  const districtIds = [...new Set(input.districtIds ?? [])];
  await checkDistricts(em, districtIds, "districtIds");
  await checkPartners(em, input.partners ?? [], "partners");
  const { districtIds: _d, partners: _p, ...fields } = input;
  const campaign = await em.save(Campaign, em.create(Campaign, { ...fields, title: input.title.trim() }));
  if (districtIds.length)
    await em.insert(
      CampaignDistrict,
      districtIds.map((districtId) => ({ campaignId: campaign.id, districtId })),
    );
  await replacePartners(em, campaign.id, input.partners ?? []);
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: campaign.id }, em);
  return { campaign };
}

export async function updateCampaign(ctx: RequestContext, em: EntityManager, input: UpdateCampaignInput) {
  const { id, version, ...fields } = input;
  const current = await em.findOneBy(Campaign, { id });
  if (!current) refuse("id", "No such campaign.", "NOT_FOUND");
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Campaign>;
  const startsOn = changes.startsOn ?? current.startsOn;
  const endsOn = changes.endsOn ?? current.endsOn;
  checkPeriod(startsOn, endsOn);
  const outside = await em
    .getRepository(CampaignActivity)
    .createQueryBuilder("a")
    .where("a.campaign_id = :id AND (a.held_on < :startsOn OR a.held_on > :endsOn)", { id, startsOn, endsOn })
    .getCount();
  if (outside)
    refuse(changes.startsOn ? "startsOn" : "endsOn", "Activities were reported outside these dates: correct them first.", "IN_USE", {
      by: "ACTIVITIES",
      count: outside,
    });
  const campaign = await updateVersioned(em, Campaign, ENTITY, id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { campaign };
}

/** Bumps the campaign's version when the caller named one (CONFLICT when stale), else just reads it. */
async function touch(em: EntityManager, campaignId: string, version: number | undefined): Promise<Campaign> {
  const campaign = await em.findOneBy(Campaign, { id: campaignId });
  if (!campaign) refuse("campaignId", "No such campaign.", "NOT_FOUND");
  return version === undefined || version === null ? campaign : updateVersioned(em, Campaign, ENTITY, campaignId, version, {});
}

export async function setCampaignPartners(ctx: RequestContext, em: EntityManager, input: SetCampaignPartnersInput) {
  const campaign = await touch(em, input.campaignId, input.version);
  await checkPartners(em, input.partners, "partners");
  await replacePartners(em, campaign.id, input.partners);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: campaign.id, details: { fields: ["partners"] } }, em);
  return { campaign };
}

export async function setCampaignDistricts(ctx: RequestContext, em: EntityManager, input: SetCampaignDistrictsInput) {
  const campaign = await touch(em, input.campaignId, input.version);
  const ids = [...new Set(input.districtIds)];
  await checkDistricts(em, ids, "districtIds");
  const used = await em
    .getRepository(CampaignActivity)
    .createQueryBuilder("a")
    .where("a.campaign_id = :id AND NOT (a.district_id = ANY(:ids))", { id: campaign.id, ids })
    .getCount();
  if (used)
    refuse("districtIds", "Activities were reported in a district you are removing: correct them first.", "IN_USE", {
      by: "ACTIVITIES",
      count: used,
    });
  await em.delete(CampaignDistrict, { campaignId: campaign.id });
  if (ids.length)
    await em.insert(
      CampaignDistrict,
      ids.map((districtId) => ({ campaignId: campaign.id, districtId })),
    );
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: campaign.id, details: { fields: ["districts"] } }, em);
  return { campaign };
}
