import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import { audit, auditListed, auditReads } from "../audit";
import type { RequestContext } from "../context";
import { rowsAround } from "../db/compiled";
import { ApiError } from "../errors";
import { allows, type Grant, grantsOf } from "../grants";
import { type Condition, whereInReach } from "../reach";
import { columnsRead, type NodeFields, propertiesRead } from "./columns";
import {
  type Connection,
  checkPage,
  columnKeysInJson,
  connectionOf,
  cursorKey,
  entitiesOf,
  entitiesOfArrays,
  orderAfter,
  type PageArgs,
  paginate,
  type SortDirection,
  type SortSpec,
} from "./connection";

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
  /**
   * One page of the list, audited as declared. Given the node fields the request selects
   * (`@SelectedNodes()`), the rows hold only the columns those fields read (core/graphql/columns.ts).
   */
  page<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    filter?: F | null,
    sort?: ListSort<S> | null,
    page?: PageArgs,
    nodes?: NodeFields,
  ): Promise<Connection<T>>;
  /**
   * One page of the list under one parent (a woman's services, a campaign's activities): the
   * pages of every parent asked for with the same arguments at one depth of a request come from
   * one statement (`LATERAL … LIMIT`), their counts from another when `totalCount` is read.
   */
  nested<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    parent: NestedParent,
    filter?: F | null,
    sort?: ListSort<S> | null,
    page?: PageArgs,
    nodes?: NodeFields,
  ): Promise<Connection<T>>;
  /** How many rows match, within reach. */
  count(ctx: RequestContext, filter?: F | null): Promise<number>;
  /**
   * The statement of one page, for a caller that builds the answer around it in SQL
   * (core/graphql/answer.ts): the rows in reach, filtered, narrowed to `columns` (property names,
   * the id among them), each with its cursor's key (`cursor_value`) when `cursors`, in the list's order after
   * `page.after`, up to `page.first + 1`; null when the viewer may not use a filter or the sort
   * given (the resolvers answer that, and audit the refusal). Not audited: see `audited`.
   */
  pageQuery(
    ctx: RequestContext,
    filter: F | null | undefined,
    sort: ListSort<S> | null | undefined,
    page: PageArgs,
    columns: string[],
    cursors: boolean,
  ): Promise<SelectQueryBuilder<ObjectLiteral & { id: string }> | null>;
  /** Audits the reading of the records `ids` of this list, as its pages are. */
  audited(ctx: RequestContext, ids: string[]): Promise<void>;
  /**
   * Every matching row within reach in the list's order (the sort key, then the id), unpaged and
   * not audited: for a caller that streams the rows and audits what it sent (the CSV export).
   */
  ordered(ctx: RequestContext, filter?: F | null, sort?: ListSort<S> | null): Promise<SelectQueryBuilder<ObjectLiteral & { id: string }>>;
}

