import { isISO8601, ValidateBy, type ValidationOptions } from "class-validator";

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30, no time of day). */
export function IsDay(name: string, options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: "isDay",
      validator: {
        validate: (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true }),
      },
    },
    { message: `${name} must be a date written YYYY-MM-DD, e.g. 2026-03-08.`, ...options },
  );
}
