import type { ModuleDescriptor } from "./core/module";
import { apiKeysModule } from "./modules/api-keys/api-keys.module";
import { assistanceModule } from "./modules/assistance/assistance.module";
import { auditModule } from "./modules/audit/audit.module";
import { authModule } from "./modules/auth/auth.module";
import { beneficiariesModule } from "./modules/beneficiaries/beneficiaries.module";
import { caseloadModule } from "./modules/caseload/caseload.module";
import { casesModule } from "./modules/cases/cases.module";
import { coalitionModule } from "./modules/coalition/coalition.module";
import { communityModule } from "./modules/community/community.module";
import { consentModule } from "./modules/consent/consent.module";
import { dashboardModule } from "./modules/dashboard/dashboard.module";
import { geographyModule } from "./modules/geography/geography.module";
import { householdsModule } from "./modules/households/households.module";
import { learningModule } from "./modules/learning/learning.module";
import { organisationModule } from "./modules/organisation/organisation.module";
import { programsModule } from "./modules/programs/programs.module";
import { referralsModule } from "./modules/referrals/referrals.module";
import { shelterModule } from "./modules/shelter/shelter.module";
import { statisticsModule } from "./modules/statistics/statistics.module";
import { usersModule } from "./modules/users/users.module";

/**
 * Every domain of the platform, one line each. The schema, the data source's entities, the
 * archive mutations and the demo data read this list; demo steps run in this order.
 */
export const modules: readonly ModuleDescriptor[] = [
  authModule,
  usersModule,
  apiKeysModule,
  auditModule,
  organisationModule,
  geographyModule,
  programsModule,
  beneficiariesModule,
  householdsModule,
  casesModule,
  caseloadModule,
  assistanceModule,
  consentModule,
  referralsModule,
  shelterModule,
  learningModule,
  communityModule,
  coalitionModule,
  statisticsModule,
  dashboardModule,
];
