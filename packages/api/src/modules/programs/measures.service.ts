import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { type FlooredCount, floorOf } from "../../core/floor";
import { ServiceKind } from "../assistance/service.entity";
import { GroupStage } from "../community/group.entity";
import { perWoman } from "../learning/figures.service";
import { IndicatorMeasure } from "./indicator.entity";

/** Who reads computed actuals exactly; others get counts of women from 1 to the floor − 1 withheld. */
const FULL_READERS = ["ADMIN", "COORDINATOR"] as const;

// Each query reads `t` (the target row: period_start, period_end) and `i` (its indicator) and
// keeps to the programme's districts when it names any (women by their home community, groups by theirs).
const inProgramDistricts = (district: string) =>
  `(NOT EXISTS (SELECT 1 FROM program_district pd WHERE pd.program_id = i.program_id)
    OR ${district} IN (SELECT pd.district_id FROM program_district pd WHERE pd.program_id = i.program_id))`;

const womenServed = (kind: ServiceKind | null) => `(
  SELECT count(DISTINCT s.beneficiary_id)
    FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community com ON com.id = b.community_id
   WHERE s.provided_on BETWEEN t.period_start AND t.period_end AND s.archived_at IS NULL
     ${kind ? `AND s.kind = '${kind}'` : ""} AND ${inProgramDistricts("com.district_id")})`;

// As learningFigures counts them: completed a course (not archived) whose last day is in the period.
const womenCompleted = `(
  SELECT count(DISTINCT w.beneficiary_id)
    FROM women w JOIN training_course c ON c.id = w.course_id
    JOIN beneficiary b ON b.id = w.beneficiary_id JOIN community com ON com.id = b.community_id
   WHERE w.completed AND c.ends_on BETWEEN t.period_start AND t.period_end AND ${inProgramDistricts("com.district_id")})`;

const groupsReaching = (stage: GroupStage) => `(
  SELECT count(DISTINCT g.id)
    FROM group_stage_change gc JOIN self_help_group g ON g.id = gc.group_id JOIN community com ON com.id = g.community_id
   WHERE gc.to_stage = '${stage}' AND gc.changed_on BETWEEN t.period_start AND t.period_end AND g.archived_at IS NULL
     AND ${inProgramDistricts("com.district_id")})`;

/** The count behind each measure, and whether it counts women (withheld when small) or groups. */
const MEASURES: Record<IndicatorMeasure, { sql: string; women: boolean }> = {
  WOMEN_SUPPORTED: { sql: womenServed(null), women: true },
  WOMEN_LEGAL: { sql: womenServed(ServiceKind.LEGAL), women: true },
  WOMEN_PSYCHOLOGICAL: { sql: womenServed(ServiceKind.PSYCHOLOGICAL), women: true },
  WOMEN_MEDICAL: { sql: womenServed(ServiceKind.MEDICAL), women: true },
  WOMEN_ECONOMIC: { sql: womenServed(ServiceKind.ECONOMIC), women: true },
  WOMEN_COMPLETED_TRAINING: { sql: womenCompleted, women: true },
  GROUPS_ACTIVE: { sql: groupsReaching(GroupStage.ACTIVE), women: false },
  GROUPS_AUTONOMOUS: { sql: groupsReaching(GroupStage.AUTONOMOUS), women: false },
};

const ACTUALS = `${perWoman(`c.archived_at IS NULL AND EXISTS (
    SELECT 1 FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
     WHERE t.id = ANY($1::uuid[]) AND i.measure = '${IndicatorMeasure.WOMEN_COMPLETED_TRAINING}'
       AND c.ends_on BETWEEN t.period_start AND t.period_end)`)}
  SELECT t.id, i.measure, CASE i.measure
    ${Object.entries(MEASURES)
      .map(([measure, { sql }]) => `WHEN '${measure}' THEN ${sql}`)
      .join("\n    ")}
    END::int AS n
    FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
   WHERE t.id = ANY($1::uuid[]) AND i.measure IS NOT NULL`;

/**
 * The computed actual of a target of a measured indicator, for its period; null when the
 * indicator has no measure. All the targets a request shows are counted in one statement.
 */
export function computedActual(ctx: RequestContext, targetId: string): Promise<FlooredCount | null> {
  const floor = floorOf(ctx, FULL_READERS);
  return ctx.loaders
    .get<string, FlooredCount | null>("programs:computedActual", async (ids) => {
      const rows = await selectRows<{ id: string; measure: IndicatorMeasure; n: number }>(ctx.db, ACTUALS, [ids]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row) return null;
        const hidden = floor !== null && MEASURES[row.measure].women && row.n > 0 && row.n < floor;
        return hidden ? { count: null, suppressed: true } : { count: row.n, suppressed: false };
      });
    })
    .load(targetId);
}
