import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Allow } from "../../core/access";
import { RoleEnum, User } from "../../core/auth/user.entity";
import type { Context } from "../../core/context";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { AcceptInvitationInput, InvitationUserInput, InviteUserInput } from "./invitation.inputs";
import * as service from "./invitation.service";

export enum UserStatus {
  ACTIVE = "ACTIVE",
  INVITED = "INVITED",
  DEACTIVATED = "DEACTIVATED",
}
registerEnumType(UserStatus, {
  name: "UserStatus",
  description: "Where a staff account stands.",
  valuesConfig: {
    ACTIVE: { description: "Signs in with her password." },
    INVITED: { description: "Invited, not yet accepted: cannot sign in until she chooses her password from the link." },
    DEACTIVATED: { description: "Archived: cannot sign in." },
  },
});

export enum InvitationState {
  OPEN = "OPEN",
  EXPIRED = "EXPIRED",
  USED = "USED",
  CANCELLED = "CANCELLED",
}
registerEnumType(InvitationState, {
  name: "InvitationState",
  description: "Where an invitation link stands.",
  valuesConfig: {
    OPEN: { description: "Works: she may choose her password with it." },
    EXPIRED: { description: "Its days have passed; the admin can issue a new link." },
    USED: { description: "She has chosen her password with it already." },
    CANCELLED: { description: "Cancelled, or replaced by a newer link." },
  },
});

@ObjectType({ description: "The secret of an invitation link, shown only in the answer that made it." })
@Allow("ADMIN")
class IssuedInvitation {
  @Field({ description: "The token; the link is /invite/<token> on the admin's address. Only its hash is kept." })
  token: string;

  @Field({ description: "After this the link no longer works." })
  expiresAt: Date;
}

@ObjectType({ description: "Result of inviting someone or issuing her a new link." })
@Allow("ADMIN")
class InvitationPayload {
  @Field(() => User, { nullable: true, description: "The invited account; null when refused." })
  user?: User;

  @Field(() => IssuedInvitation, { nullable: true, description: "The link's token, shown once: give it only to her." })
  invitation?: IssuedInvitation;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of cancelling an invitation." })
@Allow("ADMIN")
class CancelInvitationPayload {
  @Field(() => User, { nullable: true, description: "The account, now deactivated; null when refused." })
  user?: User;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "An invitation as the person holding its link sees it: whom it is for, nothing else." })
@Allow("PUBLIC")
class InvitationPreview {
  @Field(() => InvitationState, { description: "Whether the link still works." })
  state: InvitationState;

  @Field(() => String, { nullable: true, description: "Her name, while the link is open." })
  fullName: string | null;

  @Field(() => RoleEnum, { nullable: true, description: "Her role, while the link is open." })
  role: RoleEnum | null;

  @Field(() => Date, { nullable: true, description: "When the link stops working, while it is open." })
  expiresAt: Date | null;
}

@ObjectType({ description: "Result of accepting an invitation." })
@Allow("PUBLIC")
class AcceptInvitationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: "True once her password is set (she then signs in with her email and it); null when refused.",
  })
  accepted?: boolean;

  @Field(() => [UserError], {
    description: "Why it was refused: NOT_FOUND for a link never issued, INVALID_STATE for an expired, used or cancelled one.",
  })
  userErrors: UserError[];
}

@Resolver(() => User)
export class InvitationResolver {
  @Mutation(() => InvitationPayload, {
    description: `Invites a staff member: her account is made without a password and a link valid ${service.INVITATION_DAYS} days is returned once.`,
  })
  @Allow("ADMIN")
  inviteUser(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: InviteUserInput) {
    return runMutation(ctx, input, (em) => service.inviteUser(ctx, em, input));
  }

  @Mutation(() => InvitationPayload, { description: "Issues a new link for an invitation not yet accepted; the old link stops working." })
  @Allow("ADMIN")
  reissueInvitation(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: InvitationUserInput) {
    return runMutation(ctx, input, (em) => service.reissueInvitation(ctx, em, input));
  }

  @Mutation(() => CancelInvitationPayload, {
    description: "Cancels an invitation not yet accepted: the link stops working and the account is deactivated.",
  })
  @Allow("ADMIN")
  cancelInvitation(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: InvitationUserInput) {
    return runMutation(ctx, input, (em) => service.cancelInvitation(ctx, em, input));
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description:
      "What an invitation link's page shows: her name and role while it is open; null for a link never issued. Wrong links are throttled.",
  })
  @Allow("PUBLIC")
  invitation(@Ctx() ctx: Context, @Arg("token", { description: "The token of the link." }) token: string) {
    return service.previewInvitation(ctx, token);
  }

  @Mutation(() => AcceptInvitationPayload, {
    description:
      "The invited person chooses her password with her link (used once); she then signs in with login. Wrong links are throttled.",
  })
  @Allow("PUBLIC")
  acceptInvitation(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AcceptInvitationInput) {
    return runMutation(ctx, input, (em) => service.acceptInvitation(ctx, em, input));
  }

  @FieldResolver(() => UserStatus, { description: "Active, invited (not yet accepted) or deactivated." })
  @Allow("ADMIN")
  status(@Root() u: User): UserStatus {
    if (u.archivedAt) return UserStatus.DEACTIVATED;
    return u.invitationPending ? UserStatus.INVITED : UserStatus.ACTIVE;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When her invitation link expires (or expired, if it is in the past); null when no link is open.",
  })
  @Allow("ADMIN")
  invitationExpiresAt(@Root() u: User, @Ctx() ctx: Context): Promise<Date | null> | null {
    return u.invitationPending ? service.openInvitationExpiry(ctx, u.id) : null;
  }
}
