import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import type { PageArgs } from "../../core/graphql/connection";
import { matches } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import type { CaseWorkerFilter } from "./case.inputs";

/** Roles that may be in charge of a case (checked again when a case is opened or handed over). */
const CASE_HOLDERS = "u.role IN ('CASE_WORKER', 'COORDINATOR')";

/**
 * The staff who may be in charge of cases, by name, for pickers and the case list's filter: case
 * workers (of a unit, when one is given) and coordinators, never archived accounts.
 */
export const caseWorkerList = defineList<CaseWorkerFilter, "FULL_NAME">({
  node: "StaffMember",
  entity: User,
  alias: "u",
  always: [CASE_HOLDERS, "u.archived_at IS NULL"],
  filters: {
    unitId: matches(
      (p) => `(u.role = 'COORDINATOR' OR EXISTS (SELECT 1 FROM user_unit cu WHERE cu.user_id = u.id AND cu.unit_id = :${p}))`,
      "role",
    ),
  },
  sorts: { FULL_NAME: { expression: "u.full_name", reads: ["fullName"] } },
  defaultSort: { field: "FULL_NAME", direction: "ASC" },
});

export function listCaseWorkers(ctx: Context, filter?: CaseWorkerFilter, page?: PageArgs) {
  return caseWorkerList.page<User>(ctx, filter, null, page);
}
