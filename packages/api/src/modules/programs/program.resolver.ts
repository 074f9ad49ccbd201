import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { linked } from "../../core/loaders";
import { District } from "../geography/district.entity";
import { Unit } from "../organisation/unit.entity";
import { Indicator, IndicatorTarget } from "./indicator.entity";
import { computedActual } from "./measures.service";
import { Program } from "./program.entity";
import { CreateProgramInput, ProgramFilter, ProgramSort, SaveIndicatorInput, UpdateProgramInput } from "./program.inputs";
import * as service from "./program.service";

const ProgramConnection = connectionType(Program, "Program", [...STAFF]);

const EDITORS = ["ADMIN", "COORDINATOR"] as const;

@ObjectType({ description: "Result of a mutation on a programme." })
@Allow(...EDITORS)
class ProgramPayload {
  @Field(() => Program, { nullable: true, description: "The programme as saved; null when refused." })
  program?: Program;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of saving an indicator." })
@Allow(...EDITORS)
class IndicatorPayload {
  @Field(() => Indicator, { nullable: true, description: "The indicator as saved, with its targets; null when refused." })
  indicator?: Indicator;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Program)
export class ProgramResolver {
  @Mutation(() => ProgramPayload, { description: "Adds a programme." })
  @Allow(...EDITORS)
  createProgram(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateProgramInput) {
    return runMutation(ctx, input, (em) => service.createProgram(ctx, em, input));
  }

  @Mutation(() => ProgramPayload, { description: "Changes a programme; refused with CONFLICT when `version` is stale." })
  @Allow(...EDITORS)
  updateProgram(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateProgramInput) {
    return runMutation(ctx, input, (em) => service.updateProgram(ctx, em, input));
  }

  @Mutation(() => ProgramPayload, { description: "Archives a programme (hidden from lists, kept in full)." })
  @Allow(...EDITORS)
  archiveProgram(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveProgram(ctx, em, input.id, true));
  }

  @Mutation(() => ProgramPayload, { description: "Brings an archived programme back." })
  @Allow(...EDITORS)
  restoreProgram(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveProgram(ctx, em, input.id, false));
  }

  @Mutation(() => IndicatorPayload, { description: "Adds an indicator to a programme, or replaces one and its targets." })
  @Allow(...EDITORS)
  saveIndicator(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: SaveIndicatorInput) {
    return runMutation(ctx, input, (em) => service.saveIndicator(ctx, em, input));
  }

  @Query(() => ProgramConnection, { description: "NK's programmes, by code unless `sort` says otherwise." })
  @Allow(...STAFF)
  programs(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ProgramFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ProgramFilter,
    @Arg("sort", () => ProgramSort, { nullable: true, description: "Order of the items; ties are broken by id." }) sort?: ProgramSort,
  ) {
    return service.listPrograms(ctx, filter, sort ?? undefined, page);
  }

  @Query(() => Program, { description: "One programme by id." })
  @Allow(...STAFF)
  async program(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Program, "Program").load(id), "Program");
  }

  @FieldResolver(() => [Indicator], { description: "What the programme measures." })
  indicators(@Root() p: Program, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Indicator, "Indicator", "programId", { code: "ASC" }).load(p.id);
  }

  @FieldResolver(() => [Unit], { description: "Units that run the programme." })
  units(@Root() p: Program, @Ctx() ctx: Context) {
    return linked(ctx, "program_unit", "program_id", "unit_id", Unit, "Unit").load(p.id);
  }

  @FieldResolver(() => [District], { description: "Districts the programme works in." })
  districts(@Root() p: Program, @Ctx() ctx: Context) {
    return linked(ctx, "program_district", "program_id", "district_id", District, "District").load(p.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorTarget], { description: "Targets per period, earliest first." })
  targets(@Root() i: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(IndicatorTarget, "IndicatorTarget", "indicatorId", { periodStart: "ASC" }).load(i.id);
  }
}

@Resolver(() => IndicatorTarget)
export class IndicatorTargetResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Value reached: for an indicator with a measure, counted from the records for the period; otherwise as entered, once known. Null when unknown or suppressed.",
  })
  async actual(@Root() target: IndicatorTarget, @Ctx() ctx: Context) {
    const computed = await computedActual(ctx, target.id);
    return computed ? computed.count : target.actual;
  }

  @FieldResolver(() => Boolean, {
    description: "True when the computed count of women is too small to show to the viewer (below the internal floor), so actual is null.",
  })
  async actualSuppressed(@Root() target: IndicatorTarget, @Ctx() ctx: Context) {
    return (await computedActual(ctx, target.id))?.suppressed ?? false;
  }
}
