import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "./config";
import { KeyRing, parseKey } from "./crypto";
import type { Logger } from "./logger";

export const DATA_KEY_FILE = "data-key";

/**
 * The key ring from NK_DATA_KEY (and NK_DATA_KEYS_PREVIOUS). With the embedded database and no
 * NK_DATA_KEY, a key is generated on first start and kept in the data directory (mode 0600);
 * with DATABASE_URL the key must be given, so it is never stored next to a remote database.
 */
export async function loadKeyRing(config: Config, log: Logger): Promise<KeyRing> {
  const previous = config.previousDataKeys.map(parseKey);
  if (config.dataKey) return new KeyRing(parseKey(config.dataKey), previous);
  if (config.databaseUrl) {
    throw new Error("NK_DATA_KEY is required with DATABASE_URL: 32 random bytes in base64, e.g. `openssl rand -base64 32`.");
  }
  const file = path.join(config.dataDir, DATA_KEY_FILE);
  if (!existsSync(file)) {
    await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
    await writeFile(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    log.info({ file }, "generated the data key for sensitive text; back it up with the database");
  }
  return new KeyRing(parseKey((await readFile(file, "utf8")).trim()), previous);
}

/**
 * Outside development, a warning when the data key sits inside the data directory (the embedded
 * default, or NK_DATA_KEY_FILE pointing there): one copy of that folder would hold the database
 * and the key that opens its sensitive text. Null when the key is kept apart.
 */
export function dataKeyWarning(config: Config): string | null {
  if (config.env === "development") return null;
  let file: string | undefined;
  if (config.dataKeyFile) file = config.dataKeyFile;
  else if (!config.dataKey && !config.databaseUrl) file = path.join(config.dataDir, DATA_KEY_FILE);
  if (!file) return null;
  const relative = path.relative(config.dataDir, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return `The data key (${file}) is inside the data directory: a copy of ${config.dataDir} would hold the data and the key together. Keep the key apart with NK_DATA_KEY_FILE or NK_DATA_KEY, and back it up separately.`;
}
