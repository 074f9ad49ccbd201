import { existsSync } from "node:fs";
import path from "node:path";
import { ROLES } from "@nk/shared";
import { type ApiServer, graphql, sessionCookie, startApi } from "./support/api-server.cjs";
import { STAFF_NAMES, STAFF_PASSWORD, staffEmail } from "./support/users";

declare global {
  // Shared with global-teardown (same process).
  var nkApiServer: ApiServer | undefined;
}

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code message } } }`;
const UNITS = `{ units(first: 100) { edges { node { id code } } } }`;

/** Builds nothing: starts one API on the built admin and creates one staff account per role. */
export default async function globalSetup(): Promise<void> {
  const dist = path.resolve(__dirname, "../dist/index.html");
  if (!existsSync(dist)) throw new Error("the admin is not built: run `pnpm --filter @nk/admin build` first");
  if (!existsSync("/usr/bin/chromium")) throw new Error("/usr/bin/chromium is missing: apt-get install -y chromium");
  const started = Date.now();
  const server = await startApi();
  globalThis.nkApiServer = server;
  const admin = await sessionCookie(server.url, server.adminEmail, server.adminPassword);
  const units = await graphql<{ units: { edges: Array<{ node: { id: string; code: string } }> } }>(server.url, UNITS, {}, admin);
  const crisis = units.body.data?.units.edges.find((e) => e.node.code === "CRISIS")?.node.id;
  for (const role of ROLES) {
    const input = { email: staffEmail(role), fullName: STAFF_NAMES[role], password: STAFF_PASSWORD, role, unitIds: crisis ? [crisis] : [] };
    const { body } = await graphql(server.url, CREATE_USER, { input }, admin);
    if (body.errors?.length) throw new Error(`cannot create the ${role}: ${JSON.stringify(body.errors)}`);
  }
  process.env.NK_E2E_URL = server.url;
  console.log(`\nAPI with demo data ready at ${server.url} in ${Date.now() - started} ms (pid ${server.pid})`);
}
