import { USER_ERROR_CODES, type UserErrorCode } from "@nk/shared";
import { type ValidationError, validate } from "class-validator";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow } from "../access";
import type { Context } from "../context";

export enum UserErrorCodeEnum {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  TOO_LONG = "TOO_LONG",
  NOT_FOUND = "NOT_FOUND",
  DUPLICATE = "DUPLICATE",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  CONFLICT = "CONFLICT",
  ARCHIVED = "ARCHIVED",
  INVALID_CHARACTERS = "INVALID_CHARACTERS",
}
registerEnumType(UserErrorCodeEnum, { name: "UserErrorCode", description: "Why an input was refused." });
const _same: Record<UserErrorCode, UserErrorCodeEnum> = Object.fromEntries(USER_ERROR_CODES.map((c) => [c, c])) as never;
void _same;

@ObjectType({ description: "A problem with a mutation's input that the user can fix." })
@Allow("PUBLIC") // only ever part of a payload the caller was allowed to receive
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "phone"].' })
  field: string[];

  @Field({ description: "What is wrong, in words for a person." })
  message: string;

  @Field(() => UserErrorCodeEnum, { description: "Machine-readable reason." })
  code: UserErrorCode;
}

/** Thrown inside a mutation to refuse its input: the transaction is rolled back. */
export class UserInputError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join(" "));
  }
}

export function userError(field: string, message: string, code: UserErrorCode = "INVALID"): UserError {
  return { field: ["input", ...field.split(".")], message, code };
}

export function refuse(field: string, message: string, code: UserErrorCode = "INVALID"): never {
  throw new UserInputError([userError(field, message, code)]);
}

function flatten(errors: ValidationError[], prefix: string[] = ["input"]): UserError[] {
  return errors.flatMap((e) => {
    const field = [...prefix, e.property];
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      code: (constraint === "maxLength" ? "TOO_LONG" : constraint === "isNotEmpty" ? "REQUIRED" : "INVALID") as UserErrorCode,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Validates an input object with its class-validator decorators. */
export async function checkInput(input: object): Promise<UserError[]> {
  return flatten(await validate(input, { forbidUnknownValues: false, whitelist: false }));
}

/**
 * Runs one mutation: validates `input`, then calls `work` in a single transaction. Refused input
 * (a `UserInputError`) rolls the transaction back and comes back as `userErrors`.
 */
export async function runMutation<R extends object>(
  ctx: Context,
  input: object,
  work: (em: EntityManager) => Promise<R>,
): Promise<Partial<R> & { userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]) => ({ userErrors }) as Partial<R> & { userErrors: UserError[] };
  const invalid = await checkInput(input);
  if (invalid.length > 0) return refused(invalid);
  try {
    const result = await ctx.db.transaction((em) => work(em));
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return refused(error.errors);
    throw error;
  }
}
