/** The periods the dashboard offers: a calendar month, quarter or year, or any days. */
export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Range {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month, quarter or year holding `day`, written as the URL keeps it: 2026-11, 2026-Q4, 2026. */
export function periodOf(kind: Exclude<PeriodKind, "custom">, day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  if (kind === "month") return `${y}-${pad(m)}`;
  if (kind === "quarter") return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** The days of a period written by `periodOf`; null when it is not one. */
export function rangeOf(kind: Exclude<PeriodKind, "custom">, at: string): Range | null {
  const month = /^(\d{4})-(\d{2})$/.exec(at);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(at);
  const year = /^(\d{4})$/.exec(at);
  if (kind === "month" && month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m >= 1 && m <= 12 ? { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` } : null;
  }
  if (kind === "quarter" && quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return { from: `${y}-${pad(q * 3 - 2)}-01`, to: `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}` };
  }
  if (kind === "year" && year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  return null;
}

/** The `count` periods up to the one holding `day`, latest first (the choices of the period picker). */
export function recentPeriods(kind: Exclude<PeriodKind, "custom">, day: string, count: number): string[] {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const step = kind === "month" ? 1 : kind === "quarter" ? 3 : 12;
  return Array.from({ length: count }, (_, i) => {
    const months = y * 12 + (m - 1) - i * step;
    return periodOf(kind, `${Math.floor(months / 12)}-${pad((months % 12) + 1)}-01`);
  });
}
