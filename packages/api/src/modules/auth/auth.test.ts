import { graphql } from "../../../test/gql";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  Client,
  codes,
  LOGIN,
  PASSWORD,
  present,
  startTestPlatform,
  type TestPlatform,
} from "../../../test/harness";

const VIEWER = graphql(`query AuthViewer { viewer { kind user { email role } } }`);
const LOGOUT = graphql(`mutation AuthLogout { logout { ok } }`);

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform((config) => {
    config.login.freeFailures = 3;
  });
});
afterAll(() => t?.stop());

describe("staff sign-in", () => {
  it("signs in with the right password, sets a hardened cookie and answers viewer", async () => {
    const c = t.anonymous();
    const r = await c.gql(LOGIN, { input: { email: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD } });
    expect(r.data?.login.userErrors).toEqual([]);
    expect(r.data?.login.viewer).toMatchObject({ kind: "USER", user: { email: ADMIN_EMAIL, role: "ADMIN" } });
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^nk_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Secure/i);
    expect((await c.ok(VIEWER)).viewer?.user?.email).toBe(ADMIN_EMAIL);
  });

  it("stores only a hash of the session token, and argon2id password hashes with OWASP parameters", async () => {
    const c = t.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const token = (c.cookie ?? "").split("=")[1] as string;
    const hits = await t.sql(
      "SELECT count(*)::int AS n FROM session WHERE encode(token_hash, 'escape') LIKE $1 OR encode(token_hash, 'base64') LIKE $1",
      [`%${token}%`],
    );
    expect(hits[0].n).toBe(0);
    const [user] = await t.sql('SELECT password_hash FROM "user" WHERE email = $1', [ADMIN_EMAIL]);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const unknown = await t.anonymous().gql(LOGIN, { input: { email: "nobody@test.example", password: "Whatever-123456" } });
    const wrong = await t.anonymous().gql(LOGIN, { input: { email: ADMIN_EMAIL, password: "Wrong-Password-123" } });
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.data?.login).toEqual({
      viewer: null,
      userErrors: [{ field: ["input", "password"], message: "The email or password is not correct.", code: "INVALID_CREDENTIALS" }],
    });
    expect(unknown.headers.get("set-cookie")).toBeNull();
  });

  it("throttles repeated failures for one account, known or not, even with the right password after", async () => {
    const user = await t.signedIn("COORDINATOR");
    for (const email of [user.email, "ghost@test.example"]) {
      for (let i = 0; i < 3; i++) {
        const r = present(await t.anonymous().gql(LOGIN, { input: { email, password: `Wrong-Password-${i}` } }), "r");
        expect(r.data?.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
      }
      const blocked = await t.anonymous().gql(LOGIN, { input: { email, password: PASSWORD } });
      expect(codes(blocked)).toEqual(["RATE_LIMITED"]);
      expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Other accounts are not affected.
    const other = await t.anonymous().gql(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(other.data?.login.viewer?.user?.email).toBe(ADMIN_EMAIL);
  });

  it("records sign-ins and failures in the audit log", async () => {
    const rows = await t.sql(
      "SELECT action, count(*)::int AS n FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED') GROUP BY action",
    );
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r.n]));
    expect(byAction.LOGIN).toBeGreaterThan(0);
    expect(byAction.LOGIN_FAILED).toBeGreaterThan(0);
  });
});

describe("sessions", () => {
  it("signs out: the cookie is cleared and replaying the old one is refused", async () => {
    const c = t.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const old = c.cookie;
    const out = await c.gql(LOGOUT);
    expect(out.data?.logout.ok).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/^nk_session=;/);
    const replay = new Client(t.url);
    replay.cookie = old;
    expect((await replay.ok(VIEWER)).viewer).toBeNull();
    expect(codes(await replay.gql(graphql(`query AuthUsers { users(first: 1) { totalCount } }`)))).toEqual(["UNAUTHENTICATED"]);
  });

  it("renews the session id at each sign-in", async () => {
    const c = t.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const first = c.cookie;
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(c.cookie).not.toBe(first);
    const stale = new Client(t.url);
    stale.cookie = first;
    expect((await stale.ok(VIEWER)).viewer).toBeNull();
  });

  it("ends an archived user's sessions", async () => {
    const user = await t.signedIn("ANALYST");
    expect((await user.ok(VIEWER)).viewer?.user?.role).toBe("ANALYST");
    await t.admin.ok(graphql(`mutation AuthArchiveUser($input: IdInput!) { archiveUser(input: $input) { userErrors { message } } }`), {
      input: { id: user.userId },
    });
    expect((await user.ok(VIEWER)).viewer).toBeNull();
    const again = present(await t.anonymous().gql(LOGIN, { input: { email: user.email, password: PASSWORD } }), "again");
    expect(again.data?.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
  });
});

describe("session timeouts", () => {
  let short: TestPlatform;
  beforeAll(async () => {
    short = await startTestPlatform((config) => {
      config.session.idleMs = 1500;
      config.session.absoluteMs = 4000;
    });
  });
  afterAll(() => short?.stop());

  it("expires a session left idle", async () => {
    const c = short.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect((await c.ok(VIEWER)).viewer).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1800));
    expect((await c.ok(VIEWER)).viewer).toBeNull();
  });

  it("clears a user's timed-out sessions at their next sign-in", async () => {
    const c = short.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    await new Promise((r) => setTimeout(r, 1800));
    await short.anonymous().ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    // Every earlier session of the admin had been idle longer than the timeout: only the new one is left.
    const rows = await short.sql(`SELECT count(*)::int AS n FROM session s JOIN "user" u ON u.id = s.user_id WHERE u.email = $1`, [
      ADMIN_EMAIL,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it("expires an active session at its absolute limit", async () => {
    const c = short.anonymous();
    await c.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const started = Date.now();
    // Stay active (well within the idle timeout) until past the absolute limit.
    while (Date.now() - started < 3600) {
      expect((await c.ok(VIEWER)).viewer).not.toBeNull();
      await new Promise((r) => setTimeout(r, 600));
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 4200 - (Date.now() - started))));
    expect((await c.ok(VIEWER)).viewer).toBeNull();
  });
});

describe("request hygiene", () => {
  it("refuses GraphQL requests a browser could send cross-site (CSRF prevention)", async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(graphql(`query AuthViewer2 { viewer { kind } }`).toString())}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: graphql(`query AuthViewer3 { viewer { kind } }`) }),
    });
    expect(form.status).toBe(400);
  });

  it("answers an unsigned request for protected data with UNAUTHENTICATED", async () => {
    const r = await t.anonymous().gql(graphql(`query AuthBeneficiaries { beneficiaries(first: 1) { totalCount } }`));
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    expect(r.data).toBeNull();
  });
});
