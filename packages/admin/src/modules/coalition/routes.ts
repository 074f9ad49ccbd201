import { defineModule } from "../../app/module";
import { COALITION_EDITORS, COALITION_READERS } from "./roles";

export const coalitionModule = defineModule({
  id: "coalition",
  routes: [
    { path: "/coalition", name: "coalition", component: () => import("./views/CoalitionView.vue"), meta: { titleKey: "coalition.title" } },
    {
      path: "/coalition/councils/new",
      name: "council-new",
      component: () => import("./views/CouncilFormView.vue"),
      meta: { titleKey: "coalition.form.newTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/coalition/councils/:id/edit",
      name: "council-edit",
      component: () => import("./views/CouncilFormView.vue"),
      props: true,
      meta: { titleKey: "coalition.form.editTitle", roles: COALITION_EDITORS },
    },
  ],
  nav: { route: "coalition", labelKey: "nav.coalition", roles: COALITION_READERS, order: 60 },
});
