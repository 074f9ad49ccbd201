import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { verifyAgainstDummy, verifyPassword } from "../../core/auth/password";
import { createSession, deleteExpiredSessions, deleteSession } from "../../core/auth/sessions";
import { User } from "../../core/auth/user.entity";
import type { SignInContext, Viewer } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { refuse } from "../../core/graphql/mutation";
import { Limiters } from "../../core/limits";

/**
 * Checks the credentials and starts a session. An unknown email and a wrong password take the
 * same time and give the same answer; failures count per account and per address.
 */
export async function login(ctx: SignInContext, em: EntityManager, email: string, password: string): Promise<Viewer> {
  const account = email.trim().toLowerCase();
  const { loginFailuresByAccount: byAccount, loginFailuresByAddress: byAddress } = ctx.limiters;
  await Limiters.ensureNotBlocked(byAccount, account);
  await Limiters.ensureNotBlocked(byAddress, ctx.request.ip);

  const user = await em.getRepository(User).findOneBy({ email: account });
  let ok = false;
  if (user && !user.archivedAt) ok = await verifyPassword(user.passwordHash, password);
  else await verifyAgainstDummy(password);
  if (!ok || !user) {
    await Limiters.recordFailure(byAccount, account);
    await Limiters.recordFailure(byAddress, ctx.request.ip);
    // Written outside the transaction, which the refusal rolls back.
    await audit(ctx, { action: "LOGIN_FAILED", entityType: "User", entityId: user?.id ?? null });
    refuse("password", "The email or password is not correct.", "INVALID_CREDENTIALS");
  }
  await byAccount.delete(account);

  // A new session id at every sign-in; an old cookie of this browser is ended first, and so are
  // the user's sessions that have timed out but were never presented again.
  if (ctx.viewer?.kind === "user") await deleteSession(em, ctx.viewer.sessionId);
  await deleteExpiredSessions(em, ctx.config, user.id);
  const { token, sessionId } = await createSession(em, ctx.config, user.id, ctx.request);
  await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
  const viewer: Viewer = {
    kind: "user",
    userId: user.id,
    role: user.role,
    unitIds: (await selectRows<{ unit_id: string }>(em, "SELECT unit_id FROM user_unit WHERE user_id = $1", [user.id])).map(
      (r) => r.unit_id,
    ),
    sessionId,
  };
  await audit({ ...ctx, viewer }, { action: "LOGIN", entityType: "User", entityId: user.id }, em);
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
