import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { Unit } from "./unit.entity";
import { listUnits } from "./unit.service";

const UnitConnection = connectionType(Unit, "Unit", [...STAFF]);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: "NK's units, by code." })
  @Allow(...STAFF)
  units(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return listUnits(ctx, page);
  }

  @Query(() => Unit, { description: "One unit by id." })
  @Allow(...STAFF)
  async unit(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Unit, "Unit").load(id), "Unit");
  }
}
