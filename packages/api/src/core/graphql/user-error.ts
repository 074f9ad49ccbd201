import type { UserErrorCode } from "@nk/shared";
import { registerEnumType } from "type-graphql";

/** One sentence per code, for the schema; README lists the params of each. */
const DESCRIPTIONS: Record<UserErrorCode, string> = {
  INVALID: "The value is not acceptable (no more specific reason applies). params: null.",
  REQUIRED: "A value is needed here. params: null.",
  TOO_SHORT: "The text is too short. params: {min, max} characters (either may be null).",
  TOO_LONG: "The text is too long. params: {min, max} characters (either may be null).",
  TOO_FEW: "The list has too few entries. params: {min, max} entries.",
  TOO_MANY: "The list has too many entries. params: {min, max} entries.",
  OUT_OF_RANGE: "The number is outside the accepted range. params: {min, max} (either may be null).",
  NOT_ALLOWED: "The value is not one of those accepted here. params: {allowed: [values]}.",
  INVALID_FORMAT: "The value is not written in the expected form. params: {format}, e.g. PHONE, UUID, DATE, MONTH.",
  IN_FUTURE: "The date cannot be in the future. params: {latest} (the last day or instant accepted).",
  TOO_EARLY: "The date comes before a date it must follow. params: {earliest, reference} (the field or record date it follows).",
  OUTSIDE_PERIOD: "The date must fall within a period. params: {from, to} (inclusive days).",
  CAPACITY_EXCEEDED: "There is not enough room. params: {capacity, free, requested}.",
  INVALID_STATE: "The record's current state does not allow this. params: {state}.",
  UNCHANGED: "The record has this value already. params: {value}.",
  IN_USE: "Other records still depend on this. params: {by, count} (e.g. REFERRALS, 2).",
  NOT_MEMBER: "She or it is not part of what the operation needs. params: {of, day} (of: UNIT, GROUP, COURSE, CAMPAIGN, DISTRICT).",
  MISMATCH: "The value does not agree with another field. params: {field}.",
  NOT_APPLICABLE: "The value may not be given together with another choice. params: {field, value}.",
  OUT_OF_REACH: "The caller may not act for this unit or organisation. params: null.",
  SELF: "This cannot be done to one's own account. params: null.",
  NOT_FOUND: "The referenced record does not exist (or is out of the caller's reach). params: null.",
  DUPLICATE: "The value is taken or given twice. params: null.",
  INVALID_CREDENTIALS: "The email or password is not correct. params: null.",
  INVALID_CODE: "The authenticator code or recovery code is not correct, or was used already. params: null.",
  CONFLICT: "Someone changed the record since it was read. params: null.",
  ARCHIVED: "The referenced record is archived. params: null.",
  INVALID_CHARACTERS:
    "The text holds characters that cannot be stored: a NUL byte, an unpaired surrogate, a control character, or a line break in a one-line field. params: null.",
};

/** The GraphQL enum of user-error codes: exactly `USER_ERROR_CODES` of `@nk/shared`. */
export const UserErrorCodeEnum = Object.fromEntries(Object.keys(DESCRIPTIONS).map((c) => [c, c])) as { [C in UserErrorCode]: C };

registerEnumType(UserErrorCodeEnum, {
  name: "UserErrorCode",
  description: "Why an input was refused; each code has its own `params` shape.",
  valuesConfig: Object.fromEntries(Object.entries(DESCRIPTIONS).map(([c, description]) => [c, { description }])),
});
