import type { RouteLocationRaw } from "vue-router";

/**
 * The case-work forms opened for her (and her case), coming back to `returnTo` once saved:
 * `/services/new?beneficiaryId=…&caseId=…` and `/referrals/new?…`.
 */
export function caseWorkLinks(
  beneficiaryId: string,
  caseId: string | null,
  returnTo: string,
): { service: RouteLocationRaw; referral: RouteLocationRaw } {
  const query = { beneficiaryId, ...(caseId ? { caseId } : {}), returnTo };
  return { service: { path: "/services/new", query }, referral: { path: "/referrals/new", query } };
}
