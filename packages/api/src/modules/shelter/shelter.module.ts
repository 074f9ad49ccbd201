import { defineModule } from "../../core/module";
import { CASE_READERS } from "../cases/case.entity";
import { ShelterStayResolver } from "./shelter.resolver";
import { getShelterStay } from "./shelter.service";
import { ShelterStay } from "./shelter-stay.entity";

/** Shelter stays and occupancy. */
export const shelterModule = defineModule({
  name: "shelter",
  resolvers: [ShelterStayResolver],
  entities: [ShelterStay],
  archivable: [
    {
      entity: ShelterStay,
      name: "ShelterStay",
      grants: [...CASE_READERS],
      reach: (ctx, em, id) => getShelterStay(ctx, id, em),
    },
  ],
});
