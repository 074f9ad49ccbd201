/** Staff roles, in the order the admin lists them. */
export const ROLES = ["ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR", "ANALYST"] as const;
export type Role = (typeof ROLES)[number];

/** What a partner API key may be allowed to do. */
export const API_KEY_SCOPES = ["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** The `extensions.code` of every error the API throws on purpose. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_USE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export * from "./days";
export * from "./user-errors";

/** How many days an invitation link to a new staff member works. */
export const INVITATION_DAYS = 7;

/** Largest page a connection returns. */
export const MAX_PAGE_SIZE = 100;

export const LOCALES = ["tg", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
