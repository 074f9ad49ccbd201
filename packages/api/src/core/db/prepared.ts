import { createHash } from "node:crypto";
import type pg from "pg";
import { type DataSource, QueryFailedError, type QueryRunner, QueryRunnerAlreadyReleasedError } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/**
 * Statements of a fixed text sent as named prepared statements: PostgreSQL parses and plans each
 * once per connection, then only binds and runs it. Planning was most of what PostgreSQL spent on
 * some of the API's commonest statements (a woman's last services over a page: 2.1–2.8 ms of the
 * backend's CPU sent unnamed, 1.4–1.7 ms prepared), and PostgreSQL shares the machine's cores with
 * the API.
 *
 * Only for texts that come from a fixed set (the shapes of `compiled.ts`, a constant statement):
 * each distinct text stays prepared on every connection that ran it, for the connection's life;
 * past MAX_NAMES texts a process prepares no more.
 * A statement with the same text on the same connection reuses the plan PostgreSQL chose for it
 * (a custom plan per call, or a generic one once it costs no more: `plan_cache_mode`). A pooler
 * in transaction mode in front of PostgreSQL must keep prepared statements per server connection
 * (PgBouncer 1.21 or later, `max_prepared_statements`).
 */

/** Past this many texts a process sends the others unnamed: what stays prepared on a connection is bounded. */
const MAX_NAMES = 1000;
const names = new Map<string, string>();

/** The statement's name (its text's hash), or undefined once MAX_NAMES texts are named. */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMES) {
    name = `nk_${createHash("sha256").update(text).digest("base64url").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The rows of `text` sent as a prepared statement, on `runner`'s connection (a transaction's) or
 * one of the pool's. Counted and failing as TypeORM's own `query` does (a `QueryFailedError`
 * wrapping the driver's error).
 */
export async function preparedRows<R>(db: DataSource, text: string, values: readonly unknown[], runner?: QueryRunner): Promise<R[]> {
  db.logger.logQuery(text, values as unknown[]);
  const config = { name: nameOf(text), text, values: values as unknown[] };
  if (runner) {
    if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
    const client = (await runner.connect()) as pg.ClientBase;
    return run<R>(client, config);
  }
  const [client, release] = (await (db.driver as PostgresDriver).obtainMasterConnection()) as [pg.ClientBase, (error?: Error) => void];
  // A lent client has no listener of the pool's: its connection's error (PostgreSQL going away
  // between two messages) would be an unhandled event, which ends the process. Kept, it makes
  // the pool drop the client rather than lend it again (TypeORM's query runner does the same).
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    return await run<R>(client, config);
  } finally {
    client.removeListener("error", onError);
    release(broken);
  }
}

async function run<R>(client: pg.ClientBase, config: pg.QueryConfig): Promise<R[]> {
  try {
    return (await client.query(config)).rows as R[];
  } catch (error) {
    throw new QueryFailedError(config.text, config.values, error as Error);
  }
}
