import { TEST_DATA_KEY } from "./key";

// Kept apart from harness.ts (which loads the whole server) for tests that call code directly (direct.ts).

export const ADMIN_EMAIL = "admin@test.example";
export const ADMIN_PASSWORD = "Admin-Password-For-Tests-1";

/** The environment of a test server on `databaseUrl`: the bootstrap admin, the test data key, no demo data. */
export function testEnvironment(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    NK_ADMIN_EMAIL: ADMIN_EMAIL,
    NK_ADMIN_PASSWORD: ADMIN_PASSWORD,
    NK_DEMO_DATA: "false",
    NK_DATA_KEY: TEST_DATA_KEY,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    // Staff sign in with a password alone here; the second step is tested where a test asks for it.
    NK_MFA_REQUIRED_ROLES: "none",
  };
}