/** The parent of a nested list: the list's column naming it, and its id. */
export interface NestedParent {
  column: string;
  id: string;
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

/** What a list does when a filter or sort reads a field the viewer may not see. */
type Refusal = (ctx: RequestContext, node: string, argument: string) => Promise<never>;

/** The refusal of a caller that answers it another way (`pageQuery`): nothing audited, nothing said. */
const DECLINED = Symbol("declined");
const decline: Refusal = () => Promise.reject(DECLINED);

async function refuseField(ctx: RequestContext, node: string, argument: string): Promise<never> {
  await audit(ctx, { action: "DENIED", entityType: node, details: { field: argument } });
  throw new ApiError("FORBIDDEN", `You may not use ${argument}: it reads a field of ${node} you cannot see.`, { field: argument });
}

/** Registers a list; its module calls it once, at load. */
export function defineList<F extends object, S extends string>(spec: ListSpec<F, S>): ListDefinition<F, S> {
  const { alias } = spec;

  async function build(ctx: RequestContext, filter: F | null | undefined, refuse: Refusal = refuseField) {
    const q = whereInReach(ctx, ctx.db.getRepository(spec.entity).createQueryBuilder(alias), spec.entity, alias);
    for (const condition of spec.always ?? []) q.andWhere(condition);
    const values = (filter ?? {}) as Record<string, unknown>;
    if (spec.archivable) {
      const archived = values.archived === true;
      if (archived && !mayRead(ctx, spec.node, ["archivedAt"])) await refuse(ctx, spec.node, "filter.archived");
      q.andWhere(`${alias}.archived_at IS ${archived ? "NOT " : ""}NULL`);
    }
    let n = 0;
    for (const [name, rule] of Object.entries<FilterRule | undefined>(spec.filters ?? {})) {
      const value = values[name];
      if (value === undefined || value === null || !rule) continue;
      const p = `f${n++}`;
      const usable = rule.variants.find((v) => mayRead(ctx, spec.node, v.reads));
      // Stryker disable next-line OptionalChaining: every filter rule has at least one variant
      const condition = (usable ?? rule.variants[0])?.where(value, p, ctx);
      if (!condition) continue;
      if (!usable) await refuse(ctx, spec.node, `filter.${name}`);
      q.andWhere(condition.sql, condition.params);
    }
    return q;
  }

  async function sortOf(ctx: RequestContext, sort: ListSort<S> | null | undefined, refuse: Refusal = refuseField): Promise<SortSpec> {
    const key = spec.sorts[sort?.field ?? spec.defaultSort.field];
    if (!mayRead(ctx, spec.node, key.reads)) await refuse(ctx, spec.node, "sort.field");
    return { expression: key.expression, direction: sort?.direction ?? spec.defaultSort.direction };
  }

  /** Per selection (one per document position), the columns its rows need; null for every column. */
  const narrowed = new WeakMap<NodeFields, string[] | null>();
  function columnsFor(ctx: RequestContext, nodes: NodeFields | undefined): string[] | null {
    if (!nodes) return null;
    let columns = narrowed.get(nodes);
    if (columns === undefined) {
      columns = columnsRead(ctx.db.getMetadata(spec.entity), propertiesRead(spec.node, nodes.fields));
      narrowed.set(nodes, columns);
    }
    return columns;
  }

  /** A short key for each narrowed column list (one per document position), in a nested list's loader key. */
  const columnKeys = new WeakMap<string[], string>();
  let columnLists = 0;
  function columnsKey(columns: string[] | null): string {
    if (!columns) return "all";
    let key = columnKeys.get(columns);
    if (key === undefined) {
      key = String(columnLists++);
      columnKeys.set(columns, key);
    }
    return key;
  }

  /** The entity's columns of the query narrowed to `columns` (all of them when null). */
  function narrow<Q extends SelectQueryBuilder<ObjectLiteral & { id: string }>>(query: Q, columns: string[] | null): Q {
    if (columns) query.select(columns.map((c) => `${alias}.${c}`));
    return query;
  }

  /**
   * The pages of `parents` from one statement: the page query run for each parent, its rows
   * straight from the index in the page's order (they were read again by id and sorted together
   * before: three times the time in PostgreSQL). Where every column reads the same from JSON,
   * each parent's rows come as one JSON array of arrays, aggregated under the parent (no sort or
   * grouping of all the rows together): one value to decode per parent instead of one per column
   * and row (for Q1's 50 women, 1.6 ms of the client's CPU instead of 3.7); otherwise row by row
   * from a LATERAL join.
   */
  async function nestedPages<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    column: string,
    parents: readonly string[],
    filter: F | null | undefined,
    sort: ListSort<S> | null | undefined,
    page: PageArgs,
    columns: string[] | null,
  ): Promise<Connection<T>[]> {
    const order = await sortOf(ctx, sort);
    // In parentheses: an entity's own column selected under another name would no longer be hydrated.
    const inner = narrow(await build(ctx, filter), columns)
      .addSelect(cursorKey(order), "cursor_value")
      .addSelect(`(${alias}.${column})`, "parent_id")
      .addSelect(`(${order.expression})`, "nested_key")
      .andWhere(`${alias}.${column} = nested_parent.id`);
    orderAfter(inner, alias, order, page).limit(page.first + 1);
    const id = `nested_page."${DriverUtils.buildAlias(ctx.db.driver, undefined, alias, "id")}"`;
    const inPageOrder = `nested_page.nested_key ${order.direction}, ${id} ${order.direction}`;
    const parentsOf = `unnest(CAST(:nestedParents AS uuid[])) AS nested_parent(id)`;
    const keys = columnKeysInJson(inner, columns);
    let pages: { node: T; key: unknown }[][];
    if (keys) {
      const groups = await rowsAround<{ parent_id: string; nested_rows: unknown[][] | null }>(
        inner,
        (text) =>
          `SELECT nested_parent.id AS parent_id,
                  (SELECT json_agg(json_build_array(${[...keys, "cursor_value"].map((k) => `nested_page."${k}"`).join(", ")}) ORDER BY ${inPageOrder})
                     FROM (${text}) nested_page) AS nested_rows
             FROM ${parentsOf}`,
        { nestedParents: parents },
      );
      // A parent without rows has none to aggregate: null.
      const byParent = new Map(groups.map((g) => [g.parent_id, g.nested_rows ?? []]));
      // Each row is the columns in `keys`' order, then the cursor's key.
      const entities = entitiesOfArrays<T>(inner, keys);
      pages = parents.map((p) => {
        const rows = byParent.get(p) ?? [];
        return entities(rows).map((node, i) => ({ node, key: rows[i]?.[keys.length] }));
      });
    } else {
      const raw = await rowsAround<Record<string, unknown> & { cursor_value?: unknown; parent_id?: unknown }>(
        inner,
        (text) =>
          `SELECT nested_page.* FROM ${parentsOf} CROSS JOIN LATERAL (${text}) nested_page
            ORDER BY nested_page.parent_id, ${inPageOrder}`,
        { nestedParents: parents },
      );
      const rows = new Map<string, { node: T; key: unknown }[]>(parents.map((p) => [p, []]));
      entitiesOf(inner, raw).forEach((node, i) => {
        // Stryker disable next-line OptionalChaining: raw has a row for each entity, and every parent selected is one of `parents`
        rows.get(String(raw[i]?.parent_id))?.push({ node: node as T, key: raw[i]?.cursor_value });
      });
      pages = parents.map((p) => rows.get(p) ?? []);
    }
    // The row past each page only tells that more follow: it is not read, so not audited.
    await auditList(
      ctx,
      spec,
      pages.flatMap((rowsOf) => rowsOf.slice(0, page.first).map((r) => r.node.id)),
    );
    const counts = ctx.loaders.get<string, number>(`nestedCount:${spec.node}.${column}:${JSON.stringify(filter ?? null)}`, (ids) =>
      countPerParent(ctx, column, ids, filter),
    );
    return parents.map((p, i) => connectionOf(pages[i] ?? [], page, () => counts.load(p)));
  }

