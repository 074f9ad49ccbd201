import { defineModule } from "../../app/module";
import { STAFF_MANAGERS } from "../users/routes";

export const apiKeysModule = defineModule({
  id: "api-keys",
  routes: [
    {
      path: "/api-keys",
      name: "api-keys",
      component: () => import("./views/ApiKeyListView.vue"),
      meta: { titleKey: "api-keys.list.title", roles: STAFF_MANAGERS },
    },
    {
      path: "/api-keys/new",
      name: "api-key-new",
      component: () => import("./views/ApiKeyFormView.vue"),
      meta: { titleKey: "api-keys.form.title", roles: STAFF_MANAGERS },
    },
  ],
  nav: { route: "api-keys", labelKey: "nav.apiKeys", roles: STAFF_MANAGERS, order: 82 },
});
