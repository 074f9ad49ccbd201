import type { Role } from "@nk/shared";
import { type DirectDatabase, directDatabase } from "../../test/direct";
import { AuditEvent } from "./audit";
import { Session } from "./auth/session.entity";
import { User } from "./auth/user.entity";
import type { Viewer } from "./context";
import {
  actorId,
  declareReach,
  ensureInReach,
  findInReach,
  inReach,
  inUnits,
  openReach,
  type ReachPurpose,
  reachable,
  reachableById,
  reachOf,
  unitReach,
  viewerUnits,
  whereInReach,
} from "./reach";

/**
 * The reach mechanism of core, with rules declared here as a module declares its own: an analyst
 * reads only analysts' accounts and may change only her own (refused openly), everyone else
 * reaches every account; sessions are reached by nobody but an admin.
 */
const asked: ReachPurpose[] = [];
const userRule = declareReach(User, {
  entityType: "User",
  label: "Staff account",
  where(viewer, alias, purpose) {
    asked.push(purpose);
    if (viewer?.kind !== "user" || viewer.role !== "ANALYST") return null;
    return purpose === "change"
      ? { sql: `${alias}.id = :reachSelf`, params: { reachSelf: viewer.userId } }
      : { sql: `${alias}.role = :reachRole`, params: { reachRole: "ANALYST" } };
  },
  refusal: "Analysts change only their own account.",
});
declareReach(Session, {
  entityType: "Session",
  where: (viewer, alias) => (viewer?.kind === "user" && viewer.role === "ADMIN" ? null : { sql: `${alias}.id IS NULL`, params: {} }),
});
declareReach(AuditEvent, openReach("AuditEvent"));
/** Rows checked in memory only (no table): a unit's shelf of records, by the rule of unit-owned case work. */
class Shelf {
  id: string;
  unitId: string;
}
const shelfRule = unitReach<Shelf>("Shelf", "Shelf");
declareReach(Shelf, {
  ...shelfRule,
  test(viewer, row, purpose) {
    asked.push(purpose);
    return shelfRule.test?.(viewer, row, purpose) ?? false;
  },
});

let u: DirectDatabase;
const ids: Record<"analyst" | "analyst2" | "worker", string> = { analyst: "", analyst2: "", worker: "" };
let sessionId = "";
beforeAll(async () => {
  u = await directDatabase([User, Session, AuditEvent]);
  for (const [name, role] of [
    ["analyst", "ANALYST"],
    ["analyst2", "ANALYST"],
    ["worker", "CASE_WORKER"],
  ] as const) {
    const [row] = await u.sql<{ id: string }>(
      `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ($1, $2, $3, 'not-a-hash') RETURNING id`,
      [`${name}@reach.test`, `Reach ${name}`, role],
    );
    ids[name] = row?.id ?? "";
  }
  const [session] = await u.sql<{ id: string }>(
    "INSERT INTO session (token_hash, user_id, expires_at) VALUES ('\\x00', $1, now() + interval '1 hour') RETURNING id",
    [ids.worker],
  );
  sessionId = session?.id ?? "";
});
afterAll(() => u?.stop());

const staff = (role: Role, userId: string, unitIds: string[] = []): Viewer => ({ kind: "user", userId, role, unitIds, sessionId: "s-1" });
const partner: Viewer = { kind: "partner", apiKeyId: "00000000-0000-4000-8000-0000000000b1", partnerId: "p-1", scopes: ["READ_CAMPAIGNS"] };
const MISSING = "00000000-0000-4000-8000-000000000000";

/** The error `work` fails with, as code and message. */
async function failure(work: Promise<unknown>) {
  const outcome = await work.then(
    () => undefined,
    (error: Error & { extensions?: { code?: string } }) => ({ code: error.extensions?.code, message: error.message }),
  );
  if (!outcome) throw new Error("expected a refusal");
  return outcome;
}

const denials = async (entityId: string) =>
  u.sql<{ actor_id: string; entity_type: string }>(
    "SELECT actor_id, entity_type FROM audit_event WHERE action = 'DENIED' AND entity_id = $1 ORDER BY id",
    [entityId],
  );

describe("declaring reach", () => {
  it("keeps one rule per entity and finds it again", () => {
    expect(reachOf(User)).toBe(userRule);
    expect(() => declareReach(User, openReach("User"))).toThrow("reach of User declared twice");
    expect(reachOf(User)).toBe(userRule);
  });

  it("names an entity without a rule", () => {
    class Unruled {}
    expect(() => reachOf(Unruled)).toThrow("no reach rule declared for Unruled");
    expect(() => reachOf("unruled_table")).toThrow("no reach rule declared for unruled_table");
  });
});

