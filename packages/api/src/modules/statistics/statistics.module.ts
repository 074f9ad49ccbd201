import { defineModule } from "../../core/module";
import { StatisticsRelease } from "./release.entity";
import { StatisticsResolver } from "./statistics.resolver";

/** Statistics that leave NK, with small counts suppressed. */
export const statisticsModule = defineModule({
  name: "statistics",
  entities: [StatisticsRelease],
  resolvers: [StatisticsResolver],
});
