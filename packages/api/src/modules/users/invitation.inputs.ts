import { ROLES } from "@nk/shared";
import { ArrayMaxSize, IsEmail, IsIn, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MIN_PASSWORD_LENGTH } from "../../core/auth/password";
import { RoleEnum } from "../../core/auth/user.entity";

@InputType({ description: "A staff member to invite: her account is made without a password; she chooses one from the link." })
export class InviteUserInput {
  @Field({ description: "Her sign-in email." })
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field({ description: "Name shown to colleagues (and to her on the invitation page)." })
  @Length(1, 200, { message: "Name must be 1 to 200 characters." })
  fullName: string;

  @Field(() => RoleEnum, { description: "What she may do." })
  @IsIn(ROLES)
  role: RoleEnum;

  @Field(() => [ID], { defaultValue: [], description: "Units she works in (case workers see these units' records)." })
  @ArrayMaxSize(10)
  @IsUUID("all", { each: true, message: "unitIds must be ids." })
  unitIds: string[];
}

@InputType({ description: "Whose invitation: the invited account." })
export class InvitationUserInput {
  @Field(() => ID, { description: "Id of the invited user." })
  @IsUUID("all", { message: "userId must be an id." })
  userId: string;
}

@InputType({ description: "The invited person accepts: the token from her link, her email and the password she chooses." })
export class AcceptInvitationInput {
  @Field({ description: "The token of the link /invite/<token>." })
  @Length(1, 100, { message: "The link is not complete." })
  token: string;

  @Field({ description: "Her sign-in email, as NK's admin entered it: a link alone does not open the account." })
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field({ description: `Her password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @Length(MIN_PASSWORD_LENGTH, 256, { message: `Password must be ${MIN_PASSWORD_LENGTH} to 256 characters.` })
  password: string;
}
