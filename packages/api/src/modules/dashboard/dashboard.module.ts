import { defineModule } from "../../core/module";
import { DashboardResolver } from "./dashboard.resolver";

/** NK's own figures for coordinators, the admin and (floored) analysts, in one query. */
export const dashboardModule = defineModule({
  name: "dashboard",
  resolvers: [DashboardResolver],
});
