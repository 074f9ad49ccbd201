import { ApolloError } from "@apollo/client/core";

/** A problem with the input as the API reports it in a payload's `userErrors`. */
export interface UserErrorLike {
  code: string;
  field: readonly string[];
  message: string;
  /** Sent by the API once `UserError.params` lands; the sentence uses it when present. */
  params?: Record<string, unknown> | null;
}

/** A message to show: an i18n key and its named values (translated at render time). */
export interface Message {
  key: string;
  params?: Record<string, unknown>;
}

const REQUEST_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
]);

/** The `extensions.code` of the first GraphQL error, or NETWORK for a failed connection. */
export function errorCode(error: unknown): string {
  if (error instanceof ApolloError) {
    const code = error.graphQLErrors[0]?.extensions?.code;
    if (typeof code === "string") return code;
    const status = (error.networkError as { statusCode?: number } | null)?.statusCode;
    if (status === 429) return "RATE_LIMITED";
    if (status === 502 || status === 503 || status === 504) return "SERVICE_UNAVAILABLE";
    if (error.networkError) return "NETWORK";
  }
  return "UNEXPECTED";
}

/** How long RATE_LIMITED asks to wait, in seconds, whether it came as a GraphQL error or with HTTP 429. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApolloError)) return null;
  const body = (error.networkError as { result?: { errors?: Array<{ extensions?: Record<string, unknown> }> } } | null)?.result;
  const extensions = error.graphQLErrors[0]?.extensions ?? body?.errors?.[0]?.extensions;
  const seconds = extensions?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : null;
}

/** Any failure of a request, in words people understand: never a raw code. */
export function requestErrorMessage(error: unknown): Message {
  const code = errorCode(error);
  if (code === "NETWORK") return { key: "errors.request.NETWORK" };
  return { key: `errors.request.${REQUEST_CODES.has(code) ? code : "UNEXPECTED"}` };
}

const USER_ERROR_CODES = new Set([
  "INVALID",
  "REQUIRED",
  "TOO_SHORT",
  "TOO_LONG",
  "OUT_OF_RANGE",
  "NOT_ALLOWED",
  "INVALID_FORMAT",
  "NOT_FOUND",
  "DUPLICATE",
  "INVALID_CREDENTIALS",
  "INVALID_CODE",
  "CONFLICT",
  "ARCHIVED",
]);

/**
 * One user error as a sentence: `userErrors.<CODE>.detail` when the API sent the parameters the
 * sentence needs (e.g. `{max}` for TOO_LONG), else the generic `userErrors.<CODE>.generic`.
 */
export function userErrorMessage(error: UserErrorLike): Message {
  const code = USER_ERROR_CODES.has(error.code) ? error.code : "UNKNOWN";
  const params = error.params ?? null;
  if (params && Object.keys(params).length > 0) {
    const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
    return { key: `userErrors.${code}.detail`, params: flat };
  }
  return { key: `userErrors.${code}.generic` };
}

/** The input field a user error is about, without the leading "input" of the path. */
export function userErrorField(error: UserErrorLike): string {
  const path = error.field[0] === "input" ? error.field.slice(1) : error.field;
  return path.join(".");
}

/** CONFLICT arrives as a top-level error today and as a user error tomorrow: both count. */
export function isConflict(error: unknown, userErrors: readonly UserErrorLike[] = []): boolean {
  return userErrors.some((e) => e.code === "CONFLICT") || errorCode(error) === "CONFLICT";
}
