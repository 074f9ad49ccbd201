import { defineModule } from "../../app/module";
import { SHELTER_STAFF } from "./roles";

export const shelterModule = defineModule({
  id: "shelter",
  routes: [
    {
      path: "/shelter",
      name: "shelter",
      component: () => import("./views/ShelterBoardView.vue"),
      meta: { titleKey: "shelter.board.title" },
    },
    {
      path: "/shelter/admit",
      name: "shelter-admit",
      component: () => import("./views/ShelterAdmitView.vue"),
      meta: { titleKey: "shelter.admit.title" },
    },
    {
      path: "/shelter/stays",
      name: "shelter-stays",
      component: () => import("./views/ShelterStaysView.vue"),
      meta: { titleKey: "shelter.stays.title" },
    },
    {
      path: "/shelter/occupancy",
      name: "shelter-occupancy",
      component: () => import("./views/ShelterOccupancyView.vue"),
      meta: { titleKey: "shelter.occupancy.title" },
    },
  ],
  nav: { route: "shelter", labelKey: "nav.shelter", roles: SHELTER_STAFF, order: 40 },
});
