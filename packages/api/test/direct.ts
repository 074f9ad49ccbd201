// For tests that call a service or a core helper directly, without the HTTP server: a test
// database of their own (cloned from the migrated, demo-loaded template), a data source over a few
// entities and request contexts as the server builds them. Loading this is cheap (no schema, no
// Apollo, no modules), so a mutation run of a security-core file costs seconds per mutant, not a
// server start.
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { ReadLog } from "../src/core/audit";
import { type Config, loadConfig } from "../src/core/config";
import type { Context, Viewer } from "../src/core/context";
import { KeyRing, parseKey, useKeyRing } from "../src/core/crypto";
import { createDataSource } from "../src/core/db/data-source";
import { Limiters } from "../src/core/limits";
import { Loaders } from "../src/core/loaders";
import { createLogger } from "../src/core/logger";
import { createTestDatabase } from "./db";
import { testEnvironment } from "./environment";
import { TEST_DATA_KEY } from "./key";

export interface DirectDatabase {
  db: DataSource;
  config: Config;
  /** The log lines written through contexts made by `context`, parsed. */
  logged: Record<string, unknown>[];
  /** A fresh request context of `viewer` (null: anonymous): its own loaders, read log and refusals. */
  context(viewer: Viewer | null, ip?: string): Context;
  // biome-ignore lint/suspicious/noExplicitAny: rows of ad-hoc SQL are read by column name; a test may name their type
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** `entities`: the TypeORM entities the code under test maps (none for raw SQL only). */
export async function directDatabase(entities: Function[] = []): Promise<DirectDatabase> {
  // Sensitive text is encrypted with the tests' key, as the server does with its own.
  useKeyRing(new KeyRing(parseKey(TEST_DATA_KEY)));
  const database = await createTestDatabase();
  const config = loadConfig(testEnvironment(database.url));
  const db = createDataSource(database.url, { entities, poolSize: 4 });
  await db.initialize();
  const logged: Record<string, unknown>[] = [];
  const log = createLogger("info", { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) });
  const limiters = new Limiters(config, log);
  return {
    db,
    config,
    logged,
    context(viewer, ip = "203.0.113.7") {
      const request = { ip, userAgent: "direct test" };
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
    async stop() {
      await limiters.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/** A signed-in staff member's viewer. */
export function staffViewer(userId: string, role: Extract<Viewer, { kind: "user" }>["role"], unitIds: string[] = []): Viewer {
  return { kind: "user", userId, role, unitIds, sessionId: "00000000-0000-4000-8000-000000000000" };
}
