// pnpm restore FILE [--replace]: checks FILE against FILE.sha256, then rebuilds the platform's
// database from it: the schema from the migrations the backup names, then its rows, in one
// transaction. An existing database with tables is replaced only with --replace (it is dropped
// first). Stop the platform before restoring. Encrypted text needs the NK_DATA_KEY of the backup.
import "reflect-metadata";
import path from "node:path";
import { migrations } from "../migrations";
import { loadConfig } from "../src/core/config";
import { BACKUP_FORMAT, BACKUP_VERSION, loadBackup, readBackup, verifyChecksum } from "../src/core/db/backup";
import { createDataSource } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { backupTarget, databaseUrl } from "./backup-target";

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Name the backup file: pnpm restore <file> [--replace]");
  const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const started = Date.now();
  await verifyChecksum(full);
  const first = (await readBackup(full).next()).value;
  if (!first || !("format" in first) || first.format !== BACKUP_FORMAT || first.version !== BACKUP_VERSION) {
    throw new Error(`${full} is not an NK backup of version ${BACKUP_VERSION}.`);
  }
  // A migration class's name is the name TypeORM records in the migrations table.
  const known = new Set(migrations.map((m) => m.name));
  const names: string[] = first.migrations;
  const missing = names.filter((n: string) => !known.has(n));
  if (missing.length)
    throw new Error(`This code does not know the backup's migrations ${missing.join(", ")}: restore it with the version that made it.`);

  const config = loadConfig();
  const log = createLogger("warn");
  const target = await backupTarget(config, log);
  try {
    const admin = createDataSource(target.adminUrl, { poolSize: 1 });
    await admin.initialize();
    try {
      const exists = ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [target.database])) as unknown[]).length > 0;
      if (exists) {
        const probe = createDataSource(databaseUrl(target.adminUrl, target.database), { poolSize: 1 });
        await probe.initialize();
        const [row] = (await probe.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")) as {
          n: number;
        }[];
        const n = row?.n ?? 0;
        await probe.destroy();
        if (n > 0 && !args.includes("--replace")) {
          throw new Error(`The database ${target.database} has ${n} tables. Add --replace to drop it and restore the backup in its place.`);
        }
      }
      const name = `"${target.database.replace(/"/g, '""')}"`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.destroy();
    }
    // The schema exactly as the backup's migrations left it; newer ones run at the next start.
    const db = createDataSource(databaseUrl(target.adminUrl, target.database), { poolSize: 1 });
    db.setOptions({ migrations: migrations.filter((m) => names.includes(m.name)) });
    await db.initialize();
    try {
      await db.runMigrations({ transaction: "each" });
      const loaded = await loadBackup(db, full);
      const wrong = first.tables.filter((t: { name: string; rows: number }) => (loaded.get(t.name) ?? 0) !== t.rows);
      if (wrong.length)
        throw new Error(`Row counts differ from the backup's for ${wrong.map((t: { name: string }) => t.name).join(", ")}.`);
      const rows = [...loaded.values()].reduce((a, b) => a + b, 0);
      console.log(
        `Restored ${target.database}: ${loaded.size} tables, ${rows} rows, ${names.length} migrations in ${Date.now() - started} ms.`,
      );
    } finally {
      await db.destroy();
    }
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
