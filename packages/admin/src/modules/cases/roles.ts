import type { Role } from "@nk/shared";

/** Who reaches case work (as the API says: case workers those of their units). */
export const CASE_ROLES: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
/** Who approves or rejects a request to close a case. */
export const CLOSURE_DECIDERS: readonly Role[] = ["ADMIN", "COORDINATOR"];
/**
 * Who may read what happened in an incident and who did it (narrative, perpetrator details): the
 * text is fetched only when she asks for it, one audited read per incident.
 */
export const INCIDENT_TEXT_READERS: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
