// Re-encrypts sensitive text under the current data key, while the platform keeps running.
//   1. Start the platform with the new key in NK_DATA_KEY and the old one in NK_DATA_KEYS_PREVIOUS:
//      it reads both and writes with the new one.
//   2. Run this with the same variables (and DATABASE_URL): pnpm --filter @nk/api data-key:rotate
//   3. When it reports nothing left under the old key, drop NK_DATA_KEYS_PREVIOUS.
// With the embedded database, run it while the platform is stopped (one server per data directory);
// afterwards the new key is the one kept in the data directory, and the old one in data-key.previous
// until you delete it (backups made before the rotation need it).
import "reflect-metadata";
import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, loadConfig } from "../src/core/config";
import { useKeyRing } from "../src/core/crypto";
import { DATA_KEY_FILE, loadKeyRing } from "../src/core/data-key";
import { createDataSource, ensureDatabase } from "../src/core/db/data-source";
import { startEmbeddedPostgres } from "../src/core/db/embedded";
import { reencryptAll } from "../src/core/db/rotate";
import { createLogger } from "../src/core/logger";
import { entities } from "../src/entities";

async function main() {
  const config = loadConfig();
  const log = createLogger("warn");
  const ring = await loadKeyRing(config, log);
  useKeyRing(ring);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  try {
    const db = createDataSource(config.databaseUrl ?? (await ensureDatabase(embedded?.url as string, "nk")), { entities, poolSize: 2 });
    await db.initialize();
    const report = await reencryptAll(db, ring);
    await db.destroy();
    for (const r of report) console.log(`${r.table}.${r.column}: ${r.reencrypted} value(s) re-encrypted under key ${ring.currentId}`);
    if (report.length === 0) console.log("No encrypted columns.");
    if (!config.databaseUrl && config.dataKey) {
      const file = path.join(config.dataDir, DATA_KEY_FILE);
      if (existsSync(file)) await rename(file, `${file}.previous`);
      await writeFile(file, `${config.dataKey}\n`, { mode: 0o600 });
      console.log(`The new key is now kept in ${file}; the old one in ${file}.previous.`);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
