import { defineModule } from "../../core/module";
import { UserResolver } from "./user.resolver";

/** Staff accounts, their roles and units. */
export const usersModule = defineModule({
  name: "users",
  resolvers: [UserResolver],
});
