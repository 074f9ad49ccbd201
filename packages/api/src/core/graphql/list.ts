import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { audit, auditReads } from "../audit";
import type { RequestContext } from "../context";
import { ApiError } from "../errors";
import { allows, type Grant, grantsOf } from "../grants";
import { type Condition, whereInReach } from "../reach";
import { type Connection, type PageArgs, paginate, type SortDirection } from "./connection";

/**
 * The one way a list is read: a module declares its list once (`defineList`) — the entity and its
 * alias, each filter field and sort key with the fields of the node type it reveals — and the
 * builder turns a filter and a sort into SQL, applies the entity's reach rule, the archived
 * toggle, the permission of every field a filter or sort reads, the page and the read audit.
 */

/** One way to narrow a list by a filter field; `p` is a parameter name unique in the query. */
export interface FilterVariant {
  /** Fields of the node type the condition reveals; the viewer must be allowed to read them all. */
  reads: readonly string[];
  /**
   * The condition for `value`, or null when the value does not narrow the list. A method, so each
   * variant names the type of its own filter field's value.
   */
  where(value: unknown, p: string, ctx: RequestContext): Condition | null;
}

/** A filter field: its variants in order of preference (the first the viewer may use applies). */
export interface FilterRule {
  variants: readonly FilterVariant[];
}

export interface SortKey {
  /** SQL expression of the key; must be non-null for keyset pagination. */
  expression: string;
  /** Fields of the node type the order reveals. */
  reads: readonly string[];
}

/** How a list's reads are audited. */
export type ListAudit =
  /** One READ event per record, in one statement (case work: each record's readers are findable by its id). */
  | "each"
  /** One READ_LIST event per request and entity type naming the records (personal data in lists). */
  | "list";

export interface ListSpec<F extends object, S extends string> {
  /** The GraphQL type of the list's nodes, whose field permissions filters and sorts carry. */
  node: string;
  entity: EntityTarget<ObjectLiteral & { id: string }>;
  alias: string;
  /** Each field of the filter input; a field left out cannot be used. */
  filters?: { [K in keyof F]?: FilterRule };
  sorts: Record<S, SortKey>;
  defaultSort: { field: S; direction: SortDirection };
  /** Hide archived rows, and list only them with `filter: { archived: true }`. */
  archivable?: boolean;
  /** Conditions that always hold, e.g. erased records left out. */
  always?: string[];
  audit?: ListAudit;
}

export interface ListSort<S extends string> {
  field?: S | null;
  direction?: SortDirection | null;
}

export interface ListDefinition<F extends object, S extends string> {
  spec: ListSpec<F, S>;
  /** The filtered query within the viewer's reach, for counts and pages. */
  query(ctx: RequestContext, filter?: F | null): Promise<SelectQueryBuilder<ObjectLiteral & { id: string }>>;
  /** One page of the list, audited as declared. */
  page<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    filter?: F | null,
    sort?: ListSort<S> | null,
    page?: PageArgs,
  ): Promise<Connection<T>>;
  /** How many rows match, within reach. */
  count(ctx: RequestContext, filter?: F | null): Promise<number>;
}

const definitions: ListDefinition<object, string>[] = [];
/** Grants of each node field, filled from the built schema by `bindLists`. */
const fieldGrants = new Map<string, readonly Grant[]>();

/** The declared lists, for the schema-wide test. */
export function declaredLists(): readonly ListDefinition<object, string>[] {
  return definitions;
}

/**
 * Resolves every field a filter or sort reads to that field's `@Allow` grants in the built schema;
 * a filter reading a field the node type lacks stops the start.
 */
export function bindLists(schema: GraphQLSchema): void {
  for (const { spec } of definitions) {
    const type = schema.getType(spec.node);
    if (!isObjectType(type)) throw new Error(`list of ${spec.node}: no such object type`);
    const reads = [
      ...Object.values((spec.filters ?? {}) as Record<string, FilterRule | undefined>).flatMap(
        (r) => r?.variants.flatMap((v) => v.reads) ?? [],
      ),
      ...Object.values<SortKey>(spec.sorts).flatMap((s) => s.reads),
      ...(spec.archivable ? ["archivedAt"] : []),
    ];
    for (const name of reads) fieldGrants.set(`${spec.node}.${name}`, grantsOfField(type, name));
  }
}

