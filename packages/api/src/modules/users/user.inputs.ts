import { ROLES } from "@nk/shared";
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MIN_PASSWORD_LENGTH } from "../../core/auth/password";
import { RoleEnum } from "../../core/auth/user.entity";

const PASSWORD_MESSAGE = `Password must be ${MIN_PASSWORD_LENGTH} to 256 characters.`;

@InputType({ description: "Narrows a list of users." })
export class UserFilter {
  @Field({ nullable: true, description: "Text in the name or email." })
  search?: string;

  @Field(() => RoleEnum, { nullable: true, description: "Only users with this role." })
  role?: RoleEnum;

  @Field(() => ID, { nullable: true, description: "Only users who work in this unit." })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived accounts instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A new staff account." })
export class CreateUserInput {
  @Field({ description: "Sign-in email." })
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field({ description: "Name shown to colleagues." })
  @Length(1, 200, { message: "Name must be 1 to 200 characters." })
  fullName: string;

  @Field(() => RoleEnum, { description: "What the user may do." })
  @IsIn(ROLES)
  role: RoleEnum;

  @Field(() => [ID], { defaultValue: [], description: "Units the user works in (case workers see these units' records)." })
  @ArrayMaxSize(10)
  @IsUUID("all", { each: true, message: "unitIds must be ids." })
  unitIds: string[];

  @Field({ description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters; tell it to the user in person.` })
  @Length(MIN_PASSWORD_LENGTH, 256, { message: PASSWORD_MESSAGE })
  password: string;
}

@InputType({ description: "Changes to a staff account; fields left out stay as they are." })
export class UpdateUserInput {
  @Field(() => ID, { description: "Which user." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: "Name shown to colleagues." })
  @IsOptional()
  @Length(1, 200, { message: "Name must be 1 to 200 characters." })
  fullName?: string;

  @Field(() => RoleEnum, { nullable: true, description: "What the user may do." })
  @IsOptional()
  @IsIn(ROLES)
  role?: RoleEnum;

  @Field(() => [ID], { nullable: true, description: "Units the user works in (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID("all", { each: true, message: "unitIds must be ids." })
  unitIds?: string[];
}

@InputType({ description: "A new password for the signed-in user." })
export class ChangePasswordInput {
  @Field({ description: "The password in use now." })
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @Length(MIN_PASSWORD_LENGTH, 256, { message: PASSWORD_MESSAGE })
  newPassword: string;
}
