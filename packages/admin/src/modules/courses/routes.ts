import { defineModule } from "../../app/module";

// A placeholder route: its screens are built in their own issue; the route, its navigation entry
// and the roles that land on it are fixed here so the shell and the tests know them.
export const coursesModule = defineModule({
  id: "courses",
  routes: [
    {
      path: "/courses",
      name: "courses",
      component: () => import("../../components/PlaceholderView.vue"),
      meta: { titleKey: "nav.courses" },
    },
  ],
  nav: { route: "courses", labelKey: "nav.courses", roles: ["TRAINER"], order: 30 },
  homeFor: ["TRAINER"],
});
