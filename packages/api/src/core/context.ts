import type { ApiKeyScope, Role } from "@nk/shared";
import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import type { Limiters, RateBudget } from "./limits";
import type { Loaders } from "./loaders";
import type { Logger } from "./logger";

export type Viewer =
  | { kind: "user"; userId: string; role: Role; unitIds: string[]; sessionId: string }
  | { kind: "partner"; apiKeyId: string; partnerId: string; scopes: ApiKeyScope[] };

/** What the server shares between requests: configuration, pools, limiters. */
export interface AppServices {
  config: Config;
  db: DataSource;
  log: Logger;
  limiters: Limiters;
}

/** One per GraphQL request. */
export interface Context extends AppServices {
  viewer: Viewer | null;
  loaders: Loaders;
  request: { ip: string; userAgent: string | null };
  req: Request;
  res: Response;
  /** Fields already refused in this request, so a refusal is audited once per field. */
  denied: Set<string>;
  /** The caller's rate budget after this request's points so far (absent only outside HTTP). */
  rateBudget?: RateBudget;
  /** This request's query cost (core/cost.ts), once its operation is known. */
  queryCost?: number;
}
