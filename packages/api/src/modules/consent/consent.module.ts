import { defineModule } from "../../core/module";
import { Consent } from "./consent.entity";
import { BeneficiaryConsentResolver, ConsentResolver } from "./consent.resolver";

/** Consent records. */
export const consentModule = defineModule({
  name: "consent",
  resolvers: [ConsentResolver, BeneficiaryConsentResolver],
  entities: [Consent],
});