function grantsOfField(type: GraphQLObjectType, name: string): readonly Grant[] {
  const field = type.getFields()[name];
  const grants = field && grantsOf(type, field);
  if (!grants) throw new Error(`list of ${type.name}: a filter or sort reads ${name}, which has no access rule`);
  return grants;
}

/** Whether the viewer may read every one of `fields` of `node`. */
export function mayRead(ctx: Pick<RequestContext, "viewer">, node: string, fields: readonly string[]): boolean {
  return fields.every((f) => {
    const grants = fieldGrants.get(`${node}.${f}`);
    if (!grants) throw new Error(`${node}.${f} is not bound: bindLists() runs when the schema is built`);
    return allows(grants, ctx.viewer);
  });
}

async function refuseField(ctx: RequestContext, node: string, argument: string): Promise<never> {
  await audit(ctx, { action: "DENIED", entityType: node, details: { field: argument } });
  throw new ApiError("FORBIDDEN", `You may not use ${argument}: it reads a field of ${node} you cannot see.`, { field: argument });
}

/** Registers a list; its module calls it once, at load. */
export function defineList<F extends object, S extends string>(spec: ListSpec<F, S>): ListDefinition<F, S> {
  const { alias } = spec;

  async function build(ctx: RequestContext, filter: F | null | undefined) {
    const q = whereInReach(ctx, ctx.db.getRepository(spec.entity).createQueryBuilder(alias), spec.entity, alias);
    for (const condition of spec.always ?? []) q.andWhere(condition);
    const values = (filter ?? {}) as Record<string, unknown>;
    if (spec.archivable) {
      const archived = values.archived === true;
      if (archived && !mayRead(ctx, spec.node, ["archivedAt"])) await refuseField(ctx, spec.node, "filter.archived");
      q.andWhere(`${alias}.archived_at IS ${archived ? "NOT " : ""}NULL`);
    }
    let n = 0;
    for (const [name, rule] of Object.entries<FilterRule | undefined>(spec.filters ?? {})) {
      const value = values[name];
      if (value === undefined || value === null || !rule) continue;
      const p = `f${n++}`;
      const usable = rule.variants.find((v) => mayRead(ctx, spec.node, v.reads));
      const condition = (usable ?? rule.variants[0])?.where(value, p, ctx);
      if (!condition) continue;
      if (!usable) await refuseField(ctx, spec.node, `filter.${name}`);
      q.andWhere(condition.sql, condition.params);
    }
    return q;
  }

  const definition: ListDefinition<F, S> = {
    spec,
    query: build,
    async count(ctx, filter) {
      return (await build(ctx, filter)).getCount();
    },
    async page<T extends ObjectLiteral & { id: string }>(
      ctx: RequestContext,
      filter?: F | null,
      sort?: ListSort<S> | null,
      page?: PageArgs,
    ) {
      const q = await build(ctx, filter);
      const field = sort?.field ?? spec.defaultSort.field;
      const key = spec.sorts[field];
      if (!mayRead(ctx, spec.node, key.reads)) await refuseField(ctx, spec.node, "sort.field");
      const direction = sort?.direction ?? spec.defaultSort.direction;
      const connection = (await paginate(q, alias, { expression: key.expression, direction }, page ?? { first: 20 })) as Connection<T>;
      await auditList(
        ctx,
        spec,
        connection.edges.map((e) => e.node.id),
      );
      return connection;
    },
  };
  definitions.push(definition);
  return definition;
}

function auditList(ctx: RequestContext, spec: ListSpec<object, string>, ids: string[]): Promise<unknown> {
  if (!spec.audit || ids.length === 0) return Promise.resolve();
  const type = (spec.entity as { name?: string }).name ?? spec.node;
  if (spec.audit === "each") return auditReads(ctx, spec.node, ids);
  // Every list of this type read at the same depth of one request goes into one event.
  const loader = ctx.loaders.get<string, true>(`auditList:${type}`, async (batch) => {
    await audit(ctx, { action: "READ_LIST", entityType: spec.node, details: { ids: [...batch], count: batch.length } });
    return batch.map(() => true as const);
  });
  return Promise.all(ids.map((id) => loader.load(id)));
}
