import type { Role } from "@nk/shared";

/** Who may open the register (trainers and facilitators see the code and first name only, as the API allows). */
export const BENEFICIARY_READERS: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR"];
/** Who reads and changes her personal data: names, phone, community, household, consents (as the API says). */
export const PERSONAL_DATA: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
/** Who may erase her personal data at her request. */
export const ERASERS: readonly Role[] = ["ADMIN"];
