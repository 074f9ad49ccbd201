import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { DataSource } from "typeorm";
import { type Queryable, selectOne, selectRows } from "./query";

/**
 * A logical backup of the platform's database: the list of migrations that made its schema, then
 * every table's rows, as gzip-compressed JSON lines, read in one REPEATABLE READ snapshot. The
 * schema is rebuilt from the migrations on restore, so the file holds data only.
 * (pg_dump cannot be used with the embedded server: the platform's package ships no pg_dump, and
 * a pg_dump older than the server refuses it.)
 */
export const BACKUP_FORMAT = "nk-backup";
export const BACKUP_VERSION = 1;
const BATCH = 2_000;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  server: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

export type Line = Header | { table: string; columns: string[] } | { rows: unknown[][] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tablesOf(db: Queryable): Promise<string[]> {
  const rows = await selectRows<{ table_name: string }>(
    db,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

async function columnsOf(db: Queryable, table: string): Promise<string[]> {
  const rows = await selectRows<{ column_name: string }>(
    db,
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
    [table],
  );
  return rows.map((r) => r.column_name);
}

/** Writes the backup to `file` and `file.sha256` (sha256sum's format); returns its header. */
export async function backupDatabase(db: DataSource, file: string): Promise<Header & { bytes: number; sha256: string }> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await selectRows<{ name: string }>(runner, "SELECT name FROM migrations ORDER BY id")).map((m) => m.name);
    const { server_version: server } = await selectOne<{ server_version: string }>(runner, "SHOW server_version");
    const tables = await tablesOf(runner);
    const counts: Header["tables"] = [];
    for (const name of tables) {
      const { n } = await selectOne<{ n: number }>(runner, `SELECT count(*)::int AS n FROM ${quote(name)}`);
      counts.push({ name, rows: n });
    }
    const header: Header = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      server,
      migrations,
      tables: counts,
    };
    async function* lines(): AsyncGenerator<string> {
      yield `${JSON.stringify(header)}\n`;
      for (const { name, rows } of counts) {
        const columns = await columnsOf(runner, name);
        yield `${JSON.stringify({ table: name, columns })}\n`;
        // Each value in PostgreSQL's own text form, which casts back to its type exactly (arrays, jsonb, timestamps).
        const list = columns.map((c) => `${quote(c)}::text`).join(", ");
        for (let offset = 0; offset < rows; offset += BATCH) {
          const batch = await selectRows<{ r: unknown[] }>(
            runner,
            `SELECT json_build_array(${list}) AS r FROM ${quote(name)} ORDER BY ctid OFFSET $1 LIMIT $2`,
            [offset, BATCH],
          );
          yield `${JSON.stringify({ rows: batch.map((b) => b.r) })}\n`;
        }
      }
    }
    await pipeline(lines, createGzip(), createWriteStream(file, { mode: 0o600 }));
    await runner.query("COMMIT");
    const content = await readFile(file);
    const sha256 = createHash("sha256").update(content).digest("hex");
    await writeFile(`${file}.sha256`, `${sha256}  ${path.basename(file)}\n`, { mode: 0o600 });
    return { ...header, bytes: content.length, sha256 };
  } finally {
    await runner.release();
  }
}

/** Checks `file` against `file.sha256`; throws when it is missing or differs. */
export async function verifyChecksum(file: string): Promise<string> {
  const expected = (await readFile(`${file}.sha256`, "utf8").catch(() => "")).split(/\s+/)[0];
  if (!expected) throw new Error(`${file}.sha256 is missing: a backup is restored only with its checksum.`);
  const actual = createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
  if (actual !== expected) throw new Error(`${file} does not match its checksum (${actual} ≠ ${expected}): it is damaged or was changed.`);
  return actual;
}

/** Reads a backup's lines; the first is its header. */
export async function* readBackup(file: string): AsyncGenerator<Line> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield JSON.parse(line) as Line;
}

/**
 * Loads a backup's rows into `db`, whose schema the backup's migrations have just built: empties
 * every table, inserts the rows with triggers and foreign keys held back (replica mode, so the
 * append-only audit table can be refilled), sets the identity sequences past the highest id, all
 * in one transaction. Returns the rows per table.
 */
export async function loadBackup(db: DataSource, file: string): Promise<Map<string, number>> {
  const loaded = new Map<string, number>();
  await db.transaction(async (em) => {
    await em.query("SET LOCAL session_replication_role = replica");
    const tables = await tablesOf(em);
    if (tables.length) await em.query(`TRUNCATE ${tables.map(quote).join(", ")}`);
    let current: { table: string; columns: string[] } | undefined;
    for await (const line of readBackup(file)) {
      if ("format" in line) continue;
      if ("table" in line) {
        current = line;
        loaded.set(line.table, 0);
        continue;
      }
      if (!current) throw new Error("The backup has rows before any table.");
      const { table, columns } = current;
      const list = columns.map(quote).join(", ");
      const types = await selectRows<{ column_name: string; type: string }>(
        em,
        "SELECT column_name, format_type(atttypid, atttypmod) AS type FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = $1::regclass AND a.attname = c.column_name WHERE c.table_schema = 'public' AND c.table_name = $2",
        [quote(table), table],
      );
      const typeOf = new Map(types.map((t) => [t.column_name, t.type]));
      const casts = columns.map((c, i) => `(r->>${i})::${typeOf.get(c) ?? "text"}`);
      await em.query(
        `INSERT INTO ${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${casts.join(", ")} FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(line.rows)],
      );
      loaded.set(table, (loaded.get(table) ?? 0) + line.rows.length);
    }
    const sequences = await selectRows<{ table_name: string; column_name: string; seq: string }>(
      em,
      `SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
         FROM information_schema.columns c WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
    );
    for (const s of sequences) {
      await em.query(`SELECT setval($1, COALESCE((SELECT max(${quote(s.column_name)}) FROM ${quote(s.table_name)}), 0) + 1, false)`, [
        s.seq,
      ]);
    }
  });
  return loaded;
}
