// pnpm --filter @nk/api start-time [runs]: how long the compiled API takes from the start of its
// process to the first 200 of /readyz on an existing database (target: under 3 s). The database
// is DATABASE_URL, or an embedded one in a directory of its own, prepared by a first start that is
// not counted. Prints every run and the median.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startCompiled } from "./run-compiled";

const TARGET_MS = 3_000;

async function timeStart(env: Record<string, string>): Promise<number> {
  const platform = await startCompiled(env);
  const code = await platform.stop();
  if (code !== 0) throw new Error(`stopped with exit code ${code}:\n${platform.output()}`);
  return platform.readyMs;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const { NODE_ENV: _, ...inherited } = process.env;
  const dataDir = inherited.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), "nk-start-time-"));
  const env = { ...inherited, ...(dataDir ? { NK_DATA_DIR: dataDir } : {}), NK_ADMIN_PASSWORD: "Start-Time-Password-1" } as Record<
    string,
    string
  >;
  try {
    const first = await timeStart(env);
    console.log(`first start (creates the database, migrations, demo data): ${Math.round(first)} ms`);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(await timeStart(env));
      console.log(`start to /readyz on the existing database, run ${i + 1}: ${Math.round(times[i] as number)} ms`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    const verdict = median < TARGET_MS ? "met" : "MISSED";
    console.log(
      `median ${Math.round(median)} ms, slowest ${Math.round(sorted.at(-1) as number)} ms (target under ${TARGET_MS} ms: ${verdict})`,
    );
  } finally {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
