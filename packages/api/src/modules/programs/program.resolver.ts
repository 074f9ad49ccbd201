import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs, paginate } from "../../core/graphql/connection";
import { linked } from "../../core/loaders";
import { whereTextMatches } from "../../core/text";
import { District } from "../geography/district.entity";
import { Unit } from "../organisation/unit.entity";
import { Indicator, IndicatorTarget } from "./indicator.entity";
import { Program } from "./program.entity";

const ProgramConnection = connectionType(Program, "Program", [...STAFF]);

@InputType({ description: "Narrows a list of programmes." })
class ProgramFilter {
  @Field({ nullable: true, description: "Text in the code, title or goal." })
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only programmes this unit takes part in." })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived programmes instead of current ones." })
  archived?: boolean;
}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: "NK's programmes, by code." })
  @Allow(...STAFF)
  programs(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ProgramFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ProgramFilter,
  ) {
    const q = ctx.db.getRepository(Program).createQueryBuilder("p");
    q.where(filter?.archived ? "p.archived_at IS NOT NULL" : "p.archived_at IS NULL");
    whereTextMatches(q, ["p.code", "p.title", "p.goal"], filter?.search);
    if (filter?.unitId)
      q.andWhere("EXISTS (SELECT 1 FROM program_unit pu WHERE pu.program_id = p.id AND pu.unit_id = :unitId)", { unitId: filter.unitId });
    return paginate(q, "p", { expression: "p.code", direction: "ASC" }, page);
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
