import { randomUUID } from "node:crypto";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { type DirectDatabase, directDatabase, staffViewer } from "../../../test/direct";
import { User } from "../../core/auth/user.entity";
import type { LoginThrottling } from "../../core/config";
import { bindLists } from "../../core/graphql/list";
import { LoginThrottle } from "./login-throttle.entity";
import { accountOf, clearPair, ensureNotThrottled, liftLock, listLocks, recordFailure } from "./throttle.service";

/**
 * The sign-in throttle called directly on a real PostgreSQL: what each failure counts, when the
 * pair, the account and the address are locked and for how long, what a sign-in forgets, and the
 * admin's list of locks. Sign-in over HTTP is in lockout.test.ts.
 */

const LIMITS: LoginThrottling = {
  freeFailures: 3,
  delayMs: 1000,
  maxDelayMs: 5000,
  accountCeiling: 6,
  addressCeiling: 8,
  windowMs: 60_000,
};

let d: DirectDatabase;
beforeAll(async () => {
  // The lock list's one field and its rule, as the schema gives them (ADMIN only).
  const lock = new GraphQLObjectType({
    name: "LoginLock",
    extensions: { allow: ["ADMIN"] },
    fields: { lockedUntil: { type: GraphQLString } },
  });
  bindLists(new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { lock: { type: lock } } }) }));
  d = await directDatabase([LoginThrottle, User]);
});
afterAll(() => d?.stop());

let n = 0;
/** An attempt of its own for each test: an email and an address nobody else counts. */
const fresh = () => {
  n++;
  return { account: `t${n}-${randomUUID()}@test.example`, address: `198.51.100.${n}` };
};

interface Counter {
  kind: string;
  failures: number;
  /** Seconds from the last failure to the end of the lock, rounded; null when not locked. */
  locked: number | null;
}

/** The counters of an attempt, PAIR, ACCOUNT and ADDRESS. */
async function counters(attempt: { account: string; address: string }): Promise<Record<string, Omit<Counter, "kind">>> {
  const rows = await d.sql<Counter>(
    `SELECT kind, failures, round(extract(epoch FROM locked_until - last_failure_at))::int AS locked FROM login_throttle
      WHERE (kind = 'PAIR' AND account = $1 AND address = $2) OR (kind = 'ACCOUNT' AND account = $1) OR (kind = 'ADDRESS' AND address = $2)`,
    [attempt.account, attempt.address],
  );
  return Object.fromEntries(rows.map(({ kind, ...rest }) => [kind, rest]));
}

async function refusal(work: Promise<unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try {
    await work;
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: Record<string, unknown> }).extensions };
  }
  throw new Error("not refused");
}

async function lockFor(kind: string, account: string, address: string, seconds: number, failures = 1): Promise<string> {
  const [row] = await d.sql<{ id: string }>(
    `INSERT INTO login_throttle (kind, account, address, failures, last_failure_at, locked_until)
     VALUES ($1, $2, $3, $4, now(), now() + make_interval(secs => $5)) RETURNING id`,
    [kind, account, address, failures, seconds],
  );
  return (row as { id: string }).id;
}

