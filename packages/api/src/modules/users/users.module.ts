import { defineModule } from "../../core/module";
import { Invitation } from "./invitation.entity";
import { InvitationResolver } from "./invitation.resolver";
import { UserResolver } from "./user.resolver";

/** Staff accounts, their roles and units, and invitations to join. */
export const usersModule = defineModule({
  name: "users",
  resolvers: [UserResolver, InvitationResolver],
  entities: [Invitation],
});
