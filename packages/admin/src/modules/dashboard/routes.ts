import { defineModule } from "../../app/module";

export const dashboardModule = defineModule({
  id: "dashboard",
  routes: [
    {
      path: "/dashboard",
      name: "dashboard",
      component: () => import("./views/DashboardView.vue"),
      meta: { titleKey: "nav.dashboard", roles: ["ADMIN", "COORDINATOR", "ANALYST"] },
    },
  ],
  nav: { route: "dashboard", labelKey: "nav.dashboard", roles: ["ADMIN", "COORDINATOR", "ANALYST"], order: 10 },
  homeFor: ["ADMIN", "COORDINATOR", "ANALYST"],
});
