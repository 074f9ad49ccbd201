import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { dashboard } from "./dashboard.service";
import { DASHBOARD_READERS, Dashboard, DashboardScope } from "./dashboard.types";

@Resolver()
export class DashboardResolver {
  @Query(() => Dashboard, {
    description:
      "NK's figures in one request, for a period and optionally a district. Coordinators and admins see every count; analysts whole months only, with small counts suppressed.",
  })
  @Allow(...DASHBOARD_READERS)
  dashboard(@Ctx() ctx: Context, @Arg("scope", () => DashboardScope, { description: "Period and district." }) scope: DashboardScope) {
    return dashboard(ctx, scope);
  }
}
