import { defineModule } from "../../app/module";

// A placeholder route: its screens are built in their own issue; the route, its navigation entry
// and the roles that land on it are fixed here so the shell and the tests know them.
export const dashboardModule = defineModule({
  id: "dashboard",
  routes: [
    {
      path: "/dashboard",
      name: "dashboard",
      component: () => import("../../components/PlaceholderView.vue"),
      meta: { titleKey: "nav.dashboard" },
    },
  ],
  nav: { route: "dashboard", labelKey: "nav.dashboard", roles: ["ADMIN", "COORDINATOR", "ANALYST"], order: 10 },
  homeFor: ["ADMIN", "COORDINATOR", "ANALYST"],
});
