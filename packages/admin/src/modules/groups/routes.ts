import { defineModule } from "../../app/module";

export const groupsModule = defineModule({
  id: "groups",
  routes: [
    {
      path: "/groups",
      name: "groups",
      component: () => import("./views/MyGroupsView.vue"),
      meta: { titleKey: "nav.groups" },
    },
  ],
  nav: { route: "groups", labelKey: "nav.groups", roles: ["FACILITATOR"], order: 40 },
  homeFor: ["FACILITATOR"],
});
