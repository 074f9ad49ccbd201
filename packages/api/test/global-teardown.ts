import type { ChildProcess } from "node:child_process";

/** Stops a test server (the database, Redis) this process started, unless it has ended. */
export async function stopTestServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Jest's globalTeardown: stops only what globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  const redis = globalThis.__NK_TEST_REDIS__;
  globalThis.__NK_TEST_REDIS__ = undefined;
  if (redis) await stopTestServer(redis);
  const child = globalThis.__NK_TEST_PG__;
  if (!child) return;
  globalThis.__NK_TEST_PG__ = undefined;
  delete process.env.NK_TEST_ADMIN_URL;
  await stopTestServer(child);
}
