import { readFileSync } from "node:fs";
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
