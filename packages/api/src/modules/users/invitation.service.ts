import { INVITATION_DAYS } from "@nk/shared";
import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { hashPassword } from "../../core/auth/password";
import { hashToken, randomToken } from "../../core/auth/tokens";
import { User } from "../../core/auth/user.entity";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { notFound } from "../../core/errors";
import { refuse } from "../../core/graphql/mutation";
import { setArchived } from "../../core/graphql/versioned";
import { type Attempt, clearPair, ensureNotThrottled, recordFailure } from "../auth/throttle.service";
import { Invitation } from "./invitation.entity";
import type { AcceptInvitationInput, InvitationUserInput, InviteUserInput } from "./invitation.inputs";
import { setUnits } from "./user.service";

export { INVITATION_DAYS };

/** Where an invitation link stands, as the person holding it is told. */
export type InvitationState = "OPEN" | "EXPIRED" | "USED" | "CANCELLED";

/** The link's secret, shown once; only its hash is kept. */
export interface IssuedInvitation {
  token: string;
  expiresAt: Date;
}

/**
 * Wrong links are throttled as failed sign-ins are, per address: the pair and the "account" are
 * both this address's, so someone trying tokens slows down only herself (and the address ceiling
 * she shares with her own sign-ins), never the people holding a real link.
 */
function attemptOf(ctx: RequestContext): Attempt {
  return { account: `invitation:${ctx.request.ip}`.slice(0, 254), address: ctx.request.ip };
}

/** A new link for her; any link issued before stops working. */
async function issue(ctx: RequestContext, em: EntityManager, userId: string): Promise<IssuedInvitation> {
  await em.query("UPDATE invitation SET cancelled_at = now() WHERE user_id = $1 AND accepted_at IS NULL AND cancelled_at IS NULL", [
    userId,
  ]);
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitedById = ctx.viewer?.kind === "user" ? ctx.viewer.userId : null;
  await em.insert(Invitation, { userId, tokenHash: hashToken(token), expiresAt, invitedById });
  return { token, expiresAt };
}

export async function inviteUser(ctx: RequestContext, em: EntityManager, input: InviteUserInput) {
  const email = input.email.trim().toLowerCase();
  if (await em.existsBy(User, { email })) refuse("email", "An account with this email exists already.", "DUPLICATE");
  // No password of hers yet: a random one nobody knows, and sign-in refuses the account anyway.
  const user = await em.save(
    User,
    em.create(User, {
      email,
      fullName: input.fullName.trim(),
      role: input.role,
      passwordHash: await hashPassword(randomToken(32)),
      invitationPending: true,
    }),
  );
  await setUnits(em, user.id, input.unitIds);
  const invitation = await issue(ctx, em, user.id);
  await audit(ctx, { action: "INVITE", entityType: "User", entityId: user.id, details: { role: input.role } }, em);
  return { user, invitation };
}

/** The invited account, locked for the rest of the transaction; refused once she has accepted. */
async function pendingUser(em: EntityManager, userId: string): Promise<User> {
  const user = await em
    .getRepository(User)
    .createQueryBuilder("u")
    .where("u.id = :userId", { userId })
    .setLock("pessimistic_write")
    .getOne();
  if (!user) throw notFound("User");
  if (!user.invitationPending) refuse("userId", "She has accepted her invitation already.", "INVALID_STATE", { state: "ACCEPTED" });
  return user;
}

/** A new link for an invitation not yet accepted (lost, expired): the old link stops working. */
export async function reissueInvitation(ctx: RequestContext, em: EntityManager, input: InvitationUserInput) {
  const user = await pendingUser(em, input.userId);
  if (user.archivedAt) refuse("userId", "The account is deactivated: restore it first.", "ARCHIVED");
  const invitation = await issue(ctx, em, user.id);
  await audit(ctx, { action: "INVITATION_REISSUED", entityType: "User", entityId: user.id }, em);
  return { user, invitation };
}

/** Cancels an invitation not yet accepted: the link stops working and the account is deactivated. */
export async function cancelInvitation(ctx: RequestContext, em: EntityManager, input: InvitationUserInput) {
  await pendingUser(em, input.userId);
  await em.query("UPDATE invitation SET cancelled_at = now() WHERE user_id = $1 AND accepted_at IS NULL AND cancelled_at IS NULL", [
    input.userId,
  ]);
  const user = await setArchived(em, User, "User", input.userId, true);
  await audit(ctx, { action: "INVITATION_CANCELLED", entityType: "User", entityId: input.userId }, em);
  return { user };
}

