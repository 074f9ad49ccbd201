import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "./config";

describe("DATABASE_PASSWORD_FILE", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "nk-config-"));
    file = path.join(dir, "db_password");
    await writeFile(file, "p@ss/word:1\n", { mode: 0o600 });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("puts the file's one line into DATABASE_URL as its password", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://nk@db:5432/nk", DATABASE_PASSWORD_FILE: file });
    const url = new URL(config.databaseUrl as string);
    expect(decodeURIComponent(url.password)).toBe("p@ss/word:1");
    expect(`${url.username}@${url.host}${url.pathname}`).toBe("nk@db:5432/nk");
  });

  it.each([
    [{ DATABASE_PASSWORD_FILE: "/nonexistent" }, "needs DATABASE_URL"],
    [{ DATABASE_URL: "postgres://nk:secret@db/nk" }, "holds a password already"],
    [{ DATABASE_URL: "postgres://nk@db/nk", DATABASE_PASSWORD_FILE: "/nonexistent/db_password" }, "cannot read /nonexistent/db_password"],
  ])("refuses %j", (env, problem) => {
    const withFile = { DATABASE_PASSWORD_FILE: file, ...env };
    expect(() => loadConfig(withFile)).toThrow(ConfigError);
    expect(() => loadConfig(withFile)).toThrow(problem);
  });
});
