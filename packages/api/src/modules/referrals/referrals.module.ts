import { defineModule } from "../../core/module";
import { Referral, ReferralStatusChange } from "./referral.entity";
import { referralExport } from "./referral.export";
import { BeneficiaryReferralsResolver, CaseReferralsResolver, ReferralResolver, ReferralStatusChangeResolver } from "./referral.resolver";

/** Referrals to other services. */
export const referralsModule = defineModule({
  name: "referrals",
  resolvers: [ReferralResolver, ReferralStatusChangeResolver, CaseReferralsResolver, BeneficiaryReferralsResolver],
  entities: [Referral, ReferralStatusChange],
  exports: [referralExport],
});
