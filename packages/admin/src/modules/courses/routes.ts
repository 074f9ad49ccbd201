import { defineModule } from "../../app/module";

export const coursesModule = defineModule({
  id: "courses",
  routes: [
    {
      path: "/courses",
      name: "courses",
      component: () => import("./views/MyCoursesView.vue"),
      meta: { titleKey: "nav.courses" },
    },
  ],
  nav: { route: "courses", labelKey: "nav.courses", roles: ["TRAINER"], order: 30 },
  homeFor: ["TRAINER"],
});