interface Found {
  invitation: Invitation;
  user: User;
  state: InvitationState;
}

async function byToken(em: EntityManager, token: string, lock: boolean): Promise<Found | null> {
  if (token.length === 0 || token.length > 100) return null;
  const query = em
    .getRepository(Invitation)
    .createQueryBuilder("i")
    .where("i.token_hash = :hash", { hash: hashToken(token) });
  const invitation = await (lock ? query.setLock("pessimistic_write") : query).getOne();
  if (!invitation) return null;
  const user = await em.findOneByOrFail(User, { id: invitation.userId });
  const state: InvitationState = invitation.acceptedAt
    ? "USED"
    : invitation.cancelledAt || user.archivedAt || !user.invitationPending
      ? "CANCELLED"
      : invitation.expiresAt.getTime() <= Date.now()
        ? "EXPIRED"
        : "OPEN";
  return { invitation, user, state };
}

/**
 * What the page of a link shows: whom it is for (name and role) while it is open, only its state
 * otherwise, null for a token that was never issued. Failures count towards the throttle.
 */
export async function previewInvitation(ctx: RequestContext, token: string) {
  const attempt = attemptOf(ctx);
  await ensureNotThrottled(ctx.db, attempt);
  const found = await byToken(ctx.db.manager, token, false);
  if (found?.state !== "OPEN") await recordFailure(ctx.db, ctx.config.login, attempt);
  if (!found) return null;
  const open = found.state === "OPEN";
  return {
    state: found.state,
    fullName: open ? found.user.fullName : null,
    role: open ? found.user.role : null,
    expiresAt: open ? found.invitation.expiresAt : null,
  };
}

const REFUSALS: Record<Exclude<InvitationState, "OPEN">, string> = {
  EXPIRED: "This invitation link has expired: ask NK's admin for a new one.",
  USED: "This invitation link has been used already: sign in with your password.",
  CANCELLED: "This invitation link no longer works: ask NK's admin for a new one.",
};

/** She chooses her password with the link: used once, then the account signs in as any other. */
export async function acceptInvitation(ctx: RequestContext, em: EntityManager, input: AcceptInvitationInput) {
  const attempt = attemptOf(ctx);
  await ensureNotThrottled(ctx.db, attempt);
  const found = await byToken(em, input.token, true);
  if (found?.state !== "OPEN") {
    // Written outside the transaction, which the refusal rolls back.
    await recordFailure(ctx.db, ctx.config.login, attempt);
    if (!found) refuse("token", "This invitation link is not known: check that it was copied whole.", "NOT_FOUND");
    refuse("token", REFUSALS[found.state], "INVALID_STATE", { state: `INVITATION_${found.state}` });
  }
  const { invitation, user } = found;
  if (user.email !== input.email.trim().toLowerCase()) {
    await recordFailure(ctx.db, ctx.config.login, attempt);
    refuse("email", "This invitation was made for another email address.", "MISMATCH", { field: "token" });
  }
  await em.query("UPDATE invitation SET accepted_at = now() WHERE id = $1", [invitation.id]);
  await selectRows(
    em,
    `UPDATE "user" SET password_hash = $2, invitation_pending = false, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
    [user.id, await hashPassword(input.password)],
  );
  await audit(ctx, { action: "INVITATION_ACCEPTED", entityType: "User", entityId: user.id }, em);
  await clearPair(ctx.db, ctx.config.login, attempt);
  return { accepted: true };
}

/** The expiry of each user's open invitation (null: none open), batched per request. */
export function openInvitationExpiry(ctx: RequestContext, userId: string): Promise<Date | null> {
  return ctx.loaders
    .get<string, Date | null>("users:openInvitation", async (ids) => {
      const rows = await selectRows<{ user_id: string; expires_at: Date }>(
        ctx.db,
        `SELECT user_id, max(expires_at) AS expires_at FROM invitation
          WHERE user_id = ANY($1::uuid[]) AND accepted_at IS NULL AND cancelled_at IS NULL GROUP BY user_id`,
        [[...ids]],
      );
      return ids.map((id) => rows.find((r) => r.user_id === id)?.expires_at ?? null);
    })
    .load(userId);
}
