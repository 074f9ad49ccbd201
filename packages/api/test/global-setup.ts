import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

declare global {
  var __NK_TEST_PG__: ChildProcess | undefined;
}

/** Starts test/pg-server.ts and hands its URL to the test files through the environment. */
export default async function globalSetup(): Promise<void> {
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "test/pg-server.ts"], {
    cwd: path.resolve(__dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  globalThis.__NK_TEST_PG__ = child;
  const adminUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { adminUrl: string }).adminUrl);
    });
    child.once("exit", (code) => reject(new Error(`test database exited with ${code}`)));
  });
  process.env.NK_TEST_ADMIN_URL = adminUrl;
}
