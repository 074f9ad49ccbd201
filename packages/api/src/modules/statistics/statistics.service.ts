import type { EntityManager } from "typeorm";
import { today } from "../../core/clock";
import { selectRows } from "../../core/db/query";
import { badInput } from "../../core/errors";
import { type StatisticsPeriodInput, StatisticsTableName } from "./statistics.inputs";
import { type CountTable, type GridPosition, type SuppressedValue, suppress } from "./suppression";

/**
 * Statistics that leave NK. Rules against disclosure (see also suppression.ts):
 * - only women with a current STATISTICS consent are counted: given by the last day of the period
 *   and not withdrawn (now); erased women who consented still count (their coded facts stay);
 * - every count, cell or total, from 1 to suppressionMin − 1 is hidden, with complementary
 *   suppression so no hidden value follows from the totals; a true 0 is shown;
 * - against differencing: the period is a whole calendar month, quarter or year (no day ranges, so
 *   no "period minus one day"), it must have ended (a running period queried twice would show who
 *   came in between), the dimensions are fixed (districts × one other: no filters by community,
 *   age or anything else), and a table whose grand total is below suppressionMin is refused.
 */

export interface Period {
  from: string;
  to: string;
  /** MONTH, QUARTER or YEAR. */
  kind: "MONTH" | "QUARTER" | "YEAR";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, firstMonth: number, months: number) => ({
  from: `${year}-${pad(firstMonth)}-01`,
  to: `${year}-${pad(firstMonth + months - 1)}-${pad(lastDay(year, firstMonth + months - 1))}`,
});

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The whole calendar month, quarter or year the input names; BAD_USER_INPUT for anything else. */
export function resolvePeriod(input: StatisticsPeriodInput, now: string = today()): Period {
  const { year, quarter, month, from, to } = input;
  const has = (v: unknown) => v !== null && v !== undefined;
  let period: Period | undefined;
  if (has(from) || has(to)) {
    if (has(year) || has(quarter) || has(month))
      throw badInput("Give either year (with quarter or month) or from and to, not both.", "period");
    if (!from || !to || !isDay(from) || !isDay(to)) throw badInput("from and to must both be dates, YYYY-MM-DD.", "period");
    const y = Number(from.slice(0, 4));
    const candidates: Period[] = [
      { ...span(y, 1, 12), kind: "YEAR" },
      ...[1, 2, 3, 4].map((q): Period => ({ ...span(y, q * 3 - 2, 3), kind: "QUARTER" })),
      ...Array.from({ length: 12 }, (_, m): Period => ({ ...span(y, m + 1, 1), kind: "MONTH" })),
    ];
    period = candidates.find((c) => c.from === from && c.to === to);
    if (!period)
      throw badInput(
        "The period must be a whole calendar month, quarter or year (e.g. 2026-01-01 to 2026-03-31); other day ranges are refused so that two overlapping periods cannot be subtracted.",
        "period",
      );
  } else {
    if (!has(year)) throw badInput("Give the period's year (with a quarter or a month, or neither for the whole year).", "period");
    const y = year as number;
    if (!Number.isInteger(y) || y < 2000 || y > 9999) throw badInput("year must be between 2000 and 9999.", "period");
    if (has(quarter) && has(month)) throw badInput("Give a quarter or a month, not both.", "period");
    if (has(quarter)) {
      if (!Number.isInteger(quarter) || (quarter as number) < 1 || (quarter as number) > 4)
        throw badInput("quarter must be 1 to 4.", "period");
      period = { ...span(y, (quarter as number) * 3 - 2, 3), kind: "QUARTER" };
    } else if (has(month)) {
      if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) throw badInput("month must be 1 to 12.", "period");
      period = { ...span(y, month as number, 1), kind: "MONTH" };
    } else {
      period = { ...span(y, 1, 12), kind: "YEAR" };
    }
  }
  if (period.to >= now) {
    throw badInput(
      "The period has not ended yet. Statistics are published only for periods that have ended, so that two answers for the same period cannot be subtracted.",
      "period",
    );
  }
  return period;
}

