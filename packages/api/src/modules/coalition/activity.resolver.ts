import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Community } from "../geography/community.entity";
import { District } from "../geography/district.entity";
import { Partner } from "../organisation/partner.entity";
import { CampaignActivitiesFilter, CorrectCampaignActivityInput, ReportCampaignActivityInput } from "./activity.inputs";
import * as service from "./activity.service";
import { CampaignActivityConnection } from "./campaign.resolver";
import { Campaign, CampaignActivity, COALITION_READERS, COALITION_STAFF } from "./coalition.entity";

/** Who may report and correct activities: coalition staff, and partner keys with the REPORT_ACTIVITIES scope. */
export const ACTIVITY_REPORTERS = [...COALITION_STAFF, "PARTNER:REPORT_ACTIVITIES"] as const;

@ObjectType({ description: "Result of reporting or correcting a campaign activity." })
@Allow(...ACTIVITY_REPORTERS)
class CampaignActivityPayload {
  @Field(() => CampaignActivity, { nullable: true, description: "The activity as saved; null when refused." })
  activity?: CampaignActivity;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => CampaignActivity)
export class CampaignActivityResolver {
  @Query(() => CampaignActivityConnection, {
    description:
      "Activities of every campaign the viewer reaches, latest first (for reports across campaigns). Partner keys see only their organisation's campaigns.",
  })
  @Allow(...COALITION_READERS)
  campaignActivities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CampaignActivitiesFilter, { nullable: true, description: "Conditions the items must meet." })
    filter?: CampaignActivitiesFilter,
  ) {
    return service.listAllActivities(ctx, filter, page);
  }

  @Mutation(() => CampaignActivityPayload, {
    description:
      "Reports an activity for a campaign. Staff report for NK or a partner of the campaign; a partner key for its own organisation, in campaigns it takes part in.",
  })
  @Allow(...ACTIVITY_REPORTERS)
  reportCampaignActivity(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ReportCampaignActivityInput) {
    return runMutation(ctx, input, (em) => service.reportActivity(ctx, em, input));
  }

  @Mutation(() => CampaignActivityPayload, {
    description:
      "Corrects a reported activity; CONFLICT when `version` is stale. A partner key may correct only its own organisation's (others answer NOT_FOUND).",
  })
  @Allow(...ACTIVITY_REPORTERS)
  correctCampaignActivity(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CorrectCampaignActivityInput) {
    return runMutation(ctx, input, (em) => service.correctActivity(ctx, em, input));
  }

  @FieldResolver(() => Campaign, { description: "The campaign it was done for." })
  async campaign(@Root() a: CampaignActivity, @Ctx() ctx: Context) {
    return found(await ctx.loaders.byId(Campaign, "Campaign").load(a.campaignId), "Campaign");
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The partner that reported it; null when NK did." })
  reportedBy(@Root() a: CampaignActivity, @Ctx() ctx: Context) {
    return a.reportedByPartnerId ? ctx.loaders.byId(Partner, "Partner").load(a.reportedByPartnerId) : null;
  }

  @FieldResolver({ description: "True when NK itself reported it." })
  reportedByNk(@Root() a: CampaignActivity): boolean {
    return a.reportedByPartnerId === null;
  }

  @FieldResolver(() => District, { description: "District it took place in." })
  async district(@Root() a: CampaignActivity, @Ctx() ctx: Context) {
    return found(await ctx.loaders.byId(District, "District").load(a.districtId), "District");
  }

  @FieldResolver(() => Community, { nullable: true, description: "Community it took place in, if given." })
  community(@Root() a: CampaignActivity, @Ctx() ctx: Context) {
    return a.communityId ? ctx.loaders.byId(Community, "Community").load(a.communityId) : null;
  }

  @FieldResolver(() => Int, { description: "Everyone reached, women and men of all ages." })
  reached(@Root() a: CampaignActivity): number {
    return a.womenUnder18 + a.women18to29 + a.women30to49 + a.women50plus + a.menUnder18 + a.men18to29 + a.men30to49 + a.men50plus;
  }
}
