// Fails when a locale file lacks a key of another (English is the reference), when the code
// names a message key (`t("…")` with a literal) that English does not have, or when a page uses a
// module's texts that its module does not load (`texts` in defineModule: a module's texts are
// loaded with its routes, so the shell may use none and a page only those its module names).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOCALES = ["en", "ru", "tg"];
const problems = [];

/** @param {unknown} value @param {string} prefix @returns {Map<string, unknown>} */
function flatten(value, prefix = "", out = new Map()) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

/** @param {string} dir @returns {Record<string, Map<string, unknown>>} */
function loadSet(dir) {
  return Object.fromEntries(LOCALES.map((l) => [l, flatten(JSON.parse(readFileSync(path.join(dir, `${l}.json`), "utf8")))]));
}

/** @param {string} label @param {Record<string, Map<string, unknown>>} set */
function compare(label, set) {
  const reference = set.en ?? new Map();
  for (const locale of LOCALES) {
    const other = set[locale] ?? new Map();
    for (const key of reference.keys()) {
      if (!other.has(key)) problems.push(`${label}/${locale}.json lacks "${key}"`);
      else if (other.get(key) === "" || other.get(key) === null) problems.push(`${label}/${locale}.json has an empty "${key}"`);
    }
    for (const key of other.keys()) if (!reference.has(key)) problems.push(`${label}/${locale}.json has "${key}", which en.json lacks`);
  }
}

const known = new Set();
const core = loadSet(path.join(root, "src/locales"));
compare("src/locales", core);
for (const key of core.en?.keys() ?? []) known.add(key);

const modulesDir = path.join(root, "src/modules");
for (const name of readdirSync(modulesDir)) {
  const dir = path.join(modulesDir, name, "locales");
  try {
    if (!statSync(dir).isDirectory()) continue;
  } catch {
    continue;
  }
  const set = loadSet(dir);
  compare(`src/modules/${name}/locales`, set);
  for (const key of set.en?.keys() ?? []) known.add(`${name}.${key}`);
}

/** @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "gql" ? [] : sources(full);
    return /\.(ts|vue)$/.test(e.name) ? [full] : [];
  });
}

// Literal keys in t("…"), labelKey: "…", titleKey: "…", successKey: "…", key: "…".
const KEY_USE = /(?:\bt\(|(?:labelKey|titleKey|successKey|emptyKey)\s*:\s*|\bkey:\s*)\s*["']([a-zA-Z][\w]*(?:\.[\w]+)+)["']/g;
for (const file of sources(path.join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(KEY_USE)) {
    const key = match[1];
    const isPrefix = [...known].some((k) => k.startsWith(`${key}.`));
    if (!known.has(key) && !isPrefix) problems.push(`${path.relative(root, file)} uses "${key}", which en.json does not have`);
  }
}

// Which modules' texts each page can show, against what its module loads with its routes.
const textFolders = new Set(readdirSync(modulesDir).filter((name) => existsSync(path.join(modulesDir, name, "locales", "en.json"))));
/** Lines of code, comments left out (they may name keys as examples). @param {string} file */
const codeOf = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join("\n");
const NAMESPACE_USE = /["'`]([a-z][a-z-]*)\.[\w.${}-]+["'`]/g;
const ROUTING = /(\/routes\.ts|\/app\/modules\.ts|\/app\/router\.ts)$/;
const IMPORT = /(?:from\s+|import\()\s*["'](\.{1,2}\/[^"']+)["']/g;
/** @param {string} base @returns {string | null} */
function resolveSource(base) {
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
/** Module texts a file shows, with those of the files it imports. @param {string} file @param {Set<string>} seen */
function namespacesOf(file, seen = new Set()) {
  /** @type {Set<string>} */
  const out = new Set();
  if (seen.has(file)) return out;
  seen.add(file);
  const code = codeOf(file);
  for (const match of code.matchAll(NAMESPACE_USE)) if (textFolders.has(match[1] ?? "")) out.add(match[1] ?? "");
  for (const match of code.matchAll(IMPORT)) {
    const target = resolveSource(path.resolve(path.dirname(file), match[1] ?? "."));
    // The list of modules and the router reach every module's routes, not their pages' words.
    if (target && !ROUTING.test(target) && !target.includes(`${path.sep}gql${path.sep}`))
      for (const name of namespacesOf(target, seen)) out.add(name);
  }
  return out;
}
const shellDirs = ["app", "components", "composables"].map((dir) => path.join(root, "src", dir));
for (const file of shellDirs.flatMap((dir) => sources(dir))) {
  for (const name of namespacesOf(file)) {
    problems.push(`${path.relative(root, file)} shows "${name}.…" texts: the shell's own words go in src/locales/*.json`);
  }
}
for (const folder of readdirSync(modulesDir)) {
  const routesFile = path.join(modulesDir, folder, "routes.ts");
  if (!existsSync(routesFile)) continue;
  const used = new Set(sources(path.join(modulesDir, folder)).flatMap((file) => [...namespacesOf(file)]));
  const text = codeOf(routesFile);
  for (const block of text.split("defineModule(").slice(1)) {
    const id = /\bid:\s*"([^"]+)"/.exec(block)?.[1] ?? "?";
    if (/\broutes:\s*\[\s*\]/.test(block)) continue;
    const declared = /\btexts:\s*\[([^\]]*)\]/.exec(block);
    const texts = declared ? [...(declared[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "") : [id];
    for (const name of texts) {
      if (!textFolders.has(name))
        problems.push(`${path.relative(root, routesFile)}: module "${id}" loads texts "${name}", which has no locales/en.json`);
    }
    for (const name of used) {
      if (!texts.includes(name)) {
        problems.push(
          `${path.relative(root, routesFile)}: the pages of module "${id}" show "${name}.…" texts: add "${name}" to its texts: [${texts.map((t) => `"${t}"`).join(", ")}]`,
        );
      }
    }
  }
}

if (problems.length) {
  console.error(`Locale check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`Locale check: ${known.size} keys in ${LOCALES.join(", ")}, all present.`);
