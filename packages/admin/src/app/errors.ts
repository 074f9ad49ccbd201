import { ApolloError } from "@apollo/client/core";
import { type Bounds, USER_ERROR_CODES, type UserErrorCode, type UserErrorParams, type ValueFormat } from "@nk/shared";

/** A problem with the input as the API reports it in a payload's `userErrors`. */
export interface UserErrorLike {
  code: string;
  field: readonly string[];
  message: string;
  /** Details of a fixed shape per code (`UserErrorParams` of @nk/shared); null when the code has none. */
  params?: unknown;
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

const KNOWN_CODES = new Set<string>(USER_ERROR_CODES);

/** How the values inside a sentence are said: enum names, field names, days and numbers in words. */
export interface Words {
  /** An enum name from the API (e.g. ACTIVE, SHELTER, COORDINATOR) in words. */
  value(name: string): string;
  /** An input field's name (e.g. startsOn) in words. */
  field(name: string): string;
  /** A format of INVALID_FORMAT (e.g. DATE) in words. */
  format(name: ValueFormat): string;
  /** A day (YYYY-MM-DD) or an instant, as people write it. */
  date(value: string): string;
  number(value: number): string;
}

type Sentence = { variant: string; params: Record<string, unknown> };
type Say<C extends UserErrorCode> = (params: NonNullable<UserErrorParams[C]>, w: Words) => Sentence;

/** Which bounds a sentence names: both, only the lower or only the upper. */
const bounds = ({ min, max }: Bounds, w: Words): Sentence => ({
  variant: min !== null && max !== null ? "between" : min !== null ? "min" : "max",
  params: { min: min === null ? "" : w.number(min), max: max === null ? "" : w.number(max) },
});

/** The parameters of each code as the sentence says them. Codes without params use `generic`. */
const SENTENCES: { [C in UserErrorCode]?: Say<C> } = {
  TOO_SHORT: bounds,
  TOO_LONG: bounds,
  TOO_FEW: bounds,
  TOO_MANY: bounds,
  OUT_OF_RANGE: bounds,
  NOT_ALLOWED: ({ allowed }, w) => ({ variant: "detail", params: { allowed: allowed.map((a) => w.value(a)).join(", ") } }),
  INVALID_FORMAT: ({ format }, w) => ({ variant: "detail", params: { format: w.format(format) } }),
  IN_FUTURE: ({ latest }, w) => ({ variant: "detail", params: { latest: w.date(latest) } }),
  TOO_EARLY: ({ earliest, reference }, w) => ({ variant: "detail", params: { earliest: w.date(earliest), reference: w.field(reference) } }),
  OUTSIDE_PERIOD: ({ from, to }, w) => ({ variant: "detail", params: { from: w.date(from), to: w.date(to) } }),
  CAPACITY_EXCEEDED: ({ capacity, free, requested }, w) => ({
    variant: "detail",
    params: { capacity: w.number(capacity), free: w.number(free), requested: w.number(requested) },
  }),
  INVALID_STATE: ({ state }, w) => ({ variant: "detail", params: { state: w.value(state) } }),
  UNCHANGED: ({ value }, w) => ({ variant: "detail", params: { value: w.value(value) } }),
  IN_USE: ({ by, count }, w) => ({ variant: "detail", params: { by: w.value(by), count: w.number(count) } }),
  NOT_MEMBER: ({ of, day }, w) => ({ variant: day ? "onDay" : "detail", params: { of: w.value(of), day: day ? w.date(day) : "" } }),
  MISMATCH: ({ field }, w) => ({ variant: "detail", params: { field: w.field(field) } }),
  NOT_APPLICABLE: ({ field, value }, w) => ({ variant: "detail", params: { field: w.field(field), value: w.value(value) } }),
};

/**
 * One user error as a sentence, `userErrors.<CODE>.<variant>`, with its parameters in words (the
 * allowed values, the format, the limits, the days); `userErrors.<CODE>.generic` when the API sent
 * none. A code this app does not know yet reads as `userErrors.UNKNOWN.generic`.
 */
export function userErrorMessage(error: UserErrorLike, words: Words): Message {
  if (!KNOWN_CODES.has(error.code)) return { key: "userErrors.UNKNOWN.generic" };
  const code = error.code as UserErrorCode;
  const say = SENTENCES[code] as Say<UserErrorCode> | undefined;
  if (!say || !error.params) return { key: `userErrors.${code}.generic` };
  try {
    const { variant, params } = say(error.params as never, words);
    return { key: `userErrors.${code}.${variant}`, params };
  } catch {
    // Params of another shape than this app knows (a newer API): the generic sentence is still true.
    return { key: `userErrors.${code}.generic` };
  }
}

/** The input field a user error is about, without the leading "input" of the path. */
export function userErrorField(error: UserErrorLike): string {
  const path = error.field[0] === "input" ? error.field.slice(1) : error.field;
  return path.join(".");
}

/** CONFLICT arrives as a user error of a mutation, or as a top-level error: both count. */
export function isConflict(error: unknown, userErrors: readonly UserErrorLike[] = []): boolean {
  return userErrors.some((e) => e.code === "CONFLICT") || errorCode(error) === "CONFLICT";
}
