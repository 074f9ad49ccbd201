import { computed } from "vue";
import { type LocationQuery, useRoute } from "vue-router";

/** A path of this app to go back to: one starting with a single "/", never another site. */
export function returnPath(query: LocationQuery): string | null {
  const value = query.returnTo;
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}

/**
 * Where a form opened from another page (`?returnTo=/cases/…`) sends her once it is saved; null
 * when it was opened on its own, and the form goes to the record it saved.
 */
export function useReturnTo() {
  const route = useRoute();
  return computed(() => returnPath(route.query));
}
