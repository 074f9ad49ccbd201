import { Client, LOGIN, PASSWORD, startTestPlatform, type TestPlatform } from "./harness";
import { findRedis } from "./redis";

describe("two API replicas", () => {
  let a: TestPlatform;
  let b: TestPlatform;
  let redisUrl: string | undefined;

  beforeAll(async () => {
    redisUrl = await findRedis();
    const prefix = `test-${process.pid}-${Date.now()}`;
    a = await startTestPlatform((config) => {
      config.redisUrl = redisUrl;
      config.redisPrefix = prefix;
      config.rateLimitPerMinute = 20;
      config.login.freeFailures = 3;
    });
    // The second replica serves the same database.
    b = await startTestPlatform((config) => {
      config.databaseUrl = a.config.databaseUrl;
      config.redisUrl = redisUrl;
      config.redisPrefix = prefix;
      config.rateLimitPerMinute = 20;
      config.login.freeFailures = 3;
    });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it("accept a session from either replica: nothing lives in one process", async () => {
    const user = await a.signedIn("COORDINATOR");
    const onB = new Client(b.url);
    onB.cookie = user.cookie;
    expect((await onB.ok("{ viewer { user { email } } }")).viewer.user.email).toBe(user.email);
    await onB.ok("mutation { logout { ok } }");
    expect((await user.ok("{ viewer { kind } }")).viewer).toBeNull();
  });

  const withRedis = () => {
    if (!redisUrl) {
      // Without Redis each replica counts alone, as documented; CI machines have Redis running.
      console.warn("No Redis on 127.0.0.1:6379 and no NK_TEST_REDIS_URL: shared counters not checked.");
      return false;
    }
    return true;
  };

  it("share request rate limits through Redis", async () => {
    if (!withRedis()) return;
    const user = await a.signedIn("ANALYST");
    const onB = new Client(b.url);
    onB.cookie = user.cookie;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await user.gql("{ viewer { kind } }")).status);
      statuses.push((await onB.gql("{ viewer { kind } }")).status);
    }
    // Twenty requests a minute in all, whichever replica answers.
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("share the cost-based rate budget of a key through Redis", async () => {
    if (!withRedis()) return;
    const partner = await a.partnerClient(["READ_CAMPAIGNS"]);
    await a.sql("UPDATE api_key SET rate_limit_per_minute = 30 WHERE id = $1", [partner.apiKeyId]);
    const onB = new Client(b.url, { authorization: `Bearer ${partner.secret}` });
    const send = async (client: Client, query: string) => {
      const response = await client.post({ query });
      return {
        status: response.status,
        body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[]; extensions?: Record<string, any> },
      };
    };
    // 1 + 100 × (1 + 5 districts + 5 partners × 2) = 1601: 17 points of 30.
    const page = "{ campaigns(first: 100) { edges { node { districts { name } partners { partner { name } } } } } }";
    const spent = await send(partner, page);
    expect(spent.status).toBe(200);
    expect(spent.body.extensions?.rateLimit).toMatchObject({ cost: 17, limit: 30, remaining: 13 });
    // The other replica knows: 17 more do not fit in 13; only the request's first point is spent.
    const refused = await send(onB, page);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    const small = await send(onB, "{ viewer { kind } }");
    expect(small.body.extensions?.rateLimit).toMatchObject({ cost: 1, limit: 30, remaining: 11 });
  });

  it("share sign-in throttling through Redis", async () => {
    if (!withRedis()) return;
    const user = await a.signedIn("TRAINER");
    for (const replica of [a, b, a]) {
      const r = await replica.anonymous().gql(LOGIN, { input: { email: user.email, password: "Wrong-Password-1" } });
      expect(r.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    }
    const blocked = await b.anonymous().gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});
