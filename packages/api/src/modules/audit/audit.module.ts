import { defineModule } from "../../core/module";
import { AuditEventResolver } from "./audit.resolver";

/** Reading the audit log. */
export const auditModule = defineModule({
  name: "audit",
  resolvers: [AuditEventResolver],
});
