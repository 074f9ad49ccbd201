import { randomUUID } from "node:crypto";
import { createLogger } from "../src/core/logger";
import { type Platform, startPlatform } from "../src/server";
import { graphql } from "./gql";
import { Client, LOGIN, PASSWORD, startTestPlatform, type TestPlatform } from "./harness";

const CREATE = graphql(`mutation IdempotencyCreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) { partner { id name } userErrors { field code } }
}`);

let t: TestPlatform;
let second: Platform | undefined;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await second?.stop();
  await t?.stop();
});

async function send(client: Client, key: string, name: string) {
  const response = await client.post({ query: CREATE, variables: { input: { name, kind: "NGO" } } }, { "idempotency-key": key });
  const body = (await response.json()) as {
    // biome-ignore lint/suspicious/noExplicitAny: a raw HTTP body, not yet typed
    data?: any;
    errors?: { extensions?: { code?: string } }[];
    extensions?: { rateLimit?: { remaining?: number } };
  };
  // The rate budget is this request's own (a replay spends points too); the rest is the first answer.
  const { extensions, ...json } = body;
  return { status: response.status, replayed: response.headers.get("idempotent-replayed"), json, rateLimit: extensions?.rateLimit };
}

const countNamed = async (name: string) => Number((await t.sql("SELECT count(*)::int AS n FROM partner WHERE name = $1", [name]))[0].n);

test("a double submit with one key creates one record and replays the first answer", async () => {
  const key = randomUUID();
  const first = await send(t.admin, key, "Idempotent NGO");
  const again = await send(t.admin, key, "Idempotent NGO");
  expect(first.json.data.createPartner.userErrors).toEqual([]);
  expect(first.replayed).toBeNull();
  expect(again.replayed).toBe("true");
  expect(again.json).toEqual(first.json);
  expect(await countNamed("Idempotent NGO")).toBe(1);
});

