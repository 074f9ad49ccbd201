import "reflect-metadata";
import type { DataSource } from "typeorm";
import { ReadLog } from "../src/core/audit";
import { type Config, loadConfig } from "../src/core/config";
import type { RequestContext, Viewer } from "../src/core/context";
import { KeyRing, parseKey, useKeyRing } from "../src/core/crypto";
import { createDataSource } from "../src/core/db/data-source";
import { Loaders } from "../src/core/loaders";
import { createLogger } from "../src/core/logger";
import { createTestDatabase } from "./db";
import { testEnvironment } from "./environment";
import { TEST_DATA_KEY } from "./key";

/**
 * A database of its own (cloned from the migrated template) and request contexts on it, without
 * a server: for tests that call a service or a core helper directly, so that a mutant of it runs
 * in a second or two instead of starting the API.
 */
export interface DirectDatabase {
  db: DataSource;
  config: Config;
  /** A request context of `viewer` (null: anonymous), with loaders and a read log of its own. */
  context(viewer: Viewer | null, ip?: string): RequestContext;
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
  const log = createLogger("silent");
  return {
    db,
    config,
    context(viewer, ip = "203.0.113.7") {
      const ctx: RequestContext = {
        viewer,
        request: { ip, userAgent: "direct test" },
        db,
        config,
        log,
        loaders: new Loaders(db),
        reads: undefined as unknown as ReadLog,
      };
      ctx.reads = new ReadLog(ctx);
      return ctx;
    },
    sql: (query, params) => db.query(query, params),
    async stop() {
      await db.destroy();
      await database.drop();
    },
  };
}

/** A signed-in staff member's viewer. */
export function staffViewer(userId: string, role: Extract<Viewer, { kind: "user" }>["role"], unitIds: string[] = []): Viewer {
  return { kind: "user", userId, role, unitIds, sessionId: "00000000-0000-4000-8000-000000000000" };
}
