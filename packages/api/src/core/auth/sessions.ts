import type { Role } from "@nk/shared";
import type { Response } from "express";
import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config";
import { preparedRows } from "../db/prepared";
import { SharedStatement, sharedPer } from "../db/shared-statement";
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

/** The staff member a live session belongs to: her role and units, or null when her account is archived. */
export interface SessionStaff {
  role: Role;
  unitIds: string[];
}

interface SessionRow {
  id: string;
  user_id: string;
  mfa: boolean;
  last_seen_at: Date;
  expires_at: Date;
  role: Role | null;
  unit_ids: string[] | null;
}

/**
 * The sessions of tokens (by hash), with their users' roles and units, in one statement: every
 * request of a signed-in staff member starts with this, so the requests arriving together share
 * it (`SharedStatement`); each gets the row of its own token's hash or nothing.
 */
const sharedLookup = sharedPer(
  (db: DataSource) =>
    new SharedStatement<Buffer, SessionRow | undefined>(async (hashes) => {
      const rows = await preparedRows<SessionRow & { token_hash: Buffer }>(
        db,
        `SELECT s.token_hash, s.id, s.user_id, s.mfa, s.last_seen_at, s.expires_at, u.role,
                CASE WHEN u.id IS NOT NULL THEN ARRAY(SELECT uu.unit_id FROM user_unit uu WHERE uu.user_id = u.id) END AS unit_ids
           FROM session s LEFT JOIN "user" u ON u.id = s.user_id AND u.archived_at IS NULL
          WHERE s.token_hash = ANY($1::bytea[])`,
        [hashes],
      );
      const byHash = new Map(rows.map((r) => [r.token_hash.toString("hex"), r]));
      return hashes.map((h) => byHash.get(h.toString("hex")));
    }),
);

/**
 * The live session a token belongs to, with its user's role and units, or null. Expired sessions
 * (idle or absolute) are deleted on sight; activity is written at most every minute (or tenth of
 * the idle timeout).
 */
export async function findSession(
  db: DataSource,
  config: Config,
  token: string,
): Promise<(ActiveSession & { staff: SessionStaff | null }) | null> {
  const session = await sharedLookup(db).run(hashToken(token));
  if (!session) return null;
  const now = Date.now();
  if (now - session.last_seen_at.getTime() > config.session.idleMs || now > session.expires_at.getTime()) {
    await db.getRepository(Session).delete({ id: session.id });
    return null;
  }
  if (now - session.last_seen_at.getTime() > Math.min(60_000, config.session.idleMs / 10)) {
    await db.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date(now) });
  }
  const staff = session.role ? { role: session.role, unitIds: session.unit_ids ?? [] } : null;
  return { id: session.id, userId: session.user_id, mfa: session.mfa, staff };
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
