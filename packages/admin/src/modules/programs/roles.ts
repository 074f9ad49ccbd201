import type { Role } from "@nk/shared";

/** Who sees the programmes in the navigation (the API lets every staff member read them). */
export const PROGRAM_READERS: readonly Role[] = ["ADMIN", "COORDINATOR", "ANALYST", "CASE_WORKER"];
/** Who may create, change, archive and restore programmes and their indicators (as the API says). */
export const PROGRAM_EDITORS: readonly Role[] = ["ADMIN", "COORDINATOR"];
