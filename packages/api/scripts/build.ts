// pnpm --filter @nk/api build: compiles the API to dist/ (dist/src/main.js, dist/migrations,
// dist/seed, dist/scripts), each file with its source map, so production runs JavaScript and no
// TypeScript loader. Tests are left out. The same swc options as Jest (swc.config.js) keep the
// decorator metadata type-graphql and TypeORM need.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { transformFile } from "@swc/core";

const API_DIR = path.resolve(__dirname, "..");
const SOURCES = ["src", "migrations", "seed", "scripts"];
const OUT_DIR = path.join(API_DIR, "dist");
const swcOptions = require(path.join(API_DIR, "swc.config.js"));

async function sourcesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(API_DIR, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.relative(API_DIR, path.join(e.parentPath, e.name)));
}

async function compile(source: string): Promise<void> {
  const target = path.join(OUT_DIR, source.replace(/\.ts$/, ".js"));
  const mapName = `${path.basename(target)}.map`;
  const { code, map } = await transformFile(path.join(API_DIR, source), {
    ...swcOptions,
    sourceMaps: true,
    // The map names the TypeScript file relative to the compiled one, so stacks point at src/.
    sourceFileName: path.relative(path.dirname(target), path.join(API_DIR, source)),
    swcrc: false,
    configFile: false,
  });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${mapName}\n`);
  if (map) await writeFile(`${target}.map`, map);
}

async function main(): Promise<void> {
  const started = Date.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  const sources = (await Promise.all(SOURCES.map(sourcesUnder))).flat();
  await Promise.all(sources.map(compile));
  console.log(`Compiled ${sources.length} files to ${path.relative(process.cwd(), OUT_DIR) || "."} in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
