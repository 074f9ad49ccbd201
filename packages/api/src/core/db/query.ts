import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

export type Queryable = Pick<EntityManager, "query">;

/**
 * Runs raw SQL and names the row it returns: `Row` lists the columns the statement selects (with
 * their aliases), so callers read typed fields instead of `any`. This is where raw results get
 * their type, once.
 */
export function selectRows<Row extends object>(db: Queryable, sql: string, params: unknown[] = []): Promise<Row[]> {
  return db.query(sql, params);
}

/** The single row of an aggregate (`SELECT count(*)… `), which PostgreSQL always returns. */
export async function selectOne<Row extends object>(db: Queryable, sql: string, params: unknown[] = []): Promise<Row> {
  const [row] = await selectRows<Row>(db, sql, params);
  if (!row) throw new Error("an aggregate query returned no row");
  return row;
}

/** A query a module owns, not yet run: its rows typed as `Row`, so several can run as one statement (`selectFigures`). */
export interface Figure<Row extends object> {
  sql: string;
  params: unknown[];
  /** Only carries the row type. */
  readonly row?: Row;
}

export const figure = <Row extends object>(sql: string, params: unknown[] = []): Figure<Row> => ({ sql, params });

type RowsOf<T> = { [K in keyof T]: T[K] extends Figure<infer Row> ? Row[] : never };

/**
 * Runs several modules' queries in one SQL statement (one round trip): each becomes a JSON array
 * sub-select, its parameters renumbered after the previous ones'. Values come back as JSON does:
 * numbers, strings, booleans (cast counts to int in the figure's SQL).
 */
export async function selectFigures<T extends Record<string, Figure<object>>>(db: Queryable, figures: T): Promise<RowsOf<T>> {
  const params: unknown[] = [];
  const columns = Object.entries(figures).map(([key, f], i) => {
    const offset = params.length;
    params.push(...f.params);
    const sql = f.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `(SELECT COALESCE(json_agg(f${i}), '[]'::json) FROM (${sql}) f${i}) AS "${key}"`;
  });
  const [row] = await selectRows<RowsOf<T>>(db, `SELECT ${columns.join(",\n  ")}`, params);
  return row as RowsOf<T>;
}

/** Whether `sql` (e.g. `SELECT 1 FROM … WHERE …`) finds any row. */
export async function exists(db: Queryable, sql: string, params: unknown[] = []): Promise<boolean> {
  return (await selectRows<object>(db, sql, params)).length > 0;
}

/**
 * The entity seen as plain columns, for an INSERT or UPDATE whose values TypeORM cannot check
 * against `T` (a generic `T`, raw SQL expressions, JSON columns) but can against any row; the SQL
 * is the same.
 */
export function columnsOf<T extends ObjectLiteral>(entity: EntityTarget<T>): EntityTarget<ObjectLiteral> {
  return entity;
}

/**
 * The next code of a numbered series, `<prefix>-<year in Dushanbe>-<5 digits>` (NK-2026-00042),
 * from the database sequence `sequence`, so two replicas never hand out the same one.
 */
export async function nextCode(em: Queryable, prefix: string, sequence: string): Promise<string> {
  const row = await selectOne<{ n: string; y: string }>(
    em,
    "SELECT nextval($1::regclass) AS n, to_char(now() AT TIME ZONE 'Asia/Dushanbe', 'YYYY') AS y",
    [sequence],
  );
  return `${prefix}-${row.y}-${row.n.padStart(5, "0")}`;
}
