// The benchmark's own database: the embedded PostgreSQL in NK_BENCH_DATA_DIR (default
// .data/bench at the repository root), or any server at BENCH_DATABASE_URL. Never the platform's.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureDatabase } from "../src/core/db/data-source";
import { startEmbeddedPostgres } from "../src/core/db/embedded";
import type { Logger } from "../src/core/logger";

export const BENCH_DIR = path.resolve(process.env.NK_BENCH_DATA_DIR ?? path.join(__dirname, "../../../.data/bench"));
const DATABASE = "nk_bench";

/** The staff bench:seed creates and the benchmark signs in as. */
export const BENCH_PASSWORD = "Bench-Password-For-Load-1";
export const BENCH_USERS = {
  coordinator: "bench-coordinator@bench.example",
  caseWorker: "bench-caseworker@bench.example",
} as const;

export interface BenchDatabase {
  url: string;
  /** The data key the generated records are written under (NK_DATA_KEY, or kept in BENCH_DIR). */
  dataKey: string;
  stop(): Promise<void>;
}

async function dataKey(): Promise<string> {
  if (process.env.NK_DATA_KEY) return process.env.NK_DATA_KEY;
  const file = path.join(BENCH_DIR, "bench-data-key");
  if (!existsSync(file)) await writeFile(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  return (await readFile(file, "utf8")).trim();
}

export async function openBenchDatabase(log: Logger): Promise<BenchDatabase> {
  await mkdir(BENCH_DIR, { recursive: true, mode: 0o755 });
  const key = await dataKey();
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, dataKey: key, stop: async () => {} };
  const embedded = await startEmbeddedPostgres(BENCH_DIR, log);
  try {
    return { url: await ensureDatabase(embedded.url, DATABASE), dataKey: key, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