describe("who is acting and where she works", () => {
  it("gives the acting staff member's id, and none for a key or nobody", () => {
    expect(actorId({ viewer: staff("TRAINER", "u-7") })).toBe("u-7");
    expect(actorId({ viewer: partner })).toBeNull();
    expect(actorId({ viewer: null })).toBeNull();
  });

  it("limits a case worker to her units and no other role", () => {
    expect(viewerUnits(staff("CASE_WORKER", "u-1", ["a", "b"]))).toEqual(["a", "b"]);
    expect(viewerUnits(staff("CASE_WORKER", "u-1"))).toEqual([]);
    expect(viewerUnits(staff("COORDINATOR", "u-1", ["a"]))).toBeNull();
    expect(viewerUnits(partner)).toBeNull();
    expect(viewerUnits(null)).toBeNull();
    expect(inUnits(staff("CASE_WORKER", "u-1", ["a", "b"]), "b")).toBe(true);
    expect(inUnits(staff("CASE_WORKER", "u-1", ["a", "b"]), "c")).toBe(false);
    expect(inUnits(staff("CASE_WORKER", "u-1"), "a")).toBe(false);
    expect(inUnits(staff("ADMIN", "u-1"), "c")).toBe(true);
  });

  it("reaches unit-owned records by the case worker's units, in SQL and in memory alike", async () => {
    const rule = unitReach<{ unitId: string }>("Service");
    expect({ entityType: rule.entityType, label: rule.label }).toEqual({ entityType: "Service", label: undefined });
    expect(unitReach("ShelterStay", "Shelter stay").label).toBe("Shelter stay");
    const [unit] = await u.sql<{ unit_id: string; n: number }>(
      "SELECT unit_id, count(*)::int AS n FROM service GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1",
    );
    if (!unit) throw new Error("the demo data has no services");
    const count = async (viewer: Viewer) => {
      const condition = rule.where(viewer, "s", "read");
      const q = u.db.createQueryBuilder().select("count(*)::int", "n").from("service", "s");
      if (condition) q.where(condition.sql, condition.params);
      return (await q.getRawOne<{ n: number }>())?.n;
    };
    const [all] = await u.sql<{ n: number }>("SELECT count(*)::int AS n FROM service");
    expect(await count(staff("CASE_WORKER", "u-1", [unit.unit_id]))).toBe(unit.n);
    expect(await count(staff("CASE_WORKER", "u-1", []))).toBe(0);
    expect(await count(staff("COORDINATOR", "u-1", [unit.unit_id]))).toBe(all?.n);
    expect(rule.where(staff("ADMIN", "u-1"), "s", "read")).toBeNull();
    expect(rule.test?.(staff("CASE_WORKER", "u-1", ["a"]), { unitId: "a" }, "read")).toBe(true);
    expect(rule.test?.(staff("CASE_WORKER", "u-1", ["a"]), { unitId: "b" }, "read")).toBe(false);
    expect(rule.test?.(staff("ANALYST", "u-1", []), { unitId: "b" }, "read")).toBe(true);
  });

  it("opens an open rule to everyone, rows and SQL", () => {
    const rule = openReach<{ id: string }>("Program", "Programme");
    expect({ entityType: rule.entityType, label: rule.label }).toEqual({ entityType: "Program", label: "Programme" });
    expect(rule.where(null, "p", "change")).toBeNull();
    expect(rule.test?.(null, { id: "x" }, "change")).toBe(true);
  });
});

