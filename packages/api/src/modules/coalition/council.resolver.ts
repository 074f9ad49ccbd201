import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { linked } from "../../core/loaders";
import { District } from "../geography/district.entity";
import { Partner } from "../organisation/partner.entity";
import { COALITION_READERS, COALITION_STAFF, Coalition, Council, CouncilMember } from "./coalition.entity";
import {
  AddCouncilMemberInput,
  CreateCoalitionInput,
  CreateCouncilInput,
  RemoveCouncilMemberInput,
  SetPartnerDistrictsInput,
  UpdateCouncilInput,
} from "./council.inputs";
import * as service from "./council.service";

const CoalitionConnection = connectionType(Coalition, "Coalition", [...COALITION_READERS]);

@ObjectType({ description: "Result of a mutation on a coalition." })
@Allow(...COALITION_STAFF)
class CoalitionPayload {
  @Field(() => Coalition, { nullable: true, description: "The coalition as saved; null when refused." })
  coalition?: Coalition;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of a mutation on a council or its members." })
@Allow(...COALITION_STAFF)
class CouncilPayload {
  @Field(() => Council, { nullable: true, description: "The council as saved; null when refused." })
  council?: Council;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of setting a partner's districts." })
@Allow(...COALITION_STAFF)
class PartnerDistrictsPayload {
  @Field(() => Partner, { nullable: true, description: "The partner as saved; null when refused." })
  partner?: Partner;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Coalition)
export class CoalitionResolver {
  @Query(() => CoalitionConnection, { description: "Coalitions, by name." })
  @Allow(...COALITION_READERS)
  coalitions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return service.listCoalitions(ctx, page);
  }

  @Query(() => Coalition, { description: "One coalition by id." })
  @Allow(...COALITION_READERS)
  async coalition(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Coalition, "Coalition").load(id), "Coalition");
  }

  @Mutation(() => CoalitionPayload, { description: "Adds a coalition." })
  @Allow(...COALITION_STAFF)
  createCoalition(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateCoalitionInput) {
    return runMutation(ctx, input, (em) => service.createCoalition(ctx, em, input));
  }

  @FieldResolver(() => [Council], { description: "Its councils, by name." })
  councils(@Root() c: Coalition, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Council, "Council", "coalitionId", { name: "ASC" }).load(c.id);
  }
}

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, { description: "One council by id (its edit form reads it)." })
  @Allow(...COALITION_READERS)
  async council(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Council, "Council").load(id), "Council");
  }

  @Mutation(() => CouncilPayload, { description: "Adds a council to a coalition." })
  @Allow(...COALITION_STAFF)
  createCouncil(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateCouncilInput) {
    return runMutation(ctx, input, (em) => service.createCouncil(ctx, em, input));
  }

  @Mutation(() => CouncilPayload, { description: "Changes a council; refused with CONFLICT when `version` is stale." })
  @Allow(...COALITION_STAFF)
  updateCouncil(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateCouncilInput) {
    return runMutation(ctx, input, (em) => service.updateCouncil(ctx, em, input));
  }

  @Mutation(() => CouncilPayload, { description: "A partner joins a council." })
  @Allow(...COALITION_STAFF)
  addCouncilMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AddCouncilMemberInput) {
    return runMutation(ctx, input, (em) => service.addCouncilMember(ctx, em, input));
  }

  @Mutation(() => CouncilPayload, { description: "A partner leaves a council; the membership is kept with the day it left." })
  @Allow(...COALITION_STAFF)
  removeCouncilMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RemoveCouncilMemberInput) {
    return runMutation(ctx, input, (em) => service.removeCouncilMember(ctx, em, input));
  }

  @FieldResolver(() => Coalition, { description: "The coalition it belongs to." })
  coalition(@Root() c: Council, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Coalition, "Coalition").load(c.coalitionId);
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The partner chairing it; null when NK chairs it or no chair is set." })
  chairPartner(@Root() c: Council, @Ctx() ctx: Context) {
    return c.chairPartnerId ? ctx.loaders.byId(Partner, "Partner").load(c.chairPartnerId) : null;
  }

  @FieldResolver(() => [CouncilMember], { description: "Its members, past and present, earliest joined first." })
  members(@Root() c: Council, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CouncilMember, "CouncilMember", "councilId", { joinedOn: "ASC" }).load(c.id);
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => Partner, { description: "The member organisation." })
  async partner(@Root() m: CouncilMember, @Ctx() ctx: Context) {
    return found(await ctx.loaders.byId(Partner, "Partner").load(m.partnerId), "Partner");
  }
}

/** Coalition details of a partner. */
@Resolver(() => Partner)
export class PartnerDistrictsResolver {
  @FieldResolver(() => [District], { description: "Districts the partner works in." })
  @Allow(...STAFF, "PARTNER")
  districts(@Root() p: Partner, @Ctx() ctx: Context) {
    return linked(ctx, "partner_district", "partner_id", "district_id", District, "District").load(p.id);
  }

  @Mutation(() => PartnerDistrictsPayload, { description: "Sets the districts a partner works in (replaces the list)." })
  @Allow(...COALITION_STAFF)
  setPartnerDistricts(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SetPartnerDistrictsInput) {
    return runMutation(ctx, input, (em) => service.setPartnerDistricts(ctx, em, input));
  }
}
