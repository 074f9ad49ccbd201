import { hasRole } from "../../core/access";
import type { RequestContext } from "../../core/context";
import { selectFigures } from "../../core/db/query";
import { badInput } from "../../core/errors";
import { ServiceKind } from "../assistance/service.entity";
import { overdueFollowUpsIn, womenSupported } from "../assistance/service.service";
import { RiskLevel } from "../cases/case.entity";
import { openCasesByRiskIn } from "../cases/case.service";
import { campaignReachIn } from "../coalition/totals.service";
import { groupsByStageIn } from "../community/figures.service";
import { GroupStage } from "../community/group.entity";
import { districtsIn } from "../geography/geography.service";
import { trainingsIn } from "../learning/figures.service";
import type { Training } from "../learning/training.entity";
import { allTrainings } from "../learning/training.service";
import { shelterNow } from "../shelter/shelter-occupancy.service";
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

/**
 * The dashboard in one request: each figure is a query of the module that owns its records, all
 * run as one SQL statement (most read rollups kept in each change's transaction: women supported
 * for whole months, open cases, overdue follow-ups, attended sessions). Women are counted once per
 * figure (distinct), not once per service. Snapshots (cases, follow-ups, shelter, group stages)
 * are as of today; flows (women supported, courses, campaign reach) cover the period.
 */
export async function dashboard(ctx: RequestContext, scope: DashboardScope): Promise<Dashboard> {
  const analyst = !hasRole(ctx.viewer, "ADMIN", "COORDINATOR");
  checkPeriod(scope, analyst);
  const min = analyst ? ANALYST_SUPPRESSION_MIN : null;
  const { from, to } = scope;
  const districtId = scope.districtId ?? null;
  // The figures each module owns, run as one statement (selectFigures), beside the districts and trainings.
  const [districts, figures, trainings] = await Promise.all([
    districtsIn(ctx, districtId),
    selectFigures(ctx.db, {
      women: womenSupported(districtId, from, to),
      risks: openCasesByRiskIn(districtId),
      overdue: overdueFollowUpsIn(districtId),
      shelter: shelterNow(districtId),
      trained: trainingsIn(districtId, from, to),
      groups: groupsByStageIn(districtId, to),
      reach: campaignReachIn(districtId, from, to),
    }),
    allTrainings(ctx),
  ]);
  const { women, risks, trained, groups } = figures;
  const overdue = n(figures.overdue[0]?.n);
  const shelter = figures.shelter[0] ?? { beds: null, taken: 0, children: 0 };
  const reach = figures.reach[0] ?? { activities: 0, women: 0, men: 0 };
  if (districtId && districts.length === 0) throw badInput("No such district.", "scope.districtId");

  // Women supported: a district × kind table whose totals count distinct women.
  const count = (d: string | null, k: string | null) =>
    n(
      women.find(
        (r) =>
          (d === null ? r.allDistricts : !r.allDistricts && r.district === d) && (k === null ? r.allKinds : !r.allKinds && r.kind === k),
      )?.n,
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
    overdueFollowUps: primary(overdue, min),
    shelter: {
      beds: shelter.beds === null ? null : n(shelter.beds),
      bedsTaken: primary(n(shelter.taken), min),
      accompanyingChildren: primary(n(shelter.children), min),
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
    campaignReach: { activities: reach.activities, women: reach.women, men: reach.men, total: reach.women + reach.men },
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