describe("applying reach", () => {
  const countUsers = (viewer: Viewer, purpose?: ReachPurpose) => {
    const q = u.db.getRepository(User).createQueryBuilder("u").where("u.email LIKE '%@reach.test'");
    return (purpose ? whereInReach({ viewer }, q, User, "u", purpose) : whereInReach({ viewer }, q, User, "u")).getCount();
  };

  it("limits lists and counts to the rows in reach, for reading by default", async () => {
    asked.length = 0;
    expect(await countUsers(staff("ANALYST", ids.analyst))).toBe(2);
    expect(await countUsers(staff("ANALYST", ids.analyst), "change")).toBe(1);
    expect(await countUsers(staff("COORDINATOR", ids.worker))).toBe(3);
    expect(asked).toEqual(["read", "change", "read"]);
  });

  it("finds a record in reach, for reading by default", async () => {
    asked.length = 0;
    const found = await findInReach(u.context(staff("ANALYST", ids.analyst)), u.db.manager, User, ids.analyst2);
    expect({ id: found.id, role: found.role, class: found instanceof User }).toEqual({ id: ids.analyst2, role: "ANALYST", class: true });
    expect((await findInReach(u.context(staff("ANALYST", ids.analyst)), u.db.manager, User, ids.analyst, "change")).id).toBe(ids.analyst);
    expect((await findInReach(u.context(staff("ADMIN", ids.worker)), u.db.manager, User, ids.analyst, "change")).id).toBe(ids.analyst);
    expect(asked).toEqual(["read", "change", "change"]);
    expect(await denials(ids.analyst2)).toEqual([]);
  });

  it("answers a record out of reach as a missing one, and audits the attempt once", async () => {
    const viewer = staff("ANALYST", ids.analyst);
    expect(await failure(findInReach(u.context(viewer), u.db.manager, User, ids.worker))).toEqual({
      code: "NOT_FOUND",
      message: "Staff account was not found.",
    });
    expect(await failure(findInReach(u.context(viewer), u.db.manager, User, MISSING))).toEqual({
      code: "NOT_FOUND",
      message: "Staff account was not found.",
    });
    expect(await denials(ids.worker)).toEqual([{ actor_id: ids.analyst, entity_type: "User" }]);
    expect(await denials(MISSING)).toEqual([]);
    // A rule without a label names the entity type.
    expect(await failure(findInReach(u.context(viewer), u.db.manager, AuditEvent, "999999999"))).toEqual({
      code: "NOT_FOUND",
      message: "AuditEvent was not found.",
    });
  });

  it("refuses a change out of reach openly where the rule says so, and audits it", async () => {
    const viewer = staff("ANALYST", ids.analyst);
    expect(await failure(findInReach(u.context(viewer), u.db.manager, User, ids.analyst2, "change"))).toEqual({
      code: "FORBIDDEN",
      message: "Analysts change only their own account.",
    });
    expect(await denials(ids.analyst2)).toEqual([{ actor_id: ids.analyst, entity_type: "User" }]);
  });

  it("refuses a change out of reach as missing where the rule gives no refusal", async () => {
    const viewer = staff("ANALYST", ids.analyst);
    expect(await failure(findInReach(u.context(viewer), u.db.manager, Session, sessionId, "change"))).toEqual({
      code: "NOT_FOUND",
      message: "Session was not found.",
    });
    expect(await denials(sessionId)).toEqual([{ actor_id: ids.analyst, entity_type: "Session" }]);
    expect((await findInReach(u.context(staff("ADMIN", ids.worker)), u.db.manager, Session, sessionId, "change")).userId).toBe(ids.worker);
  });

  it("checks loaded rows by the rule's test, for reading by default", async () => {
    const worker = u.context(staff("CASE_WORKER", ids.worker, ["unit-a"]));
    const rows = [
      { id: "00000000-0000-4000-8000-0000000000e1", unitId: "unit-a" },
      { id: "00000000-0000-4000-8000-0000000000e2", unitId: "unit-b" },
      { id: "00000000-0000-4000-8000-0000000000e3", unitId: "unit-a" },
    ];
    const [first, second] = rows as [Shelf, Shelf];
    asked.length = 0;
    expect(inReach(worker, Shelf, first)).toBe(true);
    expect(inReach(worker, Shelf, second)).toBe(false);
    expect(inReach(u.context(staff("COORDINATOR", ids.worker)), Shelf, second, "change")).toBe(true);
    await expect(ensureInReach(worker, Shelf, first)).resolves.toBeUndefined();
    expect(await failure(ensureInReach(worker, Shelf, second))).toEqual({ code: "NOT_FOUND", message: "Shelf was not found." });
    expect(await denials(second.id)).toEqual([{ actor_id: ids.worker, entity_type: "Shelf" }]);
    expect(await reachable(worker, Shelf, rows)).toEqual([rows[0], rows[2]]);
    expect(asked).toEqual(["read", "read", "change", "read", "read", "read", "read", "read"]);
  });

  it("refuses to check a loaded row against a rule with SQL only", async () => {
    expect(() => inReach(u.context(null), User, { id: ids.worker } as User)).toThrow("reach of User has no test for loaded rows");
    const viewer = staff("ANALYST", ids.analyst);
    expect(await failure(ensureInReach(u.context(viewer), User, { id: ids.worker } as User))).toEqual({
      code: undefined,
      message: "reach of User has no test for loaded rows",
    });
  });

  it("filters rows by the rule's SQL when it has no test, remembering each id per request and entity", async () => {
    const viewer = staff("ANALYST", ids.analyst);
    const ctx = u.context(viewer);
    const rows = [{ id: ids.worker }, { id: ids.analyst }, { id: MISSING }, { id: ids.analyst2 }] as User[];
    asked.length = 0;
    expect((await reachable(ctx, User, rows)).map((r) => r.id)).toEqual([ids.analyst, ids.analyst2]);
    // Rows carrying only the id of a record: the same filter; the request's loader remembers each id per entity.
    expect(await reachableById(ctx, User, [{ id: ids.analyst }, { id: ids.worker }])).toEqual([{ id: ids.analyst }]);
    expect(await reachableById(ctx, Session, [{ id: ids.analyst }])).toEqual([]);
    expect(await reachableById(ctx, User, [])).toEqual([]);
    expect(asked).toEqual(["read", "read", "read"]);
    // No limit for the viewer: every row, without asking the database.
    const admin = u.context(staff("ADMIN", ids.worker));
    expect(await reachableById(admin, User, [{ id: MISSING }])).toEqual([{ id: MISSING }]);
    expect(await reachableById(admin, Session, [{ id: MISSING }])).toEqual([{ id: MISSING }]);
  });
});
