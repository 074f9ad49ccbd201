import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { type Figure, figure, selectOne, selectRows } from "../../core/db/query";
import { badInput } from "../../core/errors";
import { OccupancyInterval } from "./shelter.inputs";

/** The longest span one request may cover: a year of days, or five years of months. */
const MAX_PERIODS = { [OccupancyInterval.DAY]: 366, [OccupancyInterval.MONTH]: 60 };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface OccupancyPoint {
  periodStart: string;
  capacity: number | null;
  averageOccupiedBeds: number;
  peakOccupiedBeds: number;
  women: number;
  admissions: number;
}

function checkedDay(value: string, field: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw badInput(`${field} must be a day, YYYY-MM-DD.`, field);
  return value;
}

function periodsBetween(from: string, to: string, interval: OccupancyInterval): number {
  const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  if (interval === OccupancyInterval.DAY) return Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1;
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/**
 * Beds taken, night by night, grouped by day or month: the average and the peak of the nights
 * counted (none after today), the women who stayed and the admissions. Counts only.
 */
export async function occupancyOverTime(
  ctx: RequestContext,
  span: { from: string; to: string; interval: OccupancyInterval; unitId?: string },
): Promise<OccupancyPoint[]> {
  const from = checkedDay(span.from, "from");
  const to = checkedDay(span.to, "to");
  if (from > to) throw badInput("from must not come after to.", "from");
  const max = MAX_PERIODS[span.interval];
  if (periodsBetween(from, to, span.interval) > max) throw badInput(`At most ${max} periods at once; narrow the span.`, "to");
  const unit = span.unitId ?? null;
  const { capacity } = await selectOne<{ capacity: number | null }>(
    ctx.db,
    "SELECT sum(capacity)::int AS capacity FROM unit WHERE kind = 'SHELTER' AND ($1::uuid IS NULL OR id = $1)",
    [unit],
  );
  const step = span.interval === OccupancyInterval.DAY ? "day" : "month";
  const rows = await selectRows<{ period: string; average: number; peak: number; women: number; admissions: number }>(
    ctx.db,
    `WITH nights AS (
       SELECT d::date AS night FROM generate_series($1::date, LEAST($2::date, $3::date), '1 day') AS d
     ), taken AS (
       SELECT n.night, s.id AS stay, s.beneficiary_id AS woman
       FROM nights n LEFT JOIN shelter_stay s ON s.admitted_on <= n.night AND (s.discharged_on IS NULL OR s.discharged_on > n.night)
         AND ($4::uuid IS NULL OR s.unit_id = $4)
     ), per_night AS (
       SELECT night, count(stay)::int AS beds FROM taken GROUP BY night
     ), periods AS (
       SELECT d::date AS period FROM generate_series(date_trunc('${step}', $1::date), $2::date, '1 ${step}') AS d
     )
     SELECT to_char(p.period, 'YYYY-MM-DD') AS period,
       COALESCE((SELECT round(avg(beds), 2)::float FROM per_night WHERE date_trunc('${step}', night) = p.period), 0) AS average,
       COALESCE((SELECT max(beds) FROM per_night WHERE date_trunc('${step}', night) = p.period), 0)::int AS peak,
       (SELECT count(DISTINCT woman) FROM taken WHERE date_trunc('${step}', night) = p.period)::int AS women,
       (SELECT count(*) FROM shelter_stay s WHERE date_trunc('${step}', s.admitted_on) = p.period
          AND s.admitted_on BETWEEN $1 AND $2 AND ($4::uuid IS NULL OR s.unit_id = $4))::int AS admissions
     FROM periods p ORDER BY p.period`,
    [from, to, today(), unit],
  );
  return rows.map((r) => ({
    periodStart: r.period,
    capacity,
    averageOccupiedBeds: r.average,
    peakOccupiedBeds: r.peak,
    women: r.women,
    admissions: r.admissions,
  }));
}

/** Beds of the shelters, and the stays and accompanying children in them now, of women in `districtId` (null: all). */
export function shelterNow(districtId: string | null): Figure<{ beds: number | null; taken: number; children: number }> {
  return figure(
    `SELECT (SELECT sum(capacity)::int FROM unit WHERE kind = 'SHELTER') AS beds,
            count(st.id)::int AS taken, COALESCE(sum(st.accompanying_children), 0)::int AS children
       FROM shelter_stay st JOIN beneficiary b ON b.id = st.beneficiary_id JOIN community com ON com.id = b.community_id
      WHERE st.discharged_on IS NULL AND st.archived_at IS NULL AND ($1::uuid IS NULL OR com.district_id = $1::uuid)`,
    [districtId],
  );
}
