import { defineModule } from "../../app/module";
import { COALITION_EDITORS, COALITION_READERS } from "../coalition/roles";

export const campaignsModule = defineModule({
  id: "campaigns",
  texts: ["campaigns", "partners"],
  routes: [
    {
      path: "/campaigns",
      name: "campaigns",
      component: () => import("./views/CampaignListView.vue"),
      meta: { titleKey: "campaigns.list.title" },
    },
    {
      path: "/campaigns/new",
      name: "campaign-new",
      component: () => import("./views/CampaignFormView.vue"),
      meta: { titleKey: "campaigns.form.newTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/campaigns/:id",
      name: "campaign",
      component: () => import("./views/CampaignDetailView.vue"),
      props: true,
      meta: { titleKey: "campaigns.detail.title" },
    },
    {
      path: "/campaigns/:id/edit",
      name: "campaign-edit",
      component: () => import("./views/CampaignFormView.vue"),
      props: true,
      meta: { titleKey: "campaigns.form.editTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/campaigns/:campaignId/activities/new",
      name: "campaign-activity-new",
      component: () => import("./views/ActivityFormView.vue"),
      props: true,
      meta: { titleKey: "campaigns.activity.newTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/campaigns/:campaignId/activities/:activityId",
      name: "campaign-activity-edit",
      component: () => import("./views/ActivityFormView.vue"),
      props: true,
      meta: { titleKey: "campaigns.activity.editTitle", roles: COALITION_EDITORS },
    },
  ],
  nav: { route: "campaigns", labelKey: "nav.campaigns", roles: COALITION_READERS, order: 62 },
});
