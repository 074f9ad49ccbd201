// pnpm backup / pnpm restore on the demo data: back up, destroy the database, restore, and find
// every record and every encrypted value again, readable with the key.
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { KeyRing } from "../src/core/crypto";
import { createDataSource, type DataSource } from "../src/core/db/data-source";
import { createTestDatabase } from "./db";
import { TEST_DATA_KEY } from "./key";

const run = promisify(execFile);
const api = path.resolve(__dirname, "..");

function script(name: string, args: string[], databaseUrl: string) {
  return run(process.execPath, ["-r", "@swc-node/register", `scripts/${name}.ts`, ...args], {
    cwd: api,
    env: { ...process.env, DATABASE_URL: databaseUrl, NK_DATA_KEY: TEST_DATA_KEY, INIT_CWD: api },
  });
}

/** Per table: row count and a digest of every row; and every encrypted value. */
async function fingerprint(db: DataSource) {
  const tables = (await db.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  )) as { table_name: string }[];
  const digest: Record<string, string> = {};
  for (const { table_name: t } of tables) {
    const [row] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${t}" x`,
    );
    digest[t] = `${row.n}:${row.d}`;
  }
  const columns = (await db.query(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')",
  )) as { table_name: string; column_name: string }[];
  const encrypted: string[] = [];
  for (const c of columns) {
    const rows = (await db.query(`SELECT "${c.column_name}" AS v FROM "${c.table_name}" WHERE "${c.column_name}" LIKE 'v1:%'`)) as {
      v: string;
    }[];
    encrypted.push(...rows.map((r) => r.v));
  }
  return { digest, encrypted };
}

async function withDb<T>(url: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = createDataSource(url, { poolSize: 1 });
  await db.initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

test("backup, destroy, restore: every record back, every encrypted field readable with the key", async () => {
  const database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), "nk-backup-"));
  try {
    const before = await withDb(database.url, fingerprint);
    expect(Number(before.digest.beneficiary?.split(":")[0])).toBeGreaterThanOrEqual(300);
    expect(before.encrypted.length).toBeGreaterThan(40);

    const file = path.join(dir, "nk.nkbackup");
    const t0 = Date.now();
    const backup = await script("backup", ["--out", file], database.url);
    const backupMs = Date.now() - t0;
    expect(backup.stdout).toContain("Backed up");
    const bytes = (await stat(file)).size;

    await database.drop();
    const t1 = Date.now();
    const restore = await script("restore", [file], database.url);
    const restoreMs = Date.now() - t1;
    expect(restore.stdout).toContain("Restored");

    const after = await withDb(database.url, fingerprint);
    expect(after.digest).toEqual(before.digest);
    const ring = new KeyRing(Buffer.from(TEST_DATA_KEY, "base64"));
    const readable = after.encrypted.filter((v) => typeof ring.decrypt(v) === "string" && !ring.decrypt(v).startsWith("v1:"));
    expect(readable).toHaveLength(before.encrypted.length);
    process.stdout.write(
      `backup: ${Object.keys(before.digest).length} tables, ${bytes} bytes, backup ${backupMs} ms, restore ${restoreMs} ms, ` +
        `${after.encrypted.length} encrypted values readable\n`,
    );

    // A restore refuses to replace a database with tables unless told, and a damaged file at all.
    await expect(script("restore", [file], database.url)).rejects.toMatchObject({ stderr: expect.stringContaining("--replace") });
    await writeFile(`${file}.sha256`, `${"0".repeat(64)}  nk.nkbackup\n`);
    await expect(script("restore", [file, "--replace"], database.url)).rejects.toMatchObject({
      stderr: expect.stringContaining("does not match its checksum"),
    });
  } finally {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
