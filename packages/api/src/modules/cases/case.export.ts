import { HEADINGS } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { beneficiaryCodeSql } from "../beneficiaries/beneficiary.export";
import { unitNameSql } from "../organisation/unit.service";
import type { Case } from "./case.entity";
import { caseList } from "./case.service";

/** `/exports/cases.csv`: coded facts of the cases (no plan, notes or reasons: free text stays in the file). */
export const caseExport = defineExport<object, string, Case>({
  name: "cases",
  root: "cases",
  list: caseList,
  columns: [
    { field: "id", heading: HEADINGS.id },
    { field: "beneficiary", heading: HEADINGS.beneficiaryCode, sql: beneficiaryCodeSql("c.beneficiary_id") },
    { field: "unit", heading: HEADINGS.unit, sql: unitNameSql("c.unit_id") },
    { field: "status", heading: HEADINGS.status },
    { field: "stage", heading: { tg: "Марҳила", ru: "Этап", en: "Stage" } },
    { field: "riskLevel", heading: { tg: "Сатҳи хатар", ru: "Уровень риска", en: "Risk level" } },
    { field: "openedAt", heading: { tg: "Кушода шуд", ru: "Открыто", en: "Opened at" } },
    { field: "closedAt", heading: { tg: "Пӯшида шуд", ru: "Закрыто", en: "Closed at" } },
  ],
});
