import type { UserErrorCode, UserErrorParams } from "@nk/shared";
import { type ValidationError, validate } from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow } from "../access";
import type { Context } from "../context";
import { UserErrorCodeEnum } from "./user-error";
import { codeOfConstraint } from "./validation-codes";

@ObjectType({ description: "A problem with a mutation's input that the user can fix." })
@Allow("PUBLIC") // only ever part of a payload the caller was allowed to receive
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "phone"].' })
  field: string[];

  @Field({ description: "What is wrong, in words for a person." })
  message: string;

  @Field(() => UserErrorCodeEnum, { description: "Machine-readable reason; `params` gives its details." })
  code: UserErrorCode;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Details of the reason, of a fixed shape per code (the limits, the allowed values); null when the code has none.",
  })
  params: Record<string, unknown> | null;
}

/** Thrown inside a mutation to refuse its input: the transaction is rolled back. */
export class UserInputError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join(" "));
  }
}

/** Codes whose params are null may omit them. */
type ParamsArg<C extends UserErrorCode> = UserErrorParams[C] extends null ? [params?: null] : [params: UserErrorParams[C]];

export function userError<C extends UserErrorCode = "INVALID">(
  field: string,
  message: string,
  code: C = "INVALID" as C,
  ...[params]: ParamsArg<C>
): UserError {
  return { field: ["input", ...field.split(".")], message, code, params: (params ?? null) as Record<string, unknown> | null };
}

/** Refuses the input of the running mutation: `field` is a dotted path under `input`, `message` the English text. */
export function refuse<C extends UserErrorCode = "INVALID">(
  field: string,
  message: string,
  code: C = "INVALID" as C,
  ...params: ParamsArg<C>
): never {
  throw new UserInputError([userError(field, message, code, ...params)]);
}

function flatten(errors: ValidationError[], prefix: string[] = ["input"]): UserError[] {
  return errors.flatMap((e) => {
    const field = [...prefix, e.property];
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]): UserError => {
      const { code, params } = codeOfConstraint(e, constraint);
      return { field, message, code, params: params as Record<string, unknown> | null };
    });
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
