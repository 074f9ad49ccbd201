import type { Role } from "@nk/shared";
import { today } from "./clock";
import type { RequestContext } from "./context";
import type { KeyCount } from "./db/counts";
import { badInput } from "./errors";
import { hasRole } from "./grants";

/**
 * The floor of figures inside NK. Staff who read the underlying records in full (the roles a
 * figure query names as its full readers) get exact figures over any days; everyone else who may
 * read the figures (ANALYST, who sees no personal data, and others outside the records' reach)
 * gets them only over whole calendar months that have ended, with every count from 1 to
 * NK_INTERNAL_SUPPRESSION_MIN − 1 withheld, and one more in its group when one alone would
 * follow from the others (complementary suppression). So no one-day window, and no count small
 * enough to point at one woman.
 */
export function floorOf(ctx: Pick<RequestContext, "viewer" | "config">, fullReaders: readonly Role[]): number | null {
  return hasRole(ctx.viewer, ...fullReaders) ? null : ctx.config.internalSuppressionMin;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a from–to pair of days; with a floor, also that they span whole calendar months that have ended. */
export function checkPeriod(from: string, to: string, floor: number | null, now: string = today()): void {
  const valid = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (!valid(from) || !valid(to)) throw badInput("from and to must be dates, YYYY-MM-DD.");
  if (to < from) throw badInput("to must not be before from.", "to");
  if (floor === null) return;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (!from.endsWith("-01") || next.getUTCDate() !== 1) {
    throw badInput(
      "Figures for your role cover whole calendar months only: from must be the first day of a month and to the last day of a month.",
      "from",
    );
  }
  if (to >= now) throw badInput("Figures for your role cover months that have ended only.", "to");
}

export interface FlooredCount {
  /** The count; null when withheld. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Withholds, in one group of counts whose sum may be known, every count from 1 to floor − 1,
 * and, when exactly one is withheld, the smallest other count above 0 as well. No floor: all shown.
 */
export function floorCounts(values: number[], floor: number | null): FlooredCount[] {
  const hidden = values.map((v) => v > 0 && v < (floor ?? 0));
  if (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    values.forEach((v, i) => {
      if (!hidden[i] && v > 0 && (pick < 0 || v < (values[pick] as number))) pick = i;
    });
    // Stryker disable next-line ConditionalExpression: hidden[-1] is no index of the array, and map() below never reads it
    if (pick >= 0) hidden[pick] = true;
  }
  return values.map((v, i) => (hidden[i] ? { count: null, suppressed: true } : { count: v, suppressed: false }));
}

/** Counts by key, floored as one group (see floorCounts); `floor` null shows them all. */
export function floorKeyCounts(rows: KeyCount[], floor: number | null): ({ key: string } & FlooredCount)[] {
  return floorCounts(
    rows.map((r) => r.count),
    floor,
  ).map((c, i) => ({ key: (rows[i] as KeyCount).key, ...c }));
}
