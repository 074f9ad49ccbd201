// Fails when a locale file lacks a key of another (English is the reference) or when the code
// names a message key (`t("…")` with a literal) that English does not have.
import { readdirSync, readFileSync, statSync } from "node:fs";
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

if (problems.length) {
  console.error(`Locale check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`Locale check: ${known.size} keys in ${LOCALES.join(", ")}, all present.`);
