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
  ],
});
