import { defineModule } from "../../core/module";
import { Beneficiary } from "./beneficiary.entity";
import { beneficiaryExport } from "./beneficiary.export";
import { BeneficiaryResolver } from "./beneficiary.resolver";
import { BeneficiaryDuplicatesResolver } from "./duplicates.resolver";

/** The women NK works with, and erasure. */
export const beneficiariesModule = defineModule({
  name: "beneficiaries",
  resolvers: [BeneficiaryResolver, BeneficiaryDuplicatesResolver],
  entities: [Beneficiary],
  exports: [beneficiaryExport],
});
