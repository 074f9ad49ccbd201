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
