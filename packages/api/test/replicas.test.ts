import { spawnSync } from "node:child_process";
import { API_DIR, type CompiledPlatform, startCompiled } from "../scripts/run-compiled";
import { createTestDatabase } from "./db";
import { graphql } from "./gql";
import { accountsOn, Client, LOGIN, PASSWORD, present, signInAdmin, type TypedDocument, testEnvironment } from "./harness";

// Two API processes of the production build on one PostgreSQL and one Redis, as behind a load
// balancer: whatever one of them learns, the other must know. globalSetup finds or starts Redis.
const redisUrl = process.env.NK_TEST_REDIS_URL;
if (!redisUrl) {
  console.warn(
    "replicas.test.ts skipped: no Redis answers on 127.0.0.1:6379, none can be started (no redis-server) and NK_TEST_REDIS_URL is unset.",
  );
}
const describeWithRedis = redisUrl ? describe : describe.skip;

type Budget = { cost: number; limit: number; remaining: number };
type Answer = {
  status: number;
  replayed: string | null;
  body: {
    data?: { createPartner?: { partner?: { id: string } } };
    errors?: { extensions: Record<string, unknown> }[];
    extensions?: { rateLimit?: Budget };
  };
};

async function send(client: Client, query: string | TypedDocument<unknown, never>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await client.post({ query: query.toString() }, headers);
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed"),
    body: (await response.json()) as Answer["body"],
  };
}

describeWithRedis("two API processes on one PostgreSQL and one Redis", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: CompiledPlatform;
  let b: CompiledPlatform;
  let accounts: ReturnType<typeof accountsOn>;

  beforeAll(async () => {
    // The processes run what production runs: the code as it is now, compiled.
    const build = spawnSync("pnpm", ["--filter", "@nk/api", "build"], { cwd: API_DIR, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
    database = await createTestDatabase();
    const env = {
      ...testEnvironment(database.url),
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      REDIS_URL: redisUrl as string,
      NK_REDIS_PREFIX: `test-${process.pid}-${Date.now()}`,
      NK_RATE_LIMIT_PER_MINUTE: "20",
      NK_LOGIN_FREE_FAILURES: "3",
    };
    // One after the other, as the second finds the migrations applied and the admin made.
    a = await startCompiled(env);
    b = await startCompiled(env);
    accounts = accountsOn(a.url, await signInAdmin(a.url));
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
  });

  it("accept a session from either process: nothing lives in one of them", async () => {
    const user = await accounts.signedIn("COORDINATOR");
    const onB = new Client(b.url);
    onB.cookie = user.cookie;
    expect((await onB.ok(graphql(`query ReplicasViewer { viewer { user { email } } }`))).viewer?.user?.email).toBe(user.email);
    await onB.ok(graphql(`mutation ReplicasLogout { logout { ok } }`));
    expect((await user.ok(graphql(`query ReplicasViewer2 { viewer { kind } }`))).viewer).toBeNull();
  });

  it("count one rate limit over the requests to both", async () => {
    const user = await accounts.signedIn("ANALYST");
    const onB = new Client(b.url);
    onB.cookie = user.cookie;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await user.gql(graphql(`query ReplicasViewer3 { viewer { kind } }`))).status);
      statuses.push((await onB.gql(graphql(`query ReplicasViewer4 { viewer { kind } }`))).status);
    }
    // Twenty requests a minute in all, whichever process answers: ten went to each.
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("share the cost-based rate budget of a key", async () => {
    const partner = await accounts.partnerClient(["READ_CAMPAIGNS"]);
    const onB = new Client(b.url, { authorization: `Bearer ${partner.secret}` });
    // 1 + 100 × (1 + 5 districts + 5 partners × 2) = 1601: 17 points of the key's 120.
    const page = graphql(
      `query ReplicasCampaigns { campaigns(first: 100) { edges { node { districts { name } partners { partner { name } } } } } }`,
    );
    const spent = [];
    for (let i = 0; i < 7; i++) spent.push(await send(i % 2 ? onB : partner, page));
    expect(spent.map((s) => s.status)).toEqual(Array(7).fill(200));
    expect(spent.at(-1)?.body.extensions?.rateLimit).toMatchObject({ cost: 17, limit: 120, remaining: 1 });
    // The other process knows: 17 more do not fit in 1, and the request's first point is spent.
    const refused = await send(onB, page);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect((await send(partner, graphql(`query ReplicasViewer5 { viewer { kind } }`))).status).toBe(429);
  });

  it("share sign-in throttling", async () => {
    const user = await accounts.signedIn("TRAINER");
    for (const replica of [a, b, a]) {
      const r = present(await new Client(replica.url).gql(LOGIN, { input: { email: user.email, password: "Wrong-Password-1" } }), "r");
      expect(r.data?.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    }
    const blocked = await new Client(b.url).gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("replay an idempotent create on the other process instead of creating twice", async () => {
    const user = await accounts.signedIn("ADMIN");
    const onB = new Client(b.url);
    onB.cookie = user.cookie;
    const create = `mutation { createPartner(input: { name: "Replicated partner ${process.pid}", kind: NGO }) { partner { id } userErrors { code } } }`;
    const key = { "idempotency-key": `replicas-${process.pid}-${Date.now()}` };
    const first = await send(user, create, key);
    const retry = await send(onB, create, key);
    expect(first.replayed).toBeNull();
    expect(retry.replayed).toBe("true");
    expect(retry.body.data).toEqual(first.body.data);
    expect(first.body.data?.createPartner?.partner?.id).toEqual(expect.any(String));
  });

  it("stop cleanly on SIGTERM", async () => {
    expect(await b.stop()).toBe(0);
    expect(await a.stop()).toBe(0);
  });
});
