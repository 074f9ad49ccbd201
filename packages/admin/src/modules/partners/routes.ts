import { defineModule } from "../../app/module";
import { COALITION_EDITORS, COALITION_READERS } from "../coalition/roles";

export const partnersModule = defineModule({
  id: "partners",
  routes: [
    {
      path: "/partners",
      name: "partners",
      component: () => import("./views/PartnerListView.vue"),
      meta: { titleKey: "partners.list.title" },
    },
    {
      path: "/partners/new",
      name: "partner-new",
      component: () => import("./views/PartnerFormView.vue"),
      meta: { titleKey: "partners.form.newTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/partners/:id",
      name: "partner",
      component: () => import("./views/PartnerDetailView.vue"),
      props: true,
      meta: { titleKey: "partners.detail.title" },
    },
    {
      path: "/partners/:id/edit",
      name: "partner-edit",
      component: () => import("./views/PartnerFormView.vue"),
      props: true,
      meta: { titleKey: "partners.form.editTitle", roles: COALITION_EDITORS },
    },
  ],
  nav: { route: "partners", labelKey: "nav.partners", roles: COALITION_READERS, order: 61 },
});
