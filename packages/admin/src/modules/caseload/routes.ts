import { defineModule } from "../../app/module";

// A placeholder route: its screens are built in their own issue; the route, its navigation entry
// and the roles that land on it are fixed here so the shell and the tests know them.
export const caseloadModule = defineModule({
  id: "caseload",
  routes: [
    {
      path: "/caseload",
      name: "caseload",
      component: () => import("../../components/PlaceholderView.vue"),
      meta: { titleKey: "nav.caseload" },
    },
  ],
  nav: { route: "caseload", labelKey: "nav.caseload", roles: ["CASE_WORKER"], order: 20 },
  homeFor: ["CASE_WORKER"],
});
