import { defineModule } from "../../app/module";
import { GROUP_STAFF } from "../groups/roles";

export const supportServicesModule = defineModule({
  id: "support-services",
  texts: ["support-services", "groups"],
  routes: [
    {
      path: "/support-services",
      name: "support-services",
      component: () => import("./views/SupportServiceListView.vue"),
      meta: { titleKey: "support-services.list.title", roles: GROUP_STAFF },
    },
    {
      path: "/support-services/new",
      name: "support-service-new",
      component: () => import("./views/SupportServiceFormView.vue"),
      meta: { titleKey: "support-services.form.newTitle", roles: GROUP_STAFF },
    },
    {
      path: "/support-services/:id",
      name: "support-service",
      component: () => import("./views/SupportServiceDetailView.vue"),
      props: true,
      meta: { titleKey: "support-services.detail.title", roles: GROUP_STAFF },
    },
    {
      path: "/support-services/:id/edit",
      name: "support-service-edit",
      component: () => import("./views/SupportServiceFormView.vue"),
      props: true,
      meta: { titleKey: "support-services.form.editTitle", roles: GROUP_STAFF },
    },
  ],
  nav: { route: "support-services", labelKey: "nav.supportServices", roles: GROUP_STAFF, order: 42 },
});
