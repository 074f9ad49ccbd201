import { defineModule } from "../../app/module";
import { COALITION_EDITORS, COALITION_READERS } from "../coalition/roles";

export const forumsModule = defineModule({
  id: "forums",
  texts: ["forums", "campaigns"],
  routes: [
    { path: "/forums", name: "forums", component: () => import("./views/ForumListView.vue"), meta: { titleKey: "forums.list.title" } },
    {
      path: "/forums/new",
      name: "forum-new",
      component: () => import("./views/ForumFormView.vue"),
      meta: { titleKey: "forums.form.newTitle", roles: COALITION_EDITORS },
    },
    {
      path: "/forums/:id",
      name: "forum",
      component: () => import("./views/ForumDetailView.vue"),
      props: true,
      meta: { titleKey: "forums.detail.title" },
    },
    {
      path: "/forums/:id/edit",
      name: "forum-edit",
      component: () => import("./views/ForumFormView.vue"),
      props: true,
      meta: { titleKey: "forums.form.editTitle", roles: COALITION_EDITORS },
    },
  ],
  nav: { route: "forums", labelKey: "nav.forums", roles: COALITION_READERS, order: 63 },
});
