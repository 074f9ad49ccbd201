import { defineModule } from "../../app/module";
import { STAFF_MANAGERS } from "../users/routes";

export const auditModule = defineModule({
  id: "audit",
  routes: [
    {
      path: "/audit",
      name: "audit",
      component: () => import("./views/AuditLogView.vue"),
      meta: { titleKey: "audit.title", roles: STAFF_MANAGERS },
    },
  ],
  nav: { route: "audit", labelKey: "nav.audit", roles: STAFF_MANAGERS, order: 84 },
});
