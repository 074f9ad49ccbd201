// `pnpm --filter @nk/admin budget` (not part of `pnpm test`): prints the gzipped JavaScript that
// the sign-in page and the dashboard route load, and the time until a page shows its figures on a
// throttled "slow 3G" connection in Chromium. Figures are printed, never asserted.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { filesFor, gzippedBytes, ROUTES, routeView } from "./route-js.mjs";

const require = createRequire(import.meta.url);
/** @type {import("../test/support/api-server.d.cts")} */
const { startApi } = require("../test/support/api-server.cjs");

// Chrome DevTools' "Slow 3G" preset.
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (500 * 1024) / 8, uploadThroughput: (500 * 1024) / 8 };

for (const route of ROUTES) {
  const files = filesFor([routeView(route.module, route.path)]);
  console.log(
    `${route.name} (${route.path}): ${(gzippedBytes(files) / 1024).toFixed(1)} KB gzipped JS in ${files.length} files (budget 300 KB)`,
  );
}

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
    console.log(`${name}: figures shown ${((Date.now() - started) / 1000).toFixed(1)} s after navigation on slow 3G (cold cache)`);
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
