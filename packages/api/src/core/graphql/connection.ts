import { MAX_PAGE_SIZE } from "@nk/shared";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Driver } from "typeorm/driver/Driver";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { Allow, type Grant } from "../access";
import { rawRows } from "../db/compiled";
import { badInput } from "../errors";

@ObjectType({ description: "Where a page of a connection sits in the whole list." })
@Allow("PUBLIC") // structure only; reachable solely through a connection the caller may read
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "True when this page was asked for with `after`." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of this page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return, 0 to ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor`)." })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when a request selects it: a getter whose first read sends the count. */
  readonly totalCount: number | Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type, readable by `grants`. */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, grants: Grant[]) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  @Allow(...grants)
  class Edge {
    @Field({ description: "Opaque position of this item; pass it as `after`." })
    cursor: string;

    @Field(() => Node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  @Allow(...grants)
  class ConnectionType {
    @Field(() => [Edge], { description: "The items of this page, in order." })
    edges: Edge[];

    @Field(() => PageInfo, { description: "Where this page sits." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, over all pages." })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}

export type SortDirection = "ASC" | "DESC";

export interface SortSpec {
  /** SQL expression of the sort key, e.g. `b.code`; must be non-null. */
  expression: string;
  direction: SortDirection;
}

/** The cursor of a row: its sort key and id, as JSON in base64url. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([String(value), id]), "utf8").toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === "string")) {
      return parsed as [string, string];
    }
  } catch {
    // fall through
  }
  throw badInput("`after` is not a cursor this list gave out.", "after");
}

/** Checks `first` against the page bounds (0 to MAX_PAGE_SIZE). */
export function checkPage(page: PageArgs): void {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, "first");
  }
}

/** Narrows `query` to the rows after `page.after` and orders it by `sort` then id. */
export function orderAfter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, sort: SortSpec, page: PageArgs) {
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    query.andWhere(`(${sort.expression}, ${alias}.id) ${sort.direction === "ASC" ? ">" : "<"} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  return query.orderBy(sort.expression, sort.direction).addOrderBy(`${alias}.id`, sort.direction);
}

/** The key a cursor holds, selected beside the entity's columns as `cursor_value`. */
export const cursorKey = (sort: SortSpec) => `${sort.expression}::text`;

/**
 * A page out of up to `first + 1` rows in order (the extra row tells that more follow), each with
 * the cursor key it was selected with; `count` runs only if the request reads `totalCount`.
 */
export function connectionOf<T extends { id: string }>(
  rows: { node: T; key: unknown }[],
  page: PageArgs,
  count: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, page.first).map(({ node, key }) => new PageEdge(node, key));
  let counted: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      counted ??= count();
      return counted;
    },
    pageInfo: new PageOf(edges, rows.length > page.first, Boolean(page.after)),
  };
}

/** An edge whose cursor is encoded when a request reads it (a nested page's edges seldom are). */
class PageEdge<T extends { id: string }> {
  constructor(
    readonly node: T,
    private readonly key: unknown,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key, this.node.id);
  }
}

/** Where a page sits; its cursors are encoded when a request reads them. */
class PageOf implements PageInfo {
  constructor(
    private readonly edges: readonly PageEdge<{ id: string }>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/**
 * Keyset pagination over `query` (alias `alias`), ordered by `sort` then id, so the order is
 * stable and a page never skips or repeats an item while rows are added.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  sort: SortSpec,
  page: PageArgs,
): Promise<Connection<T>> {
  checkPage(page);
  const counter = query.clone();
  const paged = orderAfter(query.addSelect(cursorKey(sort), "cursor_value"), alias, sort, page).limit(page.first + 1);
  const { entities, raw } = await readRows<T, { cursor_value: string }>(paged);
  return connectionOf(
    entities.map((node, i) => ({ node, key: raw[i]?.cursor_value })),
    page,
    () => counter.getCount(),
  );
}

/** How one selected column becomes an entity's property: as it comes, or through TypeORM's conversion. */
interface ColumnReader {
  key: string;
  property: string;
  column: ColumnMetadata;
  /** Types PostgreSQL's client already returns as the entity holds them, with no transformer. */
  plain: boolean;
}

const PLAIN_TYPES = new Set<unknown>(["uuid", "varchar", "character varying", "text", "int", "integer", "smallint", "bigint", "boolean"]);
const readers = new WeakMap<EntityMetadata, Map<string, ColumnReader[]>>();

/**
 * Column types whose value in PostgreSQL's JSON reads as their text form does: strings, 2- and
 * 4-byte integers, booleans, a `date` as its text, a `timestamptz` as ISO text (a Date once read).
 */
const SAME_IN_JSON = new Set<unknown>([
  "uuid",
  "varchar",
  "character varying",
  "text",
  "int",
  "integer",
  "smallint",
  "boolean",
  "date",
  "timestamptz",
  "timestamp with time zone",
]);

/**
 * The aliases (`s_id` …) of the entity columns `query` selects when it is narrowed to
 * `properties` (every column when null), or null when one of them would not read from JSON
 * exactly as from a row (a bigint, a numeric, bytes, an embedded column).
 */
export function columnKeysInJson<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  properties: readonly string[] | null,
): string[] | null {
  const main = query.expressionMap.mainAlias;
  if (!main?.hasMetadata) return null;
  const wanted = properties && new Set(properties);
  const columns = readersOf(main.metadata, main.name, query.connection.driver).filter((r) => !wanted || wanted.has(r.property));
  return columns.every(readsSameInJson) ? columns.map((r) => r.key) : null;
}

/** Whether a column's value reads from PostgreSQL's JSON exactly as from a row (SAME_IN_JSON). */
const readsSameInJson = (r: ColumnReader) => SAME_IN_JSON.has(r.column.type) && !r.column.embeddedMetadata;

/** The readers of an entity's selected columns under `alias`, worked out once per entity and alias. */
function readersOf(metadata: EntityMetadata, alias: string, driver: Driver): ColumnReader[] {
  let byAlias = readers.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    readers.set(metadata, byAlias);
  }
  let list = byAlias.get(alias);
  if (!list) {
    list = metadata.columns
      .filter((c) => c.isSelect && !c.isVirtual)
      .map((column) => ({
        key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        property: column.propertyName,
        column,
        plain: !column.transformer && !column.embeddedMetadata && PLAIN_TYPES.has(column.type),
      }));
    byAlias.set(alias, list);
  }
  return list;
}

