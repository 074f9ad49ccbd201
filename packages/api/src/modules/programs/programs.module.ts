import { defineModule } from "../../core/module";
import { Indicator, IndicatorTarget } from "./indicator.entity";
import { Program } from "./program.entity";
import { IndicatorResolver, IndicatorTargetResolver, ProgramResolver } from "./program.resolver";

/** Programmes and their indicators. */
export const programsModule = defineModule({
  name: "programs",
  resolvers: [ProgramResolver, IndicatorResolver, IndicatorTargetResolver],
  entities: [Program, Indicator, IndicatorTarget],
});
