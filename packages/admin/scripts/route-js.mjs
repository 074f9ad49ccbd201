// What JavaScript a route loads, from Vite's build manifest: the entry and its static imports,
// the shell's texts in Tajik, the route's view chunk (read from the module's routes.ts) and its
// static imports, and the Tajik texts of the modules its module loads with it (`texts`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(adminDir, "dist");

/** @typedef {{ file: string; imports?: string[]; isEntry?: boolean; src?: string }} Chunk */

/** @returns {Record<string, Chunk>} */
function manifest() {
  return JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));
}

/**
 * The view file a route of a module renders, e.g. ("dashboard", "/dashboard").
 * @param {string} moduleName @param {string} routePath
 */
export function routeView(moduleName, routePath) {
  const file = path.join(adminDir, "src/modules", moduleName, "routes.ts");
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(`path: "${routePath}"`);
  if (at < 0) throw new Error(`${file} declares no route ${routePath}`);
  const match = /import\("([^"]+\.vue)"\)/.exec(text.slice(at));
  if (!match?.[1]) throw new Error(`no view for ${routePath} in ${file}`);
  return path
    .relative(adminDir, path.resolve(path.dirname(file), match[1]))
    .split(path.sep)
    .join("/");
}

/**
 * The module folders whose texts the router loads with a route of a module (`texts` of its
 * defineModule, else its `id`), e.g. ("caseload", "/caseload") → caseload, cases, services.
 * @param {string} moduleName @param {string} routePath @returns {string[]}
 */
export function routeTexts(moduleName, routePath) {
  const file = path.join(adminDir, "src/modules", moduleName, "routes.ts");
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(`path: "${routePath}"`);
  const start = text.lastIndexOf("defineModule(", at);
  if (at < 0 || start < 0) throw new Error(`${file} declares no module with the route ${routePath}`);
  const next = text.indexOf("defineModule(", at);
  const block = text.slice(start, next < 0 ? undefined : next);
  const declared = /\btexts:\s*\[([^\]]*)\]/.exec(block);
  if (declared) return [...(declared[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
  const id = /\bid:\s*"([^"]+)"/.exec(block)?.[1];
  if (!id) throw new Error(`no id for the module of ${routePath} in ${file}`);
  return [id];
}

/**
 * Files (relative to dist) loaded for the entry plus the given view sources.
 * @param {string[]} viewSources @returns {string[]}
 */
export function filesFor(viewSources) {
  const m = manifest();
  const seen = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = m[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(m)) if (chunk.isEntry) visit(key);
  for (const source of viewSources) {
    if (!m[source]) throw new Error(`${source} is not in the build manifest`);
    visit(source);
  }
  return [...seen].filter((f) => f.endsWith(".js"));
}

/**
 * Gzipped size in bytes of the given dist files.
 * @param {string[]} files
 */
export function gzippedBytes(files) {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
}

/**
 * The routes under the budget. `alsoLoads`: chunks the page fetches on its own as soon as it shows
 * (the dashboard draws charts at once, so Chart.js counts against it).
 */
export const ROUTES = [
  { name: "sign-in page", module: "auth", path: "/sign-in", alsoLoads: [] },
  { name: "dashboard route", module: "dashboard", path: "/dashboard", alsoLoads: ["src/components/chart/ChartCanvas.vue"] },
];

/** The shell's texts in the default language (Tajik), which every page loads before it shows anything. */
const DEFAULT_TEXTS = "src/locales/tg.json";

/** The JS files a route of ROUTES loads. @param {(typeof ROUTES)[number]} route */
export function routeFiles(route) {
  const texts = routeTexts(route.module, route.path).map((name) => `src/modules/${name}/locales/tg.json`);
  return filesFor([DEFAULT_TEXTS, ...texts, routeView(route.module, route.path), ...route.alsoLoads]);
}
