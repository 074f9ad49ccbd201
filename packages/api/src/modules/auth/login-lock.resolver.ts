import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { LoginThrottle } from "./login-throttle.entity";
import * as throttle from "./throttle.service";

const LoginLockConnection = connectionType(LoginThrottle, "LoginLock", ["ADMIN"]);

@ObjectType({ description: "Result of liftLoginLock." })
@Allow("ADMIN")
class LiftLoginLockPayload {
  @Field(() => LoginThrottle, { nullable: true, description: "The lock as lifted (no failures, not locked); null when refused." })
  lock?: LoginThrottle;

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => LoginThrottle)
export class LoginLockResolver {
  @Query(() => LoginLockConnection, { description: "Sign-in locks and throttles in force, the longest first." })
  @Allow("ADMIN")
  loginLocks(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return throttle.listLocks(ctx, page);
  }

  @Mutation(() => LiftLoginLockPayload, { description: "Ends a sign-in lock or throttle at once and forgets its failures. Audited." })
  @Allow("ADMIN")
  liftLoginLock(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => ({ lock: await throttle.liftLock(ctx, em, input.id) }));
  }

  @FieldResolver(() => User, { nullable: true, description: "The staff account of the email, when there is one." })
  user(@Root() lock: LoginThrottle, @Ctx() ctx: Context) {
    return throttle.accountOf(ctx, lock);
  }
}
