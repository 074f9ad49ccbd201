import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TEST_DATA_KEY } from "../../test/key";
import { ConfigError, loadConfig } from "./config";
import { DATA_KEY_FILE, dataKeyWarning } from "./data-key";

/** The data key kept apart from the data. */

const dir = mkdtempSync(path.join(os.tmpdir(), "nk-key-"));
const dataDir = path.join(dir, "data");
const keyFile = path.join(dir, "elsewhere.key");
writeFileSync(keyFile, `${TEST_DATA_KEY}\n`, { mode: 0o600 });

describe("NK_DATA_KEY_FILE", () => {
  it("reads the key from a file outside the data directory, with no warning", () => {
    const config = loadConfig({ NK_DATA_DIR: dataDir, NK_DATA_KEY_FILE: keyFile });
    expect(config.dataKey).toBe(TEST_DATA_KEY);
    expect(config.dataKeyFile).toBe(keyFile);
    expect(dataKeyWarning(config)).toBeNull();
  });

  it("refuses a missing or malformed file, naming the variable, and exits with 2 at start", () => {
    expect(() => loadConfig({ NK_DATA_KEY_FILE: path.join(dir, "missing.key") })).toThrow(ConfigError);
    expect(() => loadConfig({ NK_DATA_KEY_FILE: path.join(dir, "missing.key") })).toThrow(/NK_DATA_KEY_FILE: cannot read/);
    const bad = path.join(dir, "bad.key");
    writeFileSync(bad, "not a key\n");
    expect(() => loadConfig({ NK_DATA_KEY_FILE: bad })).toThrow(/NK_DATA_KEY_FILE: .* must hold 32 bytes/);
    expect(() => loadConfig({ NK_DATA_KEY_FILE: keyFile, NK_DATA_KEY: TEST_DATA_KEY })).toThrow(/not both/);
    const run = spawnSync(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, NODE_ENV: "production", NK_DATA_KEY_FILE: path.join(dir, "missing.key"), PORT: "0" },
      encoding: "utf8",
      // Loading the TypeScript sources at start takes long on a busy machine.
      timeout: 120_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/NK_DATA_KEY_FILE: cannot read .*missing\.key/);
  }, 150_000);

  it("warns outside development when the key sits inside the data directory", () => {
    const inside = path.join(dataDir, "my.key");
    expect(dataKeyWarning(loadConfig({ NK_DATA_DIR: dataDir }))).toContain(path.join(dataDir, DATA_KEY_FILE));
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(inside, `${TEST_DATA_KEY}\n`);
    expect(dataKeyWarning(loadConfig({ NK_DATA_DIR: dataDir, NK_DATA_KEY_FILE: inside }))).toMatch(/inside the data directory/);
    expect(dataKeyWarning(loadConfig({ NODE_ENV: "development", NK_DATA_DIR: dataDir }))).toBeNull();
    expect(dataKeyWarning(loadConfig({ NK_DATA_DIR: dataDir, NK_DATA_KEY: TEST_DATA_KEY }))).toBeNull();
  });

  it("takes NK_INTERNAL_SUPPRESSION_MIN from 5 up, 5 by default", () => {
    expect(loadConfig({}).internalSuppressionMin).toBe(5);
    expect(loadConfig({ NK_INTERNAL_SUPPRESSION_MIN: "8" }).internalSuppressionMin).toBe(8);
    expect(() => loadConfig({ NK_INTERNAL_SUPPRESSION_MIN: "4" })).toThrow(/NK_INTERNAL_SUPPRESSION_MIN: must be 5 or more/);
  });
});
