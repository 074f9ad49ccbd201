import type { Response } from "express";
import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config";
import { Session } from "./session.entity";
import { hashToken, randomToken } from "./tokens";

export const SESSION_COOKIE = "nk_session";

export interface ActiveSession {
  id: string;
  userId: string;
  mfa: boolean;
}

/** Starts a session for `userId`; returns the token for the cookie (256 random bits). */
export async function createSession(
  em: EntityManager,
  config: Config,
  userId: string,
  client: { ip: string; userAgent: string | null },
  mfa: boolean,
): Promise<{ token: string; sessionId: string }> {
  const token = randomToken(32);
  const result = await em.insert(Session, {
    tokenHash: hashToken(token),
    userId,
    mfa,
    expiresAt: new Date(Date.now() + config.session.absoluteMs),
    ip: client.ip.slice(0, 64),
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId: String(result.identifiers[0]?.id) };
}

/**
 * The live session a token belongs to, or null. Expired sessions (idle or absolute) are deleted
 * on sight; activity is written at most every minute (or tenth of the idle timeout).
 */
export async function findSession(db: DataSource, config: Config, token: string): Promise<ActiveSession | null> {
  const session = await db.getRepository(Session).findOneBy({ tokenHash: hashToken(token) });
  if (!session) return null;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > config.session.idleMs || now > session.expiresAt.getTime()) {
    await db.getRepository(Session).delete({ id: session.id });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > Math.min(60_000, config.session.idleMs / 10)) {
    await db.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date(now) });
  }
  return { id: session.id, userId: session.userId, mfa: session.mfa };
}

export async function deleteExpiredSessions(em: EntityManager, config: Config, userId: string): Promise<void> {
  await em
    .createQueryBuilder()
    .delete()
    .from(Session)
    .where("user_id = :userId AND (expires_at < now() OR last_seen_at < now() - make_interval(secs => :idle))", {
      userId,
      idle: config.session.idleMs / 1000,
    })
    .execute();
}

export async function deleteSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.delete(Session, { id: sessionId });
}

/** The one thing a sign-in or sign-out does to the HTTP response: set or clear the session cookie. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

export function sessionCookie(res: Response, config: Config): SessionCookie {
  return {
    set: (token) =>
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: "strict",
        secure: config.secureCookies,
        path: "/",
        maxAge: config.session.absoluteMs,
      }),
    clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", secure: config.secureCookies, path: "/" }),
  };
}
