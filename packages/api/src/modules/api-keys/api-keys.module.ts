import { defineModule } from "../../core/module";
import { ApiKeyResolver } from "./api-key.resolver";

/** Partners' API keys. */
export const apiKeysModule = defineModule({
  name: "api-keys",
  resolvers: [ApiKeyResolver],
});