/**
 * The rows of `query` (its main entity's columns and any `addSelect`), each also as an entity of
 * the main alias, converted column by column as TypeORM's own reading would (types, transformers
 * such as decryption), but without its grouping of rows by entity, which a list page (one row per
 * entity, no joins selected) does not need and which costs a list page a good part of its time.
 * The statement's SQL is built once per shape (`core/db/compiled.ts`).
 */
export async function readRows<T extends ObjectLiteral, R>(query: SelectQueryBuilder<T>): Promise<{ entities: T[]; raw: R[] }> {
  const main = query.expressionMap.mainAlias;
  if (!main?.hasMetadata || query.expressionMap.joinAttributes.some((j) => j.isSelected)) return query.getRawAndEntities<R>();
  const raw = await rawRows<R & Record<string, unknown>>(query);
  return { entities: entitiesOf(query, raw), raw };
}

/**
 * The entities of `query`'s main alias in raw rows selected as the query selects them (its
 * columns under their aliases, `s_id` …), converted column by column as TypeORM's reading would.
 */
export function entitiesOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, raw: readonly Record<string, unknown>[]): T[] {
  const { metadata, driver, columns } = readingOf(query);
  return raw.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
    for (const reader of columns) hydrate(entity, reader, row[reader.key], driver);
    return entity as T;
  });
}

/**
 * How to build the entities of `query`'s main alias from rows read as arrays of the columns named
 * by `keys` (`columnKeysInJson`), in that order: worked out once, then no object per row on the way.
 */
export function entitiesOfArrays<T extends ObjectLiteral>(
  query: SelectQueryBuilder<ObjectLiteral>,
  keys: readonly string[],
): (rows: readonly (readonly unknown[])[]) => T[] {
  const { metadata, driver, columns } = readingOf(query);
  const byKey = new Map(columns.map((r) => [r.key, r]));
  const readers = keys.map((k) => byKey.get(k));
  return (rows) => fromArrays<T>(metadata, driver, readers, rows);
}

function fromArrays<T>(
  metadata: EntityMetadata,
  driver: Driver,
  readers: readonly (ColumnReader | undefined)[],
  rows: readonly (readonly unknown[])[],
): T[] {
  return rows.map((values) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
    readers.forEach((reader, i) => {
      if (reader) hydrate(entity, reader, values[i], driver);
    });
    return entity as T;
  });
}

/** How an entity's rows are read inside another statement, each as one JSON array of its columns. */
export interface JsonRows<T> {
  /** The SQL of one row's array, its columns under `alias` (`json_build_array(l."id", …)`). */
  sql: string;
  /** The entities of arrays the SQL built, converted column by column as a row's would be. */
  entities(rows: readonly (readonly unknown[])[]): T[];
}

/**
 * Rows of `metadata`'s entity as JSON arrays (every selected column), or null when one of its
 * columns would not read from JSON exactly as from a row (see SAME_IN_JSON).
 */
export function jsonRows<T>(metadata: EntityMetadata, driver: Driver, alias: string): JsonRows<T> | null {
  const readers = readersOf(metadata, alias, driver);
  if (!readers.every(readsSameInJson)) return null;
  return {
    sql: `json_build_array(${readers.map((r) => `${alias}.${driver.escape(r.column.databaseName)}`).join(", ")})`,
    entities: (rows) => fromArrays<T>(metadata, driver, readers, rows),
  };
}

function readingOf(query: SelectQueryBuilder<ObjectLiteral>) {
  const main = query.expressionMap.mainAlias;
  if (!main?.hasMetadata) throw new Error("entitiesOf: the query reads no entity");
  const driver = query.connection.driver;
  return { metadata: main.metadata, driver, columns: readersOf(main.metadata, main.name, driver) };
}

/** Sets one column's value read from the database on `entity`, converted as TypeORM's reading would. */
function hydrate(entity: Record<string, unknown>, reader: ColumnReader, value: unknown, driver: Driver): void {
  if (value === undefined) return;
  if (reader.plain) entity[reader.property] = value;
  else reader.column.setEntityValue(entity, driver.prepareHydratedValue(value, reader.column));
}
