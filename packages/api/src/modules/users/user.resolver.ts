import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { linked } from "../../core/loaders";
import { Unit } from "../organisation/unit.entity";
import { ChangePasswordInput, CreateUserInput, UpdateUserInput, UserFilter } from "./user.inputs";
import * as service from "./user.service";

const UserConnection = connectionType(User, "User", ["ADMIN"]);

@ObjectType({ description: "Result of a mutation on a user." })
@Allow(...STAFF)
class UserPayload {
  @Field(() => User, { nullable: true, description: "The user as saved; null when refused." })
  user?: User;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
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
    return service.listUsers(ctx, filter, page);
  }

  @Query(() => User, { description: "One staff account by id." })
  @Allow("ADMIN")
  async user(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(User, "User").load(id), "User");
  }

  @Mutation(() => UserPayload, { description: "Creates a staff account." })
  @Allow("ADMIN")
  createUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreateUserInput) {
    return runMutation(ctx, input, (em) => service.createUser(ctx, em, input));
  }

  @Mutation(() => UserPayload, {
    description: "Changes a staff account's name, role or units; its sessions end when the role or units change.",
  })
  @Allow("ADMIN")
  updateUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateUserInput) {
    return runMutation(ctx, input, (em) => service.updateUser(ctx, em, input));
  }

  @Mutation(() => UserPayload, { description: "Archives an account: it can no longer sign in and its sessions end." })
  @Allow("ADMIN")
  archiveUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveUser(ctx, em, input.id, true));
  }

  @Mutation(() => UserPayload, { description: "Restores an archived account." })
  @Allow("ADMIN")
  restoreUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, (em) => service.archiveUser(ctx, em, input.id, false));
  }

  @Mutation(() => UserPayload, { description: "Changes the signed-in user's own password; other sessions of the user end." })
  @Allow(...STAFF)
  changePassword(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ChangePasswordInput) {
    return runMutation(ctx, input, (em) => service.changePassword(ctx, em, input));
  }

  @FieldResolver(() => [Unit], { description: "Units the user works in." })
  @Allow("ADMIN", "SELF")
  units(@Root() u: User, @Ctx() ctx: Context) {
    return linked(ctx, "user_unit", "user_id", "unit_id", Unit, "Unit").load(u.id);
  }
}
