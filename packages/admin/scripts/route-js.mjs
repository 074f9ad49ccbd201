// What JavaScript a route loads, from Vite's build manifest: the entry and its static imports,
// plus the route's view chunk (read from the module's routes.ts) and its static imports.
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

/** The texts of the default language (Tajik), which every page loads before it shows anything. */
const DEFAULT_TEXTS = "src/locales/bundle/tg.ts";

/** The JS files a route of ROUTES loads. @param {(typeof ROUTES)[number]} route */
export function routeFiles(route) {
  return filesFor([DEFAULT_TEXTS, routeView(route.module, route.path), ...route.alsoLoads]);
}
