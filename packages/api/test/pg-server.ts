// Runs the test PostgreSQL for one Jest run, outside Jest's module system: an embedded server
// (or NK_TEST_DATABASE_URL) with a template database, migrated and loaded with the demo data.
// Prints {"adminUrl": …} on one line when ready; stops on SIGTERM.
import "reflect-metadata";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../seed/demo";
import { KeyRing, useKeyRing } from "../src/core/crypto";
import { createDataSource, ensureDatabase } from "../src/core/db/data-source";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../src/core/db/embedded";
import { createLogger } from "../src/core/logger";
import { entities } from "../src/entities";
import { TEMPLATE_DB } from "./db";
import { TEST_DATA_KEY } from "./key";

async function main() {
  const log = createLogger("warn");
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.NK_TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), "nk-test-"));
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres(dir, log);
    adminUrl = embedded.url;
  }
  const stop = async () => {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  const admin = createDataSource(adminUrl, { poolSize: 1 });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.destroy();
  // The demo data holds encrypted narratives: the tests' key must encrypt them.
  useKeyRing(new KeyRing(Buffer.from(TEST_DATA_KEY, "base64")));
  const template = createDataSource(await ensureDatabase(adminUrl, TEMPLATE_DB), { entities, poolSize: 2 });
  await template.initialize();
  await template.runMigrations();
  await seedDemoData(template, log);
  await template.destroy();
  process.stdout.write(`${JSON.stringify({ adminUrl })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`test database failed: ${String(error)}\n`);
  process.exit(1);
});
