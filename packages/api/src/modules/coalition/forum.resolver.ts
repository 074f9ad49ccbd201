import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { reachable } from "../../core/reach";
import { CreateForumInput, ForumFilter, SetForumPartnersInput, UpdateForumInput } from "./campaign.inputs";
import { Campaign, COALITION_READERS, COALITION_STAFF, Forum } from "./coalition.entity";
import { PartnerInRole } from "./coalition.types";
import * as service from "./forum.service";
import { partnersInRole } from "./partners.service";
import { reachableForum } from "./scope";

const ForumConnection = connectionType(Forum, "Forum", [...COALITION_READERS]);

@ObjectType({ description: "Result of a mutation on a forum." })
@Allow(...COALITION_STAFF)
class ForumPayload {
  @Field(() => Forum, { nullable: true, description: "The forum as saved; null when refused." })
  forum?: Forum;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Forum)
export class ForumResolver {
  @Query(() => ForumConnection, { description: "Forums, latest first. Partner keys see only the forums their organisation takes part in." })
  @Allow(...COALITION_READERS)
  forums(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ForumFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ForumFilter,
  ) {
    return service.listForums(ctx, filter, page);
  }

  @Query(() => Forum, { description: "One forum; NOT_FOUND when missing or outside the viewer's reach (a partner key's: its own forums)." })
  @Allow(...COALITION_READERS)
  forum(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return reachableForum(ctx, id);
  }

  @Mutation(() => ForumPayload, { description: "Adds a forum, with its partners." })
  @Allow(...COALITION_STAFF)
  createForum(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateForumInput) {
    return runMutation(ctx, input, (em) => service.createForum(ctx, em, input));
  }

  @Mutation(() => ForumPayload, { description: "Changes a forum; refused with CONFLICT when `version` is stale." })
  @Allow(...COALITION_STAFF)
  updateForum(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateForumInput) {
    return runMutation(ctx, input, (em) => service.updateForum(ctx, em, input));
  }

  @Mutation(() => ForumPayload, { description: "Sets the partners of a forum and their parts (replaces the list)." })
  @Allow(...COALITION_STAFF)
  setForumPartners(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SetForumPartnersInput) {
    return runMutation(ctx, input, (em) => service.setForumPartners(ctx, em, input));
  }

  @FieldResolver(() => [PartnerInRole], { description: "Partners organising or taking part, with their parts." })
  partners(@Root() f: Forum, @Ctx() ctx: Context) {
    return partnersInRole(ctx, "forum_partner", "forum_id").load(f.id);
  }

  @FieldResolver(() => Campaign, {
    nullable: true,
    description: "The campaign it belongs to; null when none (or, for a partner key, one its organisation does not take part in).",
  })
  async campaign(@Root() f: Forum, @Ctx() ctx: Context) {
    if (!f.campaignId) return null;
    const campaign = await ctx.loaders.byId(Campaign, "Campaign").load(f.campaignId);
    return campaign && (await reachable(ctx, Campaign, [campaign]))[0] ? campaign : null;
  }
}
