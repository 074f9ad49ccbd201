import pg from "pg";
import { DataSource, type EntityManager } from "typeorm";
import { migrations } from "../../../migrations";
import type { DatabaseLimits } from "../config";
import { exists } from "./query";
import { StatementCounter } from "./statements";

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
  idleTimeoutMs: 30_000,
};

const DATE_OID = 1082;

/**
 * A `date` as the text PostgreSQL sends ("2026-12-02"): the days the entities and the API hold
 * as that string anyway. pg's default made each a `Date` at local midnight that TypeORM then
 * printed back, about 1.1 µs a value (0.3 ms of a page of 50 women with their last 5 services).
 * Every other type is read as pg reads it.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID && format !== "binary"
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

interface DataSourceOptions {
  /** The entities to map (src/entities.ts); none for a connection that only runs SQL. */
  entities?: Function[];
  poolSize?: number;
  applicationName?: string;
  limits?: DatabaseLimits;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const limits = options.limits ?? DEFAULT_DATABASE_LIMITS;
  return new DataSource({
    type: "postgres",
    url,
    entities: options.entities ?? [],
    migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    uuidExtension: "pgcrypto",
    logger: new StatementCounter(),
    extra: {
      max: options.poolSize ?? limits.poolSize,
      types,
      application_name: options.applicationName ?? "nk-api",
      // A database that does not answer fails the request (SERVICE_UNAVAILABLE) instead of queueing it forever.
      connectionTimeoutMillis: limits.connectTimeoutMs,
      // Statements that run away are cut off rather than holding a connection forever.
      statement_timeout: limits.statementTimeoutMs,
      // A transaction left open by a request that died stops holding its locks.
      idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      idleTimeoutMillis: limits.idleTimeoutMs,
    },
  });
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = createDataSource(adminUrl, { poolSize: 1 });
  await admin.initialize();
  try {
    if (!(await exists(admin, "SELECT 1 FROM pg_database WHERE datname = $1", [name])))
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type { DataSource, EntityManager };
