import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Locale, Role } from "@nk/shared";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { STAFF_PASSWORD, staffEmail } from "./users";

const adminDir = path.resolve(__dirname, "../..");
export const SCREENS_DIR = path.join(adminDir, "test-results/screens");

/** Debian's Chromium with the flags this machine needs; playwright gives it a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
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
}

export function baseUrl(): string {
  const url = process.env.NK_E2E_URL;
  if (!url) throw new Error("NK_E2E_URL is not set: the Jest global setup starts the API");
  return url;
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far (a test expects none). */
  problems: string[];
}

/**
 * A fresh browser context at 1280×800 (a modest laptop). CSP is bypassed only so that axe-core
 * can be injected as an inline script; the app itself runs under the API's CSP everywhere else.
 */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    // As many people with motion sickness set it: toasts and dialogs appear without fading.
    reducedMotion: "reduce",
    bypassCSP: true,
    locale: "en-US",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A refused request is logged by the browser as a failed resource; the app shows it in words.
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Signs in through the form as the staff account of a role, then waits for her home page. */
export async function signInAs(
  page: Page,
  role: Role | "BOOTSTRAP_ADMIN",
  credentials?: { email: string; password: string },
): Promise<void> {
  if (!page.url().includes("/sign-in")) await page.goto(`${baseUrl()}/sign-in`);
  const email = credentials?.email ?? staffEmail(role as Role);
  const password = credentials?.password ?? STAFF_PASSWORD;
  await page.getByTestId("sign-in-email").fill(email);
  await page.getByTestId("sign-in-password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("side-nav").waitFor();
}

/** The name of the GraphQL operation a request sends, or null for any other request. */
export function operationOf(request: Request): string | null {
  if (!request.url().endsWith("/graphql") || request.method() !== "POST") return null;
  return (JSON.parse(request.postData() ?? "{}") as { operationName?: string }).operationName ?? "(anonymous)";
}

/** The answer (its JSON body) to the next request the page sends for `operation`; call it before the click that sends it. */
export async function nextAnswer<T = Record<string, unknown>>(page: Page, operation: string): Promise<{ data?: T; errors?: unknown }> {
  const response = await page.waitForResponse((r) => operationOf(r.request()) === operation);
  return (await response.json()) as { data?: T; errors?: unknown };
}

/**
 * Opens a page from the side navigation as she would: its group first when it is closed (only the
 * current page's group is open), then the entry. `route` is the entry's route name ("partners").
 */
export async function navTo(page: Page, route: string): Promise<void> {
  const link = page.getByTestId("side-nav").getByTestId(`nav-${route}`);
  await link.waitFor({ state: "attached" });
  // `has` is looked for inside each group: the entry's own test id, not the path from the page.
  const group = page
    .getByTestId("side-nav")
    .locator(".nav-group")
    .filter({ has: page.getByTestId(`nav-${route}`) });
  if (await group.count()) {
    const toggle = group.locator(".nav-group-toggle");
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }
  await link.click();
}

export async function setLanguage(page: Page, locale: Locale): Promise<void> {
  await page.getByTestId("language-switcher").first().selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/**
 * Saves test-results/screens/<name>-<locale>.png for a person to look at: the whole page, or with
 * `{ fullPage: false }` only what the window shows (the 1280×800 laptop's screen).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const locale = await page.evaluate(() => document.documentElement.lang);
  const file = path.join(SCREENS_DIR, `${name}-${locale}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Serious and critical accessibility violations on the page as it is now (axe-core, WCAG 2.1 AA). */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

type Tree = { [key: string]: Tree | string | number | Tree[] | string[] };

function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const child of Object.values(value)) leaves(child, out);
  return out;
}

function localeTree(locale: Locale): Tree {
  const tree = JSON.parse(readFileSync(path.join(adminDir, `src/locales/${locale}.json`), "utf8")) as Tree;
  const modules = path.join(adminDir, "src/modules");
  for (const name of readdirSync(modules)) {
    const file = path.join(modules, name, "locales", `${locale}.json`);
    try {
      if (statSync(file).isFile()) tree[name] = JSON.parse(readFileSync(file, "utf8")) as Tree;
    } catch {
      // The module keeps no texts of its own.
    }
  }
  return tree;
}

/** Every message of a language, its plural forms apart, placeholders as wildcards. */
function messagePatterns(locale: Locale): RegExp[] {
  return leaves(localeTree(locale))
    .flatMap((m) => m.split(" | "))
    .map((m) => m.trim())
    .filter((m) => /\p{L}/u.test(m))
    .map((m) => new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, ".+?")}$`, "u"));
}

const english = messagePatterns("en");

/**
 * Visible texts that are not in the page's language: a raw message key, or an English message
 * shown while Tajik or Russian is chosen. Record data (names, titles) is the data's own language
 * and is not checked.
 */
export async function untranslatedTexts(page: Page, locale: Locale): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("script,style,.visually-hidden,[aria-hidden='true']")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const text = (node.textContent ?? "").trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll("[aria-label],[placeholder],[title]"))) {
      for (const name of ["aria-label", "placeholder", "title"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  const own = locale === "en" ? [] : messagePatterns(locale);
  return texts.filter((text) => {
    if (/^[a-z]+(\.[a-zA-Z0-9_]+){1,4}$/.test(text)) return true;
    if (locale === "en" || text.length < 4) return false;
    return english.some((p) => p.test(text)) && !own.some((p) => p.test(text));
  });
}

/**
 * Whether `text` is anywhere in the page's JavaScript memory: a heap snapshot (taken after a
 * garbage collection) searched for it. For secrets shown once, which must not outlive their screen.
 */
export async function heapHolds(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on("HeapProfiler.addHeapSnapshotChunk", ({ chunk }) => chunks.push(chunk));
  try {
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    await cdp.detach();
  }
  return chunks.join("").includes(text);
}