describe("counting failures", () => {
  it("counts each failure against the pair, the account and the address", async () => {
    const a = fresh();
    await recordFailure(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({
      PAIR: { failures: 1, locked: null },
      ACCOUNT: { failures: 1, locked: null },
      ADDRESS: { failures: 1, locked: null },
    });
    await recordFailure(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({
      PAIR: { failures: 2, locked: null },
      ACCOUNT: { failures: 2, locked: null },
      ADDRESS: { failures: 2, locked: null },
    });
    await expect(ensureNotThrottled(d.db, a)).resolves.toBeUndefined();
  });

  it("makes the pair wait from its free failures on, doubling each time up to the longest wait", async () => {
    const a = fresh();
    const waits: (number | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await recordFailure(d.db, LIMITS, a);
      waits.push((await counters(a)).PAIR?.locked ?? null);
    }
    expect(waits).toEqual([null, null, 1, 2, 4, 5]);
  });

  it("locks the account for a window at its ceiling, from any address", async () => {
    const a = fresh();
    for (let i = 0; i < LIMITS.accountCeiling - 1; i++) await recordFailure(d.db, LIMITS, { ...a, address: `${a.address}-${i}` });
    expect((await counters({ ...a, address: `${a.address}-0` })).ACCOUNT).toEqual({ failures: 5, locked: null });
    await recordFailure(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({
      PAIR: { failures: 1, locked: null },
      ACCOUNT: { failures: 6, locked: 60 },
      ADDRESS: { failures: 1, locked: null },
    });
  });

  it("locks the address for a window at its ceiling, whatever the account", async () => {
    const a = fresh();
    for (let i = 0; i < LIMITS.addressCeiling - 1; i++) await recordFailure(d.db, LIMITS, { ...a, account: `${i}-${a.account}` });
    expect((await counters({ ...a, account: `0-${a.account}` })).ADDRESS).toEqual({ failures: 7, locked: null });
    await recordFailure(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({
      PAIR: { failures: 1, locked: null },
      ACCOUNT: { failures: 1, locked: null },
      ADDRESS: { failures: 8, locked: 60 },
    });
  });

  it("starts a counter idle for a window again from one", async () => {
    const a = fresh();
    for (let i = 0; i < 4; i++) await recordFailure(d.db, LIMITS, a);
    await d.sql(
      "UPDATE login_throttle SET last_failure_at = now() - interval '61 seconds', locked_until = NULL WHERE account = $1 OR address = $2",
      [a.account, a.address],
    );
    await recordFailure(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({
      PAIR: { failures: 1, locked: null },
      ACCOUNT: { failures: 1, locked: null },
      ADDRESS: { failures: 1, locked: null },
    });
    // Within the window the count goes on.
    await d.sql("UPDATE login_throttle SET last_failure_at = now() - interval '59 seconds' WHERE account = $1 OR address = $2", [
      a.account,
      a.address,
    ]);
    await recordFailure(d.db, LIMITS, a);
    expect((await counters(a)).PAIR).toEqual({ failures: 2, locked: null });
  });

  it("keeps a lock in force when a counter below its ceiling counts again", async () => {
    const a = fresh();
    const id = await lockFor("ACCOUNT", a.account, "", 30, 1);
    await recordFailure(d.db, LIMITS, a);
    const [row] = await d.sql<{ failures: number; left: number }>(
      "SELECT failures, round(extract(epoch FROM locked_until - now()))::int AS left FROM login_throttle WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ failures: 2, left: 30 });
  });
});

describe("refusing while locked", () => {
  it("refuses with RATE_LIMITED and when to try again, for a locked pair, account or address", async () => {
    for (const kind of ["PAIR", "ACCOUNT", "ADDRESS"]) {
      const a = fresh();
      await lockFor(kind, kind === "ADDRESS" ? "" : a.account, kind === "ACCOUNT" ? "" : a.address, 42);
      const r = await refusal(ensureNotThrottled(d.db, a));
      const retryAt = String(r.extensions.retryAt);
      expect(r.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 42, retryAt, http: { status: 429 } });
      expect(r.message).toBe(`Too many failed sign-ins. Try again in 42 s (at ${retryAt}).`);
      expect(Math.round((Date.parse(retryAt) - Date.now()) / 1000)).toBe(42);
    }
  });

  it("names the latest end of the locks that hold", async () => {
    const a = fresh();
    await lockFor("PAIR", a.account, a.address, 10);
    await lockFor("ACCOUNT", a.account, "", 300);
    await lockFor("ADDRESS", "", a.address, 20);
    expect((await refusal(ensureNotThrottled(d.db, a))).extensions.retryAfterSeconds).toBe(300);
  });

  it("lets through an ended lock, and locks of another pair, account or address", async () => {
    const a = fresh();
    await lockFor("PAIR", a.account, a.address, -1);
    await lockFor("PAIR", a.account, "192.0.2.1", 60);
    await lockFor("PAIR", `other-${a.account}`, a.address, 60);
    await lockFor("ACCOUNT", `other-${a.account}`, "", 60);
    await lockFor("ADDRESS", "", "192.0.2.1", 60);
    // An ACCOUNT row is the one with no address, an ADDRESS row the one with no account.
    await lockFor("ACCOUNT", a.account, a.address.replace(/\d+$/, "0"), 60);
    await lockFor("ADDRESS", a.account.replace("@", "+x@"), a.address, 60);
    await expect(ensureNotThrottled(d.db, a)).resolves.toBeUndefined();
  });
});

describe("a complete sign-in", () => {
  it("forgets its pair and the counters idle for a window, not the account's, the address's or another pair's", async () => {
    const a = fresh();
    const other = fresh();
    for (let i = 0; i < 3; i++) await recordFailure(d.db, LIMITS, a);
    await recordFailure(d.db, LIMITS, { ...a, address: other.address });
    const idle = fresh();
    await recordFailure(d.db, LIMITS, idle);
    await d.sql("UPDATE login_throttle SET last_failure_at = now() - interval '61 seconds' WHERE account = $1 OR address = $2", [
      idle.account,
      idle.address,
    ]);
    const idleLocked = await lockFor("ACCOUNT", other.account, "", 60);
    await d.sql("UPDATE login_throttle SET last_failure_at = now() - interval '61 seconds' WHERE id = $1", [idleLocked]);
    const idleEnded = await lockFor("ADDRESS", "", other.address.replace(/\d+$/, "250"), -5);
    await d.sql("UPDATE login_throttle SET last_failure_at = now() - interval '61 seconds' WHERE id = $1", [idleEnded]);

    await clearPair(d.db, LIMITS, a);
    expect(await counters(a)).toEqual({ ACCOUNT: { failures: 4, locked: null }, ADDRESS: { failures: 3, locked: null } });
    expect((await counters({ ...a, address: other.address })).PAIR).toEqual({ failures: 1, locked: null });
    expect(await counters(idle)).toEqual({});
    expect(await d.sql("SELECT id FROM login_throttle WHERE id = ANY($1::uuid[])", [[idleLocked, idleEnded]])).toEqual([
      { id: idleLocked },
    ]);
  });
});

describe("the admin's locks", () => {
  const admin = () => d.context(staffViewer(randomUUID(), "ADMIN"));

  it("lists the locks in force, the longest first", async () => {
    await d.sql("DELETE FROM login_throttle");
    const a = fresh();
    const short = await lockFor("PAIR", a.account, a.address, 30);
    const long = await lockFor("ACCOUNT", a.account, "", 600);
    await lockFor("ADDRESS", "", a.address, -1);
    await recordFailure(d.db, LIMITS, fresh());
    const page = await listLocks(admin(), { first: 10 });
    expect(page.edges.map((e) => e.node.id)).toEqual([long, short]);
    await expect(listLocks(d.context(staffViewer(randomUUID(), "COORDINATOR")), { first: 10 })).rejects.toThrow(
      "You may not use sort.field",
    );
  });

  it("names the staff member whose email a lock counts, or nobody", async () => {
    const email = `${randomUUID()}@test.example`;
    const [user] = await d.sql<{ id: string }>(
      `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ($1, 'Lock Test', 'CASE_WORKER', 'x') RETURNING id`,
      [email],
    );
    const ctx = admin();
    const [known, unknown, none] = await Promise.all([
      accountOf(ctx, { account: email } as LoginThrottle),
      accountOf(ctx, { account: `nobody-${email}` } as LoginThrottle),
      accountOf(ctx, { account: "" } as LoginThrottle),
    ]);
    expect(known?.id).toBe(user?.id);
    expect(unknown).toBeNull();
    expect(none).toBeNull();
  });

  it("lifts a lock at once, audited with the account's user and the kind but not the email", async () => {
    const email = `${randomUUID()}@test.example`;
    const [user] = await d.sql<{ id: string }>(
      `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ($1, 'Lock Test', 'CASE_WORKER', 'x') RETURNING id`,
      [email],
    );
    const known = await lockFor("ACCOUNT", email, "", 600, 7);
    const address = await lockFor("ADDRESS", "", "192.0.2.99", 600, 9);
    const ctx = admin();
    const lifted = await liftLock(ctx, d.db.manager, known);
    expect(lifted).toEqual(expect.objectContaining({ id: known, kind: "ACCOUNT", account: email, lockedUntil: null, failures: 0 }));
    await liftLock(ctx, d.db.manager, address);
    expect(await d.sql("SELECT id FROM login_throttle WHERE id = ANY($1::uuid[])", [[known, address]])).toEqual([]);
    const viewer = ctx.viewer as { userId: string };
    expect(
      await d.sql("SELECT action, entity_type, entity_id, details FROM audit_event WHERE actor_id = $1 ORDER BY id", [viewer.userId]),
    ).toEqual([
      { action: "LOGIN_LOCK_LIFTED", entity_type: "User", entity_id: user?.id, details: { kind: "ACCOUNT" } },
      { action: "LOGIN_LOCK_LIFTED", entity_type: "User", entity_id: null, details: { kind: "ADDRESS" } },
    ]);
    // Another lock in force does not stand in for the one asked for.
    await lockFor("ADDRESS", "", "192.0.2.98", 600);
    await expect(liftLock(ctx, d.db.manager, known)).rejects.toThrow("Login lock was not found.");
  });
});
