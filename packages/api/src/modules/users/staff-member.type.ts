import { Field, ID, ObjectType } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import { RoleEnum } from "../../core/auth/user.entity";

/** What colleagues see of a staff member: name and role, never the account. */
@ObjectType({ description: "A staff member as colleagues see them: name and role." })
@Allow(...STAFF)
export class StaffMember {
  @Field(() => ID, { description: "Id of the user." })
  id: string;

  @Field({ description: "Name." })
  fullName: string;

  @Field(() => RoleEnum, { description: "Role." })
  role: RoleEnum;
}
