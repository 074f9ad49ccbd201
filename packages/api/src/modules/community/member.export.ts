import { defineExport } from "../../core/export/csv-export";
import { womanColumns } from "../beneficiaries/beneficiary.export";
import type { GroupMembership } from "./group.entity";
import { memberList } from "./member.service";

/**
 * `/exports/group-members.csv`: the women of a group (`filter.groupId`) with the days they joined
 * and left. Facilitators get the code and first name only, by the beneficiary fields' own grants.
 */
export const memberExport = defineExport<object, string, GroupMembership>({
  name: "group-members",
  root: "groupMembers",
  list: memberList,
  columns: [
    {
      field: "group",
      heading: { tg: "Гурӯҳ", ru: "Группа", en: "Group" },
      sql: "(SELECT eg.name FROM self_help_group eg WHERE eg.id = m.group_id)",
    },
    ...womanColumns("m.beneficiary_id"),
    { field: "joinedOn", heading: { tg: "Санаи воридшавӣ", ru: "Дата вступления", en: "Joined on" } },
    { field: "leftOn", heading: { tg: "Санаи баромадан", ru: "Дата выхода", en: "Left on" } },
  ],
});
