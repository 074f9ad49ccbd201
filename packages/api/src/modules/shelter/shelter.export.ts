import { HEADINGS } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { beneficiaryCodeSql } from "../beneficiaries/beneficiary.export";
import { unitNameSql } from "../organisation/unit.service";
import { shelterStayList } from "./shelter.service";
import type { ShelterStay } from "./shelter-stay.entity";

/** `/exports/shelter-stays.csv`: stays by bed and days (notes stay in the file). */
export const shelterStayExport = defineExport<object, string, ShelterStay>({
  name: "shelter-stays",
  root: "shelterStays",
  list: shelterStayList,
  columns: [
    { field: "id", heading: HEADINGS.id },
    { field: "beneficiary", heading: HEADINGS.beneficiaryCode, sql: beneficiaryCodeSql("s.beneficiary_id") },
    { field: "unit", heading: HEADINGS.unit, sql: unitNameSql("s.unit_id") },
    { field: "bed", heading: { tg: "Кат", ru: "Койка", en: "Bed" }, sql: "(SELECT eb.code FROM shelter_bed eb WHERE eb.id = s.bed_id)" },
    { field: "admittedOn", heading: { tg: "Санаи қабул", ru: "Дата поступления", en: "Admitted on" } },
    { field: "plannedDischargeOn", heading: { tg: "Баромади пешбинишуда", ru: "Плановая выписка", en: "Planned discharge on" } },
    { field: "dischargedOn", heading: { tg: "Санаи баромад", ru: "Дата выписки", en: "Discharged on" } },
    { field: "accompanyingChildren", heading: { tg: "Кӯдакони ҳамроҳ", ru: "Сопровождающие дети", en: "Accompanying children" } },
  ],
});
