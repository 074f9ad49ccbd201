import { defineModule } from "../../core/module";
import { StatisticsResolver } from "./statistics.resolver";

/** Statistics that leave NK, with small counts suppressed. */
export const statisticsModule = defineModule({
  name: "statistics",
  resolvers: [StatisticsResolver],
});
