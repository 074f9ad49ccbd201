import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { linked } from "../../core/loaders";
import { reachable } from "../../core/reach";
import { District } from "../geography/district.entity";
import { ActivityFilter } from "./activity.inputs";
import { listActivities } from "./activity.service";
import {
  CampaignFilter,
  CreateCampaignInput,
  SetCampaignDistrictsInput,
  SetCampaignPartnersInput,
  UpdateCampaignInput,
} from "./campaign.inputs";
import * as service from "./campaign.service";
import { Campaign, CampaignActivity, COALITION_READERS, COALITION_STAFF, Forum } from "./coalition.entity";
import { CampaignTotals, PartnerInRole } from "./coalition.types";
import { partnersInRole } from "./partners.service";
import { reachableCampaign } from "./scope";
import { campaignTotals } from "./totals.service";

const CampaignConnection = connectionType(Campaign, "Campaign", [...COALITION_READERS]);
export const CampaignActivityConnection = connectionType(CampaignActivity, "CampaignActivity", [...COALITION_READERS]);

@ObjectType({ description: "Result of a mutation on a campaign." })
@Allow(...COALITION_STAFF)
class CampaignPayload {
  @Field(() => Campaign, { nullable: true, description: "The campaign as saved; null when refused." })
  campaign?: Campaign;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, {
    description: "Campaigns, latest start first. Partner keys see only the campaigns their organisation takes part in.",
  })
  @Allow(...COALITION_READERS)
  campaigns(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CampaignFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CampaignFilter,
  ) {
    return service.listCampaigns(ctx, filter, page);
  }

  @Query(() => Campaign, {
    description: "One campaign; NOT_FOUND when missing or outside the viewer's reach (a partner key's: its own campaigns).",
  })
  @Allow(...COALITION_READERS)
  campaign(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return reachableCampaign(ctx, id);
  }

  @Mutation(() => CampaignPayload, { description: "Adds a campaign, with its districts and partners." })
  @Allow(...COALITION_STAFF)
  createCampaign(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateCampaignInput) {
    return runMutation(ctx, input, (em) => service.createCampaign(ctx, em, input));
  }

  @Mutation(() => CampaignPayload, {
    description:
      "Changes a campaign (dates, status, …); refused with CONFLICT when `version` is stale, and when reported activities would fall outside new dates.",
  })
  @Allow(...COALITION_STAFF)
  updateCampaign(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateCampaignInput) {
    return runMutation(ctx, input, (em) => service.updateCampaign(ctx, em, input));
  }

  @Mutation(() => CampaignPayload, { description: "Sets the partners of a campaign and their parts (replaces the list)." })
  @Allow(...COALITION_STAFF)
  setCampaignPartners(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SetCampaignPartnersInput) {
    return runMutation(ctx, input, (em) => service.setCampaignPartners(ctx, em, input));
  }

  @Mutation(() => CampaignPayload, { description: "Sets the districts a campaign works in (replaces the list)." })
  @Allow(...COALITION_STAFF)
  setCampaignDistricts(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SetCampaignDistrictsInput) {
    return runMutation(ctx, input, (em) => service.setCampaignDistricts(ctx, em, input));
  }

  @FieldResolver(() => [PartnerInRole], { description: "Partners taking part, with their parts." })
  partners(@Root() c: Campaign, @Ctx() ctx: Context) {
    return partnersInRole(ctx, "campaign_partner", "campaign_id").load(c.id);
  }

  @FieldResolver(() => [District], { description: "Districts it works in." })
  districts(@Root() c: Campaign, @Ctx() ctx: Context) {
    return linked(ctx, "campaign_district", "campaign_id", "district_id", District, "District").load(c.id);
  }

  @FieldResolver(() => CampaignActivityConnection, { description: "Activities of all its participants, latest first." })
  activities(
    @Root() c: Campaign,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ActivityFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ActivityFilter,
  ) {
    return listActivities(ctx, c.id, filter, page);
  }

  @FieldResolver(() => [Forum], { description: "Its forums, latest first (partner keys: those their organisation takes part in)." })
  async forums(@Root() c: Campaign, @Ctx() ctx: Context) {
    const forums = (await ctx.loaders.manyBy(Forum, "Forum", "campaignId", { heldOn: "DESC" }).load(c.id)).filter((f) => !f.archivedAt);
    return reachable(ctx, Forum, forums);
  }

  @FieldResolver(() => CampaignTotals, { description: "People reached, overall and by district, sex, age band and month, as reported." })
  totals(@Root() c: Campaign, @Ctx() ctx: Context) {
    return campaignTotals(ctx, c.id);
  }
}
