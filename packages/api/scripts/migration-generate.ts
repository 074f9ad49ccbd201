// Compares the entities with the migrated schema on a throwaway embedded PostgreSQL.
//   migration:generate <Name>   writes migrations/<timestamp>-<Name>.ts with the difference
//   migration:check             exits 1 when the entities need a migration that does not exist
import "reflect-metadata";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDataSource, ensureDatabase } from "../src/core/db/data-source";
import { startEmbeddedPostgres } from "../src/core/db/embedded";
import { createLogger } from "../src/core/logger";
import { entities } from "../src/entities";

async function main() {
  const check = process.argv.includes("--check");
  const name = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!check && !name?.match(/^[A-Z][A-Za-z0-9]+$/)) throw new Error("Give the migration a name in PascalCase, e.g. AddCases");
  const dir = await mkdtemp(path.join(os.tmpdir(), "nk-migrate-"));
  const pg = await startEmbeddedPostgres(dir, createLogger("warn"));
  try {
    const db = createDataSource(await ensureDatabase(pg.url, "nk"), { entities });
    await db.initialize();
    await db.runMigrations();
    const sql = await db.driver.createSchemaBuilder().log();
    await db.destroy();
    if (check) {
      if (sql.upQueries.length) {
        console.error(
          `Entities and migrations differ; run pnpm --filter @nk/api migration:generate <Name>:\n${sql.upQueries.map((q) => `  ${q.query}`).join("\n")}`,
        );
        process.exitCode = 1;
      } else console.log("Migrations match the entities.");
      return;
    }
    if (!sql.upQueries.length) {
      console.log("Nothing to generate: migrations match the entities.");
      return;
    }
    const stamp = Date.now();
    const q = (s: string) => `    await queryRunner.query(${JSON.stringify(s)});`;
    const body = `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${name}${stamp} implements MigrationInterface {
  name = "${name}${stamp}";

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((x) => q(x.query)).join("\n")}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((x) => q(x.query))
  .join("\n")}
  }
}
`;
    const file = path.resolve(__dirname, `../migrations/${stamp}-${name}.ts`);
    await writeFile(file, body);
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts.`);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
