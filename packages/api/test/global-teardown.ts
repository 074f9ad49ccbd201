import type { ChildProcess } from "node:child_process";

/** Stops the test database of one process, if this process started it. */
export async function stopTestDatabase(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Jest's globalTeardown: stops only what globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__NK_TEST_PG__;
  if (!child) return;
  globalThis.__NK_TEST_PG__ = undefined;
  delete process.env.NK_TEST_ADMIN_URL;
  await stopTestDatabase(child);
}
