// An embedded PostgreSQL of one test's own, which the test may stop and start (the shared test
// server must stay up). Reads "stop" / "start" lines on stdin and answers "stopped" / "started";
// prints {"url": …} when first ready; stops and removes its files on SIGTERM or when stdin ends.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedPostgres } from "../src/core/db/embedded";
import { createLogger } from "../src/core/logger";

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "nk-own-pg-"));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, createLogger("warn"));
  let ending = false;
  const end = async () => {
    if (ending) return;
    ending = true;
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", end);
  process.on("SIGINT", end);
  const lines = readline.createInterface({ input: process.stdin });
  lines.on("line", async (line) => {
    if (line === "stop") {
      await pg.stop();
      process.stdout.write("stopped\n");
    } else if (line === "start") {
      await pg.start();
      process.stdout.write("started\n");
    }
  });
  lines.on("close", end);
  process.stdout.write(`${JSON.stringify({ url: pg.url })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`own PostgreSQL failed: ${String(error)}\n`);
  process.exit(1);
});
