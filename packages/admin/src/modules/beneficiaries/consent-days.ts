import { todayInDushanbe } from "@nk/shared";

/**
 * The instant sent for a day she picked: none for today (the API records the moment), noon in
 * Dushanbe for an earlier day, so a consent given and withdrawn on the same past day stays in order.
 */
export function instantOfDay(day: string | null): string | null {
  if (!day || day === todayInDushanbe()) return null;
  return new Date(`${day}T12:00:00+05:00`).toISOString();
}

/** The day in Dushanbe of an instant, YYYY-MM-DD. */
export function dayOf(instant: string): string {
  return todayInDushanbe(new Date(instant));
}
