// Fails on a user-facing string written into a .vue template instead of coming from t():
// text with a letter in it, and static label/placeholder/title/aria-label/alt/header attributes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "vue/compiler-sfc";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ATTRIBUTES = new Set(["label", "placeholder", "title", "aria-label", "alt", "header", "summary", "value-label"]);
const LETTER = /\p{L}/u;
// Node types of @vue/compiler-core: ELEMENT 1, TEXT 2, ATTRIBUTE 6.
const ELEMENT = 1;
const TEXT = 2;
const ATTRIBUTE = 6;

/** @param {string} dir @returns {string[]} */
function vueFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? vueFiles(full) : e.name.endsWith(".vue") ? [full] : [];
  });
}

const problems = [];
let checked = 0;

/** @param {any} node @param {string} file */
function walk(node, file) {
  if (node.type === TEXT && LETTER.test(node.content)) {
    problems.push(`${file}:${node.loc.start.line} text "${node.content.trim()}"`);
  }
  if (node.type === ELEMENT) {
    for (const prop of node.props) {
      if (prop.type === ATTRIBUTE && ATTRIBUTES.has(prop.name) && prop.value && LETTER.test(prop.value.content)) {
        problems.push(`${file}:${prop.loc.start.line} ${prop.name}="${prop.value.content}"`);
      }
    }
  }
  for (const child of node.children ?? []) walk(child, file);
}

for (const file of vueFiles(path.join(root, "src"))) {
  const { descriptor, errors } = parse(readFileSync(file, "utf8"), { filename: file });
  if (errors.length) problems.push(`${path.relative(root, file)}: ${errors[0]}`);
  if (descriptor.template?.ast) walk(descriptor.template.ast, path.relative(root, file));
  checked += 1;
}

if (problems.length) {
  console.error(`Hard-coded text in templates (use t()):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`Template check: ${checked} .vue files, no hard-coded text.`);
