import type { UserErrorCode, UserErrorParams } from "@nk/shared";
import { type ValidationError, validate } from "class-validator";
import { type GraphQLOutputType, getNamedType, isObjectType } from "graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, type MiddlewareFn, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow } from "../access";
import type { Context, RequestContext } from "../context";
import { databaseWentAway, SERVICE_UNAVAILABLE_MESSAGE } from "../db/faults";
import { ApiError } from "../errors";
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
 * The one rule for where a mutation's failure arrives. Problems of the data the mutation names —
 * invalid input, a target or referenced record that is not found (or not within the caller's
 * reach: the same answer), a stale `version`, an archived or duplicate record — come back in the
 * payload's `userErrors`, with the transaction rolled back. Problems of the request itself
 * (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, a malformed document or argument value that cannot be
 * accepted at all: BAD_USER_INPUT) stay top-level `errors`.
 */
const DATA_STATE_CODES: Partial<Record<string, UserErrorCode>> = { NOT_FOUND: "NOT_FOUND", CONFLICT: "CONFLICT" };

/** The input field that names a record labelled `label` ("Campaign activity" → campaignActivityId), when `input` has it. */
function idFieldOf(label: string, input: unknown): string | undefined {
  if (!input || typeof input !== "object") return undefined;
  const words = label.replace(/^The /, "").split(/\s+/);
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
  for (const candidate of [`${camel}Id`, "id"]) if (candidate in input) return candidate;
  return undefined;
}

/** `error` as userErrors when it is about the state of the data; undefined when it is not. */
export function asUserErrors(error: unknown, input?: unknown): UserError[] | undefined {
  if (error instanceof UserInputError) return error.errors;
  if (!(error instanceof ApiError)) return undefined;
  const code = DATA_STATE_CODES[String(error.extensions.code)];
  if (!code) return undefined;
  const named = typeof error.extensions.field === "string" ? error.extensions.field : undefined;
  const label = / was not found\.$/.test(error.message) ? error.message.replace(/ was not found\.$/, "") : "";
  const field = named ?? (code === "CONFLICT" ? "version" : idFieldOf(label, input));
  return [{ field: field ? ["input", ...field.split(".")] : ["input"], message: error.message, code, params: null }];
}

function hasUserErrors(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && "userErrors" in named.getFields();
}

/**
 * Applies the rule to every mutation of the schema, whether or not it runs through runMutation
 * (a global middleware, after the access guard: refusals by the access rules stay top-level).
 */
export const mutationFailures: MiddlewareFn<Context> = async ({ info, args, context }, next) => {
  if (info.parentType !== info.schema.getMutationType()) return next();
  try {
    return await next();
  } catch (error) {
    const userErrors = hasUserErrors(info.returnType) ? asUserErrors(error, args.input) : undefined;
    if (userErrors) return { userErrors };
    // An error of no known kind while the database does not answer: it went away mid-mutation
    // (the transaction was rolled back), so the client is told to try again, not that we broke.
    if (!(error instanceof ApiError) && (await databaseWentAway(error, context.db))) {
      throw new ApiError("SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE);
    }
    throw error;
  }
};

/**
 * Runs one mutation: validates `input`, then calls `work` in a single transaction. Refused input
 * (a `UserInputError`), and the data-state failures above, roll the transaction back and come
 * back as `userErrors`.
 */
export async function runMutation<R extends object>(
  ctx: RequestContext,
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
    const userErrors = asUserErrors(error, input);
    if (userErrors) return refused(userErrors);
    throw error;
  }
}
