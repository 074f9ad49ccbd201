import { ROLES, type Role } from "@nk/shared";

/** Every staff member may read the coalition, its partners, campaigns and forums (as the API says). */
export const COALITION_READERS: readonly Role[] = ROLES;
/** Who may change them: councils and members, partners, campaigns, NK's activities, forums. */
export const COALITION_EDITORS: readonly Role[] = ["ADMIN", "COORDINATOR"];
/** Who may read the published statistics tables (partner keys too, through the API). */
export const STATISTICS_READERS: readonly Role[] = ["ADMIN", "COORDINATOR", "ANALYST"];
