import { defineModule } from "../../app/module";

export const authModule = defineModule({
  id: "auth",
  routes: [
    {
      path: "/sign-in",
      name: "sign-in",
      component: () => import("./views/SignInView.vue"),
      meta: { public: true, guestOnly: true, titleKey: "signIn.title" },
    },
    {
      path: "/security",
      name: "security",
      component: () => import("./views/SecurityView.vue"),
      meta: { titleKey: "auth.security.title", duringEnrolment: true },
    },
  ],
});

/** The admin's view of sign-in locks, with "lift". */
export const loginLocksModule = defineModule({
  id: "login-locks",
  texts: ["auth"],
  routes: [
    {
      path: "/sign-in-locks",
      name: "login-locks",
      component: () => import("./views/LoginLocksView.vue"),
      meta: { titleKey: "auth.locks.title" },
    },
  ],
  nav: { route: "login-locks", labelKey: "nav.loginLocks", roles: ["ADMIN"], order: 90 },
});
