// pnpm backup [--out FILE]: a backup of the platform's database (DATABASE_URL, or the embedded
// one in NK_DATA_DIR, running or not) to FILE (default backups/nk-<time>.nkbackup at the
// repository root) and FILE.sha256. A backup holds personal and sensitive data: encrypt it and
// keep it apart from NK_DATA_KEY (see SECURITY.md).
import "reflect-metadata";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { loadConfig, REPO_ROOT } from "../src/core/config";
import { backupDatabase } from "../src/core/db/backup";
import { createDataSource } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { backupTarget, databaseUrl } from "./backup-target";

async function main() {
  const config = loadConfig();
  const log = createLogger("warn");
  const at = process.argv.indexOf("--out");
  const file = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    at > 0
      ? (process.argv[at + 1] as string)
      : path.join(REPO_ROOT, "backups", `nk-${new Date().toISOString().replace(/[:.]/g, "-")}.nkbackup`),
  );
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const target = await backupTarget(config, log);
  try {
    const db = createDataSource(databaseUrl(target.adminUrl, target.database), { poolSize: 1 });
    await db.initialize();
    const started = Date.now();
    try {
      const result = await backupDatabase(db, file);
      const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `Backed up ${target.database} (PostgreSQL ${result.server}): ${result.tables.length} tables, ${rows} rows, ` +
          `${result.migrations.length} migrations, ${result.bytes} bytes in ${Date.now() - started} ms`,
      );
      console.log(`  ${file}\n  ${file}.sha256  (sha256 ${result.sha256})`);
      console.log("It holds personal data: encrypt it and keep it apart from NK_DATA_KEY.");
    } finally {
      await db.destroy();
    }
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
