import { IsEmail, IsNotEmpty, MaxLength } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Allow } from "../../core/access";
import { ApiKeyScopeEnum } from "../../core/auth/api-key.entity";
import { User } from "../../core/auth/user.entity";
import type { Context, Viewer } from "../../core/context";
import { unauthenticated } from "../../core/errors";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Partner } from "../organisation/partner.entity";
import * as service from "./auth.service";

export enum ViewerKind {
  USER = "USER",
  PARTNER = "PARTNER",
}
registerEnumType(ViewerKind, { name: "ViewerKind", description: "Who is calling: a staff user or a partner API key." });

@ObjectType("Viewer", { description: "The caller: a signed-in staff member or a partner's API key." })
@Allow("PUBLIC") // always the caller's own identity
export class ViewerType {
  @Field(() => ViewerKind, { description: "USER for staff sessions, PARTNER for API keys." })
  kind: ViewerKind;

  @Field(() => [ApiKeyScopeEnum], { description: "For a partner key, what it may do; empty for staff." })
  scopes: ApiKeyScopeEnum[];

  viewer: Viewer;
}

@InputType({ description: "Staff sign-in." })
class LoginInput {
  @Field({ description: "Email address." })
  @IsEmail({}, { message: "Enter an email address." })
  @MaxLength(254)
  email: string;

  @Field({ description: "Password." })
  @IsNotEmpty({ message: "Enter the password." })
  @MaxLength(256)
  password: string;
}

@ObjectType({ description: "Result of signing in." })
@Allow("PUBLIC")
class LoginPayload {
  @Field(() => ViewerType, { nullable: true, description: "Who is now signed in; null when refused." })
  viewer?: ViewerType;

  @Field(() => [UserError], { description: "Why sign-in was refused; the same answer for an unknown email and a wrong password." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of signing out." })
@Allow("PUBLIC")
class LogoutPayload {
  @Field({ description: "True once the session is ended." })
  ok: boolean;
}

export function viewerType(viewer: Viewer): ViewerType {
  return {
    kind: viewer.kind === "user" ? ViewerKind.USER : ViewerKind.PARTNER,
    scopes: viewer.kind === "partner" ? (viewer.scopes as ApiKeyScopeEnum[]) : [],
    viewer,
  };
}

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "Who is calling; null when not signed in." })
  @Allow("PUBLIC")
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? viewerType(ctx.viewer) : null;
  }

  @Mutation(() => LoginPayload, { description: "Signs a staff member in and sets the session cookie. Repeated failures are throttled." })
  @Allow("PUBLIC")
  login(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: LoginInput) {
    return runMutation(ctx, input, async (em) => {
      const viewer = await service.login(ctx, em, input.email, input.password);
      // The rest of this response is answered for the user who just signed in.
      ctx.viewer = viewer;
      return { viewer: viewerType(viewer) };
    });
  }

  @Mutation(() => LogoutPayload, { description: "Ends the current session and clears its cookie." })
  @Allow("PUBLIC")
  async logout(@Ctx() ctx: Context) {
    await service.logout(ctx);
    return { ok: true };
  }

  @FieldResolver(() => User, { nullable: true, description: "The staff member, for a staff session." })
  user(@Root() v: ViewerType, @Ctx() ctx: Context) {
    if (v.viewer.kind !== "user") return null;
    return ctx.loaders
      .byId(User, "User")
      .load(v.viewer.userId)
      .then((u) => u ?? Promise.reject(unauthenticated()));
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The partner organisation, for an API key." })
  partner(@Root() v: ViewerType, @Ctx() ctx: Context) {
    return v.viewer.kind === "partner" ? ctx.loaders.byId(Partner, "Partner").load(v.viewer.partnerId) : null;
  }
}
