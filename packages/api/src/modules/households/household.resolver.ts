import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import type { Context } from "../../core/context";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";
import { Household, HouseholdMember } from "./household.entity";
import {
  AddHouseholdMemberInput,
  CreateHouseholdInput,
  RemoveHouseholdMemberInput,
  SetHouseholdHeadInput,
  UpdateHouseholdInput,
} from "./household.inputs";
import * as service from "./household.service";

@ObjectType({ description: "Result of a change to a household." })
@Allow(...PERSONAL_DATA)
class HouseholdPayload {
  @Field(() => Household, { nullable: true, description: "The household as saved; null when refused." })
  household?: Household;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, {
    description: "One household by id; NOT_FOUND when missing or when the viewer reaches none of its members. Audited.",
  })
  @Allow(...PERSONAL_DATA)
  household(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readHousehold(ctx, id);
  }

  @Mutation(() => HouseholdPayload, { description: "Records the household a woman lives in, with her as its first member." })
  @Allow(...PERSONAL_DATA)
  createHousehold(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateHouseholdInput) {
    return runMutation(ctx, input, (em) => service.createHousehold(ctx, em, input));
  }

  @Mutation(() => HouseholdPayload, { description: "Changes a household; refused with CONFLICT when `version` is stale." })
  @Allow(...PERSONAL_DATA)
  updateHousehold(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateHouseholdInput) {
    return runMutation(ctx, input, (em) => service.updateHousehold(ctx, em, input));
  }

  @Mutation(() => HouseholdPayload, {
    description: "A woman comes to live in a household of her community; she may live in one at a time. CONFLICT on a stale version.",
  })
  @Allow(...PERSONAL_DATA)
  addHouseholdMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AddHouseholdMemberInput) {
    return runMutation(ctx, input, (em) => service.addMember(ctx, em, input));
  }

  @Mutation(() => HouseholdPayload, {
    description: "A woman leaves a household; she stays listed as a former member. The head leaving leaves it without a registered head.",
  })
  @Allow(...PERSONAL_DATA)
  removeHouseholdMember(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RemoveHouseholdMemberInput) {
    return runMutation(ctx, input, (em) => service.removeMember(ctx, em, input));
  }

  @Mutation(() => HouseholdPayload, { description: "Names the head of a household (a current member), or none registered with NK." })
  @Allow(...PERSONAL_DATA)
  setHouseholdHead(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SetHouseholdHeadInput) {
    return runMutation(ctx, input, (em) => service.setHead(ctx, em, input));
  }

  @FieldResolver(() => Community, { description: "Community it lives in." })
  community(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Community, "Community").load(h.communityId);
  }

  @FieldResolver(() => Beneficiary, {
    nullable: true,
    description: "Its head, when she is a woman registered with NK whom the viewer reaches; null otherwise (e.g. her husband heads it).",
  })
  head(@Root() h: Household, @Ctx() ctx: Context) {
    return service.headOf(ctx, h);
  }

  @FieldResolver(() => [HouseholdMember], {
    description: "The women who live or lived in it and whom the viewer reaches: current members first, then former ones.",
  })
  members(@Root() h: Household, @Ctx() ctx: Context) {
    return service.membersOf(ctx, h.id);
  }

  @FieldResolver(() => Int, { description: "People living in it now: its current members and its children." })
  size(@Root() h: Household, @Ctx() ctx: Context) {
    return service.sizeOf(ctx, h);
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @FieldResolver(() => Beneficiary, { description: "The woman." })
  beneficiary(@Root() m: HouseholdMember, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(m.beneficiaryId);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryHouseholdResolver {
  @FieldResolver(() => Household, { nullable: true, description: "The household she lives in now, if recorded. Personal data." })
  @Allow(...PERSONAL_DATA)
  household(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return service.householdOf(ctx, b.id);
  }
}
