// Mutation testing of the security core (test/mutation/plan.mjs lists it with the tests written for
// each file): `pnpm mutation`, or `pnpm mutation src/core/crypto.ts` for one file while working on
// it. Starts one test database for the whole run (Stryker runs Jest once per mutant), runs Stryker
// once per group of files that share their tests (each mutant then runs a few focused tests, not the
// whole suite), merges the groups' reports into reports/mutation/mutation.json, then fails unless
// every file's mutation score reaches the break threshold: Stryker's own threshold is for all files
// of a run together.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestDatabase } from "../test/global-setup";
import { stopTestServer } from "../test/global-teardown";

const API_DIR = path.resolve(__dirname, "..");
const REPORTS = path.join(API_DIR, "reports/mutation");
/** Per file; the same figure as `thresholds.break` in stryker.config.mjs. */
const BREAK = 90;
/** Ignores the plan's tests: every file against the whole suite, in one Stryker run (hours here). */
const WHOLE_SUITE = "--whole-suite";

// An ES module (Stryker's configuration imports it too); Node 20.19+ loads it with require.
const { securityCore } = require("../test/mutation/plan.mjs") as { securityCore: Record<string, string[]> };

interface Report {
  schemaVersion: string;
  thresholds: { high: number; low: number };
  files: Record<string, { mutants: { status: string }[] }>;
}

interface Group {
  /** Its report folder under reports/mutation/, from its files' names (stable, for --incremental). */
  name: string;
  files: string[];
  /** The tests its mutants run; undefined: the whole suite. */
  tests: string[] | undefined;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const groupName = (files: string[]) =>
  files
    .map((f) =>
      f
        .replace(/^src\//, "")
        .replace(/\.ts$/, "")
        .replaceAll("/", "-"),
    )
    .join("+");

/**
 * The Stryker runs for `files`: files that list the same tests share a run (one first, unmutated
 * run for them all); a file outside the plan runs against the whole suite.
 */
function groupsOf(files: string[], plan: Record<string, string[]>): Group[] {
  const byTests = new Map<string, { files: string[]; tests: string[] | undefined }>();
  for (const file of files) {
    const tests = plan[file];
    const key = tests ? JSON.stringify([...tests].sort()) : `whole suite: ${file}`;
    const group = byTests.get(key) ?? { files: [], tests };
    group.files.push(file);
    byTests.set(key, group);
  }
  return [...byTests.values()].map((g) => ({ name: groupName(g.files), ...g }));
}

function stryker(group: Group, options: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const tests = group.tests && !options.includes("--testFiles") ? ["--testFiles", group.tests.join(",")] : [];
  const args = ["run", "stryker.config.mjs", "--mutate", group.files.join(","), ...tests, ...options];
  const child = spawn(path.join(API_DIR, "node_modules/.bin/stryker"), args, {
    cwd: API_DIR,
    env: { ...env, NK_MUTATION_REPORT_DIR: path.relative(API_DIR, path.join(REPORTS, group.name)) },
    stdio: "inherit",
  });
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

async function main() {
  const started = Date.now();
  const argv = process.argv.slice(2);
  const first = argv.findIndex((a) => a.startsWith("--"));
  const files = first === -1 ? argv : argv.slice(0, first);
  const options = (first === -1 ? [] : argv.slice(first)).filter((a) => a !== WHOLE_SUITE);
  const targets = files.length > 0 ? files : Object.keys(securityCore);
  for (const file of targets)
    if (!securityCore[file]) console.warn(`${file} is not in test/mutation/plan.mjs: mutated against the whole suite`);
  const groups = argv.includes(WHOLE_SUITE) ? [{ name: "whole-suite", files: targets, tests: undefined }] : groupsOf(targets, securityCore);

  await rm(path.join(REPORTS, "mutation.json"), { force: true });
  const db = await startTestDatabase();
  const runs: { group: Group; code: number; ms: number; report?: Report }[] = [];
  try {
    for (const group of groups) {
      const report = path.join(REPORTS, group.name, "mutation.json");
      await rm(report, { force: true });
      const t0 = Date.now();
      console.log(`\n== ${group.files.join(", ")} against ${group.tests?.join(", ") ?? "the whole suite"}`);
      const code = await stryker(group, options, { ...process.env, NK_TEST_ADMIN_URL: db.adminUrl });
      const ms = Date.now() - t0;
      runs.push({ group, code, ms, report: existsSync(report) ? (JSON.parse(await readFile(report, "utf8")) as Report) : undefined });
    }
  } finally {
    await stopTestServer(db.child);
  }

  const reported = runs.flatMap((r) => (r.report ? [r.report] : []));
  const merged: Report | undefined = reported[0] && {
    ...reported[0],
    files: Object.assign({}, ...reported.map((r) => r.files)),
  };
  await mkdir(REPORTS, { recursive: true });
  if (merged) await writeFile(path.join(REPORTS, "mutation.json"), JSON.stringify(merged));
  await writeFile(path.join(REPORTS, "index.html"), indexPage(runs));

  const below: string[] = [];
  console.log(`\nmutation score per file (break at ${BREAK} %), reports under ${path.relative(process.cwd(), REPORTS)}/:`);
  for (const run of runs) {
    if (!run.report) console.log(`  no report  ${run.group.files.join(", ")} (Stryker exited with ${run.code})`);
    for (const s of run.report ? scores(run.report) : []) {
      console.log(
        `  ${s.score.toFixed(1).padStart(5)} %  ${String(s.detected).padStart(4)}/${String(s.total).padEnd(4)} ${s.file.padEnd(44)} run ${seconds(run.ms)}`,
      );
      if (s.score < BREAK) below.push(s.file);
    }
  }
  const load = os.loadavg().map((l) => l.toFixed(1));
  console.log(`wall time ${seconds(Date.now() - started)} (load average at the end: ${load.join(" ")} over 1, 5, 15 minutes)`);
  if (below.length > 0) console.error(`below ${BREAK} %: ${below.join(", ")}`);
  if (below.length > 0 || runs.some((r) => !r.report)) process.exit(1);
}

/** reports/mutation/index.html: one link per Stryker run to its own report. */
function indexPage(runs: { group: Group; ms: number; report?: Report }[]): string {
  const rows = runs.map(({ group, ms, report }) => {
    const figures = report ? scores(report).map((s) => `${s.file} ${s.score.toFixed(1)} % (${s.detected}/${s.total})`) : ["no report"];
    return `<li><a href="${group.name}/index.html">${group.files.join(", ")}</a>: ${figures.join("; ")}; ${seconds(ms)}</li>`;
  });
  return `<!doctype html><meta charset="utf-8"><title>Mutation testing of the security core</title><ul>\n${rows.join("\n")}\n</ul>\n`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
