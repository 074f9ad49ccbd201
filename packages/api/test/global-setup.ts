import "reflect-metadata";
import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../seed/demo";
import { createDataSource, ensureDatabase } from "../src/core/db/data-source";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../src/core/db/embedded";
import { createLogger } from "../src/core/logger";
import { TEMPLATE_DB } from "./db";

declare global {
  var __NK_EMBEDDED__: { db: EmbeddedDatabase; dir: string } | undefined;
}

/**
 * One PostgreSQL for the whole run (embedded, or NK_TEST_DATABASE_URL), with a template database
 * migrated and loaded with the demo data; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const log = createLogger("warn");
  let adminUrl = process.env.NK_TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "nk-test-"));
    await chmod(dir, 0o755);
    const db = await startEmbeddedPostgres(dir, log);
    globalThis.__NK_EMBEDDED__ = { db, dir };
    adminUrl = db.url;
  }
  const admin = createDataSource(adminUrl, { poolSize: 1 });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.destroy();
  const template = createDataSource(await ensureDatabase(adminUrl, TEMPLATE_DB), { poolSize: 2 });
  await template.initialize();
  await template.runMigrations();
  await seedDemoData(template, log);
  await template.destroy();
  process.env.NK_TEST_ADMIN_URL = adminUrl;
}
