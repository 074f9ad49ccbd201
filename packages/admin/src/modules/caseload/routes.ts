import { defineModule } from "../../app/module";

export const caseloadModule = defineModule({
  id: "caseload",
  // Her cases' risks and the follow-ups she completes here speak the cases' and services' words.
  texts: ["caseload", "cases", "services"],
  routes: [
    {
      path: "/caseload",
      name: "caseload",
      component: () => import("./views/CaseloadView.vue"),
      meta: { titleKey: "nav.caseload" },
    },
  ],
  nav: { route: "caseload", labelKey: "nav.caseload", roles: ["CASE_WORKER"], order: 20 },
  homeFor: ["CASE_WORKER"],
});
