import { apiKeysModule } from "../modules/api-keys/routes";
import { auditModule } from "../modules/audit/routes";
import { authModule, loginLocksModule } from "../modules/auth/routes";
import { beneficiariesModule } from "../modules/beneficiaries/routes";
import { campaignsModule } from "../modules/campaigns/routes";
import { caseloadModule } from "../modules/caseload/routes";
import { casesModule } from "../modules/cases/routes";
import { coalitionModule } from "../modules/coalition/routes";
import { coursesModule } from "../modules/courses/routes";
import { dashboardModule } from "../modules/dashboard/routes";
import { forumsModule } from "../modules/forums/routes";
import { groupListModule, groupsModule } from "../modules/groups/routes";
import { partnersModule } from "../modules/partners/routes";
import { programsModule } from "../modules/programs/routes";
import { referralsModule } from "../modules/referrals/routes";
import { servicesModule } from "../modules/services/routes";
import { shelterModule } from "../modules/shelter/routes";
import { statisticsModule } from "../modules/statistics/routes";
import { supportServicesModule } from "../modules/support-services/routes";
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
  groupListModule,
  supportServicesModule,
  beneficiariesModule,
  programsModule,
  servicesModule,
  referralsModule,
  loginLocksModule,
  shelterModule,
  coalitionModule,
  partnersModule,
  campaignsModule,
  forumsModule,
  statisticsModule,
  usersModule,
  apiKeysModule,
  auditModule,
];
