import { todayInDushanbe } from "@nk/shared";

/** Today in Dushanbe, YYYY-MM-DD: the day staff mean when they say "today" (the admin counts it the same way). */
export function today(): string {
  return todayInDushanbe();
}
