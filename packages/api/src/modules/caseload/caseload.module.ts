import { defineModule } from "../../core/module";
import { CaseloadResolver } from "./caseload.resolver";

/** A case worker's caseload at a glance. */
export const caseloadModule = defineModule({
  name: "caseload",
  resolvers: [CaseloadResolver],
});
