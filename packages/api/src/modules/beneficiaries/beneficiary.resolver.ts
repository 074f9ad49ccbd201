import { IsUUID, Length } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import type { Context } from "../../core/context";
import { AnswersLink, AnswersPage } from "../../core/graphql/answer-plan";
import { type NodeFields, Reads, SelectedNodes } from "../../core/graphql/columns";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { linked } from "../../core/loaders";
import { Community } from "../geography/community.entity";
import { Unit } from "../organisation/unit.entity";
import { Program } from "../programs/program.entity";
import { Beneficiary, MINIMAL_VIEW } from "./beneficiary.entity";
import { BeneficiaryFilter, BeneficiarySort, CreateBeneficiaryInput, UpdateBeneficiaryInput } from "./beneficiary.inputs";
import * as service from "./beneficiary.service";
import { eraseThenVacuum } from "./erasure.service";

const READERS = [...PERSONAL_DATA, ...MINIMAL_VIEW];

@InputType({ description: "Whose personal data to erase, and why." })
class EraseBeneficiaryInput {
  @Field(() => ID, { description: "Which beneficiary." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field({ description: "Why (e.g. her written request of a date); no personal data. Kept in the audit log." })
  @Length(10, 500, { message: "Give a reason of 10 to 500 characters." })
  reason: string;
}

const BeneficiaryConnection = connectionType(Beneficiary, "Beneficiary", READERS);

@ObjectType({ description: "Result of a mutation on a beneficiary." })
@Allow(...PERSONAL_DATA)
class BeneficiaryPayload {
  @Field(() => Beneficiary, { nullable: true, description: "The beneficiary as saved; null when refused." })
  beneficiary?: Beneficiary;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Query(() => BeneficiaryConnection, { description: "Beneficiaries the viewer may see; case workers see those of their units." })
  @Allow(...READERS)
  @AnswersPage(service.beneficiaryList)
  beneficiaries(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => BeneficiaryFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: BeneficiaryFilter,
    @Arg("sort", () => BeneficiarySort, { nullable: true, description: "Order of the items; ties are broken by id." })
    sort?: BeneficiarySort,
    @SelectedNodes() nodes?: NodeFields,
  ) {
    return service.listBeneficiaries(ctx, filter, sort, page, nodes);
  }

  @Query(() => Beneficiary, { description: "One beneficiary by id; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...READERS)
  beneficiary(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readBeneficiary(ctx, id);
  }

  @Mutation(() => BeneficiaryPayload, { description: "Registers a woman; her pseudonymous code is assigned." })
  @Allow(...PERSONAL_DATA)
  createBeneficiary(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateBeneficiaryInput) {
    return runMutation(ctx, input, (em) => service.createBeneficiary(ctx, em, input));
  }

  @Mutation(() => BeneficiaryPayload, { description: "Changes a beneficiary; refused with CONFLICT when `version` is stale." })
  @Allow(...PERSONAL_DATA)
  updateBeneficiary(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateBeneficiaryInput) {
    return runMutation(ctx, input, (em) => service.updateBeneficiary(ctx, em, input));
  }

  @Mutation(() => BeneficiaryPayload, { description: "Archives a beneficiary (hidden from lists, kept in full)." })
  @Allow(...PERSONAL_DATA)
  archiveBeneficiary(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveBeneficiary(ctx, em, input.id, true));
  }

  @Mutation(() => BeneficiaryPayload, { description: "Brings an archived beneficiary back." })
  @Allow(...PERSONAL_DATA)
  restoreBeneficiary(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveBeneficiary(ctx, em, input.id, false));
  }

  @Mutation(() => BeneficiaryPayload, {
    description:
      "Erases her personal data and every narrative about her at her request (the right to be forgotten); coded facts stay under an anonymous code so totals do not change. Audited; cannot be undone.",
  })
  @Allow("ADMIN")
  eraseBeneficiary(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: EraseBeneficiaryInput) {
    return eraseThenVacuum(ctx, input);
  }

  @FieldResolver(() => Community, { description: "Community she lives in." })
  @Reads("communityId")
  @AnswersLink(Community, "communityId")
  community(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Community, "Community").load(b.communityId);
  }

  @FieldResolver(() => Unit, { description: "Unit that registered her." })
  @Reads("unitId")
  @AnswersLink(Unit, "unitId")
  unit(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(b.unitId);
  }

  @FieldResolver(() => [Program], { description: "Programmes she takes part in." })
  @Reads()
  programs(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return linked(ctx, "beneficiary_program", "beneficiary_id", "program_id", Program, "Program").load(b.id);
  }
}
