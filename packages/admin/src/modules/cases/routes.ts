import { defineModule } from "../../app/module";
import { CASE_ROLES } from "./roles";

export const casesModule = defineModule({
  id: "cases",
  routes: [
    { path: "/cases", name: "cases", component: () => import("./views/CaseListView.vue"), meta: { titleKey: "cases.list.title" } },
    { path: "/cases/new", name: "case-new", component: () => import("./views/CaseOpenView.vue"), meta: { titleKey: "cases.open.title" } },
    {
      path: "/cases/:id",
      name: "case",
      component: () => import("./views/CaseDetailView.vue"),
      props: true,
      meta: { titleKey: "cases.detail.title" },
    },
    {
      path: "/cases/:id/edit",
      name: "case-edit",
      component: () => import("./views/CaseEditView.vue"),
      props: true,
      meta: { titleKey: "cases.edit.title" },
    },
    {
      path: "/cases/:id/incidents/new",
      name: "incident-new",
      component: () => import("./views/IncidentFormView.vue"),
      props: true,
      meta: { titleKey: "cases.incident.title" },
    },
  ],
  nav: { route: "cases", labelKey: "nav.cases", roles: CASE_ROLES, order: 30 },
});
