import { defineModule } from "../../core/module";
import { auditExport } from "./audit.export";
import { AuditEventResolver } from "./audit.resolver";

/** Reading the audit log. */
export const auditModule = defineModule({
  name: "audit",
  resolvers: [AuditEventResolver],
  exports: [auditExport],
});
