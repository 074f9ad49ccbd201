// Writes packages/api/schema.graphql from the code.
//   --check    fails when schema.graphql is stale, or when the schema breaks what integrators rely
//              on compared with schema.published.graphql (the schema partners were last told of)
//   --publish  records the current schema as published, accepting its breaking changes on purpose
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from "graphql";
import { getSchema, SCHEMA_FILE } from "../src/schema";

const PUBLISHED_FILE = path.join(path.dirname(SCHEMA_FILE), "schema.published.graphql");

const HEADER = "# Generated from the code by `pnpm --filter @nk/api schema`. Do not edit.\n\n";

async function main() {
  const printed = `${HEADER}${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
  if (process.argv.includes("--check")) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (committed !== printed) {
      console.error("packages/api/schema.graphql is stale: run `pnpm --filter @nk/api schema` and commit it.");
      process.exit(1);
    }
    const published = await readFile(PUBLISHED_FILE, "utf8");
    const breaking = findBreakingChanges(buildSchema(published), buildSchema(printed));
    if (breaking.length > 0) {
      console.error(
        `The schema breaks ${breaking.length} thing(s) integrators rely on:\n${breaking.map((b) => `  - ${b.type}: ${b.description}`).join("\n")}\n` +
          "Keep the old fields (deprecate them), or, if partners have been told, run `pnpm --filter @nk/api schema:publish` and commit.",
      );
      process.exit(1);
    }
    console.log("schema.graphql is up to date and breaks nothing published.");
    return;
  }
  if (process.argv.includes("--publish")) {
    await writeFile(PUBLISHED_FILE, printed);
    console.log(`Recorded ${PUBLISHED_FILE} as the published schema.`);
    return;
  }
  await writeFile(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
