import type { Role } from "@nk/shared";

/** Who works on services and referrals (as the API allows: case workers within their units). */
export const CASE_STAFF: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
