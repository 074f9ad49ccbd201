import { graphql } from "../../../test/gql";
import type { AuditLogQuery } from "../../../test/gql/graphql";
import { present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { scansOfRequest } from "../../../test/plan";

/**
 * The audit log as the admin's screen reads it: filtered by person, action, record and period,
 * each line with the person's name, newest first, paged by cursor — and every such page served
 * by an index however long the log has grown.
 */

let t: TestPlatform;
/** Events of one person that no filter below leaves out, so reading the log whole reads them all. */
const BULK = 4000;
let bulkActor: string;

beforeAll(async () => {
  t = await startTestPlatform();
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO "user" (email, full_name, role, password_hash) VALUES ('bulk@test.example', 'Малика Бобоева', 'CASE_WORKER', 'x') RETURNING id`,
  );
  bulkActor = present(row, "the bulk actor").id;
  await t.sql(
    `INSERT INTO audit_event (at, actor_type, actor_id, actor_role, action, entity_type, entity_id)
     SELECT now() - make_interval(mins => g), 'USER', $1, 'CASE_WORKER', 'READ', 'Beneficiary', 'bulk-record'
       FROM generate_series(1, ${BULK}) g`,
    [bulkActor],
  );
  // As autovacuum would after such growth: the planner knows the log is long.
  await t.sql("ANALYZE audit_event");
});
afterAll(() => t?.stop());

const LOG = graphql(`
  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { id at action actorType actorId actorName entityType entityId } }
    }
  }
`);
const CREATE_PROGRAM = graphql(`
  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }
`);

describe("the audit log", () => {
  it("shows only the chosen person's events, with her name, newest first", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const made = await coordinator.ok(CREATE_PROGRAM, {
      input: { code: "AUDIT-TEST", title: "Ман ва роҳбарӣ", goal: "Худбаҳодиҳӣ", startsOn: "2026-01-01" },
    });
    const programId = present(made.createProgram.program, "the programme").id;

    const hers = await t.admin.ok(LOG, { filter: { actorId: coordinator.userId }, first: 50 });
    const events = hers.auditEvents.edges.map((e) => e.node);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([coordinator.userId]));
    expect(new Set(events.map((e) => e.actorName))).toEqual(new Set(["Test COORDINATOR"]));
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort().reverse());
    expect(events).toContainEqual(expect.objectContaining({ action: "CREATE", entityType: "Program", entityId: programId }));

    const ofRecord = await t.admin.ok(LOG, { filter: { entityType: "Program", entityId: programId, action: "CREATE" } });
    expect(ofRecord.auditEvents.edges.map((e) => e.node.actorName)).toEqual(["Test COORDINATOR"]);
  });

  it("pages by cursor without repeating or skipping an event, within a period", async () => {
    const from = new Date(Date.now() - 90 * 60_000).toISOString();
    const to = new Date(Date.now() - 30 * 60_000).toISOString();
    const filter = { actorId: bulkActor, from, to };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: AuditLogQuery = await t.admin.ok(LOG, { filter, first: 25, after });
      seen.push(...page.auditEvents.edges.map((e) => e.node.id));
      for (const e of page.auditEvents.edges) {
        expect(e.node.at >= from && e.node.at < to).toBe(true);
      }
      if (!page.auditEvents.pageInfo.hasNextPage) break;
      after = page.auditEvents.pageInfo.endCursor ?? null;
    }
    // One event a minute for 60 minutes, the one at the upper bound left out.
    const [count] = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND at >= $2 AND at < $3", [
      bulkActor,
      from,
      to,
    ]);
    const n = present(count, "the count").n;
    expect(n).toBeGreaterThan(50);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it("names the actors of a page of 5 and of 50 events in the same number of statements", async () => {
    const statements = async (first: number) => {
      const r = await t.admin.gql(LOG, { first });
      expect(r.errors).toBeUndefined();
      return Number(r.headers.get("x-nk-sql-statements"));
    };
    expect(await statements(50)).toBe(await statements(5));
  });

  const FILTERS: [string, () => Record<string, unknown>][] = [
    ["no filter", () => ({})],
    ["a person", () => ({ actorId: bulkActor })],
    ["an action", () => ({ action: "READ" })],
    ["a record type", () => ({ entityType: "Beneficiary" })],
    ["a record", () => ({ entityId: "bulk-record" })],
    ["a period", () => ({ from: new Date(Date.now() - BULK * 60_000).toISOString(), to: new Date().toISOString() })],
    ["a person in a period", () => ({ actorId: bulkActor, from: new Date(Date.now() - BULK * 60_000).toISOString() })],
  ];

  it.each(FILTERS)("reads one page's rows, not the log, when filtered by %s (first and second page)", async (_name, filter) => {
    const first = await t.admin.ok(LOG, { filter: filter(), first: 50 });
    const after = present(first.auditEvents.pageInfo.endCursor, "a cursor");
    for (const variables of [
      { filter: filter(), first: 50 },
      { filter: filter(), first: 50, after },
    ]) {
      const plans = await scansOfRequest(t, async () => {
        const r = await t.admin.gql(LOG, variables);
        expect(r.errors).toBeUndefined();
        expect(r.data?.auditEvents.edges).toHaveLength(50);
      });
      const log = plans.flatMap(({ sql, scans }) => scans.filter((s) => s.relation === "audit_event").map((s) => ({ sql, ...s })));
      expect(log.length).toBeGreaterThan(0);
      // The page's 50 rows and the one telling that more follow; a sort or a scan would read thousands.
      expect(log.filter((s) => s.node === "Seq Scan" || s.rows > 60)).toEqual([]);
    }
  });
});
