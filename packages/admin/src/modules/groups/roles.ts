import type { Role } from "@nk/shared";

/** Who runs self-help groups and support services (as the API allows): facilitators, coordinators, admins. */
export const GROUP_STAFF: readonly Role[] = ["ADMIN", "COORDINATOR", "FACILITATOR"];
/** Who sees every group in the navigation; a facilitator starts from her own groups instead. */
export const GROUP_OVERSEERS: readonly Role[] = ["ADMIN", "COORDINATOR"];
