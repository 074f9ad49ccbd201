import { defineModule } from "../../core/module";
import { CASE_READERS } from "../cases/case.entity";
import { Service } from "./service.entity";
import { serviceExport } from "./service.export";
import { BeneficiaryServicesResolver, CaseServicesResolver, ServiceResolver } from "./service.resolver";
import { getService } from "./service.service";

/** Services given to beneficiaries. */
export const assistanceModule = defineModule({
  name: "assistance",
  resolvers: [ServiceResolver, CaseServicesResolver, BeneficiaryServicesResolver],
  entities: [Service],
  exports: [serviceExport],
  archivable: [{ entity: Service, name: "Service", grants: [...CASE_READERS], reach: (ctx, em, id) => getService(ctx, id, em) }],
});
