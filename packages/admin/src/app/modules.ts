import { apiKeysModule } from "../modules/api-keys/routes";
import { auditModule } from "../modules/audit/routes";
import { authModule, loginLocksModule } from "../modules/auth/routes";
import { beneficiariesModule } from "../modules/beneficiaries/routes";
import { caseloadModule } from "../modules/caseload/routes";
import { casesModule } from "../modules/cases/routes";
import { coursesModule } from "../modules/courses/routes";
import { dashboardModule } from "../modules/dashboard/routes";
import { groupsModule } from "../modules/groups/routes";
import { programsModule } from "../modules/programs/routes";
import { referralsModule } from "../modules/referrals/routes";
import { servicesModule } from "../modules/services/routes";
import { shelterModule } from "../modules/shelter/routes";
import { usersModule } from "../modules/users/routes";
import type { AdminModule } from "./module";

/** Every feature module of the admin. Adding a domain's screens adds one line here. */
export const modules: readonly AdminModule[] = [
  authModule,
  dashboardModule,
  caseloadModule,
  casesModule,
  coursesModule,
  groupsModule,
  beneficiariesModule,
  programsModule,
  servicesModule,
  referralsModule,
  loginLocksModule,
  shelterModule,
  usersModule,
  apiKeysModule,
  auditModule,
];
