import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { verifyAgainstDummy, verifyPassword } from "../../core/auth/password";
import { createSession, deleteExpiredSessions, deleteSession } from "../../core/auth/sessions";
import { User } from "../../core/auth/user.entity";
import type { SignInContext, Viewer } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { refuse } from "../../core/graphql/mutation";
import { type Challenge, confirmedFactor, mfaRequired, passSecondStep, type SecondStep, startChallenge } from "./mfa.service";
import { clearPair, ensureNotThrottled, recordFailure } from "./throttle.service";

/** Where a sign-in stands: signed in, or waiting for the second step. */
export type SignIn = { viewer: Viewer; challenge?: undefined } | { viewer?: undefined; challenge: Challenge };

/**
 * Checks the credentials. An unknown email and a wrong password take the same time and give the
 * same answer; failures are throttled per account and address (throttle.service.ts). A user with
 * an authenticator gets a challenge for `verifyMfa`; anyone else a session at once (one whose role
 * requires a second step may then only enrol).
 */
export async function login(ctx: SignInContext, em: EntityManager, email: string, password: string): Promise<SignIn> {
  const attempt = { account: email.trim().toLowerCase(), address: ctx.request.ip };
  await ensureNotThrottled(ctx.db, attempt);

  const user = await em.getRepository(User).findOneBy({ email: attempt.account });
  let ok = false;
  // An invited account has no password of hers until she accepts: it answers as an unknown one.
  if (user && !user.archivedAt && !user.invitationPending) ok = await verifyPassword(user.passwordHash, password);
  else await verifyAgainstDummy(password);
  if (!ok || !user) {
    // Written outside the transaction, which the refusal rolls back.
    await recordFailure(ctx.db, ctx.config.login, attempt);
    await audit(ctx, { action: "LOGIN_FAILED", entityType: "User", entityId: user?.id ?? null });
    refuse("password", "The email or password is not correct.", "INVALID_CREDENTIALS");
  }
  if (await confirmedFactor(em, user.id)) {
    await audit(ctx, { action: "LOGIN_PASSWORD_ACCEPTED", entityType: "User", entityId: user.id }, em);
    return { challenge: await startChallenge(em, user.id) };
  }
  await clearPair(ctx.db, ctx.config.login, attempt);
  return { viewer: await startSession(ctx, em, user, null) };
}

/** Completes a sign-in with its second step: an authenticator code or a recovery code. */
export async function verifyMfa(ctx: SignInContext, em: EntityManager, step: SecondStep): Promise<Viewer> {
  const { user, method } = await passSecondStep(ctx, em, step);
  await clearPair(ctx.db, ctx.config.login, { account: user.email, address: ctx.request.ip });
  return startSession(ctx, em, user, method);
}

/**
 * A new session id at every sign-in; an old cookie of this browser is ended first, and so are
 * the user's sessions that have timed out but were never presented again. `mfa` names the
 * second step passed (TOTP, RECOVERY_CODE), or null.
 */
async function startSession(ctx: SignInContext, em: EntityManager, user: User, mfa: string | null): Promise<Viewer> {
  if (ctx.viewer?.kind === "user") await deleteSession(em, ctx.viewer.sessionId);
  await deleteExpiredSessions(em, ctx.config, user.id);
  const { token, sessionId } = await createSession(em, ctx.config, user.id, ctx.request, mfa !== null);
  await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
  const viewer: Viewer = {
    kind: "user",
    userId: user.id,
    role: user.role,
    unitIds: (await selectRows<{ unit_id: string }>(em, "SELECT unit_id FROM user_unit WHERE user_id = $1", [user.id])).map(
      (r) => r.unit_id,
    ),
    sessionId,
    mfa: mfa !== null,
    mustEnrol: mfa === null && mfaRequired(ctx.config, user.role),
  };
  await audit({ ...ctx, viewer }, { action: "LOGIN", entityType: "User", entityId: user.id, details: mfa ? { mfa } : undefined }, em);
  ctx.session.set(token);
  return viewer;
}

export async function logout(ctx: SignInContext): Promise<void> {
  if (ctx.viewer?.kind === "user") {
    await deleteSession(ctx.db.manager, ctx.viewer.sessionId);
    await audit(ctx, { action: "LOGOUT", entityType: "User", entityId: ctx.viewer.userId });
  }
  ctx.session.clear();
}
