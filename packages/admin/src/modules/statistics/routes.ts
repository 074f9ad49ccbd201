import { defineModule } from "../../app/module";
import { STATISTICS_READERS } from "../coalition/roles";

export const statisticsModule = defineModule({
  id: "statistics",
  routes: [
    {
      path: "/statistics",
      name: "statistics",
      component: () => import("./views/StatisticsView.vue"),
      meta: { titleKey: "statistics.title", roles: STATISTICS_READERS },
    },
  ],
  nav: { route: "statistics", labelKey: "nav.statistics", roles: STATISTICS_READERS, order: 64 },
});
