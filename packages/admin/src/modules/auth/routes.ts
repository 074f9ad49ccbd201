import type { RouteRecordRaw } from "vue-router";

export const authRoutes: RouteRecordRaw[] = [
  {
    path: "/sign-in",
    name: "sign-in",
    component: () => import("./views/SignInView.vue"),
    meta: { public: true, guestOnly: true, titleKey: "signIn.title" },
  },
];
