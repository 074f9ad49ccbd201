import type { IndicatorMeasure } from "../../gql/graphql";

/** What the platform can count for an indicator, in the order the form offers them. */
export const MEASURES: readonly IndicatorMeasure[] = [
  "WOMEN_SUPPORTED",
  "WOMEN_LEGAL",
  "WOMEN_PSYCHOLOGICAL",
  "WOMEN_MEDICAL",
  "WOMEN_ECONOMIC",
  "WOMEN_COMPLETED_TRAINING",
  "GROUPS_ACTIVE",
  "GROUPS_AUTONOMOUS",
];

/** Share of the target reached, in whole per cent; null when either is unknown or the target is 0. */
export function progressPercent(target: number, actual: number | null | undefined): number | null {
  if (actual === null || actual === undefined || target === 0) return null;
  return Math.round((actual / target) * 100);
}
