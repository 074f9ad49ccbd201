import { seedFoundation } from "../../../seed/foundation";
import { defineModule } from "../../core/module";
import { Partner } from "./partner.entity";
import { PartnerResolver } from "./partner.resolver";
import { Unit } from "./unit.entity";
import { UnitResolver } from "./unit.resolver";

/** NK's units and its partner organisations. */
export const organisationModule = defineModule({
  name: "organisation",
  resolvers: [UnitResolver, PartnerResolver],
  entities: [Unit, Partner],
  demoData: seedFoundation,
});
