import type { RequestContext } from "../../core/context";
import { nameIn } from "../../core/export/columns";
import type { ExportLanguage } from "../../core/export/csv-export";
import type { PageArgs } from "../../core/graphql/connection";
import { defineList } from "../../core/graphql/list";
import { declareReach, openReach } from "../../core/reach";
import { Unit } from "./unit.entity";

declareReach(Unit, openReach("Unit"));

/** NK's units, by code. */
export const unitList = defineList<object, "CODE">({
  node: "Unit",
  entity: Unit,
  alias: "u",
  sorts: { CODE: { expression: "u.code", reads: ["code"] } },
  defaultSort: { field: "CODE", direction: "ASC" },
});

export function listUnits(ctx: RequestContext, page?: PageArgs) {
  return unitList.page<Unit>(ctx, null, null, page);
}

/** For exports: the name of the unit `unitId` (an SQL expression over a list's alias) in the export's language. */
export const unitNameSql = (unitId: string) => (language: ExportLanguage) =>
  `(SELECT eu.${nameIn(language)} FROM unit eu WHERE eu.id = ${unitId})`;
