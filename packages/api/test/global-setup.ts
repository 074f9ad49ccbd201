import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { provideRedis } from "./redis";

declare global {
  var __NK_TEST_PG__: ChildProcess | undefined;
  var __NK_TEST_REDIS__: ChildProcess | undefined;
}

/** Starts test/pg-server.ts and hands its URL to the test files through the environment. */
export function startTestDatabase(): Promise<{ child: ChildProcess; adminUrl: string }> {
  // The server stops when its stdin closes, so it never outlives this process, even killed.
  // It seeds the template with the code as it is: no mutant of a mutation run is active in it.
  const { __STRYKER_ACTIVE_MUTANT__: _, ...env } = process.env;
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "test/pg-server.ts"], {
    cwd: path.resolve(__dirname, ".."),
    env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ child, adminUrl: (JSON.parse(line) as { adminUrl: string }).adminUrl });
    });
    child.once("exit", (code) => reject(new Error(`test database exited with ${code}`)));
  });
}

/**
 * Jest's globalSetup. A caller that runs Jest many times in one process (the mutation run) starts
 * the database once itself and passes NK_TEST_ADMIN_URL; then it is used as it is.
 */
export default async function globalSetup(): Promise<void> {
  const redis = await provideRedis();
  if (redis) process.env.NK_TEST_REDIS_URL = redis.url;
  globalThis.__NK_TEST_REDIS__ = redis?.child;
  if (process.env.NK_TEST_ADMIN_URL) return;
  const { child, adminUrl } = await startTestDatabase();
  globalThis.__NK_TEST_PG__ = child;
  process.env.NK_TEST_ADMIN_URL = adminUrl;
}