  async function countPerParent(ctx: RequestContext, column: string, parents: readonly string[], filter: F | null | undefined) {
    const found = await (await build(ctx, filter))
      .select(`${alias}.${column}`, "parent_id")
      .addSelect("count(*)::int", "n")
      .andWhere(`${alias}.${column} = ANY(CAST(:countParents AS uuid[]))`, { countParents: parents })
      .groupBy(`${alias}.${column}`)
      .getRawMany<{ parent_id: string; n: number }>();
    const byParent = new Map(found.map((f) => [f.parent_id, f.n]));
    return parents.map((p) => byParent.get(p) ?? 0);
  }

  const definition: ListDefinition<F, S> = {
    spec,
    query: build,
    async count(ctx, filter) {
      return (await build(ctx, filter)).getCount();
    },
    async pageQuery(ctx, filter, sort, page, columns, cursors) {
      try {
        const query = narrow(await build(ctx, filter, decline), columns);
        const order = await sortOf(ctx, sort, decline);
        if (cursors) query.addSelect(cursorKey(order), "cursor_value");
        return orderAfter(query, alias, order, page).limit(page.first + 1);
      } catch (error) {
        if (error === DECLINED) return null;
        throw error;
      }
    },
    audited(ctx, ids) {
      return auditList(ctx, spec, ids);
    },
    async ordered(ctx, filter, sort) {
      const q = await build(ctx, filter);
      const order = await sortOf(ctx, sort);
      // Stryker disable next-line ObjectLiteral: orderAfter reads only `after` of the page, and this one has none
      return orderAfter(q, alias, order, { first: 0 });
    },
    async page<T extends ObjectLiteral & { id: string }>(
      ctx: RequestContext,
      filter?: F | null,
      sort?: ListSort<S> | null,
      page?: PageArgs,
      nodes?: NodeFields,
    ) {
      const q = narrow(await build(ctx, filter), columnsFor(ctx, nodes));
      const order = await sortOf(ctx, sort);
      const connection = (await paginate(q, alias, order, page ?? { first: 20 })) as Connection<T>;
      await auditList(
        ctx,
        spec,
        connection.edges.map((e) => e.node.id),
      );
      return connection;
    },
    nested<T extends ObjectLiteral & { id: string }>(
      ctx: RequestContext,
      parent: NestedParent,
      filter?: F | null,
      sort?: ListSort<S> | null,
      page: PageArgs = { first: 20 },
      nodes?: NodeFields,
    ) {
      checkPage(page);
      const columns = columnsFor(ctx, nodes);
      // The columns by identity (one array per document position): not printed for every parent.
      const args = `${JSON.stringify([filter ?? null, sort ?? null, page.first, page.after ?? null])}:${columnsKey(columns)}`;
      return ctx.loaders
        .get<string, Connection<T>>(`nested:${spec.node}.${parent.column}:${args}`, (ids) =>
          nestedPages<T>(ctx, parent.column, ids, filter, sort, page, columns),
        )
        .load(parent.id);
    },
  };
  definitions.push(definition);
  return definition;
}

function auditList(ctx: RequestContext, spec: ListSpec<object, string>, ids: string[]): Promise<void> {
  if (spec.audit === "each") return auditReads(ctx, spec.node, ids);
  if (spec.audit === "list") return auditListed(ctx, spec.node, ids);
  return Promise.resolve();
}
