import { hasRole } from "../../core/access";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { badInput } from "../../core/errors";
import { ServiceKind } from "../assistance/service.entity";
import { CaseStatus, RiskLevel } from "../cases/case.entity";
import { GroupStage } from "../community/group.entity";
import { District } from "../geography/district.entity";
import { perWoman } from "../learning/figures.service";
import { Training } from "../learning/training.entity";
import { type SuppressedValue, suppress } from "../statistics/suppression";
import type { Dashboard, DashboardCell, DashboardFigure, DashboardScope } from "./dashboard.types";

/**
 * The threshold for analysts, who see aggregates only: lower than NK_SUPPRESSION_MIN (the rule for
 * figures that leave NK) because the dashboard stays inside NK, but never under 5.
 */
export const ANALYST_SUPPRESSION_MIN = 5;

const KINDS = Object.values(ServiceKind);
const RISKS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];
const STAGES = Object.values(GroupStage);

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const isLastOfMonth = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
};

/** The period as given, or BAD_USER_INPUT; analysts must give whole months. */
function checkPeriod(scope: DashboardScope, wholeMonths: boolean) {
  if (!isDay(scope.from) || !isDay(scope.to)) throw badInput("from and to must be dates, YYYY-MM-DD.", "scope");
  if (scope.to < scope.from) throw badInput("to must not be before from.", "scope");
  if (wholeMonths && (!scope.from.endsWith("-01") || !isLastOfMonth(scope.to)))
    throw badInput("Analysts read whole months: from the first day of a month to the last day of a month.", "scope");
}

/** Hides counts from 1 to min − 1; a true 0 is shown. No threshold: every count is shown. */
const primary = (n: number, min: number | null): DashboardFigure =>
  min !== null && n > 0 && n < min ? { value: null, suppressed: true } : { value: n, suppressed: false };
const cell = (key: string, v: SuppressedValue): DashboardCell => ({ key, ...v });
const n = (v: unknown) => Number(v ?? 0);

type Row = Record<string, unknown>;

/** The figures statement's one row: each figure as JSON (a list of rows, or one row). */
interface Figures {
  women: Row[] | null;
  risks: Row[] | null;
  overdue: Row | null;
  shelter: Row | null;
  trained: Row[] | null;
  groups: Row[] | null;
  reach: Row | null;
}

const rows = (sql: string) => `(SELECT json_agg(x) FROM (${sql}) x)`;
const row = (sql: string) => `(SELECT row_to_json(x) FROM (${sql}) x)`;

/**
 * Every figure in one statement: women supported (distinct per cell of the district × kind cube),
 * open cases by risk, overdue follow-ups, shelter occupancy, trainings, group stages, campaign reach.
 */
export const FIGURES = `SELECT
  ${rows(`SELECT com.district_id AS district, s.kind, count(DISTINCT s.beneficiary_id)::int AS n,
              GROUPING(com.district_id) AS all_districts, GROUPING(s.kind) AS all_kinds
         FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community com ON com.id = b.community_id
        WHERE s.provided_on BETWEEN $2::date AND $3::date AND s.archived_at IS NULL AND ($1::uuid IS NULL OR com.district_id = $1::uuid)
        GROUP BY CUBE (com.district_id, s.kind)`)} AS women,
  ${rows(`SELECT c.risk_level AS key, count(*)::int AS n
         FROM "case" c JOIN beneficiary b ON b.id = c.beneficiary_id JOIN community com ON com.id = b.community_id
        WHERE c.status = '${CaseStatus.OPEN}' AND c.archived_at IS NULL AND ($1::uuid IS NULL OR com.district_id = $1::uuid)
        GROUP BY 1`)} AS risks,
  ${row(`SELECT count(*)::int AS n
         FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community com ON com.id = b.community_id
        WHERE s.follow_up_due_on < $4::date AND s.follow_up_done_at IS NULL AND s.archived_at IS NULL
          AND ($1::uuid IS NULL OR com.district_id = $1::uuid)`)} AS overdue,
  ${row(`SELECT (SELECT sum(capacity)::int FROM unit WHERE kind = 'SHELTER') AS beds,
              count(st.id)::int AS taken, COALESCE(sum(st.accompanying_children), 0)::int AS children
         FROM shelter_stay st JOIN beneficiary b ON b.id = st.beneficiary_id JOIN community com ON com.id = b.community_id
        WHERE st.discharged_on IS NULL AND st.archived_at IS NULL AND ($1::uuid IS NULL OR com.district_id = $1::uuid)`)} AS shelter,
  ${rows(`${perWoman(`c.archived_at IS NULL AND c.starts_on <= $3::date AND c.ends_on >= $2::date
           AND ($1::uuid IS NULL OR c.community_id IN (SELECT id FROM community WHERE district_id = $1::uuid))`)}
       SELECT w.training_id AS training, count(DISTINCT w.course_id)::int AS courses,
              count(DISTINCT w.beneficiary_id) FILTER (WHERE w.withdrawn_at IS NULL)::int AS enrolled,
              count(DISTINCT w.beneficiary_id) FILTER (WHERE w.completed AND c.ends_on <= $3::date)::int AS completed
         FROM women w JOIN training_course c ON c.id = w.course_id
        GROUP BY w.training_id`)} AS trained,
  ${rows(`SELECT g.stage AS key, count(*)::int AS n
         FROM self_help_group g JOIN community com ON com.id = g.community_id
        WHERE g.archived_at IS NULL AND g.founded_on <= $3::date AND ($1::uuid IS NULL OR com.district_id = $1::uuid)
        GROUP BY 1`)} AS groups,
  ${row(`SELECT count(*)::int AS activities,
              COALESCE(sum(women_under_18 + women_18_29 + women_30_49 + women_50_plus), 0)::int AS women,
              COALESCE(sum(men_under_18 + men_18_29 + men_30_49 + men_50_plus), 0)::int AS men
         FROM campaign_activity
        WHERE held_on BETWEEN $2::date AND $3::date AND archived_at IS NULL AND ($1::uuid IS NULL OR district_id = $1::uuid)`)} AS reach`;

