import { defineModule } from "../../app/module";

// A placeholder route: its screens are built in their own issue; the route, its navigation entry
// and the roles that land on it are fixed here so the shell and the tests know them.
export const groupsModule = defineModule({
  id: "groups",
  routes: [
    {
      path: "/groups",
      name: "groups",
      component: () => import("../../components/PlaceholderView.vue"),
      meta: { titleKey: "nav.groups" },
    },
  ],
  nav: { route: "groups", labelKey: "nav.groups", roles: ["FACILITATOR"], order: 40 },
  homeFor: ["FACILITATOR"],
});
