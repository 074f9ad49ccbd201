/** Today in Dushanbe, YYYY-MM-DD: the day staff mean when they say "today". */
export function today(): string {
  return new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" });
}
