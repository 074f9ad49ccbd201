// Runs the test PostgreSQL for one Jest run, outside Jest's module system: an embedded server
// (or NK_TEST_DATABASE_URL) with a template database, migrated and loaded with the demo data.
// Prints {"adminUrl": …} on one line when ready; stops on SIGTERM, or when its stdin closes (the
// process that started it has ended, however it ended).
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
  let embedded: Promise<EmbeddedDatabase> | undefined;
  let dir: string | undefined;
  let stopping = false;
  // Installed first, so a stop asked for while the server is still starting waits for it and stops it.
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await (await embedded?.catch(() => undefined))?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();

  let adminUrl = process.env.NK_TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), "nk-test-"));
    await chmod(dir, 0o755);
    embedded = startEmbeddedPostgres(dir, log);
    adminUrl = (await embedded).url;
  }

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
