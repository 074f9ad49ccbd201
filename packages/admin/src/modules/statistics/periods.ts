import type { StatisticsTableName } from "../../gql/graphql";

export const TABLES: readonly StatisticsTableName[] = [
  "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT",
  "SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT",
  "TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT",
];

/** How often each table is published (the API refuses narrower periods). */
export const PUBLISHED_BY: Record<StatisticsTableName, "QUARTER" | "YEAR"> = {
  WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT: "QUARTER",
  SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT: "QUARTER",
  TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT: "YEAR",
};

/** The latest whole period that has ended by `today` (YYYY-MM-DD): only those are published. */
export function lastEnded(by: "QUARTER" | "YEAR", today: string): { year: number; quarter: number | null } {
  const year = Number(today.slice(0, 4));
  if (by === "YEAR") return { year: year - 1, quarter: null };
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return quarter === 0 ? { year: year - 1, quarter: 4 } : { year, quarter };
}

/** Whether the period has ended by `today`. */
export function hasEnded(year: number, quarter: number | null, today: string): boolean {
  const lastDay = quarter === null ? `${year}-12-31` : `${year}-${String(quarter * 3).padStart(2, "0")}-31`;
  return lastDay < today;
}