test("the same key with a different body is refused with IDEMPOTENCY_KEY_REUSED and creates nothing", async () => {
  const key = randomUUID();
  await send(t.admin, key, "First body NGO");
  const other = await send(t.admin, key, "Second body NGO");
  expect(other.status).toBe(422);
  expect(other.json.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
  expect(await countNamed("Second body NGO")).toBe(0);
});

test("keys belong to their caller: another user's same key is a new request", async () => {
  const key = randomUUID();
  const coordinator = await t.signedIn("COORDINATOR");
  await send(t.admin, key, "Caller one NGO");
  const theirs = await send(coordinator, key, "Caller two NGO");
  expect(theirs.replayed).toBeNull();
  expect(theirs.json.data.createPartner.userErrors).toEqual([]);
  expect(await countNamed("Caller two NGO")).toBe(1);
});

test("ten concurrent submits with one key create one record, and all get its answer", async () => {
  const key = randomUUID();
  const answers = await Promise.all(Array.from({ length: 10 }, () => send(t.admin, key, "Concurrent NGO")));
  const ids = new Set(answers.map((a) => a.json.data?.createPartner?.partner?.id));
  expect(ids.size).toBe(1);
  expect([...ids][0]).toEqual(expect.any(String));
  expect(answers.filter((a) => a.replayed === "true")).toHaveLength(9);
  expect(await countNamed("Concurrent NGO")).toBe(1);
});

test("a key expires after 24 hours: then it is a new request", async () => {
  const key = randomUUID();
  await send(t.admin, key, "Expiring NGO");
  await t.sql("UPDATE idempotency_key SET created_at = now() - interval '24 hours 1 minute' WHERE key = $1", [key]);
  const later = await send(t.admin, key, "Expiring NGO");
  expect(later.replayed).toBeNull();
  // The first create ran again (a partner's name is unique, so it is refused as a duplicate this time).
  expect(await countNamed("Expiring NGO")).toBe(1);
  expect(later.json.data.createPartner.userErrors[0].code).toBe("DUPLICATE");
});

test("a stored answer is encrypted at rest", async () => {
  const key = randomUUID();
  await send(t.admin, key, "Encrypted answer NGO");
  const [row] = await t.sql("SELECT response FROM idempotency_key WHERE key = $1", [key]);
  expect(row.response).toMatch(/^v1:/);
  expect(row.response).not.toContain("Encrypted answer NGO");
});

test("a second API process on the same database replays the first one's answer", async () => {
  second = await startPlatform({ ...t.config, port: 0 }, createLogger("silent"));
  const other = new Client(`http://127.0.0.1:${second.port}`);
  other.cookie = t.admin.cookie;
  const key = randomUUID();
  const first = await send(t.admin, key, "Two replicas NGO");
  const viaSecond = await send(other, key, "Two replicas NGO");
  expect(viaSecond.replayed).toBe("true");
  expect(viaSecond.json).toEqual(first.json);
  expect(await countNamed("Two replicas NGO")).toBe(1);
});

test("a malformed key is refused; a request without a key is not remembered", async () => {
  const bad = await send(t.admin, "has space", "Bad key NGO");
  expect(bad.status).toBe(400);
  expect(bad.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await countNamed("Bad key NGO")).toBe(0);
  const before = Number((await t.sql("SELECT count(*)::int AS n FROM idempotency_key"))[0].n);
  await t.admin.ok(CREATE, { input: { name: "No key NGO", kind: "NGO" } });
  expect(Number((await t.sql("SELECT count(*)::int AS n FROM idempotency_key"))[0].n)).toBe(before);
});

/** A raw request with a key, as a client retrying it would send it: its status, whether it was replayed, its cookie. */
async function sendRaw(client: Client, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await client.post({ query, variables }, { "idempotency-key": key });
  const body = (await response.json()) as { errors?: unknown[] };
  return {
    errors: body.errors,
    replayed: response.headers.get("idempotent-replayed"),
    cookie: response.headers.get("set-cookie")?.split(";")[0],
  };
}

const VIEWER_KIND = "query { viewer { kind } }";

test.each([
  ["an inline fragment", "mutation InlineOut { ... on Mutation { logout { ok } } }"],
  ["a fragment spread", "mutation SpreadOut { ...Out } fragment Out on Mutation { ... { logout { ok } } }"],
])("signing out inside %s is not replayed: the same key again ends the new session too", async (_, query) => {
  const client = await t.signedIn("COORDINATOR");
  const key = randomUUID();
  const first = await sendRaw(client, key, query);
  expect(first).toEqual({ errors: undefined, replayed: null, cookie: "nk_session=" });
  await client.ok(LOGIN, { input: { email: client.email, password: PASSWORD } });
  const again = await sendRaw(client, key, query);
  expect(again).toEqual({ errors: undefined, replayed: null, cookie: "nk_session=" });
  // The session the second sign-out ended answers as nobody's.
  expect((await client.ok(VIEWER_KIND)).viewer).toBeNull();
});

test("signing in inside a fragment spread is not replayed: the same key again sets a new session cookie", async () => {
  const client = await t.signedIn("COORDINATOR");
  const query = "mutation SpreadIn($input: LoginInput!) { ...In } fragment In on Mutation { login(input: $input) { viewer { kind } } }";
  const variables = { input: { email: client.email, password: PASSWORD } };
  const key = randomUUID();
  const first = await sendRaw(client, key, query, variables);
  expect(first.replayed).toBeNull();
  expect(first.cookie).toMatch(/^nk_session=./);
  // The same user, in the session the first sign-in gave her: the same caller.
  client.cookie = first.cookie;
  const again = await sendRaw(client, key, query, variables);
  expect(again.replayed).toBeNull();
  expect(again.cookie).toMatch(/^nk_session=./);
  expect(again.cookie).not.toBe(first.cookie);
  client.cookie = again.cookie;
  expect((await client.ok(VIEWER_KIND)).viewer).toEqual({ kind: "USER" });
});
