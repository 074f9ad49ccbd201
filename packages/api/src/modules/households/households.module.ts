import { seedHouseholds } from "../../../seed/households";
import { PERSONAL_DATA } from "../../core/access";
import { defineModule } from "../../core/module";
import { Household, HouseholdMember } from "./household.entity";
import { BeneficiaryHouseholdResolver, HouseholdMemberResolver, HouseholdResolver } from "./household.resolver";
import { getHousehold } from "./household.service";

/** Households: the women who live together, their head and size. */
export const householdsModule = defineModule({
  name: "households",
  resolvers: [HouseholdResolver, HouseholdMemberResolver, BeneficiaryHouseholdResolver],
  entities: [Household, HouseholdMember],
  archivable: [
    {
      entity: Household,
      name: "Household",
      grants: [...PERSONAL_DATA],
      reach: (ctx, em, id) => getHousehold(ctx, id, em, "change"),
    },
  ],
  demoData: seedHouseholds,
});
