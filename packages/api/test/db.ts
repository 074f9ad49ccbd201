import { randomBytes } from "node:crypto";
import { createDataSource } from "../src/core/db/data-source";

export const TEMPLATE_DB = "nk_test_template";

function adminUrl(): string {
  const url = process.env.NK_TEST_ADMIN_URL;
  if (!url) throw new Error("NK_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup)");
  return url;
}

async function onAdmin<T>(work: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const admin = createDataSource(adminUrl(), { poolSize: 1 });
  await admin.initialize();
  try {
    return await work((sql) => admin.query(sql));
  } finally {
    await admin.destroy();
  }
}

/** A database of its own for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `nk_test_${randomBytes(6).toString("hex")}`;
  await onAdmin((q) => q(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onAdmin((q) => q(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}
