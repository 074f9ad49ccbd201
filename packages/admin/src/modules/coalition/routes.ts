import { defineModule } from "../../app/module";
import { COALITION_READERS } from "./roles";

export const coalitionModule = defineModule({
  id: "coalition",
  routes: [
    { path: "/coalition", name: "coalition", component: () => import("./views/CoalitionView.vue"), meta: { titleKey: "coalition.title" } },
  ],
  nav: { route: "coalition", labelKey: "nav.coalition", roles: COALITION_READERS, order: 60 },
});
