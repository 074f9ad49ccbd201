import { defineModule } from "../../core/module";
import { Referral, ReferralStatusChange } from "./referral.entity";
import { CaseReferralsResolver, ReferralResolver, ReferralStatusChangeResolver } from "./referral.resolver";

/** Referrals to other services. */
export const referralsModule = defineModule({
  name: "referrals",
  resolvers: [ReferralResolver, ReferralStatusChangeResolver, CaseReferralsResolver],
  entities: [Referral, ReferralStatusChange],
});
