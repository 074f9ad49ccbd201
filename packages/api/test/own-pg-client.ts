import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/** Drives test/own-pg.ts: a PostgreSQL this test may stop and start under load. */
export class OwnPostgres {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly lines: string[],
  ) {}

  static async start(): Promise<OwnPostgres> {
    const child = spawn(process.execPath, ["-r", "@swc-node/register", "test/own-pg.ts"], {
      cwd: path.resolve(__dirname, ".."),
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines: string[] = [];
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      lines.push(...parts);
    });
    const url = await OwnPostgres.waitFor(lines, (l) => l.startsWith("{"), child);
    return new OwnPostgres(child, (JSON.parse(url) as { url: string }).url, lines);
  }

  private static async waitFor(lines: string[], match: (line: string) => boolean, child: ChildProcess): Promise<string> {
    for (let i = 0; i < 600; i++) {
      const index = lines.findIndex(match);
      if (index >= 0) return lines.splice(index, 1)[0] as string;
      if (child.exitCode !== null) throw new Error("own PostgreSQL exited");
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("own PostgreSQL did not answer");
  }

  async stop(): Promise<void> {
    this.child.stdin?.write("stop\n");
    await OwnPostgres.waitFor(this.lines, (l) => l === "stopped", this.child);
  }

  async start(): Promise<void> {
    this.child.stdin?.write("start\n");
    await OwnPostgres.waitFor(this.lines, (l) => l === "started", this.child);
  }

  async end(): Promise<void> {
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.kill("SIGTERM");
    await exited;
  }
}
