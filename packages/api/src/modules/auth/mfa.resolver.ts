import { IsNotEmpty, MaxLength } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { Allow, AllowDuringEnrolment, STAFF } from "../../core/access";
import { User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { ViewerType } from "./auth.resolver";
import { MfaFactor } from "./mfa.entity";
import * as mfa from "./mfa.service";

@ObjectType("MfaStatus", { description: "The signed-in staff member's second step of sign-in." })
@Allow("PUBLIC") // always the caller's own
class MfaStatusType {
  @Field({ description: "An authenticator is enrolled: every sign-in asks for its code." })
  enabled: boolean;

  @Field({ description: "Her role requires it (NK_MFA_REQUIRED_ROLES): it cannot be turned off." })
  required: boolean;

  @Field(() => Date, { nullable: true, description: "When the authenticator was enrolled." })
  enabledAt: Date | null;

  @Field(() => Int, { description: "Recovery codes not used yet." })
  recoveryCodesLeft: number;
}

@ObjectType("MfaEnrolment", { description: "A new authenticator secret, waiting for its first code (confirmMfaEnrolment)." })
@Allow(...STAFF)
class MfaEnrolmentType {
  @Field({ description: "The secret in base32, to type into the app when the QR code cannot be scanned." })
  secret: string;

  @Field({ description: "otpauth:// URI of the secret, which the QR code holds." })
  otpauthUri: string;

  @Field({ description: "The QR code as an SVG data URL, 240 × 240 pixels." })
  qrCodeDataUrl: string;
}

@ObjectType({ description: "Result of beginMfaEnrolment." })
@Allow(...STAFF)
class BeginMfaEnrolmentPayload {
  @Field(() => MfaEnrolmentType, { nullable: true, description: "The secret to add to the authenticator app; null when refused." })
  enrolment?: MfaEnrolmentType;

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors: UserError[];
}

@InputType({ description: "Enrolling an authenticator asks for the password again, so nobody at an unattended desk can." })
class BeginMfaEnrolmentInput {
  @Field({ description: "The signed-in staff member's password." })
  @IsNotEmpty({ message: "Enter the password." })
  @MaxLength(256)
  password: string;
}

@InputType({ description: "A code from the authenticator app." })
class MfaCodeInput {
  @Field({ description: "The 6-digit code the app shows now." })
  @IsNotEmpty({ message: "Enter the code." })
  @MaxLength(10)
  code: string;
}

@ObjectType({ description: "Result of confirmMfaEnrolment." })
@Allow(...STAFF)
class ConfirmMfaEnrolmentPayload {
  @Field(() => [String], {
    nullable: true,
    description: "Ten recovery codes, each usable once instead of a code. Shown only here: she must keep them now.",
  })
  recoveryCodes?: string[];

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of disableMfa." })
@Allow(...STAFF)
class DisableMfaPayload {
  @Field(() => Boolean, { nullable: true, description: "True once the authenticator is removed; null when refused." })
  ok?: boolean;

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of resetUserMfa." })
@Allow("ADMIN")
class ResetUserMfaPayload {
  @Field(() => User, { nullable: true, description: "The user whose second step was reset; null when refused." })
  user?: User;

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => ViewerType)
export class MfaResolver {
  @FieldResolver(() => MfaStatusType, { nullable: true, description: "The second step of her sign-in, for staff; null for an API key." })
  mfa(@Root() v: ViewerType, @Ctx() ctx: Context) {
    return v.viewer.kind === "user" ? mfa.status(ctx, v.viewer.userId, v.viewer.role) : null;
  }

  @Mutation(() => BeginMfaEnrolmentPayload, {
    description:
      "Starts enrolling an authenticator app (TOTP) for the signed-in staff member, who gives her password again: a new secret and its QR code.",
  })
  @Allow(...STAFF)
  @AllowDuringEnrolment()
  beginMfaEnrolment(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: BeginMfaEnrolmentInput) {
    return runMutation(ctx, input, async (em) => ({ enrolment: await mfa.beginEnrolment(ctx, em, input.password) }));
  }

  @Mutation(() => ConfirmMfaEnrolmentPayload, {
    description:
      "Confirms the enrolment with the app's first code: every later sign-in asks for a code, other sessions end, and the recovery codes are returned once.",
  })
  @Allow(...STAFF)
  @AllowDuringEnrolment()
  confirmMfaEnrolment(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: MfaCodeInput) {
    return runMutation(ctx, input, async (em) => ({ recoveryCodes: await mfa.confirmEnrolment(ctx, em, input.code) }));
  }

  @Mutation(() => DisableMfaPayload, {
    description: "Removes the signed-in staff member's authenticator, with a current code; refused when her role requires one.",
  })
  @Allow(...STAFF)
  disableMfa(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: MfaCodeInput) {
    return runMutation(ctx, input, async (em) => {
      await mfa.disable(ctx, em, input.code);
      return { ok: true };
    });
  }

  @Mutation(() => ResetUserMfaPayload, {
    description:
      "Removes a user's authenticator and recovery codes (a lost phone) and ends her sessions; she enrols again at her next sign-in.",
  })
  @Allow("ADMIN")
  resetUserMfa(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => ({ user: await mfa.reset(ctx, em, input.id) }));
  }
}

@Resolver(() => User)
export class UserMfaResolver {
  @FieldResolver(() => Boolean, { description: "An authenticator is enrolled for this account." })
  @Allow("ADMIN", "SELF")
  async mfaEnabled(@Root() u: User, @Ctx() ctx: Context): Promise<boolean> {
    const factors = await ctx.loaders.manyBy(MfaFactor, "MfaFactor", "userId").load(u.id);
    return factors.some((f) => f.confirmedAt !== null);
  }
}
