import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../src/core/config";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../src/core/db/embedded";
import type { Logger } from "../src/core/logger";

/**
 * The server holding the platform's database: DATABASE_URL, or the embedded one in NK_DATA_DIR —
 * the running platform's (its port is in postmaster.pid) or, when none runs, one started for the
 * duration of the command. Returns the URL of the `postgres` database there and the name of the
 * platform's database.
 */
export async function backupTarget(config: Config, log: Logger): Promise<{ adminUrl: string; database: string; stop(): Promise<void> }> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const database = decodeURIComponent(url.pathname.slice(1)) || "postgres";
    url.pathname = "/postgres";
    return { adminUrl: url.toString(), database, stop: async () => {} };
  }
  const pidFile = path.join(config.dataDir, "pg", "postmaster.pid");
  const credentialsFile = path.join(config.dataDir, "pg-credentials.json");
  if (existsSync(pidFile) && existsSync(credentialsFile)) {
    const port = Number((await readFile(pidFile, "utf8")).split("\n")[3]);
    const { user, password } = JSON.parse(await readFile(credentialsFile, "utf8")) as { user: string; password: string };
    if (port > 0) {
      return {
        adminUrl: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
        database: "nk",
        stop: async () => {},
      };
    }
  }
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres(config.dataDir, log);
  return { adminUrl: embedded.url, database: "nk", stop: () => embedded.stop() };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
