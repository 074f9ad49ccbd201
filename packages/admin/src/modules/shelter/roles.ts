import type { Role } from "@nk/shared";

/** Who may see shelter stays, and so any of the shelter's screens (as the API says). */
export const SHELTER_STAFF: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
