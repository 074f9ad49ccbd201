import type { Bounds, UserErrorCode, UserErrorParams, ValueFormat } from "@nk/shared";
import { getMetadataStorage, type ValidationError } from "class-validator";

type Coded = { [C in UserErrorCode]: { code: C; params: UserErrorParams[C] } }[UserErrorCode];

/** What a decorator may add through `context` to name its meaning, e.g. `{ format: "PHONE" }`. */
export interface ConstraintContext {
  format?: ValueFormat;
  code?: "REQUIRED";
}

const FORMATS: Record<string, ValueFormat> = {
  isUuid: "UUID",
  isDay: "DATE",
  isDate: "DATETIME",
  isEmail: "EMAIL",
  isUrl: "URL",
  isInt: "INTEGER",
  isNumber: "NUMBER",
  isBoolean: "BOOLEAN",
  matches: "PATTERN",
};

/** The arguments a property's decorator of this name was declared with (e.g. [1, 100] for Length). */
function constraintArgs(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, "", true, false)
    .find((m) => m.propertyName === error.property && m.name === name);
  return metadata?.constraints ?? [];
}

const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** The bounds declared on the property by a pair of decorators such as Min/Max. */
function bounds(error: ValidationError, low: string, high: string): Bounds {
  return { min: num(constraintArgs(error, low)[0]), max: num(constraintArgs(error, high)[0]) };
}

/** The specific code and parameters for one failed class-validator constraint. */
export function codeOfConstraint(error: ValidationError, constraint: string): Coded {
  const context = (error.contexts?.[constraint] ?? {}) as ConstraintContext;
  if (context.code === "REQUIRED") return { code: "REQUIRED", params: null };
  if (context.format) return { code: "INVALID_FORMAT", params: { format: context.format } };
  switch (constraint) {
    case "isNotEmpty":
    case "isDefined":
      return { code: "REQUIRED", params: null };
    case "isLength": {
      const [min, max] = constraintArgs(error, "isLength");
      const params = { min: num(min), max: num(max) };
      const short = typeof error.value === "string" && params.min !== null && error.value.length < params.min;
      return { code: short ? "TOO_SHORT" : "TOO_LONG", params };
    }
    case "minLength":
      return { code: "TOO_SHORT", params: bounds(error, "minLength", "maxLength") };
    case "maxLength":
      return { code: "TOO_LONG", params: bounds(error, "minLength", "maxLength") };
    case "min":
    case "max":
      return { code: "OUT_OF_RANGE", params: bounds(error, "min", "max") };
    case "arrayMinSize":
      return { code: "TOO_FEW", params: bounds(error, "arrayMinSize", "arrayMaxSize") };
    case "arrayMaxSize":
      return { code: "TOO_MANY", params: bounds(error, "arrayMinSize", "arrayMaxSize") };
    case "isIn": {
      const [allowed] = constraintArgs(error, "isIn");
      return { code: "NOT_ALLOWED", params: { allowed: Array.isArray(allowed) ? allowed.map(String) : [] } };
    }
    case "isEnum": {
      const [entity] = constraintArgs(error, "isEnum");
      return { code: "NOT_ALLOWED", params: { allowed: Object.values(entity ?? {}).map(String) } };
    }
  }
  const format = FORMATS[constraint];
  if (format) return { code: "INVALID_FORMAT", params: { format } };
  return { code: "INVALID", params: null };
}
