import { defineModule } from "../../app/module";
import { CASE_STAFF } from "../../components/casework/roles";

export const servicesModule = defineModule({
  id: "services",
  routes: [
    {
      path: "/services",
      name: "services",
      component: () => import("./views/ServiceListView.vue"),
      meta: { titleKey: "services.list.title" },
    },
    {
      // ?beneficiaryId=…&caseId=… when opened from her page or her case.
      path: "/services/new",
      name: "service-new",
      component: () => import("./views/ServiceFormView.vue"),
      meta: { titleKey: "services.form.newTitle", roles: CASE_STAFF },
    },
    {
      path: "/services/:id",
      name: "service",
      component: () => import("./views/ServiceDetailView.vue"),
      props: true,
      meta: { titleKey: "services.detail.title" },
    },
    {
      path: "/services/:id/edit",
      name: "service-edit",
      component: () => import("./views/ServiceFormView.vue"),
      props: true,
      meta: { titleKey: "services.form.editTitle" },
    },
  ],
  nav: { route: "services", labelKey: "nav.services", roles: CASE_STAFF, order: 30 },
});
