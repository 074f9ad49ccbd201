import { graphql } from "../../../test/gql";
import { ADMIN_EMAIL, Client, codes, LOGIN, PASSWORD, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform((config) => {
    config.login.freeFailures = 3;
    config.login.accountCeiling = 8;
    config.login.addressCeiling = 12;
  });
});
afterAll(() => t?.stop());

let addresses = 0;
/** A client calling from an address of its own (the API trusts X-Forwarded-For from loopback, as behind nginx). */
function from(address = `203.0.113.${++addresses}`): Client {
  return new Client(t.url, { "x-forwarded-for": address });
}

const signIn = (client: Client, email: string, password: string) => client.gql(LOGIN, { input: { email, password } });

async function fail(client: Client, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const r = present(await signIn(client, email, `Wrong-Password-${i}`), "r");
    expect(r.data?.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
  }
}

const LOCKS = graphql(
  `query LockoutLoginLocks { loginLocks(first: 50) { totalCount edges { node { id kind account address failures lockedUntil user { email fullName } } } } }`,
);
const LIFT = graphql(
  `mutation LockoutLiftLoginLock($input: IdInput!) { liftLoginLock(input: $input) { lock { id failures lockedUntil } userErrors { code } } }`,
);

describe("sign-in throttling per account and address", () => {
  it("keeps out the address that guessed, not the woman whose email it used", async () => {
    const user = await t.signedIn("CASE_WORKER");
    const attacker = from();
    await fail(attacker, user.email, 3);
    const refused = await signIn(attacker, user.email, PASSWORD);
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(Date.parse(String(refused.errors?.[0]?.extensions?.retryAt))).toBeGreaterThan(Date.now());
    expect(refused.errors?.[0]?.message).toMatch(/^Too many failed sign-ins\. Try again in \d+ s/);
    // The real user, from her own address, signs in as usual.
    const real = await signIn(from(), user.email, PASSWORD);
    expect(real.data?.login.userErrors).toEqual([]);
    expect(real.data?.login.viewer?.user?.email).toBe(user.email);
  });

  it("doubles the wait with each failure past the free ones", async () => {
    const user = await t.signedIn("TRAINER");
    const client = from();
    await fail(client, user.email, 3);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await signIn(client, user.email, PASSWORD);
      waits.push(Number(r.errors?.[0]?.extensions?.retryAfterSeconds));
      // Let the wait pass (as time would), then fail once more.
      await t.sql("UPDATE login_throttle SET locked_until = now() WHERE kind = 'PAIR' AND account = $1", [user.email]);
      await fail(client, user.email, 1);
    }
    const [first, second, third] = waits as [number, number, number];
    expect(first).toBeGreaterThanOrEqual(29);
    expect(first).toBeLessThanOrEqual(30);
    expect(second).toBeGreaterThanOrEqual(59);
    expect(second).toBeLessThanOrEqual(60);
    expect(third).toBeGreaterThanOrEqual(119);
    expect(third).toBeLessThanOrEqual(120);
  });

  it("forgets the pair's failures once she signs in", async () => {
    const user = await t.signedIn("FACILITATOR");
    const client = from();
    await fail(client, user.email, 2);
    expect((await signIn(client, user.email, PASSWORD)).data?.login.userErrors).toEqual([]);
    await fail(client, user.email, 2);
    expect((await signIn(client, user.email, PASSWORD)).data?.login.userErrors).toEqual([]);
  });

  it("locks an account from every address at its much higher ceiling, known or not, in the same words", async () => {
    const user = await t.signedIn("ANALYST");
    const answers: string[] = [];
    for (const email of [user.email, "nobody-here@test.example"]) {
      // One failure from each of 8 addresses: no pair is throttled, the account reaches its ceiling.
      for (let i = 0; i < 8; i++) await fail(from(), email, 1);
      const r = await signIn(from(), email, PASSWORD);
      expect(codes(r)).toEqual(["RATE_LIMITED"]);
      answers.push(String(r.errors?.[0]?.message).replace(/\d+/g, "N"));
    }
    expect(answers[0]).toBe(answers[1]);
  });

  it("locks an address trying many accounts at its ceiling, and only that address", async () => {
    const spray = from();
    for (let i = 0; i < 12; i++) await fail(spray, `guess-${i}@test.example`, 1);
    expect(codes(await signIn(spray, ADMIN_EMAIL, "Admin-Password-For-Tests-1"))).toEqual(["RATE_LIMITED"]);
    expect((await signIn(from(), ADMIN_EMAIL, "Admin-Password-For-Tests-1")).data?.login.userErrors).toEqual([]);
  });
});

describe("locks for the admin", () => {
  it("lists the locks in force with the account and address, for admins only", async () => {
    const user = await t.signedIn("COORDINATOR");
    await fail(from("198.51.100.77"), user.email, 3);
    const r = await t.admin.ok(LOCKS);
    const lock = present(
      r.loginLocks.edges.map((e) => e.node).find((n) => n.account === user.email && n.kind === "PAIR"),
      "lock",
    );
    expect(lock).toMatchObject({ address: "198.51.100.77", failures: 3, user: { email: user.email, fullName: "Test COORDINATOR" } });
    expect(Date.parse(present(lock.lockedUntil, "lockedUntil"))).toBeGreaterThan(Date.now());
    for (const role of ["COORDINATOR", "CASE_WORKER", "ANALYST"] as const) {
      const other = await t.signedIn(role);
      expect(codes(await other.gql(LOCKS))).toEqual(["FORBIDDEN"]);
    }
    expect(codes(await t.anonymous().gql(LOCKS))).toEqual(["UNAUTHENTICATED"]);
  });

  it("lifts a lock: she can sign in from that address at once, and the lift is audited", async () => {
    const user = await t.signedIn("CASE_WORKER");
    const office = from("198.51.100.88");
    await fail(office, user.email, 3);
    expect(codes(await signIn(office, user.email, PASSWORD))).toEqual(["RATE_LIMITED"]);
    const r = await t.admin.ok(LOCKS);
    const lock = present(
      r.loginLocks.edges.find((e) => e.node.account === user.email && e.node.kind === "PAIR"),
      "lock",
    );
    const lifted = await t.admin.ok(LIFT, { input: { id: lock.node.id } });
    expect(lifted.liftLoginLock).toEqual({ lock: { id: lock.node.id, failures: 0, lockedUntil: null }, userErrors: [] });
    expect((await signIn(office, user.email, PASSWORD)).data?.login.userErrors).toEqual([]);
    const events = await t.sql("SELECT details FROM audit_event WHERE action = 'LOGIN_LOCK_LIFTED' AND entity_id = $1", [user.userId]);
    expect(events).toEqual([{ details: { kind: "PAIR" } }]);
    const again = await t.admin.ok(LIFT, { input: { id: lock.node.id } });
    expect(again.liftLoginLock.userErrors).toEqual([{ code: "NOT_FOUND" }]);
  });
});
