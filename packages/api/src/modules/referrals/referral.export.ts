import { HEADINGS } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { beneficiaryCodeSql } from "../beneficiaries/beneficiary.export";
import { unitNameSql } from "../organisation/unit.service";
import type { Referral } from "./referral.entity";
import { referralList } from "./referral.service";

/** `/exports/referrals.csv`: referrals by receiver, status and day (reasons stay in the file). */
export const referralExport = defineExport<object, string, Referral>({
  name: "referrals",
  root: "referrals",
  list: referralList,
  columns: [
    { field: "id", heading: HEADINGS.id },
    { field: "beneficiary", heading: HEADINGS.beneficiaryCode, sql: beneficiaryCodeSql("r.beneficiary_id") },
    { field: "unit", heading: HEADINGS.unit, sql: unitNameSql("r.unit_id") },
    { field: "receiverKind", heading: { tg: "Намуди қабулкунанда", ru: "Тип получателя", en: "Receiver kind" } },
    {
      field: "partner",
      heading: { tg: "Қабулкунанда", ru: "Получатель", en: "Receiver" },
      sql: "(SELECT ep.name FROM partner ep WHERE ep.id = r.partner_id)",
    },
    { field: "receiverName", heading: { tg: "Номи қабулкунанда", ru: "Название получателя", en: "Receiver name" } },
    {
      field: "sharesPersonalData",
      heading: { tg: "Маълумоти шахсӣ дода мешавад", ru: "Передаются личные данные", en: "Shares personal data" },
    },
    { field: "status", heading: HEADINGS.status },
    { field: "referredAt", heading: { tg: "Санаи равона кардан", ru: "Дата направления", en: "Referred at" } },
  ],
});
