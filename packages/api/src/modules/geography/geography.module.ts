import { defineModule } from "../../core/module";
import { Community } from "./community.entity";
import { District } from "./district.entity";
import { CommunityResolver, DistrictResolver } from "./geography.resolver";

/** Districts and communities. */
export const geographyModule = defineModule({
  name: "geography",
  resolvers: [DistrictResolver, CommunityResolver],
  entities: [District, Community],
});
