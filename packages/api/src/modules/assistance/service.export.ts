import { HEADINGS } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { beneficiaryCodeSql } from "../beneficiaries/beneficiary.export";
import { unitNameSql } from "../organisation/unit.service";
import type { Service } from "./service.entity";
import { serviceList } from "./service.service";

/** `/exports/services.csv`: services given, by kind, subtype, day and outcome (notes stay in the file). */
export const serviceExport = defineExport<object, string, Service>({
  name: "services",
  root: "services",
  list: serviceList,
  columns: [
    { field: "id", heading: HEADINGS.id },
    { field: "beneficiary", heading: HEADINGS.beneficiaryCode, sql: beneficiaryCodeSql("s.beneficiary_id") },
    { field: "unit", heading: HEADINGS.unit, sql: unitNameSql("s.unit_id") },
    { field: "kind", heading: { tg: "Намуди кумак", ru: "Вид помощи", en: "Kind" } },
    { field: "subtype", heading: { tg: "Зернамуд", ru: "Подвид", en: "Subtype" } },
    { field: "providedOn", heading: { tg: "Санаи расонидан", ru: "Дата оказания", en: "Provided on" } },
    { field: "outcome", heading: { tg: "Натиҷа", ru: "Результат", en: "Outcome" } },
    { field: "followUpDueOn", heading: { tg: "Мӯҳлати пайгирӣ", ru: "Срок контроля", en: "Follow-up due on" } },
    { field: "followUpDoneAt", heading: { tg: "Пайгирӣ анҷом ёфт", ru: "Контроль выполнен", en: "Follow-up done at" } },
  ],
});
