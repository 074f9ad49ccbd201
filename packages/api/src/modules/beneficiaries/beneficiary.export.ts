import { HEADINGS } from "../../core/export/columns";
import { defineExport, type ExportColumn } from "../../core/export/csv-export";
import { communityNameSql } from "../geography/geography.service";
import { unitNameSql } from "../organisation/unit.service";
import type { Beneficiary } from "./beneficiary.entity";
import { beneficiaryList } from "./beneficiary.service";

/**
 * `/exports/beneficiaries.csv`: the women of the list. Trainers and facilitators get the code and
 * the first name only (the other fields are personal data), as in the GraphQL list.
 */
export const beneficiaryExport = defineExport<object, string, Beneficiary>({
  name: "beneficiaries",
  root: "beneficiaries",
  list: beneficiaryList,
  columns: [
    { field: "code", heading: { tg: "Рамз", ru: "Код", en: "Code" } },
    { field: "firstName", heading: { tg: "Ном", ru: "Имя", en: "First name" } },
    { field: "lastName", heading: { tg: "Насаб", ru: "Фамилия", en: "Last name" } },
    { field: "patronymic", heading: { tg: "Номи падар", ru: "Отчество", en: "Patronymic" } },
    { field: "birthYear", heading: { tg: "Соли таваллуд", ru: "Год рождения", en: "Birth year" } },
    { field: "phone", heading: { tg: "Телефон", ru: "Телефон", en: "Phone" } },
    { field: "community", heading: HEADINGS.community, sql: communityNameSql("b.community_id") },
    { field: "unit", heading: HEADINGS.unit, sql: unitNameSql("b.unit_id") },
    { field: "status", heading: HEADINGS.status },
    { field: "vulnerabilities", heading: { tg: "Осебпазирӣ", ru: "Уязвимости", en: "Vulnerabilities" } },
    { field: "registeredOn", heading: { tg: "Санаи бақайдгирӣ", ru: "Дата регистрации", en: "Registered on" } },
  ],
});

/** For other lists' exports: the column `column` of the woman `beneficiaryId` (an SQL expression over their alias). */
const beneficiaryColumnSql = (beneficiaryId: string, column: string) =>
  `(SELECT eb.${column} FROM beneficiary eb WHERE eb.id = ${beneficiaryId})`;

/** For other lists' exports: the code of the woman `beneficiaryId` (an SQL expression over their alias). */
export const beneficiaryCodeSql = (beneficiaryId: string) => beneficiaryColumnSql(beneficiaryId, "code");

/**
 * For other lists' exports of women (enrolments, group members): her code and names, each by the
 * grants of the beneficiary's own field, so trainers and facilitators get the code and first name only.
 */
export const womanColumns = <T>(beneficiaryId: string): ExportColumn<T>[] => [
  { field: "code", of: "Beneficiary", heading: { tg: "Рамз", ru: "Код", en: "Code" }, sql: beneficiaryCodeSql(beneficiaryId) },
  {
    field: "firstName",
    of: "Beneficiary",
    heading: { tg: "Ном", ru: "Имя", en: "First name" },
    sql: beneficiaryColumnSql(beneficiaryId, "first_name"),
  },
  {
    field: "lastName",
    of: "Beneficiary",
    heading: { tg: "Насаб", ru: "Фамилия", en: "Last name" },
    sql: beneficiaryColumnSql(beneficiaryId, "last_name"),
  },
  {
    field: "patronymic",
    of: "Beneficiary",
    heading: { tg: "Номи падар", ru: "Отчество", en: "Patronymic" },
    sql: beneficiaryColumnSql(beneficiaryId, "patronymic"),
  },
];
