import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@nk/shared";

const adminDir = path.resolve(__dirname, "../..");
type Tree = { [key: string]: Tree | string };

/** A message of a locale by key ("programs.list.title" looks in the module's own file), as written. */
export function message(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const [head, ...rest] = key.split(".");
  const moduleFile = path.join(adminDir, "src/modules", head ?? "", "locales", `${locale}.json`);
  let tree: Tree;
  let parts: string[];
  try {
    tree = JSON.parse(readFileSync(moduleFile, "utf8")) as Tree;
    parts = rest;
  } catch {
    tree = JSON.parse(readFileSync(path.join(adminDir, `src/locales/${locale}.json`), "utf8")) as Tree;
    parts = key.split(".");
  }
  let node: Tree | string | undefined = tree;
  for (const part of parts) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`no message ${key} in ${locale}`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Every message key of the admin (English is the reference): the shell's, and each module's under its name. */
export function messageKeys(): string[] {
  const keys: string[] = [];
  const walk = (node: Tree | string, prefix: string) => {
    if (typeof node === "string") keys.push(prefix);
    else for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(JSON.parse(readFileSync(path.join(adminDir, "src/locales/en.json"), "utf8")) as Tree, "");
  const modules = path.join(adminDir, "src/modules");
  for (const name of readdirSync(modules)) {
    const file = path.join(modules, name, "locales", "en.json");
    if (existsSync(file)) walk(JSON.parse(readFileSync(file, "utf8")) as Tree, name);
  }
  return keys;
}