/**
 * The dashboard in one request: every figure in one statement (FIGURES). Women are counted
 * once per figure (distinct), not once per service. Snapshots (cases, follow-ups, shelter, group
 * stages) are as of today; flows (women supported, courses, campaign reach) cover the period.
 */
export async function dashboard(ctx: RequestContext, scope: DashboardScope): Promise<Dashboard> {
  const analyst = !hasRole(ctx.viewer, "ADMIN", "COORDINATOR");
  checkPeriod(scope, analyst);
  const min = analyst ? ANALYST_SUPPRESSION_MIN : null;
  const { from, to } = scope;
  const districtId = scope.districtId ?? null;
  const now = today();
  // One statement for every figure ($1 the district or null for all, $2–$3 the period, $4 today),
  // beside the districts and trainings that name its rows: three queries side by side, no second round.
  const [districts, [figures], trainings] = await Promise.all([
    ctx.db.getRepository(District).find({ where: districtId ? { id: districtId } : {}, order: { name: "ASC" } }),
    selectRows<Figures>(ctx.db, FIGURES, [districtId, from, to, now]),
    ctx.db.getRepository(Training).find(),
  ]);
  const women = figures?.women ?? [];
  const risks = figures?.risks ?? [];
  const trained = figures?.trained ?? [];
  const groups = figures?.groups ?? [];
  const { overdue, shelter, reach } = figures ?? {};
  if (districtId && districts.length === 0) throw badInput("No such district.", "scope.districtId");

  // Women supported: a district × kind table whose totals count distinct women.
  const count = (d: string | null, k: string | null) =>
    n(
      women.find((r) => (d === null ? n(r.all_districts) === 1 : r.district === d) && (k === null ? n(r.all_kinds) === 1 : r.kind === k))
        ?.n,
    );
  const table = {
    cells: districts.map((d) => KINDS.map((k) => count(d.id, k))),
    rowTotals: districts.map((d) => count(d.id, null)),
    columnTotals: KINDS.map((k) => count(null, k)),
    grandTotal: count(null, null),
  };
  const shown = min === null ? suppressNothing(table) : suppress(table, min);

  const riskCounts = RISKS.map((r) => n(risks.find((x) => x.key === r)?.n));
  const riskTotal = riskCounts.reduce((a, b) => a + b, 0);
  const riskShown =
    min === null
      ? suppressNothing({ cells: [riskCounts], rowTotals: [riskTotal], columnTotals: riskCounts, grandTotal: riskTotal })
      : suppress({ cells: [riskCounts], rowTotals: [riskTotal], columnTotals: riskCounts, grandTotal: riskTotal }, min);

  const byId = new Map(trainings.map((t) => [t.id, t]));
  return {
    from,
    to,
    district: districtId ? (districts[0] ?? null) : null,
    suppressionMin: min,
    womenSupported: {
      byDistrict: districts.map((district, i) => ({
        district,
        byKind: KINDS.map((k, j) => cell(k, shown.cells[i]?.[j] as SuppressedValue)),
        total: shown.rowTotals[i] as SuppressedValue,
      })),
      byKind: KINDS.map((k, j) => cell(k, shown.columnTotals[j] as SuppressedValue)),
      total: shown.grandTotal,
    },
    openCasesByRisk: { items: RISKS.map((r, j) => cell(r, riskShown.cells[0]?.[j] as SuppressedValue)), total: riskShown.grandTotal },
    overdueFollowUps: primary(n(overdue?.n), min),
    shelter: {
      beds: shelter?.beds === null || shelter?.beds === undefined ? null : n(shelter.beds),
      bedsTaken: primary(n(shelter?.taken), min),
      accompanyingChildren: primary(n(shelter?.children), min),
    },
    trainings: trained
      .filter((r) => byId.has(String(r.training)))
      .map((r) => ({
        training: byId.get(String(r.training)) as Training,
        courses: n(r.courses),
        enrolled: primary(n(r.enrolled), min),
        completed: primary(n(r.completed), min),
      }))
      .sort((a, b) => a.training.code.localeCompare(b.training.code)),
    selfHelpGroupsByStage: STAGES.map((s) => ({ key: s, value: n(groups.find((g) => g.key === s)?.n), suppressed: false })),
    campaignReach: { activities: n(reach?.activities), women: n(reach?.women), men: n(reach?.men), total: n(reach?.women) + n(reach?.men) },
  };
}

/** A table shown as it is, in the shape `suppress` returns. */
function suppressNothing(t: { cells: number[][]; rowTotals: number[]; columnTotals: number[]; grandTotal: number }) {
  const shown = (value: number): SuppressedValue => ({ value, suppressed: false });
  return {
    cells: t.cells.map((row) => row.map(shown)),
    rowTotals: t.rowTotals.map(shown),
    columnTotals: t.columnTotals.map(shown),
    grandTotal: shown(t.grandTotal),
  };
}
