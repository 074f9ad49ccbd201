import { type Readable, Transform } from "node:stream";
import { stringify } from "csv-stringify";
import {
  coerceInputValue,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import QueryStream from "pg-query-stream";
import type { ObjectLiteral } from "typeorm";
import { closedUntilEnrolled } from "../access";
import { audit } from "../audit";
import type { RequestContext } from "../context";
import { ApiError, badInput } from "../errors";
import { allows, type Grant, grantsOf } from "../grants";
import { firstTextProblem } from "../graphql/input-guard";
import type { ListDefinition, ListSort } from "../graphql/list";

/**
 * CSV exports of the lists. An export names a list (`defineList`) and the GraphQL root field that
 * serves it: the filter and sort are that field's own input types (coerced by graphql-js, checked
 * by the text guard), the rows are the list's rows within the viewer's reach in the list's order,
 * and each column names a field of the node type, so it is written only for a viewer the field's
 * `@Allow` grants let read it. Rows stream from a PostgreSQL cursor through csv-stringify, never
 * held whole; one EXPORT event records who took which list, with which filters, and how many rows.
 */

export type ExportLanguage = "tg" | "ru" | "en";
export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ["tg", "ru", "en"];

/** A column heading in every language of the admin: the type requires all three. */
export type Heading = Record<ExportLanguage, string>;

export interface ExportColumn<T> {
  /** The field of the node type this column reveals: its grants decide who gets the column. */
  field: string;
  /**
   * The type whose `field` it is, when the column shows a related record's field (the woman's
   * first name on an enrolment: `of: "Beneficiary"`); default the list's node type.
   */
  of?: string;
  heading: Heading;
  /** The value from the row (default: the entity's property named `field`). */
  value?: (row: T, extra: Record<string, unknown>) => unknown;
  /**
   * An SQL expression selected beside the row (a related record's name, in the export's language),
   * handed to `value` as `extra[field]`, else written as it is.
   */
  sql?: string | ((language: ExportLanguage) => string);
}

export interface ExportSpec<F extends object, S extends string, T> {
  /** The file's name, `/exports/<name>.csv`. */
  name: string;
  /** The root field listing the same rows; who may call it may export, with its filter and sort. */
  root: string;
  list: ListDefinition<F, S>;
  columns: readonly ExportColumn<T>[];
}

export type ExportDefinition = ExportSpec<object, string, never>;

/** Declares an export of a list; its module lists it in its descriptor's `exports`. */
export function defineExport<F extends object, S extends string, T extends ObjectLiteral>(spec: ExportSpec<F, S, T>): ExportDefinition {
  return spec as unknown as ExportDefinition;
}

/** Checks each export against the built schema: its root field, and a rule on every column's field. */
export function checkExports(schema: GraphQLSchema, exports: readonly ExportDefinition[]): void {
  const names = new Set<string>();
  for (const e of exports) {
    if (names.has(e.name)) throw new Error(`two exports are named ${e.name}`);
    names.add(e.name);
    const root = schema.getQueryType()?.getFields()[e.root];
    if (!root) throw new Error(`export ${e.name}: no root field ${e.root}`);
    for (const c of e.columns) {
      if (!columnGrants(schema, e, c))
        throw new Error(`export ${e.name}: ${c.of ?? e.list.spec.node}.${c.field} is not a field with an access rule`);
    }
  }
}

/** The grants of the field a column reveals (undefined: no such field, or one without a rule). */
function columnGrants(schema: GraphQLSchema, e: ExportDefinition, c: ExportColumn<never>): readonly Grant[] | undefined {
  const type = c.of ? schema.getType(c.of) : nodeType(schema, e);
  if (!isObjectType(type)) return undefined;
  const field = type.getFields()[c.field];
  return field && grantsOf(type, field);
}

/** A column's name in the audit event: its field, with the type when it is a related record's. */
const columnName = (c: ExportColumn<never>) => (c.of ? `${c.of}.${c.field}` : c.field);

function nodeType(schema: GraphQLSchema, e: ExportDefinition): GraphQLObjectType {
  const node = schema.getType(e.list.spec.node);
  if (!isObjectType(node)) throw new Error(`export ${e.name}: no object type ${e.list.spec.node}`);
  return node;
}

export interface ExportRequest {
  /** The filter as JSON text, as the GraphQL list takes it (absent: none). */
  filter?: string;
  /** The sort as JSON text (`{"field":"CODE","direction":"ASC"}`). */
  sort?: string;
  language: ExportLanguage;
}

export interface PreparedExport {
  total: number;
  /** The columns written, by field name, in order. */
  fields: string[];
  /** The CSV bytes: the BOM, the headings, then one line per row; read it once. */
  csv: Readable;
  /**
   * Ends the export once `csv` has ended, failed or been abandoned: closes the cursor, ends the
   * transaction, writes the EXPORT event with the rows sent. Safe to call more than once.
   */
  finish(complete: boolean): Promise<void>;
}

const refused = (message: string) => new ApiError("FORBIDDEN", message);

function parseJson(text: string | undefined, argument: string): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badInput(`\`${argument}\` is not valid JSON.`, argument);
  }
}

