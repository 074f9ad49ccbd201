// Mutation testing of the security core (stryker.config.mjs lists it): `pnpm mutation`, or
// `pnpm mutation src/core/crypto.ts` for one file while working on it. Starts one test database
// for the whole run (Stryker runs Jest once per mutant), runs Stryker, then fails unless every
// file's mutation score reaches the break threshold: Stryker's own threshold is for all files together.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { startTestDatabase } from "../test/global-setup";
import { stopTestServer } from "../test/global-teardown";

const API_DIR = path.resolve(__dirname, "..");
const REPORT = path.join(API_DIR, "reports/mutation/mutation.json");
/** Per file; the same figure as `thresholds.break` in stryker.config.mjs. */
const BREAK = 90;

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** Arguments are files to mutate; from the first `--option` on, Stryker options (`--testFiles …`, `--incremental`). */
function stryker(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const first = argv.findIndex((a) => a.startsWith("--"));
  const files = first === -1 ? argv : argv.slice(0, first);
  const options = first === -1 ? [] : argv.slice(first);
  const args = ["run", "stryker.config.mjs", ...(files.length > 0 ? ["--mutate", files.join(",")] : []), ...options];
  const child = spawn(path.join(API_DIR, "node_modules/.bin/stryker"), args, { cwd: API_DIR, env, stdio: "inherit" });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/** Each file's score as Stryker counts it: detected / (detected + undetected); ignored and invalid mutants left out. */
function scores(report: Report): { file: string; detected: number; total: number; score: number }[] {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const total = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
    return { file, detected, total, score: total === 0 ? 100 : (100 * detected) / total };
  });
}

async function main() {
  const started = Date.now();
  await rm(REPORT, { force: true });
  const db = await startTestDatabase();
  let code: number;
  try {
    code = await stryker(process.argv.slice(2), { ...process.env, NK_TEST_ADMIN_URL: db.adminUrl });
  } finally {
    await stopTestServer(db.child);
  }
  if (!existsSync(REPORT)) process.exit(code || 1);
  const report = JSON.parse(await readFile(REPORT, "utf8")) as Report;
  const below: string[] = [];
  console.log(`\nmutation score per file (break at ${BREAK} %):`);
  for (const s of scores(report)) {
    console.log(`  ${s.score.toFixed(1).padStart(5)} %  ${String(s.detected).padStart(4)}/${String(s.total).padEnd(4)} ${s.file}`);
    if (s.score < BREAK) below.push(s.file);
  }
  console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (below.length > 0) console.error(`below ${BREAK} %: ${below.join(", ")}`);
  if (below.length > 0 || code !== 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
