import { todayInDushanbe } from "@nk/shared";

/** Of dated items (sessions, meetings), the first from today on, and the last before it. */
export function nextAndLast<T extends { heldOn: string }>(items: readonly T[], today: string = todayInDushanbe()) {
  const sorted = [...items].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  return { next: sorted.find((i) => i.heldOn >= today) ?? null, last: sorted.filter((i) => i.heldOn < today).at(-1) ?? null };
}
