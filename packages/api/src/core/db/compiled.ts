import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from "typeorm";
import { preparedRows } from "./prepared";

/**
 * SQL of a select query builder, built once per shape and reused. Building the SQL text (TypeORM's
 * select expression, property-name replacement over the whole statement, parameter escaping) cost
 * a list page more than reading its rows; a list or loader sends the same few shapes over and
 * over with other values. The shape is everything that goes into the text — the main table and
 * alias, selects, conditions, order, grouping, limit and offset, and the names of the parameters —
 * and never the parameters' values, which are bound as `$1 … $n` on every call.
 *
 * A shape is not kept when its text could depend on a value: a parameter spread into a list
 * (`:...ids`), a parameter given as a function, joins, sub-query sources, locks or a condition that
 * is not plain text. Those are built by TypeORM every time, as before.
 */
interface Compiled {
  sql: string;
  /** The parameter behind each `$n`, in order. */
  keys: readonly string[];
}

const MAX_SHAPES = 500;
/** null: a shape seen once and found not reusable. */
const statements = new Map<string, Compiled | null>();
const texts = new Map<string, string | null>();
/** Statements around a query's text (`rowsAround`), by their text and parameter names. */
const around = new Map<string, Compiled | null>();

/** A `:name` or `:...name` parameter in TypeORM's text, as its PostgreSQL driver finds them. */
const PARAMETER = /:(\.\.\.)?([A-Za-z0-9_.]+)/g;

type Clause = { type?: unknown; condition?: unknown };

function plainConditions(wheres: readonly Clause[]): boolean {
  return wheres.every((w) => typeof w.condition === "string" || (Array.isArray(w.condition) && plainConditions(w.condition as Clause[])));
}

/** The key of the query's shape, or undefined when its SQL must be built every time. */
function shapeOf(query: SelectQueryBuilder<ObjectLiteral>, parameters: ObjectLiteral): string | undefined {
  const m = query.expressionMap;
  const main = m.mainAlias;
  if (
    m.queryType !== "select" ||
    !main?.hasMetadata ||
    m.aliases.length !== 1 ||
    m.joinAttributes.length > 0 ||
    m.relationIdAttributes.length > 0 ||
    m.commonTableExpressions.length > 0 ||
    m.lockMode !== undefined ||
    m.subQuery ||
    m.selectDistinctOn.length > 0 ||
    !plainConditions(m.wheres as Clause[]) ||
    !plainConditions(m.havings as Clause[])
  )
    return undefined;
  return JSON.stringify([
    main.metadata.tablePath,
    main.name,
    m.selects,
    m.wheres,
    m.havings,
    m.orderBys,
    m.groupBys,
    m.limit,
    m.offset,
    m.take,
    m.skip,
    m.selectDistinct,
    m.withDeleted,
    m.queryEntity,
    m.comment,
    Object.keys(parameters),
  ]);
}

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_SHAPES) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/**
 * Turns TypeORM's `:name` parameters into `$n` the way its PostgreSQL driver does, noting which
 * parameter each `$n` stands for; undefined when a parameter is spread or a function.
 */
function numbered(text: string, parameters: ObjectLiteral): Compiled | undefined {
  const keys: string[] = [];
  const index = new Map<string, number>();
  const sql = eachParameter(text, parameters, (key) => {
    let n = index.get(key);
    if (n === undefined) {
      keys.push(key);
      n = keys.length;
      index.set(key, n);
    }
    return `$${n}`;
  });
  return sql === undefined ? undefined : { sql, keys };
}

/**
 * `text` with each of its `:name` parameters (those in `parameters`, as TypeORM's driver finds
 * them) replaced by `replace(name)`; undefined when one is spread into a list or is a function,
 * whose text would depend on its value.
 */
function eachParameter(text: string, parameters: ObjectLiteral, replace: (key: string) => string): string | undefined {
  let plain = true;
  const replaced = text.replaceAll(PARAMETER, (full, spread: string | undefined, key: string) => {
    if (!Object.hasOwn(parameters, key)) return full;
    if (spread || typeof parameters[key] === "function") plain = false;
    return replace(key);
  });
  return plain ? replaced : undefined;
}

/**
 * The numbered form of the statement `text()` kept under `key` in `map`, worked out on the key's
 * first use; kept only when it is exactly what TypeORM's driver would send (else null).
 */