/** Women counted: a STATISTICS consent given by the end of the period ($2) and not withdrawn by now. */
const CONSENTED = `EXISTS (
  SELECT 1 FROM consent k
   WHERE k.beneficiary_id = b.id AND k.scope = 'STATISTICS'
     AND k.given_at < ($2::date + 1) AND (k.withdrawn_at IS NULL OR k.withdrawn_at > now()))`;

/** Grouped counts: one row per (district, column), per district, per column and overall (GROUPING SETS). */
interface Grouped {
  district: string | null;
  col: string | null;
  gd: number;
  gc: number;
  n: number;
}

function groupingSets(source: string, columnExpr: string): string {
  return `${source}
    SELECT district, ${columnExpr} AS col, GROUPING(district)::int AS gd, GROUPING(${columnExpr})::int AS gc,
           count(DISTINCT beneficiary_id)::int AS n
      FROM facts
     GROUP BY GROUPING SETS ((district, ${columnExpr}), (district), (${columnExpr}), ())`;
}

/** Each kind's bit in the kinds a woman was given (the women-supported table). */
const KIND_BITS = ["LEGAL", "PSYCHOLOGICAL", "MEDICAL", "ECONOMIC"].map((kind, i) => ({ kind, bit: 1 << i }));

/**
 * Women supported by kind and district, as `groupingSets` answers them but without a distinct
 * count per cell: each woman once (one hash aggregate over the period's services, her kinds as
 * bits), her consent checked once, then plain counts per district and their total (ROLLUP).
 */
function womenByKind(): string {
  return `WITH women AS (
       SELECT s.beneficiary_id, bit_or(CASE s.kind ${KIND_BITS.map((k) => `WHEN '${k.kind}' THEN ${k.bit}`).join(" ")} ELSE 0 END) AS kinds
         FROM service s
        WHERE s.provided_on BETWEEN $1::date AND $2::date AND s.archived_at IS NULL
        GROUP BY 1
     ), districts AS (
       SELECT com.district_id AS district, GROUPING(com.district_id)::int AS gd, count(*)::int AS n,
              ${KIND_BITS.map((k) => `count(*) FILTER (WHERE w.kinds & ${k.bit} <> 0)::int AS "${k.kind}"`).join(", ")}
         FROM women w JOIN beneficiary b ON b.id = w.beneficiary_id JOIN community com ON com.id = b.community_id
        WHERE ${CONSENTED}
        GROUP BY ROLLUP (com.district_id)
     )
    SELECT d.district, k.col, d.gd, k.gc, k.n
      FROM districts d
     CROSS JOIN LATERAL (VALUES ${KIND_BITS.map((k) => `('${k.kind}', 0, d."${k.kind}")`).join(", ")}, (NULL, 1, d.n)) k(col, gc, n)
     WHERE k.n <> 0`;
}

const SQL: Record<StatisticsTableName, string> = {
  [StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT]: womenByKind(),
  // Completion as in learning/figures.service.ts: attended × 100 ≥ completion_percent × session_count.
  [StatisticsTableName.TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT]: groupingSets(
    `WITH present AS (
       SELECT a.enrollment_id, count(*)::int AS attended
         FROM attendance a
         JOIN training_session ts ON ts.id = a.session_id AND ts.archived_at IS NULL
         JOIN enrollment e ON e.id = a.enrollment_id
         JOIN training_course c ON c.id = e.course_id
        WHERE a.present AND c.ends_on BETWEEN $1::date AND $2::date
        GROUP BY a.enrollment_id
     ), facts AS (
       SELECT e.beneficiary_id, c.training_id::text AS training, com.district_id AS district
         FROM enrollment e
         JOIN present p ON p.enrollment_id = e.id
         JOIN training_course c ON c.id = e.course_id AND c.archived_at IS NULL
         JOIN training t ON t.id = c.training_id
         JOIN beneficiary b ON b.id = e.beneficiary_id
         JOIN community com ON com.id = b.community_id
        WHERE c.ends_on BETWEEN $1::date AND $2::date
          AND p.attended * 100 >= t.completion_percent * t.session_count
          AND ${CONSENTED})`,
    "training",
  ),
  [StatisticsTableName.SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT]: groupingSets(
    `WITH facts AS (
       SELECT st.beneficiary_id, to_char(st.admitted_on, 'YYYY-MM') AS month, com.district_id AS district
         FROM shelter_stay st
         JOIN beneficiary b ON b.id = st.beneficiary_id
         JOIN community com ON com.id = b.community_id
        WHERE st.admitted_on BETWEEN $1::date AND $2::date AND st.archived_at IS NULL AND ${CONSENTED})`,
    "month",
  ),
};

