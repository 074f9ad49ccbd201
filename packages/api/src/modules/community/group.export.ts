import { HEADINGS } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { communityNameSql } from "../geography/geography.service";
import type { SelfHelpGroup } from "./group.entity";
import { groupList } from "./group.service";

/** `/exports/self-help-groups.csv`: the groups, their community, founding day and stage. */
export const groupExport = defineExport<object, string, SelfHelpGroup>({
  name: "self-help-groups",
  root: "selfHelpGroups",
  list: groupList,
  columns: [
    { field: "id", heading: HEADINGS.id },
    { field: "name", heading: { tg: "Номи гурӯҳ", ru: "Название группы", en: "Group name" } },
    { field: "community", heading: HEADINGS.community, sql: communityNameSql("g.community_id") },
    { field: "foundedOn", heading: { tg: "Санаи таъсис", ru: "Дата основания", en: "Founded on" } },
    { field: "stage", heading: { tg: "Марҳила", ru: "Этап", en: "Stage" } },
  ],
});
