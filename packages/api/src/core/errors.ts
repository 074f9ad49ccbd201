import type { ErrorCode } from "@nk/shared";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** An error whose message is meant for the client, carrying one of the API's codes. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new ApiError("UNAUTHENTICATED", "Sign in to do this.");
export const forbidden = () => new ApiError("FORBIDDEN", "You are not allowed to do this.");
export const notFound = (what: string) => new ApiError("NOT_FOUND", `${what} was not found.`);
export const badInput = (message: string, field?: string) => new ApiError("BAD_USER_INPUT", message, field ? { field } : {});
export const conflict = (message: string) => new ApiError("CONFLICT", message);
export const rateLimited = (retryAfterSeconds: number, message = `Too many requests. Try again in ${retryAfterSeconds} s.`) =>
  new ApiError("RATE_LIMITED", message, { retryAfterSeconds, http: { status: 429 } });

/** Codes that GraphQL itself produces for malformed requests; their messages are safe to show. */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

const OWN_CODES = new Set<string>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_USE",
]);

const VALIDATION_ABORTED =
  "The query repeats the same fields too many times to be checked; ask for each field once (use aliases or fragments no more than needed).";

/** PostgreSQL's data exceptions (class 22, e.g. 22P02 a malformed id, 22008 a day that does not exist). */
function isMalformedValue(error: unknown): boolean {
  const original = (error as { originalError?: { driverError?: { code?: string }; code?: string } }).originalError;
  return String(original?.driverError?.code ?? original?.code ?? "").startsWith("22");
}

/**
 * Shapes every error that leaves the server: known codes pass with their message, anything else
 * becomes INTERNAL_SERVER_ERROR with no message, stack or SQL (outside development), and is logged.
 */
export function createErrorFormatter(options: { development: boolean; onInternal: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.message === "Validation aborted.") {
      // graphql-js gives up checking that repeated fields can be merged past a fixed amount of work.
      return { ...formatted, message: VALIDATION_ABORTED, extensions: { code } };
    }
    if (OWN_CODES.has(code) || REQUEST_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.development ? formatted.extensions : extensions };
    }
    if (isMalformedValue(error)) {
      return {
        message: "A value has the wrong form (for example an id that is not a UUID).",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT" },
      };
    }
    options.onInternal(error);
    if (options.development) return formatted;
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** `value`, or NOT_FOUND when there is none. */
export function found<T>(value: T | null | undefined, label: string): T {
  if (value === null || value === undefined) throw notFound(label);
  return value;
}
