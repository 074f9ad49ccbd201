// For tests that call core functions and services directly, without the HTTP server: a test
// database of their own with a data source over a few entities, and a request context as the
// server builds one. Loading this is cheap (no schema, no Apollo, no modules), so a mutation run
// of a security-core file that its unit tests cover costs seconds per mutant, not a server start.
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { ReadLog } from "../src/core/audit";
import { loadConfig } from "../src/core/config";
import type { Context, Viewer } from "../src/core/context";
import { createDataSource } from "../src/core/db/data-source";
import { Limiters } from "../src/core/limits";
import { Loaders } from "../src/core/loaders";
import { createLogger } from "../src/core/logger";
import { createTestDatabase } from "./db";
import { TEST_DATA_KEY } from "./key";

export interface UnitDatabase {
  db: DataSource;
  /** The log lines written through contexts made by `context`, parsed. */
  logged: Record<string, unknown>[];
  /** A fresh request context (its own loaders and refusals) for `viewer`. */
  context(viewer: Viewer | null): Context;
  // biome-ignore lint/suspicious/noExplicitAny: rows of ad-hoc SQL are read by column name; a test may name their type
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A database cloned from the migrated, demo-loaded template, mapped for `entities` (none: raw SQL only). */
export async function openUnitDatabase(entities: Function[] = []): Promise<UnitDatabase> {
  const database = await createTestDatabase();
  const db = createDataSource(database.url, { entities, poolSize: 2 });
  await db.initialize();
  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: database.url, NK_DATA_KEY: TEST_DATA_KEY, LOG_LEVEL: "silent" });
  const logged: Record<string, unknown>[] = [];
  const log = createLogger("info", { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) });
  const limiters = new Limiters(config, log);
  return {
    db,
    logged,
    context(viewer) {
      const request = { ip: "127.0.0.1", userAgent: "unit test" };
      return {
        config,
        db,
        log,
        limiters,
        viewer,
        loaders: new Loaders(db),
        reads: new ReadLog({ viewer, request, db }),
        request,
        session: { set: () => undefined, clear: () => undefined },
        denied: new Set(),
      };
    },
    sql: (query, params) => db.query(query, params),
    async close() {
      await limiters.close();
      await db.destroy();
      await database.drop();
    },
  };
}
