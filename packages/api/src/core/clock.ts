/** One formatter for every call: building an Intl formatter per call cost list pages a share of their time. */
const DUSHANBE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dushanbe", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Dushanbe, YYYY-MM-DD: the day staff mean when they say "today". */
export function today(): string {
  return DUSHANBE_DAY.format(new Date());
}
