import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Core knows no domain: a file under src/core may import packages, @nk/shared, other core files
 * and the migrations, never a module (nor src/modules.ts, src/entities.ts or src/schema.ts, which
 * list the modules). This reads the import statements themselves, so it fails on the first one.
 * Tests beside core files are not core: they start the whole platform.
 */
const SRC = path.resolve(__dirname, "../src");
const CORE = path.join(SRC, "core");
const MIGRATIONS = path.resolve(__dirname, "../migrations");
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter((s) => s.startsWith("."));
}

describe("layers", () => {
  it("finds the import statements it checks", () => {
    // Guards the check itself: a pattern that matched nothing would pass every tree.
    expect(relativeImports(path.join(CORE, "access.ts"))).toContain("./audit");
  });

  it("has no file under src/core import anything outside core but the migrations", () => {
    const outside: string[] = [];
    for (const file of filesUnder(CORE).filter((f) => !f.endsWith(".test.ts"))) {
      for (const spec of relativeImports(file)) {
        const target = path.resolve(path.dirname(file), spec);
        if (target.startsWith(`${CORE}${path.sep}`) || target.startsWith(MIGRATIONS)) continue;
        outside.push(`${path.relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