/** The value of one argument as the GraphQL field would take it, or a BAD_USER_INPUT naming what is wrong. */
function coerce(type: GraphQLInputType, value: unknown, argument: string): unknown {
  if (value === undefined || value === null) return undefined;
  const problems: string[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    problems.push(`${[argument, ...path].join(".")}: ${error.message}`);
  });
  if (problems.length) throw badInput(`The ${argument} is not accepted. ${problems.join(" ")}`, argument);
  return coerced;
}

/** What the audit log keeps of a filter: coded values (ids, enums, flags, days), text replaced by its length. */
function auditable(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return Array.isArray(value) ? value.map((v) => auditable(t.ofType, v)) : value;
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
        const f = fields[k];
        return f ? [[k, auditable(f.type, v)]] : [];
      }),
    );
  }
  if (isEnumType(t) || (isScalarType(t) && t.name !== "String")) return value;
  // Free text (a name searched for) is personal: the log says only that text was given.
  return { text: String(value).length };
}

/** A cell as CSV text: instants and days in ISO form, lists joined, text that a spreadsheet would run as a formula defused. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cell).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  // A leading = + - @ (or tab, CR) makes Excel evaluate the cell; a phone number (+992 …) stays as it is.
  return /^[=@\t\r]|^[+-](?![\d\s]+$)/.test(text) ? `'${text}` : text;
}

/**
 * Opens an export for the viewer: refuses a viewer who may not call the list's root field, a bad
 * filter or sort (nothing is audited as exported then), counts the rows, and hands back the CSV
 * stream over a cursor in a read-only REPEATABLE READ transaction (so the count and the rows agree).
 */
