/** Today's date in Dushanbe, YYYY-MM-DD, as the API counts days. */
export function todayInDushanbe(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dushanbe", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}
