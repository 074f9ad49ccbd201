import { IsEmail, IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Allow, AllowDuringEnrolment } from "../../core/access";
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

export enum SignInStep {
  SIGNED_IN = "SIGNED_IN",
  MFA_REQUIRED = "MFA_REQUIRED",
  MFA_ENROLMENT_REQUIRED = "MFA_ENROLMENT_REQUIRED",
}
registerEnumType(SignInStep, {
  name: "SignInStep",
  description: "Where a sign-in stands once the password (or the code) was accepted.",
  valuesConfig: {
    SIGNED_IN: { description: "Signed in; the session cookie is set." },
    MFA_REQUIRED: { description: "The password was right; send an authenticator or recovery code to verifyMfa with mfaChallenge." },
    MFA_ENROLMENT_REQUIRED: {
      description: "Signed in, but her role requires a second step she has not set up: only the enrolment operations are open.",
    },
  },
});

@ObjectType("MfaChallenge", {
  description: "A sign-in waiting for its second step. The token does nothing but complete it with verifyMfa.",
})
@Allow("PUBLIC")
class MfaChallengeType {
  @Field({ description: "Pass it to verifyMfa with the code." })
  token: string;

  @Field({ description: "After this the password must be given again." })
  expiresAt: Date;
}

@ObjectType({ description: "Result of signing in (login) or of its second step (verifyMfa)." })
@Allow("PUBLIC")
class LoginPayload {
  @Field(() => ViewerType, { nullable: true, description: "Who is now signed in; null when refused or while the second step is awaited." })
  viewer?: ViewerType;

  @Field(() => SignInStep, { nullable: true, description: "Where the sign-in stands; null when refused." })
  step?: SignInStep;

  @Field(() => MfaChallengeType, { nullable: true, description: "Set when step is MFA_REQUIRED." })
  mfaChallenge?: MfaChallengeType;

  @Field(() => [UserError], { description: "Why sign-in was refused; the same answer for an unknown email and a wrong password." })
  userErrors: UserError[];
}

@InputType({ description: "The second step of a sign-in: an authenticator code, or one of the recovery codes." })
class VerifyMfaInput {
  @Field({ description: "mfaChallenge.token from login." })
  @IsNotEmpty({ message: "Sign in again." })
  @MaxLength(100)
  challenge: string;

  @Field(() => String, { nullable: true, description: "The 6-digit code the authenticator app shows." })
  @IsOptional()
  @MaxLength(10)
  code?: string | null;

  @Field(() => String, { nullable: true, description: "A recovery code (used once), instead of code." })
  @IsOptional()
  @MaxLength(40)
  recoveryCode?: string | null;
}

@ObjectType("StaffSession", { description: "The staff member's current session." })
@Allow("PUBLIC") // always the caller's own session
class StaffSessionType {
  @Field({ description: "The sign-in passed a second step (authenticator or recovery code)." })
  mfa: boolean;

  @Field({ description: "Her role requires a second step she has not set up: only enrolment is open until she does." })
  enrolmentRequired: boolean;
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

/** A started session: the rest of this response is answered for the user who just signed in. */
function signedIn(ctx: Context, viewer: Viewer) {
  ctx.viewer = viewer;
  const step = viewer.kind === "user" && viewer.mustEnrol ? SignInStep.MFA_ENROLMENT_REQUIRED : SignInStep.SIGNED_IN;
  return { viewer: viewerType(viewer), step };
}

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "Who is calling; null when not signed in." })
  @Allow("PUBLIC")
  @AllowDuringEnrolment()
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? viewerType(ctx.viewer) : null;
  }

  @Mutation(() => LoginPayload, {
    description:
      "Signs a staff member in and sets the session cookie, or, when she has an authenticator, answers MFA_REQUIRED with a challenge for verifyMfa. Repeated failures are throttled.",
  })
  @Allow("PUBLIC")
  @AllowDuringEnrolment()
  login(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: LoginInput) {
    return runMutation(ctx, input, async (em) => {
      const signIn = await service.login(ctx, em, input.email, input.password);
      return signIn.viewer ? signedIn(ctx, signIn.viewer) : { step: SignInStep.MFA_REQUIRED, mfaChallenge: signIn.challenge };
    });
  }

  @Mutation(() => LoginPayload, {
    description: "Completes a sign-in that answered MFA_REQUIRED. A code is accepted once; wrong codes are throttled as passwords are.",
  })
  @Allow("PUBLIC")
  @AllowDuringEnrolment()
  verifyMfa(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: VerifyMfaInput) {
    return runMutation(ctx, input, async (em) => signedIn(ctx, await service.verifyMfa(ctx, em, input)));
  }

  @Mutation(() => LogoutPayload, { description: "Ends the current session and clears its cookie." })
  @Allow("PUBLIC")
  @AllowDuringEnrolment()
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

  @FieldResolver(() => StaffSessionType, { nullable: true, description: "The current session, for staff; null for an API key." })
  session(@Root() v: ViewerType): StaffSessionType | null {
    if (v.viewer.kind !== "user") return null;
    return { mfa: v.viewer.mfa === true, enrolmentRequired: v.viewer.mustEnrol === true };
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The partner organisation, for an API key." })
  partner(@Root() v: ViewerType, @Ctx() ctx: Context) {
    return v.viewer.kind === "partner" ? ctx.loaders.byId(Partner, "Partner").load(v.viewer.partnerId) : null;
  }
}
