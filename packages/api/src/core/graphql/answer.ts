import { MAX_PAGE_SIZE } from "@nk/shared";
import { type DocumentNode, type ExecutionResult, type GraphQLSchema, getArgumentValues, type OperationDefinitionNode } from "graphql";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { Context } from "../context";
import { prefixedText, rowsOfText } from "../db/compiled";
import { type ListShape, type NodePlan, NotAnswered, no, type Plan, planOf, variablesOfDirectives } from "./answer-plan";
import { encodeCursor } from "./connection";
import { firstTextProblem } from "./input-guard";

/**
 * A query answered by one SQL statement (which queries are, and how a plan is made of one:
 * core/graphql/answer-plan.ts): PostgreSQL gives each page's rows as JSON — each row's fields, the
 * records it links to and its nested pages — and the server shapes the connections around them
 * (edges, encoded cursors, pageInfo, counts), audits the records read as their lists audit them,
 * and sends the answer on. `NK_SQL_ANSWERS=false` turns it off.
 */

/** What one request's statement is made of: its parameters, and names unique in it. */
class Statement {
  readonly parameters: ObjectLiteral = {};
  /** The query whose connection and query runner send it (the first page's). */
  sender: SelectQueryBuilder<ObjectLiteral> | undefined;
  private names = 0;

  name(): string {
    return `nk_${this.names++}`;
  }

  /**
   * `query`'s text in this statement, its parameters renamed apart from the other queries' and
   * kept; the first query given sends the statement (its connection or query runner).
   */
  text(query: SelectQueryBuilder<ObjectLiteral>): string {
    const prefixed = prefixedText(query, `${this.name()}_`) ?? no();
    Object.assign(this.parameters, prefixed.parameters);
    this.sender ??= query;
    return prefixed.text;
  }

  value(value: unknown, type: string): string {
    const name = this.name();
    this.parameters[name] = value;
    return `CAST(:${name} AS ${type})`;
  }
}

/**
 * A moment as `DateTimeISO` prints the Date read from it (`toISOString()`): UTC, milliseconds cut
 * (not rounded) from PostgreSQL's microseconds, as the client's parsing of a timestamp cuts them.
 */
const momentSql = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const objectSql = (pairs: readonly [string, string][]) => `json_build_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(", ")})`;

class Builder {
  constructor(
    private readonly ctx: Context,
    private readonly variables: Record<string, unknown>,
    private readonly statement: Statement,
  ) {}

  private get driver() {
    return this.ctx.db.driver;
  }

