import type { ApiKeyScope, Role } from "@nk/shared";
import type { DataSource } from "typeorm";
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
 * `viewer`), where the audit trail goes (`request` is what each event records of the caller), and
 * the database. Nothing of Express.
 */
export interface RequestContext {
  viewer: Viewer | null;
  request: { ip: string; userAgent: string | null };
  db: DataSource;
  config: Config;
  log: Logger;
}

/** One per GraphQL request. */
export interface Context extends AppServices, RequestContext {
  loaders: Loaders;
  /** Sets or clears the session cookie (sign-in, sign-out); the only reach into the HTTP response. */
  session: SessionCookie;
  /** Fields already refused in this request, so a refusal is audited once per field. */
  denied: Set<string>;
  /** The caller's rate budget after this request's points so far (absent only outside HTTP). */
  rateBudget?: RateBudget;
  /** This request's query cost (core/cost.ts), once its operation is known. */
  queryCost?: number;
}
