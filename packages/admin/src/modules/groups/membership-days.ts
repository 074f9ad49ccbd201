import { todayInDushanbe } from "@nk/shared";

/** Days a woman has been (or was) a member: from the day she joined to the day she left, or to today. */
export function membershipDays(joinedOn: string, leftOn: string | null | undefined, today: string = todayInDushanbe()): number {
  const end = leftOn ?? today;
  return Math.max(0, Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${joinedOn}T00:00:00Z`)) / 86_400_000));
}
