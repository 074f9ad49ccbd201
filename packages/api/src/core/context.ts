import type { ApiKeyScope, Role } from "@nk/shared";
import type { DataSource } from "typeorm";
import type { ReadLog } from "./audit";
import type { SessionCookie } from "./auth/sessions";
import type { Config } from "./config";
import type { Limiters, RateBudget } from "./limits";
import type { Loaders } from "./loaders";
import type { Logger } from "./logger";

export type Viewer =
  | {
      kind: "user";
      userId: string;
      role: Role;
      unitIds: string[];
      sessionId: string;
      /** The session was opened with a second step (authenticator or recovery code). */
      mfa?: boolean;
      /** Her role requires a second step she has not set up: she may only enrol (or sign out). */
      mustEnrol?: boolean;
    }
  | { kind: "partner"; apiKeyId: string; partnerId: string; scopes: ApiKeyScope[] };

/** What the server shares between requests: configuration, pools, limiters. */
export interface AppServices {
  config: Config;
  db: DataSource;
  log: Logger;
  limiters: Limiters;
}

/**
 * What a service needs of the request, and no more: who is acting (her role and units are in
 * `viewer`), where the audit trail goes (`request` is what each event records of the caller), the
 * database, this request's batching loaders and the log of what it read. Nothing of Express, nor of GraphQL.
 */
export interface RequestContext {
  viewer: Viewer | null;
  request: { ip: string; userAgent: string | null };
  db: DataSource;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** The records this request read, audited in one statement before the answer leaves. */
  reads: ReadLog;
}

/** What signing in and out needs besides: the session cookie. */
export interface SignInContext extends RequestContext {
  /** Sets or clears the session cookie; the only reach into the HTTP response. */
  session: SessionCookie;
}

/** One per GraphQL request: what resolvers, guards and plugins see. Services take a `RequestContext`. */
export interface Context extends AppServices, SignInContext {
  limiters: Limiters;
  /** Fields already refused in this request, so a refusal is audited once per field. */
  denied: Set<string>;
  /** The caller's rate budget after this request's points so far (absent only outside HTTP). */
  rateBudget?: RateBudget;
  /** This request's query cost (core/cost.ts), once its operation is known. */
  queryCost?: number;
}
