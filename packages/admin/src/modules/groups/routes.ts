import { defineModule } from "../../app/module";
import { GROUP_OVERSEERS, GROUP_STAFF } from "./roles";

const staff = (titleKey: string) => ({ titleKey, roles: GROUP_STAFF });

/** The facilitator's home: her own groups with their next meetings. */
export const groupsModule = defineModule({
  id: "groups",
  routes: [
    {
      path: "/groups",
      name: "groups",
      component: () => import("./views/MyGroupsView.vue"),
      meta: { titleKey: "nav.groups" },
    },
    { path: "/groups/all", name: "group-list", component: () => import("./views/GroupListView.vue"), meta: staff("groups.list.title") },
    {
      path: "/groups/figures",
      name: "group-figures",
      component: () => import("./views/GroupFiguresView.vue"),
      meta: staff("groups.figures.title"),
    },
    { path: "/groups/new", name: "group-new", component: () => import("./views/GroupFormView.vue"), meta: staff("groups.form.newTitle") },
    {
      path: "/groups/:id",
      name: "group",
      component: () => import("./views/GroupDetailView.vue"),
      props: true,
      meta: staff("groups.detail.title"),
    },
    {
      path: "/groups/:id/edit",
      name: "group-edit",
      component: () => import("./views/GroupFormView.vue"),
      props: true,
      meta: staff("groups.form.editTitle"),
    },
    {
      path: "/groups/:id/meetings/new",
      name: "group-meeting-new",
      component: () => import("./views/MeetingFormView.vue"),
      props: true,
      meta: staff("groups.meeting.newTitle"),
    },
    {
      path: "/groups/:id/meetings/:meetingId",
      name: "group-meeting-edit",
      component: () => import("./views/MeetingFormView.vue"),
      props: true,
      meta: staff("groups.meeting.editTitle"),
    },
    {
      path: "/groups/:id/advocacy/new",
      name: "group-advocacy-new",
      component: () => import("./views/AdvocacyFormView.vue"),
      props: true,
      meta: staff("groups.advocacy.newTitle"),
    },
    {
      path: "/groups/:id/advocacy/:actionId",
      name: "group-advocacy-edit",
      component: () => import("./views/AdvocacyFormView.vue"),
      props: true,
      meta: staff("groups.advocacy.editTitle"),
    },
  ],
  nav: { route: "groups", labelKey: "nav.groups", roles: ["FACILITATOR"], order: 40 },
  homeFor: ["FACILITATOR"],
});

/** Every self-help group, for coordinators and admins (the routes are the groups module's). */
export const groupListModule = defineModule({
  id: "group-list",
  routes: [],
  nav: { route: "group-list", labelKey: "nav.groupList", roles: GROUP_OVERSEERS, order: 41 },
});
