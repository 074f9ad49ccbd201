import { ROLES } from "@nk/shared";
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { audit } from "../../core/audit";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../../core/auth/password";
import { Session } from "../../core/auth/session.entity";
import { RoleEnum, User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { forbidden, found } from "../../core/errors";
import { connectionType, PageArgs, paginate } from "../../core/graphql/connection";
import { refuse, runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { linked } from "../../core/loaders";
import { whereTextMatches } from "../../core/text";
import { Unit } from "../organisation/unit.entity";

const UserConnection = connectionType(User, "User", ["ADMIN"]);
const PASSWORD_MESSAGE = `Password must be ${MIN_PASSWORD_LENGTH} to 256 characters.`;

@InputType({ description: "Narrows a list of users." })
class UserFilter {
  @Field({ nullable: true, description: "Text in the name or email." })
  search?: string;

  @Field(() => RoleEnum, { nullable: true, description: "Only users with this role." })
  role?: RoleEnum;

  @Field({ nullable: true, defaultValue: false, description: "List archived accounts instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A new staff account." })
class CreateUserInput {
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
class UpdateUserInput {
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
class ChangePasswordInput {
  @Field({ description: "The password in use now." })
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @Length(MIN_PASSWORD_LENGTH, 256, { message: PASSWORD_MESSAGE })
  newPassword: string;
}

@ObjectType({ description: "Result of a mutation on a user." })
@Allow(...STAFF)
class UserPayload {
  @Field(() => User, { nullable: true, description: "The user as saved; null when refused." })
  user?: User;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

async function setUnits(em: EntityManager, userId: string, unitIds: string[] | undefined) {
  if (!unitIds) return;
  const ids = [...new Set(unitIds)];
  const count = ids.length ? await em.getRepository(Unit).countBy(ids.map((id) => ({ id }))) : 0;
  if (count !== ids.length) refuse("unitIds", "One of the units does not exist.", "NOT_FOUND");
  await em.query("DELETE FROM user_unit WHERE user_id = $1", [userId]);
  if (ids.length) await em.query("INSERT INTO user_unit (user_id, unit_id) SELECT $1, unnest($2::uuid[])", [userId, ids]);
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: "Staff accounts, by name." })
  @Allow("ADMIN")
  users(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => UserFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: UserFilter,
  ) {
    const q = ctx.db.getRepository(User).createQueryBuilder("u");
    q.where(filter?.archived ? "u.archived_at IS NOT NULL" : "u.archived_at IS NULL");
    if (filter?.role) q.andWhere("u.role = :role", { role: filter.role });
    whereTextMatches(q, ["u.full_name", "u.email"], filter?.search);
    return paginate(q, "u", { expression: "u.full_name", direction: "ASC" }, page);
  }

  @Query(() => User, { description: "One staff account by id." })
  @Allow("ADMIN")
  async user(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(User, "User").load(id), "User");
  }

  @Mutation(() => UserPayload, { description: "Creates a staff account." })
  @Allow("ADMIN")
  createUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateUserInput) {
    return runMutation(ctx, input, async (em) => {
      const email = input.email.trim().toLowerCase();
      if (await em.existsBy(User, { email })) refuse("email", "An account with this email exists already.", "DUPLICATE");
      const user = await em.save(
        User,
        em.create(User, { email, fullName: input.fullName.trim(), role: input.role, passwordHash: await hashPassword(input.password) }),
      );
      await setUnits(em, user.id, input.unitIds);
      await audit(ctx, { action: "CREATE", entityType: "User", entityId: user.id, details: { role: input.role } }, em);
      return { user };
    });
  }

  @Mutation(() => UserPayload, {
    description: "Changes a staff account's name, role or units; its sessions end when the role or units change.",
  })
  @Allow("ADMIN")
  updateUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateUserInput) {
    return runMutation(ctx, input, async (em) => {
      const { id, version, unitIds, ...fields } = input;
      const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const user = await updateVersioned(em, User, "User", id, version, changes);
      await setUnits(em, id, unitIds);
      // What a session may reach is read at each request, but a changed role deserves a fresh sign-in.
      if (changes.role || unitIds) await em.delete(Session, { userId: id });
      await audit(
        ctx,
        {
          action: "UPDATE",
          entityType: "User",
          entityId: id,
          details: { fields: [...Object.keys(changes), ...(unitIds ? ["unitIds"] : [])] },
        },
        em,
      );
      return { user };
    });
  }

  @Mutation(() => UserPayload, { description: "Archives an account: it can no longer sign in and its sessions end." })
  @Allow("ADMIN")
  archiveUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => {
      if (ctx.viewer?.kind === "user" && ctx.viewer.userId === input.id) refuse("id", "You cannot archive your own account.", "SELF");
      const user = await setArchived(em, User, "User", input.id, true);
      await em.delete(Session, { userId: input.id });
      await audit(ctx, { action: "ARCHIVE", entityType: "User", entityId: input.id }, em);
      return { user };
    });
  }

  @Mutation(() => UserPayload, { description: "Restores an archived account." })
  @Allow("ADMIN")
  restoreUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => {
      const user = await setArchived(em, User, "User", input.id, false);
      await audit(ctx, { action: "RESTORE", entityType: "User", entityId: input.id }, em);
      return { user };
    });
  }

  @Mutation(() => UserPayload, { description: "Changes the signed-in user's own password; other sessions of the user end." })
  @Allow(...STAFF)
  changePassword(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ChangePasswordInput) {
    return runMutation(ctx, input, async (em) => {
      const viewer = ctx.viewer;
      if (viewer?.kind !== "user") throw forbidden();
      const user = await em.findOneByOrFail(User, { id: viewer.userId });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        refuse("currentPassword", "The current password is not correct.", "INVALID_CREDENTIALS");
      }
      await em.update(User, { id: user.id }, { passwordHash: await hashPassword(input.newPassword) });
      await em
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where("user_id = :u AND id <> :s", { u: user.id, s: viewer.sessionId })
        .execute();
      await audit(ctx, { action: "CHANGE_PASSWORD", entityType: "User", entityId: user.id }, em);
      return { user };
    });
  }

  @FieldResolver(() => [Unit], { description: "Units the user works in." })
  @Allow("ADMIN", "SELF")
  units(@Root() u: User, @Ctx() ctx: Context) {
    return linked(ctx, "user_unit", "user_id", "unit_id", Unit, "Unit").load(u.id);
  }
}
