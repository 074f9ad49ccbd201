import net from "node:net";
import { Client, LOGIN, PASSWORD, startTestPlatform, type TestPlatform } from "./harness";

/** Redis for this test: NK_TEST_REDIS_URL, or one answering on the standard local port. */
async function findRedis(): Promise<string | undefined> {
  if (process.env.NK_TEST_REDIS_URL) return process.env.NK_TEST_REDIS_URL;
  const answers = await new Promise<boolean>((resolve) => {
    const socket = net.connect(6379, "127.0.0.1");
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (d) => {
      resolve(d.toString().startsWith("+PONG"));
      socket.destroy();
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      resolve(false);
      socket.destroy();
    });
  });
  return answers ? "redis://127.0.0.1:6379" : undefined;
}

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
      config.login.maxFailures = 3;
    });
    // The second replica serves the same database.
    b = await startTestPlatform((config) => {
      config.databaseUrl = a.config.databaseUrl;
      config.redisUrl = redisUrl;
      config.redisPrefix = prefix;
      config.rateLimitPerMinute = 20;
      config.login.maxFailures = 3;
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
