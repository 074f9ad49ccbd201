/**
 * Codes of `userErrors` entries in mutation payloads. Each code has a fixed shape of `params`
 * (`UserErrorParams`), so a client can say the sentence in its own language from code + params.
 */
export const USER_ERROR_CODES = [
  "INVALID",
  "REQUIRED",
  "TOO_SHORT",
  "TOO_LONG",
  "TOO_FEW",
  "TOO_MANY",
  "OUT_OF_RANGE",
  "NOT_ALLOWED",
  "INVALID_FORMAT",
  "IN_FUTURE",
  "TOO_EARLY",
  "OUTSIDE_PERIOD",
  "CAPACITY_EXCEEDED",
  "INVALID_STATE",
  "UNCHANGED",
  "IN_USE",
  "NOT_MEMBER",
  "MISMATCH",
  "NOT_APPLICABLE",
  "OUT_OF_REACH",
  "SELF",
  "NOT_FOUND",
  "DUPLICATE",
  "INVALID_CREDENTIALS",
  "INVALID_CODE",
  "CONFLICT",
  "ARCHIVED",
  "INVALID_CHARACTERS",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** Formats an `INVALID_FORMAT` error names. */
export const VALUE_FORMATS = [
  "PHONE",
  "UUID",
  "DATE",
  "DATETIME",
  "MONTH",
  "EMAIL",
  "URL",
  "INTEGER",
  "NUMBER",
  "BOOLEAN",
  "CODE",
  "PATTERN",
] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** A bound that may be absent (null): a length, a count or a number. */
export interface Bounds {
  min: number | null;
  max: number | null;
}

/** The `params` of each code; `null` where a code carries none. */
export interface UserErrorParams {
  INVALID: null;
  REQUIRED: null;
  TOO_SHORT: Bounds;
  TOO_LONG: Bounds;
  TOO_FEW: Bounds;
  TOO_MANY: Bounds;
  OUT_OF_RANGE: Bounds;
  NOT_ALLOWED: { allowed: string[] };
  INVALID_FORMAT: { format: ValueFormat };
  /** The latest day (YYYY-MM-DD) or instant (ISO 8601) accepted. */
  IN_FUTURE: { latest: string };
  /** The earliest day or instant accepted, and the field or record date it may not precede. */
  TOO_EARLY: { earliest: string; reference: string };
  /** The period (inclusive days) the value must fall within. */
  OUTSIDE_PERIOD: { from: string; to: string };
  /** Places in all, places still free, places asked for. */
  CAPACITY_EXCEEDED: { capacity: number; free: number; requested: number };
  /** The record's current state that forbids the change (e.g. CLOSED, DISCHARGED, WITHDRAWN). */
  INVALID_STATE: { state: string };
  /** The value the record has already. */
  UNCHANGED: { value: string };
  /** What still depends on the record (REFERRALS, ACTIVITIES, SESSIONS, ENROLLMENTS) and how many. */
  IN_USE: { by: string; count: number };
  /** What she or it is not part of (UNIT, GROUP, COURSE, CAMPAIGN, DISTRICT, HOUSEHOLD), and on which day if any. */
  NOT_MEMBER: { of: string; day: string | null };
  /** The other input field the value does not agree with. */
  MISMATCH: { field: string };
  /** The value may not be given while `field` is `value`. */
  NOT_APPLICABLE: { field: string; value: string };
  OUT_OF_REACH: null;
  SELF: null;
  NOT_FOUND: null;
  DUPLICATE: null;
  INVALID_CREDENTIALS: null;
  INVALID_CODE: null;
  CONFLICT: null;
  ARCHIVED: null;
  INVALID_CHARACTERS: null;
}
