import { defineModule } from "../../core/module";
import { CASE_READERS } from "../cases/case.entity";
import { shelterStayExport } from "./shelter.export";
import { BeneficiaryShelterStaysResolver, ShelterStayResolver } from "./shelter.resolver";
import { getShelterStay } from "./shelter.service";
import { ShelterBed } from "./shelter-bed.entity";
import { ShelterBedResolver } from "./shelter-bed.resolver";
import { ShelterStay } from "./shelter-stay.entity";

/** Shelter stays and occupancy. */
export const shelterModule = defineModule({
  name: "shelter",
  resolvers: [ShelterBedResolver, ShelterStayResolver, BeneficiaryShelterStaysResolver],
  entities: [ShelterBed, ShelterStay],
  exports: [shelterStayExport],
  archivable: [
    {
      entity: ShelterStay,
      name: "ShelterStay",
      grants: [...CASE_READERS],
      reach: (ctx, em, id) => getShelterStay(ctx, id, em),
    },
  ],
});