  /**
   * The SQL of a page as `[rows, more follow, first cursor, last cursor, a page before, count]`
   * (see `assemble`); `parentId` the SQL of its parent's id.
   */
  async page(shape: ListShape, parentId: string | null): Promise<string> {
    const args = getArgumentValues(shape.field as never, shape.node, this.variables);
    if (firstTextProblem(shape.field.args, args)) return no();
    const first = args.first as number;
    const after = (args.after as string | null | undefined) ?? null;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) return no();
    const query = await shape.list.pageQuery(
      this.ctx,
      args.filter as never,
      args.sort as never,
      { first, after },
      shape.properties,
      shape.cursors,
    );
    if (!query) return no();
    const alias = shape.list.spec.alias;
    if (parentId) query.andWhere(`${alias}.${shape.parentColumn} = ${parentId}`);
    const asks = shape.asks;
    // No row past the page when no one asks whether more follow; then no numbering either, unless
    // a page cursor needs it.
    const more = asks.has("hasNextPage");
    if (!more) query.limit(first);
    const numbering = more || asks.has("startCursor") || asks.has("endCursor");
    const st = this.statement;
    const text = st.text(query);
    const rows = st.name();
    const column = (c: ColumnMetadata) =>
      `${rows}.${this.driver.escape(DriverUtils.buildAlias(this.driver, undefined, alias, c.databaseName))}`;
    const id = column(shape.id);
    const limit = st.value(first, "int");
    // Only the rows of the page: the one after it tells whether more follow.
    const inPage = numbering ? `FILTER (WHERE ${rows}.nk_n <= ${limit})` : "";
    // Links of its rows, joined to the page (`LEFT JOIN LATERAL`), so a record many rows link to is built once.
    const joins: string[] = [];
    // Rows joined to their links could come in another order: then each aggregate orders them.
    const order = () => (joins.length ? ` ORDER BY ${rows}.${numbering ? "nk_n" : "nk_i"}` : "");
    // A cursor's key and id, encoded by the server (`assemble`): base64 in SQL cost more.
    const cursor = `json_build_array(${rows}.cursor_value, ${id})`;
    const nodes: string[] = [];
    for (const node of shape.nodes) nodes.push(await this.node(node, column, joins));
    const row =
      shape.rows.kind === "node"
        ? (nodes[0] as string)
        : shape.rows.kind === "id"
          ? id
          : `json_build_array(${[id, shape.cursors ? `${rows}.cursor_value` : "NULL", ...nodes].join(", ")})`;
    const counted = asks.has("totalCount") ? await this.count(shape, args.filter, parentId) : "NULL";
    const end = `LEAST(${rows}.nk_rows, ${limit})`;
    // The page as [rows, more follow, first cursor, last cursor, a page before, count]; the server makes the connection of it (`assemble`).
    const page = [
      `COALESCE(json_agg(${row}${order()}) ${inPage}, '[]'::json)`,
      more ? `count(*) > ${limit}` : "NULL",
      asks.has("startCursor") ? `(array_agg(${cursor}) FILTER (WHERE ${rows}.nk_n = 1 AND ${rows}.nk_n <= ${limit}))[1]` : "NULL",
      asks.has("endCursor") ? `(array_agg(${cursor}) FILTER (WHERE ${rows}.nk_n = ${end} AND ${rows}.nk_n <= ${limit}))[1]` : "NULL",
      after ? "true" : "false",
      counted,
    ];
    const r = `${rows}_r`;
    // The rows are numbered, and aggregated, in the order the page's statement gives them (its
    // ORDER BY … LIMIT): a scan of one sub-query with nothing joined keeps that order, and sorting
    // them again for each aggregate cost PostgreSQL a third of the statement.
    const total = asks.has("endCursor") ? ", count(*) OVER () AS nk_rows" : "";
    const n = numbering ? "nk_n" : "nk_i";
    const source = numbering || joins.length ? `(SELECT ${r}.*, row_number() OVER () AS ${n}${total} FROM (${text}) ${r})` : `(${text})`;
    return `(SELECT json_build_array(${page.join(", ")}) FROM ${source} ${rows}${joins.join("")})`;
  }

  /** The SQL of how many records of the list match, within reach (under the parent `parentId` names). */
  private async count(shape: ListShape, filter: unknown, parentId: string | null): Promise<string> {
    const alias = shape.list.spec.alias;
    const query = (await shape.list.query(this.ctx, filter as never)).select(`${alias}.id`);
    if (parentId) query.andWhere(`${alias}.${shape.parentColumn} = ${parentId}`);
    return `(SELECT count(*)::int FROM (${this.statement.text(query)}) ${this.statement.name()})`;
  }

  /**
   * The SQL of one record's JSON, its columns as `column` names them; its links are joined to the
   * page when `joins` is given (a page's rows), else sub-selects (a linked record's links).
   */
  async node(plan: NodePlan, column: (c: ColumnMetadata) => string, joins?: string[]): Promise<string> {
    const pairs: [string, string][] = [];
    for (const s of plan.shapes) {
      if (s.kind === "typename") pairs.push([s.key, `'${s.name}'`]);
      else if (s.kind === "column") pairs.push([s.key, s.moment ? momentSql(column(s.column)) : column(s.column)]);
      else if (s.kind === "list") pairs.push([s.key, await this.page(s, column(plan.id))]);
      else {
        const linked = this.statement.name();
        const own = (c: ColumnMetadata) => `${linked}.${this.driver.escape(c.databaseName)}`;
        const json = await this.node(s.node, own);
        const one = `SELECT ${json} AS json FROM ${this.driver.escape(s.metadata.tableName)} ${linked} WHERE ${own(s.node.id)} = ${column(s.column)}`;
        if (joins) {
          // OFFSET 0 keeps it a sub-query of each row (which PostgreSQL may memoize), not a join it could reorder.
          const joined = this.statement.name();
          joins.push(` LEFT JOIN LATERAL (${one} OFFSET 0) ${joined} ON true`);
          pairs.push([s.key, `${joined}.json`]);
        } else pairs.push([s.key, `(${one})`]);
      }
    }
    return objectSql(pairs);
  }
}

type Json = Record<string, unknown>;
const cursorOf = (pair: unknown) => (pair ? encodeCursor(...(pair as [unknown, string])) : null);
/** A page as its statement gives it: [rows, more follow, first cursor, last cursor, a page before, count]. */
type PageValue = [unknown[], boolean | null, unknown, unknown, boolean, number | null];

/**
 * The connection of a page as its statement gives it, shaped as the request asks (edges, cursors
 * encoded, pageInfo, count), noting the ids it read; its nodes' nested pages are assembled too.
 */
