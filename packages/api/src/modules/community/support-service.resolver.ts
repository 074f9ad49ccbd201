import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { badInput, found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Community } from "../geography/community.entity";
import {
  CreateSupportServiceInput,
  RecordSupportServiceActivityInput,
  SupportServiceFilter,
  UpdateSupportServiceInput,
} from "./community.inputs";
import { GROUP_READERS, GROUP_STAFF, SupportService, SupportServiceActivity } from "./group.entity";
import * as services from "./support-service.service";

const SupportServiceConnection = connectionType(SupportService, "SupportService", [...GROUP_READERS]);

@ObjectType({ description: "Result of a mutation on a support service." })
@Allow(...GROUP_STAFF)
class SupportServicePayload {
  @Field(() => SupportService, { nullable: true, description: "The service as saved; null when refused." })
  supportService?: SupportService;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of recording a month of a support service's activity." })
@Allow(...GROUP_STAFF)
class SupportServiceActivityPayload {
  @Field(() => SupportService, { nullable: true, description: "The service; null when refused." })
  supportService?: SupportService;

  @Field(() => SupportServiceActivity, { nullable: true, description: "The month as saved; null when refused." })
  activity?: SupportServiceActivity;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => SupportService)
export class SupportServiceResolver {
  @Query(() => SupportServiceConnection, { description: "Support services for women (SSW), not archived, by name." })
  @Allow(...GROUP_READERS)
  supportServices(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => SupportServiceFilter, { nullable: true, description: "Conditions the items must meet." })
    filter?: SupportServiceFilter,
  ) {
    return services.listSupportServices(ctx, filter, page);
  }

  @Query(() => SupportService, { description: "One support service by id." })
  @Allow(...GROUP_READERS)
  async supportService(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(SupportService, "SupportService").load(id), "SupportService");
  }

  @Mutation(() => SupportServicePayload, { description: "Adds a support service for women." })
  @Allow(...GROUP_STAFF)
  createSupportService(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateSupportServiceInput) {
    return runMutation(ctx, input, (em) => services.createSupportService(ctx, em, input));
  }

  @Mutation(() => SupportServicePayload, { description: "Changes a support service; refused with CONFLICT when `version` is stale." })
  @Allow(...GROUP_STAFF)
  updateSupportService(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateSupportServiceInput) {
    return runMutation(ctx, input, (em) => services.updateSupportService(ctx, em, input));
  }

  @Mutation(() => SupportServiceActivityPayload, {
    description: "Records how many people a support service helped in a month; recording the month again replaces its count.",
  })
  @Allow(...GROUP_STAFF)
  recordSupportServiceActivity(
    @Ctx() ctx: Context,
    @Arg("input", { description: "What to do." }) input: RecordSupportServiceActivityInput,
  ) {
    return runMutation(ctx, input, (em) => services.recordActivity(ctx, em, input));
  }

  @FieldResolver(() => Community, { description: "Community the service serves." })
  community(@Root() s: SupportService, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Community, "Community").load(s.communityId);
  }

  @FieldResolver(() => [SupportServiceActivity], { description: "People helped per recorded month, oldest first." })
  activity(
    @Root() s: SupportService,
    @Ctx() ctx: Context,
    @Arg("from", () => String, { nullable: true, description: "First month, YYYY-MM; all earlier months when left out." })
    from?: string,
    @Arg("to", () => String, { nullable: true, description: "Last month, YYYY-MM; all later months when left out." })
    to?: string,
  ) {
    const first = services.monthStart(from, "from");
    const last = services.monthStart(to, "to");
    if (first && last && last < first) throw badInput("to must not be before from.", "to");
    return services.activityLoader(ctx, first, last).load(s.id);
  }
}
