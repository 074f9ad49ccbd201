import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { accessGuard, closedUntilEnrolled } from "../access";
import type { Context } from "../context";
import { allows, grantsOf } from "../grants";
import { firstTextProblem, inputGuard } from "./input-guard";
import { mutationFailures } from "./mutation";

/**
 * Puts the field guards (`CHAIN`) around every field of the built schema. What each field needs
 * is worked out once, here: a field the viewer may read, outside a mutation, whose arguments hold
 * no refused text (and, at the root, not while she must still enrol her second step), resolves at once, without a promise per middleware; every other call (a
 * refusal to audit, a text to refuse, a mutation) runs the whole chain.
 */
export function guardFields(schema: GraphQLSchema): void {
  // What runs around every field, in order: who may reach it, what text it takes, how a mutation fails.
  const chain: readonly MiddlewareFn<Context>[] = [accessGuard, inputGuard, mutationFailures];
  if (chain.some((m) => typeof m !== "function")) throw new Error("a field guard is not loaded");
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const grants = grantsOf(type, field);
      const direct = grants !== undefined && type !== mutation;
      field.resolve = (root, values, context, info) => {
        // Someone who must still enrol her second step goes through accessGuard, which refuses her.
        if (
          direct &&
          !closedUntilEnrolled(context.viewer, type.name, field) &&
          allows(grants, context.viewer, root) &&
          !firstTextProblem(field.args, values)
        ) {
          return resolve(root, values, context, info);
        }
        return through(chain, 0, { root, args: values, context, info }, () => resolve(root, values, context, info));
      };
    }
  }
}

function through(
  chain: readonly MiddlewareFn<Context>[],
  index: number,
  data: Parameters<MiddlewareFn<Context>>[0],
  resolve: () => unknown,
): Promise<unknown> {
  const middleware = chain[index];
  if (!middleware) return Promise.resolve().then(resolve);
  return Promise.resolve(middleware(data, () => through(chain, index + 1, data, resolve)));
}
