import type { EntityManager } from "typeorm";
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

/** Whether `id` names a unit, read in the caller's transaction. */
export function unitExists(em: EntityManager, id: string): Promise<boolean> {
  return em.existsBy(Unit, { id });
}

/** How many of `ids` (distinct) name a unit. */
export function countUnits(em: EntityManager, ids: string[]): Promise<number> {
  return ids.length
    ? em.countBy(
        Unit,
        ids.map((id) => ({ id })),
      )
    : Promise.resolve(0);
}
