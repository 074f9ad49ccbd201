import type { RequestContext } from "../../core/context";
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
