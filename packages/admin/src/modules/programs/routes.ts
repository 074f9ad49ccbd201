import { defineModule } from "../../app/module";
import { PROGRAM_EDITORS, PROGRAM_READERS } from "./roles";

export const programsModule = defineModule({
  id: "programs",
  routes: [
    {
      path: "/programmes",
      name: "programs",
      component: () => import("./views/ProgramListView.vue"),
      meta: { titleKey: "programs.list.title" },
    },
    {
      path: "/programmes/new",
      name: "program-new",
      component: () => import("./views/ProgramFormView.vue"),
      meta: { titleKey: "programs.form.newTitle", roles: PROGRAM_EDITORS },
    },
    {
      path: "/programmes/:id",
      name: "program",
      component: () => import("./views/ProgramDetailView.vue"),
      props: true,
      meta: { titleKey: "programs.detail.title" },
    },
    {
      path: "/programmes/:id/edit",
      name: "program-edit",
      component: () => import("./views/ProgramFormView.vue"),
      props: true,
      meta: { titleKey: "programs.form.editTitle", roles: PROGRAM_EDITORS },
    },
    {
      path: "/programmes/:programId/indicators/new",
      name: "indicator-new",
      component: () => import("./views/IndicatorFormView.vue"),
      props: true,
      meta: { titleKey: "programs.indicator.newTitle", roles: PROGRAM_EDITORS },
    },
    {
      path: "/programmes/:programId/indicators/:indicatorId",
      name: "indicator-edit",
      component: () => import("./views/IndicatorFormView.vue"),
      props: true,
      meta: { titleKey: "programs.indicator.editTitle", roles: PROGRAM_EDITORS },
    },
  ],
  nav: { route: "programs", labelKey: "nav.programs", roles: PROGRAM_READERS, order: 50 },
});
