import { seedAssistance } from "../../../seed/assistance";
import { defineModule } from "../../core/module";
import { Case, CaseRiskChange } from "./case.entity";
import { caseExport } from "./case.export";
import { BeneficiaryCasesResolver, CaseResolver, IncidentResolver } from "./case.resolver";
import { CaseClosureStepResolver, CaseHistoryResolver, CaseNoteResolver, CaseRiskChangeResolver } from "./case-history.resolver";
import { CaseNote } from "./case-note.entity";
import { CaseWorkerResolver } from "./case-worker.resolver";
import { CaseClosureStep } from "./closure-step.entity";
import { Incident } from "./incident.entity";

/** Cases and incidents (the demo step also loads consent, services, referrals and shelter stays). */
export const casesModule = defineModule({
  name: "cases",
  resolvers: [
    CaseResolver,
    BeneficiaryCasesResolver,
    IncidentResolver,
    CaseHistoryResolver,
    CaseRiskChangeResolver,
    CaseClosureStepResolver,
    CaseNoteResolver,
    CaseWorkerResolver,
  ],
  entities: [Case, CaseRiskChange, Incident, CaseClosureStep, CaseNote],
  exports: [caseExport],
  demoData: seedAssistance,
});
