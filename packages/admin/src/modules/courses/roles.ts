import type { Role } from "@nk/shared";

/** Who works with courses, sessions, enrolment and attendance (the API's training staff). */
export const TRAINING_STAFF: readonly Role[] = ["ADMIN", "COORDINATOR", "TRAINER"];
/** Who may change a training's curriculum, archive or restore it (as the API says). */
export const CURRICULUM_EDITORS: readonly Role[] = ["ADMIN", "COORDINATOR"];
