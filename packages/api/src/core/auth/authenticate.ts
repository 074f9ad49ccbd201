import type { ApiKeyScope } from "@nk/shared";
import { parse as parseCookie } from "cookie";
import type { Request } from "express";
import type { AppServices, Viewer } from "../context";
import { ApiError } from "../errors";
import type { RateBudget } from "../limits";
import { ApiKey } from "./api-key.entity";
import { findSession, SESSION_COOKIE } from "./sessions";
import { hashToken } from "./tokens";

export const API_KEY_PREFIX = "nk_";

const invalidKey = () => new ApiError("UNAUTHENTICATED", "The API key is not valid or has been revoked.", { http: { status: 401 } });

async function staffViewer(app: AppServices, token: string): Promise<Viewer | null> {
  const session = await findSession(app.db, app.config, token);
  if (!session?.staff) return null;
  const { role, unitIds } = session.staff;
  const mustEnrol = !session.mfa && app.config.mfa.requiredRoles.includes(role);
  return {
    kind: "user",
    userId: session.userId,
    role,
    unitIds,
    sessionId: session.id,
    mfa: session.mfa,
    mustEnrol,
  };
}

interface Caller {
  viewer: Viewer | null;
  /** The first point of the request, spent from the caller's budget. */
  budget: RateBudget;
}

async function partnerViewer(app: AppServices, secret: string): Promise<Caller> {
  const key = await app.db
    .getRepository(ApiKey)
    .createQueryBuilder("k")
    .innerJoin("partner", "p", "p.id = k.partner_id")
    .where("k.secret_hash = :hash", { hash: hashToken(secret) })
    .andWhere("k.revoked_at IS NULL AND p.archived_at IS NULL")
    .getOne();
  if (!key) throw invalidKey();
  const budget = await app.limiters.consumeRequest(`key:${key.id}`, key.rateLimitPerMinute);
  // lastUsedAt to the minute: one write per key per minute at most, however busy.
  await app.db.query(
    `UPDATE api_key SET last_used_at = now()
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [key.id],
  );
  return { viewer: { kind: "partner", apiKeyId: key.id, partnerId: key.partnerId, scopes: key.scopes as ApiKeyScope[] }, budget };
}

/**
 * Who is calling: a partner key (Authorization: Bearer), a staff session (cookie), or nobody; and
 * the rate budget the request draws on (the key's, the staff member's, or the address's).
 */
export async function authenticate(app: AppServices, req: Request): Promise<Caller> {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]?.startsWith(API_KEY_PREFIX)) throw invalidKey();
    return partnerViewer(app, match[1]);
  }
  const token = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  const viewer = token ? await staffViewer(app, token) : null;
  const budget = await app.limiters.consumeRequest(viewer?.kind === "user" ? `user:${viewer.userId}` : `ip:${req.ip}`);
  return { viewer, budget };
}
