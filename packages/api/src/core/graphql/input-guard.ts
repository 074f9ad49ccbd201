import { getMetadataStorage as validationMetadata } from "class-validator";
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { getMetadataStorage as graphqlMetadata, type MiddlewareFn } from "type-graphql";
import type { Context } from "../context";
import { badInput } from "../errors";
import type { UserError } from "./mutation";

/** The longest text any field takes when its input declares no `@MaxLength` of its own. */
export const DEFAULT_MAX_TEXT = 20_000;
/** A field whose declared limit is above this is free text: newlines and tabs are kept there. */
export const FREE_TEXT_ABOVE = 500;

interface TextRule {
  max: number;
  multiLine: boolean;
  /** The field's own words for "too long", from its `@MaxLength` decorator. */
  tooLong?: string;
}

export interface TextProblem {
  path: string[];
  code: "INVALID_CHARACTERS" | "TOO_LONG";
  message: string;
}

const DEFAULT_RULE: TextRule = { max: DEFAULT_MAX_TEXT, multiLine: false };
// C0 controls except tab, newline and carriage return; DEL; the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string value, if anything. */
export function checkText(value: string, rule: TextRule): Omit<TextProblem, "path"> | undefined {
  if (value.length > rule.max && [...value].length > rule.max) {
    return { code: "TOO_LONG", message: rule.tooLong ?? `must be at most ${rule.max} characters` };
  }
  if (value.includes("\u0000")) return { code: "INVALID_CHARACTERS", message: "must not contain a NUL character" };
  if (LONE_SURROGATE.test(value))
    return { code: "INVALID_CHARACTERS", message: "must be valid Unicode text (an unpaired surrogate was found)" };
  if (CONTROL.test(value)) return { code: "INVALID_CHARACTERS", message: "must not contain control characters" };
  if (!rule.multiLine && LINE_BREAKS.test(value))
    return { code: "INVALID_CHARACTERS", message: "must be on one line (no tabs or line breaks)" };
  return undefined;
}

let rulesByType: Map<string, Map<string, TextRule>> | undefined;

/** Per input type and field, the limit its class declares with `@MaxLength` (class-validator). */
function rules(): Map<string, Map<string, TextRule>> {
  if (rulesByType) return rulesByType;
  rulesByType = new Map();
  for (const input of graphqlMetadata().inputTypes) {
    const byField = new Map<string, TextRule>();
    for (const m of validationMetadata().getTargetValidationMetadatas(input.target, "", true, false)) {
      const max = m.name === "maxLength" ? Number(m.constraints?.[0]) : Number.NaN;
      const tooLong = typeof m.message === "string" ? m.message : undefined;
      if (Number.isFinite(max)) byField.set(m.propertyName, { max, multiLine: max > FREE_TEXT_ABOVE, tooLong });
    }
    rulesByType.set(input.name, byField);
  }
  return rulesByType;
}

function firstInValue(type: GraphQLInputType, value: unknown, path: string[], rule: TextRule): TextProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return firstInValue(type.ofType, value, path, rule);
  if (isListType(type)) {
    if (!Array.isArray(value)) return firstInValue(type.ofType, value, path, rule);
    for (const [i, item] of value.entries()) {
      const found = firstInValue(type.ofType, item, [...path, String(i)], rule);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    const own = rules().get(type.name);
    const record = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      const found = firstInValue(field.type, record[field.name], [...path, field.name], own?.get(field.name) ?? DEFAULT_RULE);
      if (found) return found;
    }
    return undefined;
  }
  if (isScalarType(type)) return firstInScalar(value, path, rule);
  return undefined;
}

/** Strings anywhere in a scalar's value, JSON scalars included. */
function firstInScalar(value: unknown, path: string[], rule: TextRule): TextProblem | undefined {
  if (typeof value === "string") {
    const problem = checkText(value, rule);
    return problem && { path, ...problem };
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstInScalar(key, path, rule) ?? firstInScalar(item, [...path, key], rule);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first unacceptable string among a field's arguments. */
export function firstTextProblem(args: readonly GraphQLArgument[], values: Record<string, unknown>): TextProblem | undefined {
  for (const arg of args) {
    const found = firstInValue(arg.type, values[arg.name], [arg.name], DEFAULT_RULE);
    if (found) return found;
  }
  return undefined;
}

function hasUserErrors(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && "userErrors" in named.getFields();
}

/**
 * Runs before every field with arguments: a string with a NUL byte, an unpaired surrogate, a
 * control character (line breaks outside free text) or more characters than the field takes is
 * refused before any resolver or the database sees it. A mutation answers with a `userErrors`
 * entry naming the field; anything else with BAD_USER_INPUT.
 */
export const inputGuard: MiddlewareFn<Context> = async ({ info, args }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field || field.args.length === 0) return next();
  const problem = firstTextProblem(field.args, args);
  if (!problem) return next();
  const name = problem.path.join(".");
  const message = problem.message.endsWith(".") ? problem.message : `${name} ${problem.message}.`;
  if (info.parentType === info.schema.getMutationType() && hasUserErrors(field.type)) {
    const userErrors: UserError[] = [{ field: problem.path, message, code: problem.code }];
    return { userErrors };
  }
  throw badInput(message, name);
};
