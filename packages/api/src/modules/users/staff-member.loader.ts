import { User } from "../../core/auth/user.entity";
import type { RequestContext } from "../../core/context";
import type { StaffMember } from "./staff-member.type";

/** The staff member with this id as colleagues see her (batched per request), or null. */
export async function staffMember(ctx: RequestContext, id: string | null): Promise<StaffMember | null> {
  const user = id ? await ctx.loaders.byId(User, "User").load(id) : null;
  return user ? { id: user.id, fullName: user.fullName, role: user.role as StaffMember["role"] } : null;
}