function numberedOnce(
  map: Map<string, Compiled | null>,
  key: string,
  text: () => string,
  parameters: ObjectLiteral,
  query: SelectQueryBuilder<ObjectLiteral>,
): Compiled | null {
  const kept = map.get(key);
  if (kept !== undefined) return kept;
  const statement = text();
  const own = numbered(statement, parameters);
  const [sql] = query.connection.driver.escapeQueryWithParameters(statement, parameters);
  return remember(map, key, own && own.sql === sql ? own : null);
}

/**
 * The statement and its values for `query`, built once per shape; `fixed` when its text is one of
 * its shape's (so it is sent prepared), not built for these values alone.
 */
function compiledStatement(query: SelectQueryBuilder<ObjectLiteral>): { sql: string; values: unknown[]; fixed: boolean } {
  query.expressionMap.queryEntity = false;
  const parameters = query.getParameters();
  const shape = shapeOf(query, parameters);
  const compiled = shape === undefined ? null : numberedOnce(statements, shape, () => query.getQuery(), parameters, query);
  if (!compiled) {
    const [sql, values] = query.getQueryAndParameters();
    return { sql, values, fixed: false };
  }
  return { sql: compiled.sql, values: compiled.keys.map((k) => parameters[k]), fixed: true };
}

/** The SQL text of `query` with its `:name` parameters, for use inside another statement. */
export function compiledText(query: SelectQueryBuilder<ObjectLiteral>): string {
  query.expressionMap.queryEntity = false;
  const shape = shapeOf(query, query.getParameters());
  if (shape === undefined) return query.getQuery();
  let text = texts.get(shape);
  if (text === undefined) text = remember(texts, shape, numbered(query.getQuery(), query.getParameters()) ? query.getQuery() : null);
  return text ?? query.getQuery();
}

/** The raw rows of `query` (as `getRawMany`), its SQL built once per shape. */
export function rawRows<R>(query: SelectQueryBuilder<ObjectLiteral>): Promise<R[]> {
  if (query.expressionMap.useTransaction || query.expressionMap.lockMode === "optimistic") return query.getRawMany<R>();
  const { sql, values, fixed } = compiledStatement(query);
  return send(query, sql, values, fixed);
}

/**
 * The raw rows of a statement built around `query`'s SQL (`outer` given that text, e.g. a LATERAL
 * join of the query over several parents), with the outer statement's own `parameters` beside
 * the query's; numbered once per text, as TypeORM's driver would.
 */
export function rowsAround<R>(
  query: SelectQueryBuilder<ObjectLiteral>,
  outer: (text: string) => string,
  parameters: ObjectLiteral,
): Promise<R[]> {
  return rowsOfText(query, outer(compiledText(query)), { ...query.getParameters(), ...parameters });
}

/**
 * `query`'s text with each of its `:name` parameters renamed `:<prefix>name`, and the parameters
 * so renamed, for a statement that holds several queries' texts whose parameters could share a
 * name; null when a parameter is spread into a list or is a function (its text would depend on it).
 */
export function prefixedText(query: SelectQueryBuilder<ObjectLiteral>, prefix: string): { text: string; parameters: ObjectLiteral } | null {
  const own = query.getParameters();
  const parameters: ObjectLiteral = {};
  const text = eachParameter(compiledText(query), own, (key) => {
    parameters[prefix + key] = own[key];
    return `:${prefix}${key}`;
  });
  return text === undefined ? null : { text, parameters };
}

/**
 * The raw rows of the statement `text` whose `:name` parameters are all in `parameters`, sent on
 * `query`'s query runner or pool; numbered once per text, as TypeORM's driver would, and prepared.
 */
export function rowsOfText<R>(query: SelectQueryBuilder<ObjectLiteral>, text: string, parameters: ObjectLiteral): Promise<R[]> {
  const compiled = numberedOnce(around, JSON.stringify([text, Object.keys(parameters)]), () => text, parameters, query);
  if (!compiled) return send(query, ...query.connection.driver.escapeQueryWithParameters(text, parameters), false);
  return send(
    query,
    compiled.sql,
    compiled.keys.map((k) => parameters[k]),
    true,
  );
}

/**
 * Sends a statement on `query`'s own query runner (a transaction's) or the pool: prepared when its
 * text is one of a fixed set (`fixed`), else as TypeORM sends any.
 */
function send<R>(query: SelectQueryBuilder<ObjectLiteral>, sql: string, values: unknown[], fixed: boolean): Promise<R[]> {
  const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  if (fixed) return preparedRows<R>(query.connection, sql, values, runner);
  return runner ? runner.query(sql, values) : query.connection.query(sql, values);
}
