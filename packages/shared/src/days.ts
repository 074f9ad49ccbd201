/** One formatter for every call: building an Intl formatter per call cost the API's list pages a share of their time. */
const DUSHANBE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dushanbe", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The day in Dushanbe at `now` (by default, today), YYYY-MM-DD: NK's days begin there, not in the
 * server's or the browser's zone, and the API checks dates against this day.
 */
export function todayInDushanbe(now: Date = new Date()): string {
  return DUSHANBE_DAY.format(now);
}