function assemble(shape: ListShape, value: unknown, ids: Map<ListShape, string[]>): Json {
  const [rows, more, start, end, previous, count] = value as PageValue;
  const how = shape.rows;
  const seen = ids.get(shape);
  for (const row of rows) {
    seen?.push((how.kind === "node" ? (row as Json)[how.id] : how.kind === "id" ? row : (row as unknown[])[0]) as string);
  }
  const nodeOf = (row: unknown, index: number) => (how.kind === "node" ? row : (row as unknown[])[2 + index]);
  const connection: Json = {};
  for (const c of shape.connection) {
    if (c.kind === "typename") connection[c.key] = c.name;
    else if (c.kind === "totalCount") connection[c.key] = count;
    else if (c.kind === "pageInfo") {
      const info: Json = {};
      for (const i of c.info) {
        if (i.kind === "typename") info[i.key] = i.name;
        else if (i.kind === "hasNextPage") info[i.key] = more;
        else if (i.kind === "hasPreviousPage") info[i.key] = previous;
        else info[i.key] = cursorOf(i.kind === "startCursor" ? start : end);
      }
      connection[c.key] = info;
    } else {
      connection[c.key] = rows.map((row) => {
        const edge: Json = {};
        for (const e of c.edge) {
          if (e.kind === "typename") edge[e.key] = e.name;
          else if (e.kind === "cursor") edge[e.key] = encodeCursor((row as unknown[])[1], (row as unknown[])[0] as string);
          else {
            const node = nodeOf(row, e.index);
            if (e.node.pages) assembleWithin(e.node, node, ids);
            edge[e.key] = node;
          }
        }
        return edge;
      });
    }
  }
  return connection;
}

/** Assembles, in place, the pages nested in a record's JSON (and in the records it links to). */
function assembleWithin(plan: NodePlan, value: unknown, ids: Map<ListShape, string[]>): void {
  if (!value) return;
  const node = value as Record<string, unknown>;
  for (const s of plan.shapes) {
    if (s.kind === "list") node[s.key] = assemble(s, node[s.key], ids);
    else if (s.kind === "link" && s.node.pages) assembleWithin(s.node, node[s.key], ids);
  }
}

/**
 * What a plan depends on besides the document: the viewer's role (or key's scopes), whether she
 * must enrol, and the values of the variables its `@include` and `@skip` read.
 */
const plans = new WeakMap<DataSource, WeakMap<DocumentNode, Map<string, Plan | null>>>();

/**
 * The answer to `operation` from one statement, or null when the document is not one answered so
 * (see above) or this request's arguments are not (a refused filter, a page out of bounds, a
 * text refused): the resolvers answer those.
 */
export async function answerInOneStatement(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  ctx: Context,
  viewerKey: string,
  /** Runs the operation with only the root fields not answered here, through their resolvers. */
  others: (rest: DocumentNode) => Promise<ExecutionResult>,
): Promise<ExecutionResult | null> {
  let byDocument = plans.get(ctx.db);
  if (!byDocument) {
    byDocument = new WeakMap();
    plans.set(ctx.db, byDocument);
  }
  let byViewer = byDocument.get(document);
  if (!byViewer) {
    byViewer = new Map();
    byDocument.set(document, byViewer);
  }
  const enrolling = ctx.viewer?.kind === "user" && ctx.viewer.mustEnrol === true;
  const included = JSON.stringify(variablesOfDirectives(document).map((name) => variables[name] ?? null));
  const key = `${viewerKey}:${enrolling}:${operation.name?.value ?? ""}:${included}`;
  let plan = byViewer.get(key);
  if (plan === undefined) {
    plan = planOf(schema, ctx.db, document, operation, ctx.viewer, variables);
    byViewer.set(key, plan);
  }
  if (!plan) return null;
  const statement = new Statement();
  const builder = new Builder(ctx, variables, statement);
  const columns: string[] = [];
  try {
    for (const [i, root] of plan.roots.entries()) columns.push(`${await builder.page(root, null)} AS r${i}`);
  } catch (error) {
    if (error instanceof NotAnswered) return null;
    throw error;
  }
  if (!statement.sender) return null;
  const sender = statement.sender;
  // Once the statement is built, nothing more is refused: the other root fields run beside it.
  const [answered, resolved] = await Promise.all([
    (async () => {
      const [row] = await rowsOfText<Record<string, unknown>>(sender, `SELECT ${columns.join(", ")}`, statement.parameters);
      const ids = new Map(plan.pages.map((p) => [p, [] as string[]]));
      const pages = new Map(plan.roots.map((root, i) => [root.key, assemble(root, row?.[`r${i}`], ids)]));
      for (const [page, read] of ids) await page.list.audited(ctx, read);
      return pages;
    })(),
    plan.rest ? others(plan.rest) : null,
  ]);
  // A non-null root field that failed makes the whole answer null, as it would have.
  if (resolved && !resolved.data) return resolved;
  const data: Record<string, unknown> = {};
  for (const key of plan.keys) data[key] = answered.has(key) ? answered.get(key) : resolved?.data?.[key];
  return resolved?.errors ? { data, errors: resolved.errors } : { data };
}
