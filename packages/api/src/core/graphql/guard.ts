import {
  BREAK,
  type DocumentNode,
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { getMetadataStorage, type MiddlewareFn } from "type-graphql";
import { accessGuard, closedUntilEnrolled } from "../access";
import type { Context, Viewer } from "../context";
import { allows, type Grant, grantsOf } from "../grants";
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
  const { plain, own } = plainFields(schema);
  const direct = new Map<GraphQLField<unknown, unknown>, readonly Grant[]>();
  inlinable.set(schema, direct);
  const properties = new Set<GraphQLField<unknown, unknown>>();
  ownProperties.set(schema, properties);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      if (own.has(`${type.name}.${field.name}`)) properties.add(field as GraphQLField<unknown, unknown>);
      const grants = grantsOf(type, field);
      const fast = grants !== undefined && type !== mutation;
      // A property read whose rule depends on the viewer alone: checked once per document and viewer instead.
      // A field with arguments, at the root or not, is a resolver's method, never a plain property.
      if (grants && !grants.includes("SELF") && plain.has(`${type.name}.${field.name}`)) {
        direct.set(field as GraphQLField<unknown, unknown>, grants);
      }
      field.resolve = (root, values, context, info) => {
        // Someone who must still enrol her second step goes through accessGuard, which refuses her.
        if (
          fast &&
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

/**
 * The fields of `schema` type-graphql resolves by reading the parent's property of the same name
 * (declared on the class or a class it extends, with no field resolver, middleware or role), as
 * `Type.field` (`own`), and those of them whose value is there as it is (`plain`, see `settled`).
 * A `@Field` on a method (with arguments or not) is a field resolver of its class.
 */
function plainFields(schema: GraphQLSchema): { plain: Set<string>; own: Set<string> } {
  const storage = getMetadataStorage();
  const resolvedNames = new Set(storage.fieldResolvers.map((r) => r.schemaName));
  // Stryker disable next-line OptionalChaining: type-graphql gives every field resolver getObjectType when it builds the schema.
  const resolvedOn = new Set(storage.fieldResolvers.map((r) => `${r.schemaName}:${String(r.getObjectType?.().name)}`));
  const plain = new Set<string>();
  const own = new Set<string>();
  for (const type of storage.objectTypes) {
    // Stryker disable next-line ConditionalExpression: a class outside the schema only adds names no field of the schema has.
    if (!isObjectType(schema.getType(type.name))) continue;
    const seen = new Set<string>();
    // Stryker disable next-line ArrayDeclaration: a name more in the chain matches no field resolver's class.
    const chain: string[] = [];
    // Up to Function.prototype (named "", no type of its own), whose prototype ends the chain.
    for (let c: unknown = type.target; typeof c === "function"; c = Object.getPrototypeOf(c)) {
      chain.push((c as { name: string }).name);
      const declared = storage.objectTypes.find((o) => o.target === c);
      for (const field of declared?.fields ?? []) {
        if (seen.has(field.schemaName)) continue;
        seen.add(field.schemaName);
        // Stryker disable next-line OptionalChaining: type-graphql gives every field its middlewares when it builds the schema.
        const bare = !field.middlewares?.length && !field.roles && field.name === field.schemaName;
        if (bare) own.add(`${type.name}.${field.schemaName}`);
        if (bare && settled(field.target, field.name)) plain.add(`${type.name}.${field.schemaName}`);
      }
    }
    // A field resolver on any class of the chain (matched by class name: more than needed) keeps the field guarded.
    for (const name of seen) {
      if (resolvedNames.has(name) && chain.some((c) => resolvedOn.has(`${name}:${c}`))) {
        plain.delete(`${type.name}.${name}`);
        own.delete(`${type.name}.${name}`);
      }
    }
  }
  return { plain, own };
}

/**
 * Whether a property is declared with a type whose value is there as it is (string, number,
 * boolean, Date, an array, a class): read straight from the parent, a promise would not be
 * awaited. A union such as `number | Promise<number>` (a count on demand) is recorded as Object.
 */
function settled(target: Function, property: string): boolean {
  const type: unknown = Reflect.getMetadata("design:type", target.prototype, property);
  return typeof type === "function" && type !== Object && type !== Promise;
}

/** Per schema, the fields that are their parent's property, with their grants: see `inlinedFieldsAllowed`. */
const inlinable = new WeakMap<GraphQLSchema, Map<GraphQLField<unknown, unknown>, readonly Grant[]>>();

/** Per schema, the fields that are their parent's property of the same name (`own` of `plainFields`). */
const ownProperties = new WeakMap<GraphQLSchema, Set<GraphQLField<unknown, unknown>>>();

/**
 * Whether `field` of `schema` is its parent's property of the same name, with no resolver,
 * middleware or role of its own (a column's, when the parent is an entity's row).
 */
export function isOwnProperty(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): boolean {
  return ownProperties.get(schema)?.has(field) === true;
}

/**
 * Whether `viewer` may read every field of `document` that is a plain property of its parent
 * (fragments and skipped fields included: more than may run). Then those fields need no guard of
 * their own on this request, and `withoutPropertyGuards` compiles the document reading them
 * straight from their parents; otherwise every field runs guarded, refusals and their audit as
 * always.
 */
export function inlinedFieldsAllowed(schema: GraphQLSchema, document: DocumentNode, viewer: Viewer | null): boolean {
  const fields = inlinable.get(schema);
  if (!fields) return false;
  const info = new TypeInfo(schema);
  let allowed = true;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field() {
        const field = info.getFieldDef();
        const grants = field && fields.get(field as GraphQLField<unknown, unknown>);
        if (grants && !allows(grants, viewer)) {
          allowed = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return allowed;
}

/** Runs `compile` with the plain property fields' resolvers (their guards) taken off, then puts them back. */
export function withoutPropertyGuards<T>(schema: GraphQLSchema, compile: () => T): T {
  const guarded = [...(inlinable.get(schema)?.keys() ?? [])].map((field) => [field, field.resolve] as const);
  try {
    for (const [field] of guarded) field.resolve = undefined;
    return compile();
  } finally {
    for (const [field, resolve] of guarded) field.resolve = resolve;
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
