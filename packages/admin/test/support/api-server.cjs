// Starts the real API (embedded PostgreSQL in a fresh data directory, demo data on) serving the
// built admin, for the browser tests and the budget script. Stopped with SIGTERM only: the API
// then stops its PostgreSQL cleanly; a hard kill would leave it running.
const { spawn } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { chmod, mkdtemp, rm } = require("node:fs/promises");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const apiDir = path.resolve(__dirname, "../../../api");
// NK_E2E_READY_SECONDS gives a loaded machine longer to seed the demo data.
const READY_TIMEOUT_MS = Number(process.env.NK_E2E_READY_SECONDS || 120) * 1000;
const STOP_TIMEOUT_MS = 30_000;

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {{ url: string; adminEmail: string; adminPassword: string; pid: number; stop: () => Promise<void>; log: () => string }} ApiServer
 * @returns {Promise<ApiServer>}
 */
async function startApi() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nk-admin-e2e-"));
  // PostgreSQL runs as its own user when we are root; it must be able to enter this directory.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const adminEmail = "admin@example.org";
  const adminPassword = randomBytes(15).toString("base64url");
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NK_DATA_DIR: dataDir,
    NK_ADMIN_EMAIL: adminEmail,
    NK_ADMIN_PASSWORD: adminPassword,
    NK_DEMO_DATA: "true",
    NODE_ENV: "test",
    // The accounts of every role sign in with a password alone here; test/mfa.test.ts enrols its own.
    NK_MFA_REQUIRED_ROLES: process.env.NK_MFA_REQUIRED_ROLES ?? "none",
  };
  // Bring our own embedded database; never touch one named by the environment.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: apiDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited before it was ready:\n${log}`);
    if (Date.now() > deadline) throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
      });
      const stopped = await Promise.race([exited.then(() => true), timedOut]);
      clearTimeout(timer);
      if (!stopped) throw new Error(`the API did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM (pid ${child.pid})`);
    }
    await rm(dataDir, { recursive: true, force: true });
  }

  return { url, adminEmail, adminPassword, pid: child.pid ?? 0, stop, log: () => log };
}

/**
 * One GraphQL request, optionally with a session cookie; returns the body and the Set-Cookie.
 * @param {string} url @param {string} query @param {Record<string, unknown>} variables @param {string} [cookie]
 */
async function graphql(url, query, variables = {}, cookie) {
  /** @type {Record<string, string>} */
  const headers = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = /** @type {{ data?: { login?: { userErrors?: unknown[] } }; errors?: Array<{ message: string }> }} */ (
    await response.json()
  );
  return { body, setCookie: response.headers.get("set-cookie") };
}

/**
 * Signs in over HTTP and returns the session cookie ("nk_session=…").
 * @param {string} url @param {string} email @param {string} password
 */
async function sessionCookie(url, email, password) {
  const { body, setCookie } = await graphql(url, "mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }", {
    input: { email, password },
  });
  if (!setCookie || body.data?.login?.userErrors?.length) throw new Error(`cannot sign in as ${email}: ${JSON.stringify(body)}`);
  return setCookie.split(";")[0] ?? "";
}

module.exports = { startApi, graphql, sessionCookie };
