// Writes packages/api/schema.graphql from the code; with --check, fails when the file is stale.
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import { lexicographicSortSchema, printSchema } from "graphql";
import { getSchema, SCHEMA_FILE } from "../src/schema";

const HEADER = "# Generated from the code by `pnpm --filter @nk/api schema`. Do not edit.\n\n";

async function main() {
  const printed = `${HEADER}${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
  if (process.argv.includes("--check")) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (committed !== printed) {
      console.error("packages/api/schema.graphql is stale: run `pnpm --filter @nk/api schema` and commit it.");
      process.exit(1);
    }
    console.log("schema.graphql is up to date.");
    return;
  }
  await writeFile(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
