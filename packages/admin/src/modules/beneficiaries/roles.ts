import type { Role } from "@nk/shared";

/** Who reads and changes her personal data: names, phone, community, household, consents (as the API says). */
export const PERSONAL_DATA: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
/** Who may erase her personal data at her request. */
export const ERASERS: readonly Role[] = ["ADMIN"];
