import { defineModule } from "../../core/module";
import { AuthResolver } from "./auth.resolver";

/** Signing in and out, the viewer, changing one's password. */
export const authModule = defineModule({
  name: "auth",
  resolvers: [AuthResolver],
});
