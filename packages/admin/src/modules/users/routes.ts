import type { Role } from "@nk/shared";
import { defineModule } from "../../app/module";

/** Staff accounts, partner keys and the audit log are the admin's alone (as the API says). */
export const STAFF_MANAGERS: readonly Role[] = ["ADMIN"];

export const usersModule = defineModule({
  id: "users",
  texts: ["users", "auth"],
  routes: [
    {
      path: "/users",
      name: "users",
      component: () => import("./views/UserListView.vue"),
      meta: { titleKey: "users.list.title", roles: STAFF_MANAGERS },
    },
    {
      path: "/users/new",
      name: "user-new",
      component: () => import("./views/UserPage.vue"),
      meta: { titleKey: "users.form.newTitle", roles: STAFF_MANAGERS },
    },
    {
      path: "/users/invite",
      name: "user-invite",
      component: () => import("./views/InviteUserView.vue"),
      meta: { titleKey: "users.invite.title", roles: STAFF_MANAGERS },
    },
    {
      // The invited person's page: public, in the sign-in look; the token is the only key.
      path: "/invite/:token",
      name: "accept-invitation",
      component: () => import("./views/AcceptInvitationView.vue"),
      props: true,
      meta: { public: true, titleKey: "users.accept.title" },
    },
    {
      path: "/users/:id",
      name: "user",
      component: () => import("./views/UserPage.vue"),
      props: true,
      meta: { titleKey: "users.form.editTitle", roles: STAFF_MANAGERS },
    },
  ],
  nav: { route: "users", labelKey: "nav.users", roles: STAFF_MANAGERS, order: 80 },
});
