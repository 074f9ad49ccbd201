import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { Partner } from "./partner.entity";
import { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from "./partner.inputs";
import * as service from "./partner.service";

const READERS = [...STAFF, "PARTNER" as const];
const EDITORS = ["ADMIN", "COORDINATOR"] as const;
const PartnerConnection = connectionType(Partner, "Partner", READERS);

@ObjectType({ description: "Result of a mutation on a partner." })
@Allow(...EDITORS)
class PartnerPayload {
  @Field(() => Partner, { nullable: true, description: "The partner as saved; null when refused." })
  partner?: Partner;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: "Partner organisations, by name." })
  @Allow(...READERS)
  partners(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => PartnerFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: PartnerFilter,
  ) {
    return service.listPartners(ctx, filter, page);
  }

  @Query(() => Partner, { description: "One partner by id." })
  @Allow(...READERS)
  async partner(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Partner, "Partner").load(id), "Partner");
  }

  @Mutation(() => PartnerPayload, { description: "Adds a partner organisation." })
  @Allow(...EDITORS)
  createPartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreatePartnerInput) {
    return runMutation(ctx, input, (em) => service.createPartner(ctx, em, input));
  }

  @Mutation(() => PartnerPayload, { description: "Changes a partner; refused with CONFLICT when `version` is stale." })
  @Allow(...EDITORS)
  updatePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdatePartnerInput) {
    return runMutation(ctx, input, (em) => service.updatePartner(ctx, em, input));
  }

  @Mutation(() => PartnerPayload, { description: "Archives a partner: hidden from lists, its API keys stop working." })
  @Allow(...EDITORS)
  archivePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archivePartner(ctx, em, input.id, true));
  }

  @Mutation(() => PartnerPayload, { description: "Brings an archived partner back." })
  @Allow(...EDITORS)
  restorePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archivePartner(ctx, em, input.id, false));
  }
}