export interface Heading {
  key: string;
  label: string;
}

const KINDS: Heading[] = [
  { key: "LEGAL", label: "Legal" },
  { key: "PSYCHOLOGICAL", label: "Psychological" },
  { key: "MEDICAL", label: "Medical" },
  { key: "ECONOMIC", label: "Economic" },
];

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function monthsOf(period: Period): Heading[] {
  const year = Number(period.from.slice(0, 4));
  const first = Number(period.from.slice(5, 7));
  const last = Number(period.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    key: `${year}-${pad(first + i)}`,
    label: `${MONTH_NAMES[first + i - 1]} ${year}`,
  }));
}

export const NOTES: Record<StatisticsTableName, string> = {
  [StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT]:
    "Distinct women given at least one service of the kind in the period, by the district of her home community. A woman given several kinds counts once in each, and once in her district's total, so a total can be less than the sum of its cells.",
  [StatisticsTableName.TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT]:
    "Distinct women who completed a course of the training (attended at least the training's completion share of its sessions) whose last day is in the period, by the district of her home community. A woman counts once in each total.",
  [StatisticsTableName.SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT]:
    "Distinct women admitted to the shelter in the month, by the district of her home community. A woman admitted in two months counts once in the totals.",
};

export interface StatisticsRow {
  key: string;
  label: string;
  cells: { column: string; value: number | null; suppressed: boolean }[];
  total: SuppressedValue;
}

export interface StatisticsResult {
  table: StatisticsTableName;
  period: Period;
  minimumCount: number;
  columns: Heading[];
  rows: StatisticsRow[];
  columnTotals: { column: string; value: number | null; suppressed: boolean }[];
  grandTotal: SuppressedValue;
  note: string;
}

/**
 * The one period size each table is published for. A year and its quarters (or a quarter and its
 * months) overlap: with both, a cell hidden in one could be worked out from the other.
 */
export const PERIOD_KIND: Record<StatisticsTableName, Period["kind"]> = {
  [StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT]: "QUARTER",
  [StatisticsTableName.TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT]: "YEAR",
  [StatisticsTableName.SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT]: "QUARTER",
};

/** The period `input` names, checked against the one period size `table` is published for. */
export function tablePeriod(table: StatisticsTableName, input: StatisticsPeriodInput): Period {
  const period = resolvePeriod(input);
  if (period.kind !== PERIOD_KIND[table]) {
    throw badInput(
      `This table is published by ${PERIOD_KIND[table].toLowerCase()} only: periods of one size never overlap, so one table cannot be subtracted from another.`,
      "period",
    );
  }
  return period;
}

/** Anything that runs SQL: the data source or a transaction's entity manager. */
export type QueryRunnerLike = Pick<EntityManager, "query">;

/** The true counts of one table, before disclosure control. Never leaves the process. */
export interface CountedTable extends CountTable {
  table: StatisticsTableName;
  period: Period;
  districts: Heading[];
  columns: Heading[];
}

