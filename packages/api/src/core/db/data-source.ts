import { DataSource, type EntityManager } from "typeorm";
import { migrations } from "../../../migrations";
import { StatementCounter } from "./statements";

interface DataSourceOptions {
  /** The entities to map (src/entities.ts); none for a connection that only runs SQL. */
  entities?: Function[];
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
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
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? "nk-api",
      connectionTimeoutMillis: 5_000,
      // Statements that run away are cut off rather than holding a connection forever.
      statement_timeout: 30_000,
    },
  });
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = createDataSource(adminUrl, { poolSize: 1 });
  await admin.initialize();
  try {
    const rows: unknown[] = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type { DataSource, EntityManager };
