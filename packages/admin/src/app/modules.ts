import { authModule } from "../modules/auth/routes";
import { caseloadModule } from "../modules/caseload/routes";
import { coursesModule } from "../modules/courses/routes";
import { dashboardModule } from "../modules/dashboard/routes";
import { groupsModule } from "../modules/groups/routes";
import { programsModule } from "../modules/programs/routes";
import { shelterModule } from "../modules/shelter/routes";
import type { AdminModule } from "./module";

/** Every feature module of the admin. Adding a domain's screens adds one line here. */
export const modules: readonly AdminModule[] = [
  authModule,
  dashboardModule,
  caseloadModule,
  coursesModule,
  groupsModule,
  programsModule,
  shelterModule,
];
