import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Core knows no domain: a file under src/core may import packages, @nk/shared, other core files
 * and the migrations, never a module (nor src/modules.ts, src/entities.ts or src/schema.ts, which
 * list the modules). This reads the import statements themselves, so it fails on the first one.
 * Tests beside core files are not core: they start the whole platform.
 *
 * Services take the narrow request context (`RequestContext`, or `SignInContext` for sign-in),
 * never the resolvers' whole GraphQL `Context` nor anything of Express or the HTTP server.
 *
 * A module reads another module's tables only through that module's service: a service imports
 * no entity class of another module (its enums and types, `import type`, are fine), but for the
 * few listed in CROSS_MODULE_READS, each with its reason.
 */
const SRC = path.resolve(__dirname, "../src");
const CORE = path.join(SRC, "core");
const MODULES = path.join(SRC, "modules");
const CONTEXT = path.join(CORE, "context");
/** What runs SQL itself: raw queries, query builders, repositories, the raw-row helpers. */
const RUNS_SQL = /\.(?:query|createQueryBuilder|getRepository|transaction)\(|\b(?:selectRows|selectOne|exists)\(/g;
const HTTP_PACKAGES = ["express", "@as-integrations/express5", "@apollo/server", "type-graphql"];
const MIGRATIONS = path.resolve(__dirname, "../migrations");
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/g;

/** Services that still read another module's entity themselves: `service file -> entity`, and why. */
const CROSS_MODULE_READS: Record<string, string> = {
  "modules/shelter/shelter.service.ts -> Unit": "occupancy joins each shelter unit to its current stays in one statement",
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

/** Each import statement of `file`: where from, and the names it binds. */
function importsOf(file: string): { spec: string; names: string[] }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => ({
    spec: m[1] ?? m[2] ?? m[3] ?? "",
    names: [...(m[0].match(/\{([^}]*)\}/)?.[1] ?? "").matchAll(/(?:\btype\s+)?(\w+)(?:\s+as\s+\w+)?/g)].map((n) => n[1] ?? ""),
  }));
}

/** The entity classes (`@Entity(…) export class X`) a file declares. */
function entityClasses(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/@Entity\([\s\S]*?\bexport class (\w+)/g)].map((m) => m[1] ?? "");
}

/** The entity classes of other modules that a service file imports as values. */
function foreignEntityImports(file: string): string[] {
  const own = path.dirname(file);
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)import\s+(type\s+)?\{([^}]*)\}\s*from\s*"(\.[^"]+\.entity)"/g)].flatMap((m) => {
    const target = path.resolve(own, m[3] ?? "");
    if (m[1] || path.dirname(target) === own || !target.startsWith(MODULES)) return [];
    const entities = entityClasses(`${target}.ts`);
    const values = (m[2] ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/)[0] ?? "");
    return values.filter((n) => entities.includes(n));
  });
}

function relativeImports(file: string): string[] {
  return importsOf(file)
    .map((i) => i.spec)
    .filter((s) => s.startsWith("."));
}

/** What a service imports that belongs to the HTTP or GraphQL layer. */
function requestLayerImports(file: string): string[] {
  return importsOf(file).flatMap(({ spec, names }) => {
    if (HTTP_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) return [spec];
    const fromContext = spec.startsWith(".") && path.resolve(path.dirname(file), spec) === CONTEXT;
    return fromContext && names.includes("Context") ? [`Context from ${spec}`] : [];
  });
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

  it("reads the names a service's imports bind", () => {
    // Guards the check below: the resolver of the same module imports the whole Context.
    expect(requestLayerImports(path.join(MODULES, "cases/case.resolver.ts"))).toEqual(
      expect.arrayContaining(["type-graphql", "Context from ../../core/context"]),
    );
  });

  it("has every service take the narrow request context, nothing of GraphQL's Context or Express", () => {
    const services = filesUnder(MODULES).filter((f) => f.endsWith(".service.ts"));
    expect(services.length).toBeGreaterThan(20);
    const reaching = services.flatMap((file) => requestLayerImports(file).map((what) => `${path.relative(SRC, file)} imports ${what}`));
    expect(reaching).toEqual([]);
  });

  it("has no resolver or GraphQL type file run SQL: they reach the database through a service", () => {
    const files = filesUnder(MODULES).filter((f) => /\.(resolver|types)\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const sql = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(RUNS_SQL)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`),
    );
    expect(sql).toEqual([]);
  });

  it("reads which entity classes of other modules a service imports", () => {
    // Guards the check below: case.entity declares Case (and enums, which are no entity).
    expect(entityClasses(path.join(MODULES, "cases/case.entity.ts"))).toContain("Case");
    expect(entityClasses(path.join(MODULES, "cases/case.entity.ts"))).not.toContain("CaseStatus");
    expect(foreignEntityImports(path.join(MODULES, "shelter/shelter.service.ts"))).toEqual(["Unit"]);
  });

  it("has no service import another module's entity: it asks that module's service", () => {
    const services = filesUnder(MODULES).filter((f) => f.endsWith(".service.ts"));
    const found = services.flatMap((file) => foreignEntityImports(file).map((e) => `${path.relative(SRC, file)} -> ${e}`));
    const unlisted = found.filter((read) => !(read in CROSS_MODULE_READS) && !(`${read.split(" -> ")[0]} -> *` in CROSS_MODULE_READS));
    expect(unlisted).toEqual([]);
    // A listed read that is gone is taken off the list.
    const stale = Object.keys(CROSS_MODULE_READS).filter((read) =>
      read.endsWith("-> *") ? !found.some((f) => f.startsWith(read.slice(0, -1))) : !found.includes(read),
    );
    expect(stale).toEqual([]);
  });
});
