import { seedAssistance } from "../../../seed/assistance";
import { defineModule } from "../../core/module";
import { Case, CaseRiskChange } from "./case.entity";
import { CaseResolver, IncidentResolver } from "./case.resolver";
import { Incident } from "./incident.entity";

/** Cases and incidents (the demo step also loads consent, services, referrals and shelter stays). */
export const casesModule = defineModule({
  name: "cases",
  resolvers: [CaseResolver, IncidentResolver],
  entities: [Case, CaseRiskChange, Incident],
  demoData: seedAssistance,
});
