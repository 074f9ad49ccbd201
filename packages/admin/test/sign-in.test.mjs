// End to end: the real API (embedded PostgreSQL, fresh data directory) serving the built admin,
// driven by Debian's Chromium through playwright-core.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const adminDir = path.resolve(here, "..");
const apiDir = path.resolve(adminDir, "../api");
const CHROMIUM = "/usr/bin/chromium";
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 15_000;

/** @param {string} code */
const messages = (code) => JSON.parse(readFileSync(path.join(adminDir, `src/locales/${code}.json`), "utf8"));
const tg = messages("tg");
const ru = messages("ru");

/**
 * vue-i18n's named interpolation, enough for these messages.
 * @param {string} text
 * @param {Record<string, string>} values
 */
const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");

const ADMIN_EMAIL = "admin@example.org";
const ADMIN_PASSWORD = randomBytes(15).toString("base64url"); // 20 characters

/** @type {string} */
let dataDir;
/** @type {import("node:child_process").ChildProcess | undefined} */
let server;
/** @type {import("playwright-core").Browser | undefined} */
let browser;
/** @type {string} */
let baseUrl;
let serverLog = "";

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

/** @param {import("node:child_process").ChildProcess} child */
async function waitUntilReady(child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${serverLog}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${serverLog}`);
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  assert.ok(existsSync(path.join(adminDir, "dist/index.html")), "the admin is not built: run `pnpm --filter @nk/admin build` first");
  assert.ok(existsSync(path.join(apiDir, "src/main.ts")), `no API at ${apiDir}/src/main.ts`);

  dataDir = await mkdtemp(path.join(os.tmpdir(), "nk-admin-e2e-"));
  // PostgreSQL runs as its own user when we are root; it must be able to enter this directory.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;

  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NK_DATA_DIR: dataDir,
    NK_ADMIN_EMAIL: ADMIN_EMAIL,
    NK_ADMIN_PASSWORD: ADMIN_PASSWORD,
    NK_DEMO_DATA: "false",
    NODE_ENV: "test",
  };
  // The test brings its own embedded database; never touch one named by the environment.
  delete env.DATABASE_URL;

  const started = Date.now();
  server = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: apiDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    serverLog = (serverLog + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);
  await waitUntilReady(server);
  console.log(`API ready in ${Date.now() - started} ms at ${baseUrl}`);

  const launched = Date.now();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright-core gives every launch a fresh, temporary user data directory.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  console.log(`Chromium ${browser.version()} launched in ${Date.now() - launched} ms`);
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null && server.signalCode === null) {
    const child = server;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // SIGTERM only: the API stops its PostgreSQL cleanly; a hard kill would leave it running.
    const stopping = Date.now();
    child.kill("SIGTERM");
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(resolve, STOP_TIMEOUT_MS);
    });
    const stopped = await Promise.race([exited.then(() => true), timedOut.then(() => false)]);
    clearTimeout(timer);
    if (!stopped) {
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      throw new Error(`the API did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM (pid ${child.pid})`);
    }
    console.log(`API stopped ${Date.now() - stopping} ms after SIGTERM (exit code ${child.exitCode})`);
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("sign in, switch language, reload, sign out", async (t) => {
  assert.ok(browser);
  const started = Date.now();
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {string[]} */
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  t.after(() => context.close());

  const form = page.getByTestId("sign-in-form");
  const alert = page.getByTestId("sign-in-error");
  const signedInAs = page.getByTestId("signed-in-as");
  const signOut = page.getByTestId("sign-out");

  // A visitor who is not signed in lands on the sign-in form, in Tajik.
  await page.goto(`${baseUrl}/`);
  await form.waitFor();
  assert.equal(new URL(page.url()).pathname, "/sign-in");
  assert.equal(await page.locator("html").getAttribute("lang"), "tg");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), tg.signIn.title);
  assert.equal(await page.getByTestId("app-title").textContent(), "NK Platform");
  assert.match(await page.title(), /NK Platform/);

  // The labels are wired to the inputs: fill them by their (Tajik) label, as a screen reader would find them.
  await page.getByLabel(tg.signIn.email).fill(ADMIN_EMAIL);
  await page.getByLabel(tg.signIn.password).fill(`${ADMIN_PASSWORD}-wrong`);
  await page.getByTestId("sign-in-submit").click();
  await page.getByRole("alert").filter({ hasText: tg.errors.invalidCredentials }).waitFor();
  assert.equal((await alert.textContent())?.trim(), tg.errors.invalidCredentials);

  await page.getByTestId("sign-in-password").fill(ADMIN_PASSWORD);
  await page.getByTestId("sign-in-submit").click();
  await signedInAs.waitFor();
  assert.equal(new URL(page.url()).pathname, "/");

  // What the API says about this session is what the page shows.
  const viewer = await page.evaluate(async () => {
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { kind user { email fullName role } } }" }),
    });
    const body = /** @type {{ data: { viewer: { user: { email: string; fullName: string; role: string } | null } | null } }} */ (
      await response.json()
    );
    return body.data.viewer;
  });
  const user = viewer?.user;
  assert.ok(user, "the API sees the session");
  assert.equal(user.email, ADMIN_EMAIL);
  assert.equal(user.role, "ADMIN");
  const name = user.fullName;
  assert.ok(name, "the admin has a name");
  assert.equal(await signedInAs.textContent(), format(tg.home.signedInAs, { name, role: tg.roles.ADMIN }));

  // Russian, chosen from the switcher.
  await page.getByLabel(tg.language.label).selectOption("ru");
  const russian = format(ru.home.signedInAs, { name, role: ru.roles.ADMIN });
  await signedInAs.filter({ hasText: russian }).waitFor();
  assert.equal((await signOut.textContent())?.trim(), ru.home.signOut);
  assert.equal(await page.locator("html").getAttribute("lang"), "ru");

  // A reload keeps both the session (cookie) and the language (localStorage).
  await page.reload();
  await signedInAs.filter({ hasText: russian }).waitFor();
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), ru.home.heading);

  const shotDir = await mkdtemp(path.join(os.tmpdir(), "nk-admin-screenshot-"));
  const shot = path.join(shotDir, "signed-in-ru.png");
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);

  await signOut.click();
  await form.waitFor();
  assert.equal(new URL(page.url()).pathname, "/sign-in");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), ru.signIn.title);
  assert.equal((await alert.textContent())?.trim(), "");

  // Signed out on the server too, not only in the page.
  await page.reload();
  await form.waitFor();

  assert.deepEqual(problems, []);
  console.log(`browser scenario took ${Date.now() - started} ms`);
});
