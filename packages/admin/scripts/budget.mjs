// `pnpm --filter @nk/admin budget` (not part of `pnpm test`): prints the gzipped JavaScript that
// the sign-in page and the dashboard route load, the dashboard query's latency on the demo data
// (p50/p95 over RUNS requests), and the time until a page shows its figures on a throttled
// "slow 3G" connection in Chromium. Figures are printed, never asserted.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { gzippedBytes, ROUTES, routeFiles } from "./route-js.mjs";

const require = createRequire(import.meta.url);
/** @type {import("../test/support/api-server.d.cts")} */
const { startApi, sessionCookie } = require("../test/support/api-server.cjs");

/**
 * The JS files the browser really fetches to show a page (fresh context, nothing cached), set
 * against what route-js counts for it: the budget is only true if nothing is left out.
 * @param {import("playwright-core").Browser} browser @param {string} url @param {string} ready
 * @param {(typeof ROUTES)[number]} route @param {string | null} cookie
 */
async function compareLoaded(browser, url, ready, route, cookie) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (cookie) {
    const [name, value] = cookie.split(";")[0]?.split("=") ?? [];
    await context.addCookies([{ name: name ?? "", value: value ?? "", url }]);
  }
  const page = await context.newPage();
  /** @type {Set<string>} */
  const fetched = new Set();
  page.on("response", (response) => {
    const file = new URL(response.url()).pathname.slice(1);
    if (file.endsWith(".js")) fetched.add(file);
  });
  await page.goto(`${url}${route.path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState("networkidle");
  await context.close();
  const counted = new Set(routeFiles(route));
  const missed = [...fetched].filter((f) => !counted.has(f));
  const extra = [...counted].filter((f) => !fetched.has(f));
  console.log(
    `${route.name}: the browser fetched ${fetched.size} JS files (${(gzippedBytes([...fetched]) / 1024).toFixed(1)} KB gzipped), ` +
      `route-js counts ${counted.size}; fetched but not counted: ${missed.join(", ") || "none"}; counted but not fetched: ${extra.join(", ") || "none"}`,
  );
}

// "Slow 3G": about 400 kbit/s each way and 400 ms round trip.
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const RUNS = 200;
// The dashboard's own query (src/modules/dashboard/graphql/dashboard.ts), as the page sends it.
const DASHBOARD = `query($scope: DashboardScope!) { dashboard(scope: $scope) { from to suppressionMin
  womenSupported { byDistrict { district { id name nameRu nameTg } byKind { key value suppressed } total { value suppressed } }
    byKind { key value suppressed } total { value suppressed } }
  openCasesByRisk { items { key value suppressed } total { value suppressed } } overdueFollowUps { value suppressed }
  shelter { beds bedsTaken { value suppressed } accompanyingChildren { value suppressed } }
  trainings { training { id code title } courses enrolled { value suppressed } completed { value suppressed } }
  selfHelpGroupsByStage { key value } campaignReach { activities women men total } } }`;

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/**
 * p50 and p95 of RUNS dashboard requests (after 10 to warm up), over HTTP to the running API.
 * @param {string} url @param {string} cookie @param {{ from: string; to: string }} scope
 */
async function dashboardLatency(url, cookie, scope) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: DASHBOARD, variables: { scope } }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  for (let i = 0; i < 10; i++) await once();
  /** @type {number[]} */
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  return `p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`;
}

for (const route of ROUTES) {
  const files = routeFiles(route);
  console.log(
    `${route.name} (${route.path}): ${(gzippedBytes(files) / 1024).toFixed(1)} KB gzipped JS in ${files.length} files (budget 300 KB)`,
  );
}

process.env.NK_RATE_LIMIT_PER_MINUTE ??= "100000";
const server = await startApi();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
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
try {
  const year = new Date().getFullYear();
  const admin = await sessionCookie(server.url, server.adminEmail, server.adminPassword);
  for (const y of [year, year - 1]) {
    const latency = await dashboardLatency(server.url, admin, { from: `${y}-01-01`, to: `${y}-12-31` });
    console.log(`dashboard query (${y}, all districts), ${RUNS} runs on the demo data: ${latency}`);
  }

  const [signInRoute, dashboardRoute] = ROUTES;
  if (signInRoute) await compareLoaded(browser, server.url, "[data-testid=sign-in-form]", signInRoute, null);
  if (dashboardRoute) await compareLoaded(browser, server.url, "[data-ready=true]", dashboardRoute, admin);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByTestId("sign-in-email").fill(server.adminEmail);
  await page.getByTestId("sign-in-password").fill(server.adminPassword);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("side-nav").waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  /** @type {Array<[string, string, string]>} */
  const pages = [
    ["sign-in page", "/sign-in", "[data-testid=sign-in-form]"],
    ["dashboard", "/dashboard", "[data-ready=true]"],
    ["programmes list", "/programmes", "[data-testid=programs-table]"],
  ];
  for (const [name, path, ready] of pages) {
    if (name === "sign-in page") await context.clearCookies();
    const started = Date.now();
    await page.goto(`${server.url}${path}`, { waitUntil: "commit", timeout: 180_000 });
    await page.locator(ready).first().waitFor({ timeout: 180_000 });
    console.log(
      `${name}: content shown ${((Date.now() - started) / 1000).toFixed(1)} s after navigation on slow 3G (400 kbit/s, 400 ms RTT, cold cache)`,
    );
    if (name === "sign-in page") {
      await page.getByTestId("sign-in-email").fill(server.adminEmail);
      await page.getByTestId("sign-in-password").fill(server.adminPassword);
      await page.getByTestId("sign-in-submit").click();
      await page.getByTestId("side-nav").waitFor({ timeout: 180_000 });
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
