// The API as production runs it: a node process on the compiled code (pnpm --filter @nk/api build),
// started and stopped from outside. Used by the start-time figure and the replica tests.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const API_DIR = path.resolve(__dirname, "..");
const MAIN = path.join(API_DIR, "dist/src/main.js");

/**
 * The node arguments of `pnpm --filter @nk/api start` (package.json's start script, the one place
 * they are written; docker/api.Dockerfile's CMD is checked against it): the compiled code, with
 * @nk/shared's compiled export, source maps, and the heap's ceiling.
 */
export function productionNodeArgs(): string[] {
  const start = (JSON.parse(readFileSync(path.join(API_DIR, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [exec, node, ...args] = start.trim().split(/\s+/);
  if (exec !== "exec" || node !== "node" || args.at(-1) !== path.relative(API_DIR, MAIN)) {
    throw new Error(`package.json's start script should be "exec node <flags> dist/src/main.js", not "${start}"`);
  }
  return args;
}

export interface CompiledPlatform {
  url: string;
  port: number;
  /** From the spawn to the first 200 of /readyz. */
  readyMs: number;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits for it to end; resolves with its exit code. */
  stop(): Promise<number | null>;
}

interface StartLine {
  msg?: string;
  port?: number;
}

/** Reads the port from the start log line (it listens on PORT=0 unless `env` names one). */
function portFrom(line: string): number | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const entry = JSON.parse(line) as StartLine;
    return entry.msg === "NK Platform is up" ? entry.port : undefined;
  } catch {
    return undefined;
  }
}

async function untilReady(url: string, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error("the process ended before /readyz answered");
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts the compiled API with `env` (the whole environment it gets) and waits until it is ready. */
export async function startCompiled(env: Record<string, string>, timeoutMs = 60_000): Promise<CompiledPlatform> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm --filter @nk/api build first`);
  const started = performance.now();
  const child = spawn(process.execPath, productionNodeArgs(), {
    cwd: API_DIR,
    env: { PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`not up within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      const found = lines.map(portFrom).find((p) => p !== undefined);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was up:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  await untilReady(url, () => exitCode !== undefined);
  const readyMs = performance.now() - started;
  return {
    url,
    port,
    readyMs,
    output: () => output,
    stop: () => {
      if (exitCode === undefined) child.kill("SIGTERM");
      return exited;
    },
  };
}
