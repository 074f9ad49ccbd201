import { graphql } from "./gql";
import type { ReachServicesQuery } from "./gql/graphql";
import { type Client, codes, rootField, startTestPlatform, type TestPlatform, type TypedDocument } from "./harness";

/**
 * The one reach policy: each entity's rule, declared in its module, answers a record out of reach
 * exactly as a missing one and records the attempt against that record; lists apply the same
 * rule, and list reads of personal data are audited once per request.
 */
let t: TestPlatform;
let worker: Client & { userId: string };
let unit: string;
beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["RESOURCE"]);
  unit = await t.unitId("RESOURCE");
});
afterAll(() => t?.stop());

const one = async (sql: string, params: unknown[] = []) => {
  const [row] = await t.sql(sql, params);
  if (!row) throw new Error(`the demo data has no row for: ${sql}`);
  return row.id as string;
};

const denied = async (entityType: string, id: string) =>
  (
    await t.sql(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND entity_type = $2 AND entity_id = $3",
      [worker.userId, entityType, id],
    )
  )[0].n as number;

describe("one reach policy", () => {
  it.each([
    ["Beneficiary", "beneficiary", "Beneficiary was not found."],
    ["Case", "case", "Case was not found."],
    ["Incident", "incident", "Incident was not found."],
    ["Service", "service", "Service was not found."],
    ["Referral", "referral", "Referral was not found."],
    ["ShelterStay", "shelterStay", "Shelter stay was not found."],
  ])("answers a %s outside a case worker's units as missing and records the attempt against it", async (entityType, field, message) => {
    const outside: Record<string, string> = {
      Beneficiary: `SELECT b.id FROM beneficiary b WHERE b.unit_id <> $1
        AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id AND c.unit_id = $1)
        AND NOT EXISTS (SELECT 1 FROM service s WHERE s.beneficiary_id = b.id AND s.unit_id = $1)
        AND NOT EXISTS (SELECT 1 FROM shelter_stay s WHERE s.beneficiary_id = b.id AND s.unit_id = $1) LIMIT 1`,
      Case: `SELECT id FROM "case" WHERE unit_id <> $1 LIMIT 1`,
      Incident: `SELECT i.id FROM incident i JOIN "case" c ON c.id = i.case_id WHERE c.unit_id <> $1 LIMIT 1`,
      Service: "SELECT id FROM service WHERE unit_id <> $1 LIMIT 1",
      Referral: "SELECT id FROM referral WHERE unit_id <> $1 LIMIT 1",
      ShelterStay: "SELECT id FROM shelter_stay WHERE unit_id <> $1 LIMIT 1",
    };
    const id = await one(outside[entityType] as string, [unit]);
    const before = await denied(entityType, id);
    // The root field comes from the table of entity types above, so the document is assembled (only errors are read).
    const hidden = await worker.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(codes(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe(message);
    const missing = await worker.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.errors?.[0]?.message).toBe(message);
    expect(await denied(entityType, id)).toBe(before + 1);
  });

  it("limits every list and count to the same reach", async () => {
    const r = await worker.ok(
      graphql(`query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }
      services(first: 100) { totalCount edges { node { unit { id } } } }
      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }`),
    );
    const count = async (sql: string) => (await t.sql(sql, [unit]))[0].n as number;
    expect(r.cases.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM "case" WHERE unit_id = $1 AND archived_at IS NULL`));
    expect(r.services.totalCount).toBe(await count("SELECT count(*)::int AS n FROM service WHERE unit_id = $1 AND archived_at IS NULL"));
    expect(r.referrals.totalCount).toBe(await count("SELECT count(*)::int AS n FROM referral WHERE unit_id = $1 AND archived_at IS NULL"));
    expect(r.shelterStays.totalCount).toBe(
      await count("SELECT count(*)::int AS n FROM shelter_stay WHERE unit_id = $1 AND archived_at IS NULL"),
    );
    for (const e of [...r.cases.edges, ...r.services.edges]) expect(e.node.unit.id).toBe(unit);
  });

  it("answers a partner key's campaign of another organisation as missing and records the attempt", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    const id = await one("SELECT id FROM campaign LIMIT 1");
    const hidden = await partner.gql(graphql(`query ReachCampaign($id: ID!) { campaign(id: $id) { id } }`), { id });
    expect(codes(hidden)).toEqual(["NOT_FOUND"]);
    const [event] = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND entity_id = $2", [
      partner.apiKeyId,
      id,
    ]);
    expect(event.n).toBe(1);
  });
});

describe("the common list filters", () => {
  let coordinator: Client;
  beforeAll(async () => {
    coordinator = await t.signedIn("COORDINATOR");
  });
  const total = async <R extends Record<string, { totalCount: number }>>(
    document: TypedDocument<R, never>,
    variables: Record<string, unknown>,
  ) => rootField(await coordinator.ok(document, variables)).totalCount;
  const sqlCount = async (sql: string, params: unknown[]) => (await t.sql(sql, params))[0].n as number;

  it("narrows cases by the days they opened, the district she lives in and the case worker", async () => {
    const CASES = graphql(`query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }`);
    const [first] = await t.sql(
      `SELECT (opened_at AT TIME ZONE 'Asia/Dushanbe')::date::text AS day FROM "case" ORDER BY opened_at LIMIT 1 OFFSET 3`,
    );
    const from = first.day as string;
    const to = `${from.slice(0, 4)}-12-31`;
    expect(await total(CASES, { filter: { openedOn: { from, to } } })).toBe(
      await sqlCount(
        `SELECT count(*)::int AS n FROM "case" WHERE archived_at IS NULL AND (opened_at AT TIME ZONE 'Asia/Dushanbe')::date BETWEEN $1 AND $2`,
        [from, to],
      ),
    );
    const [district] = await t.sql(`SELECT cm.district_id AS id FROM "case" c JOIN beneficiary b ON b.id = c.beneficiary_id
      JOIN community cm ON cm.id = b.community_id LIMIT 1`);
    const inDistrict = await sqlCount(
      `SELECT count(*)::int AS n FROM "case" c JOIN beneficiary b ON b.id = c.beneficiary_id JOIN community cm ON cm.id = b.community_id
        WHERE c.archived_at IS NULL AND cm.district_id = $1`,
      [district.id],
    );
    expect(inDistrict).toBeGreaterThan(0);
    expect(await total(CASES, { filter: { districtId: district.id } })).toBe(inDistrict);
    const holder = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    await t.sql(`UPDATE "case" SET case_worker_id = $1 WHERE id IN (SELECT id FROM "case" WHERE archived_at IS NULL ORDER BY id LIMIT 3)`, [
      holder.userId,
    ]);
    expect(await total(CASES, { filter: { caseWorkerId: holder.userId } })).toBe(3);
    const reversed = await coordinator.gql(CASES, { filter: { openedOn: { from: "2026-02-01", to: "2026-01-01" } } });
    expect(codes(reversed)).toEqual(["BAD_USER_INPUT"]);
    const malformed = await coordinator.gql(CASES, { filter: { openedOn: { from: "yesterday" } } });
    expect(codes(malformed)).toEqual(["BAD_USER_INPUT"]);
  });

  it("narrows services by day and district and orders them by follow-up deadline", async () => {
    const SERVICES = graphql(`query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {
      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }`);
    expect(await total(SERVICES, { filter: { providedOn: { from: "2026-01-01", to: "2026-06-30" } } })).toBe(
      await sqlCount("SELECT count(*)::int AS n FROM service WHERE archived_at IS NULL AND provided_on BETWEEN $1 AND $2", [
        "2026-01-01",
        "2026-06-30",
      ]),
    );
    const [district] = await t.sql(
      "SELECT cm.district_id AS id FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community cm ON cm.id = b.community_id LIMIT 1",
    );
    expect(await total(SERVICES, { filter: { districtId: district.id } })).toBe(
      await sqlCount(
        `SELECT count(*)::int AS n FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community cm ON cm.id = b.community_id
          WHERE s.archived_at IS NULL AND cm.district_id = $1`,
        [district.id],
      ),
    );
    const deadlines: (string | null)[] = [];
    let after: string | null = null;
    do {
      const page: ReachServicesQuery = await coordinator.ok(SERVICES, { sort: { field: "FOLLOW_UP_DUE_ON", direction: "ASC" }, after });
      deadlines.push(...page.services.edges.map((e) => e.node.followUpDueOn));
      after = page.services.pageInfo.hasNextPage ? page.services.pageInfo.endCursor : null;
    } while (after);
    const dated = deadlines.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated).toEqual([...dated].sort());
    expect(deadlines.slice(0, dated.length)).toEqual(dated);
    expect(deadlines.length).toBe(await sqlCount("SELECT count(*)::int AS n FROM service WHERE archived_at IS NULL", []));
  });

  it("narrows referrals and shelter stays by day", async () => {
    expect(
      await total(graphql(`query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }`), {
        filter: { referredOn: { from: "2025-01-01", to: "2026-06-30" } },
      }),
    ).toBe(
      await sqlCount(
        "SELECT count(*)::int AS n FROM referral WHERE archived_at IS NULL AND (referred_at AT TIME ZONE 'Asia/Dushanbe')::date BETWEEN $1 AND $2",
        ["2025-01-01", "2026-06-30"],
      ),
    );
    expect(
      await total(
        graphql(`query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }`),
        {
          filter: { admittedOn: { from: "2025-06-01" } },
        },
      ),
    ).toBe(await sqlCount("SELECT count(*)::int AS n FROM shelter_stay WHERE archived_at IS NULL AND admitted_on >= $1", ["2025-06-01"]));
  });
});

describe("list reads of personal data", () => {
  it("writes one event per request naming the women listed, and the admin sees who read them", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const listed = await coordinator.ok(
      graphql(`query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }`),
    );
    const ids = listed.beneficiaries.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toHaveLength(50);
    const events = await t.sql(
      "SELECT entity_type, entity_id, entity_ids, details FROM audit_event WHERE action = 'READ_LIST' AND actor_id = $1",
      [coordinator.userId],
    );
    expect(events).toEqual([{ entity_type: "Beneficiary", entity_id: null, entity_ids: ids, details: { count: 50 } }]);
    const LOG = graphql(
      `query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName entityIds } } } }`,
    );
    const log = await t.admin.ok(LOG, { filter: { actorId: coordinator.userId, action: "READ_LIST" } });
    expect(log.auditEvents.edges).toEqual([{ node: { action: "READ_LIST", actorName: "Test COORDINATOR", entityIds: ids } }]);
    // Who listed one of the women: found by her id among the records the event names.
    const ofHer = await t.admin.ok(LOG, { filter: { entityId: ids[17], action: "READ_LIST" } });
    expect(ofHer.auditEvents.edges).toContainEqual({ node: { action: "READ_LIST", actorName: "Test COORDINATOR", entityIds: ids } });
  });
});