export async function openExport(
  ctx: RequestContext,
  schema: GraphQLSchema,
  e: ExportDefinition,
  request: ExportRequest,
): Promise<PreparedExport> {
  const query = schema.getQueryType();
  const root = query?.getFields()[e.root];
  if (!query || !root) throw new Error(`export ${e.name}: no root field ${e.root}`);
  const grants = grantsOf(query, root) ?? [];
  if (!ctx.viewer) throw new ApiError("UNAUTHENTICATED", "Sign in to export.");
  if (!allows(grants, ctx.viewer) || closedUntilEnrolled(ctx.viewer, "Query", root)) {
    await audit(ctx, { action: "DENIED", entityType: e.list.spec.node, details: { export: e.name } });
    throw refused(`Your role may not export the list of ${e.name}: it holds records you may not read.`);
  }
  const filterArg = root.args.find((a) => a.name === "filter");
  const sortArg = root.args.find((a) => a.name === "sort");
  const rawFilter = parseJson(request.filter, "filter");
  const rawSort = parseJson(request.sort, "sort");
  if (rawFilter !== undefined && !filterArg) throw badInput(`The list of ${e.name} takes no filter.`, "filter");
  if (rawSort !== undefined && !sortArg) throw badInput(`The list of ${e.name} takes no sort.`, "sort");
  const filter = filterArg ? coerce(filterArg.type, rawFilter, "filter") : undefined;
  const sort = sortArg ? coerce(sortArg.type, rawSort, "sort") : undefined;
  const text = firstTextProblem([...(filterArg ? [filterArg] : []), ...(sortArg ? [sortArg] : [])], { filter, sort });
  if (text) throw badInput(text.message, text.path.join("."));

  const columns = e.columns.filter((c) => {
    const fieldGrants = columnGrants(schema, e, c);
    return fieldGrants !== undefined && allows(fieldGrants, ctx.viewer);
  });
  if (columns.length === 0) throw refused(`Your role may read no column of the list of ${e.name}.`);

  // The list's own query: reach, filters with their permissions (a refused one audits DENIED), order.
  const q = await e.list.ordered(ctx, filter as object | undefined, sort as ListSort<string> | undefined);
  columns.forEach((c, i) => {
    if (c.sql) q.addSelect(typeof c.sql === "string" ? c.sql : c.sql(request.language), `export_extra_${i}`);
  });
  const [sql, params] = q.getQueryAndParameters();
  const counted = q.clone();
  const alias = e.list.spec.alias;
  const metadata = ctx.db.getMetadata(e.list.spec.entity);
  const driver = ctx.db.driver;

  const runner = ctx.db.createQueryRunner("slave");
  const client = (await runner.connect()) as { query(stream: QueryStream): QueryStream };
  let stream: QueryStream | undefined;
  let rows = 0;
  let total = 0;
  let finishing: Promise<void> | undefined;
  const finish = (complete: boolean) => {
    finishing ??= (async () => {
      try {
        const open = stream && !stream.destroyed ? stream : undefined;
        if (open) {
          await new Promise<void>((resolve) => {
            open.once("close", () => resolve());
            open.destroy();
          });
        }
        await runner.query("ROLLBACK").catch(() => undefined);
      } finally {
        await runner.release();
      }
      await audit(ctx, {
        action: "EXPORT",
        entityType: e.list.spec.node,
        details: {
          list: e.name,
          filter: filterArg && filter !== undefined ? auditable(filterArg.type, filter) : null,
          sort: sort ?? null,
          columns: columns.map(columnName),
          language: request.language,
          rows,
          total,
          complete,
        },
      });
    })();
    return finishing;
  };

  try {
    await runner.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // The cursor is read at the client's pace: the export is bounded by rows, not by a statement's time.
    await runner.query("SET LOCAL statement_timeout = 0");
    const [countSql, countParams] = counted.select("count(*)::int", "n").orderBy().getQueryAndParameters();
    const [counts] = (await runner.query(countSql, countParams)) as { n: number }[];
    total = counts?.n ?? 0;
    stream = client.query(new QueryStream(sql, params, { batchSize: 500, highWaterMark: 500 }));
  } catch (error) {
    await finish(false);
    throw error;
  }

  const columnsOfEntity = metadata.columns.filter((c) => c.isSelect);
  const toRecord = new Transform({
    objectMode: true,
    transform(raw: Record<string, unknown>, _encoding, done) {
      const entity: Record<string, unknown> = {};
      for (const c of columnsOfEntity) c.setEntityValue(entity, driver.prepareHydratedValue(raw[`${alias}_${c.databaseName}`], c));
      const extra: Record<string, unknown> = {};
      columns.forEach((c, i) => {
        if (c.sql) extra[c.field] = raw[`export_extra_${i}`];
      });
      rows++;
      // A column with its own SQL writes its own value (two columns may reveal the same field).
      done(
        null,
        columns.map((c, i) => cell(c.value ? c.value(entity as never, extra) : c.sql ? raw[`export_extra_${i}`] : entity[c.field])),
      );
    },
  });
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.heading[request.language]), record_delimiter: "windows" });
  stream.on("error", (error) => toRecord.destroy(error));
  toRecord.on("error", (error) => csv.destroy(error));
  stream.pipe(toRecord).pipe(csv);
  return { total, fields: columns.map(columnName), csv, finish };
}

/** The language of the headings: `lang` when it is one, else the first of Accept-Language, else Tajik. */
export function exportLanguage(lang: unknown, acceptLanguage: string | undefined): ExportLanguage {
  if (typeof lang === "string" && (EXPORT_LANGUAGES as readonly string[]).includes(lang)) return lang as ExportLanguage;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if ((EXPORT_LANGUAGES as readonly string[]).includes(code)) return code as ExportLanguage;
  }
  return "tg";
}