/** Counts one table over one period as it stands now (two or three SQL statements). */
export async function countTable(db: QueryRunnerLike, table: StatisticsTableName, period: Period): Promise<CountedTable> {
  const districts = await selectRows<Heading>(db, "SELECT id::text AS key, name AS label FROM district ORDER BY name, id");
  let columns: Heading[];
  if (table === StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT) columns = KINDS;
  else if (table === StatisticsTableName.SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT) columns = monthsOf(period);
  else columns = await selectRows<Heading>(db, "SELECT id::text AS key, title AS label FROM training ORDER BY code, id");

  const grouped = await selectRows<Grouped>(db, SQL[table], [period.from, period.to]);
  const rowIndex = new Map(districts.map((d, i) => [d.key, i]));
  const colIndex = new Map(columns.map((c, j) => [c.key, j]));
  const cells = districts.map(() => columns.map(() => 0));
  const rowTotals = districts.map(() => 0);
  const columnTotals = columns.map(() => 0);
  let grandTotal = 0;
  for (const g of grouped) {
    const i = g.district === null ? undefined : rowIndex.get(String(g.district));
    const j = g.col === null ? undefined : colIndex.get(String(g.col));
    if (g.gd === 1 && g.gc === 1) grandTotal = g.n;
    else if (g.gd === 1 && j !== undefined) columnTotals[j] = g.n;
    else if (g.gc === 1 && i !== undefined) rowTotals[i] = g.n;
    else if (i !== undefined && j !== undefined) (cells[i] as number[])[j] = g.n;
  }
  return { table, period, districts, columns, cells, rowTotals, columnTotals, grandTotal };
}

/**
 * The counted table after disclosure control: small values and their complements hidden, and
 * also `alsoHide` (given by row and column key, TOTAL for a total) with its complements. Refuses
 * (BAD_USER_INPUT) a table whose grand total is below `min`.
 */
export function presentTable(counted: CountedTable, min: number, alsoHide: ReadonlySet<string> = new Set()): StatisticsResult {
  const { table, period, districts, columns } = counted;
  if (counted.grandTotal < min) {
    throw badInput(
      `Too few women are counted in this table for this period to publish it (fewer than ${min}). Choose a longer period.`,
      "period",
    );
  }
  const rowKeys = [...districts.map((d) => d.key), TOTAL];
  const columnKeys = [...columns.map((c) => c.key), TOTAL];
  const forced = rowKeys.flatMap((r, i) => columnKeys.flatMap((c, j): GridPosition[] => (alsoHide.has(gridKey(r, c)) ? [[i, j]] : [])));
  const safe = suppress(counted, min, forced);
  return {
    table,
    period,
    minimumCount: min,
    columns,
    rows: districts.map((d, i) => ({
      key: d.key,
      label: d.label,
      cells: columns.map((c, j) => ({ column: c.key, ...(safe.cells[i]?.[j] as SuppressedValue) })),
      total: safe.rowTotals[i] as SuppressedValue,
    })),
    columnTotals: columns.map((c, j) => ({ column: c.key, ...(safe.columnTotals[j] as SuppressedValue) })),
    grandTotal: safe.grandTotal,
    note: NOTES[table],
  };
}

/** The key of a row total or column total in `gridKey`. */
export const TOTAL = "TOTAL";

/** One value of a table by its row key (a district, or TOTAL) and column key (a column, or TOTAL). */
export const gridKey = (row: string, column: string) => `${row}|${column}`;

/** Every published value of `result` by its grid key. */
export function valuesByKey(result: StatisticsResult): Map<string, SuppressedValue> {
  const out = new Map<string, SuppressedValue>();
  for (const row of result.rows) {
    for (const c of row.cells) out.set(gridKey(row.key, c.column), { value: c.value, suppressed: c.suppressed });
    out.set(gridKey(row.key, TOTAL), row.total);
  }
  for (const c of result.columnTotals) out.set(gridKey(TOTAL, c.column), { value: c.value, suppressed: c.suppressed });
  out.set(gridKey(TOTAL, TOTAL), result.grandTotal);
  return out;
}
