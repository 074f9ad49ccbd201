export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__NK_TEST_PG__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
