import { graphql } from "./gql";
import { type Client, startTestPlatform, type TestPlatform, type TypedDocument } from "./harness";
import { scansOfRequest } from "./plan";

/**
 * What a page costs the database: the number of SQL statements is fixed by the query's shape (one
 * per list level, plus authentication), never by the rows; and every statement of the main
 * pages is served by an index, never a sequential scan of `beneficiary` or `service`.
 */

// Q1 of the benchmark (bench/run.ts): a community's women, newest first, each with her last 5 services.
const Q1 = graphql(`query PageCostBeneficiaries($community: ID!, $first: Int!) {
  beneficiaries(first: $first, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }
      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }
  }
}`);
// Q4: a case worker's case load.
const Q4 = graphql(`query PageCostCaseload($first: Int!) {
  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }
  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt
    beneficiary { code firstName lastName services(first: 3) { totalCount edges { node { kind providedOn } } } } } } } }`);

const WOMEN = 60;
/** Women (each with a case and two services) that no page below reads. */
const BULK = 1500;
/** The most rows a page below may read from one table: its rows and the one after, 6 services for each of 50 women, counts of 60. */
const PAGE_READ = 400;

let t: TestPlatform;
let coordinator: Client;
let caseWorker: Client & { userId: string };
let communityId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  caseWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
  communityId = community?.id as string;
  const crisis = await t.unitId("CRISIS");
  // Sixty women newer than every demo record, six services each, each with an open case of hers.
  await t.sql(
    `INSERT INTO beneficiary (code, first_name, last_name, community_id, unit_id, registered_on, search_text, search_text_minimal)
     SELECT 'PC-' || g, 'Зарина', 'Каримова', $1, $2, current_date, 'pc-' || g || ' зарина каримова', 'pc-' || g || ' зарина'
       FROM generate_series(1, ${WOMEN}) g`,
    [communityId, crisis],
  );
  await t.sql(
    `INSERT INTO "case" (beneficiary_id, unit_id, case_worker_id, status, stage, risk_level, opened_at)
     SELECT id, $1, $2, 'OPEN', 'NEW', 'HIGH', now() FROM beneficiary WHERE code LIKE 'PC-%'`,
    [crisis, caseWorker.userId],
  );
  await t.sql(
    `INSERT INTO service (beneficiary_id, case_id, unit_id, kind, subtype, provided_on, outcome)
     SELECT c.beneficiary_id, c.id, $1, 'LEGAL', 'ALIMONY', current_date - k, 'PROVIDED'
       FROM "case" c CROSS JOIN generate_series(1, 6) k WHERE c.case_worker_id = $2`,
    [crisis, caseWorker.userId],
  );
  // Others, so that reading a table whole reads far more rows than any page.
  const [other] = await t.sql<{ id: string }>("SELECT id FROM community WHERE id <> $1 ORDER BY name LIMIT 1", [communityId]);
  await t.sql(
    `INSERT INTO beneficiary (code, first_name, last_name, community_id, unit_id, registered_on, search_text, search_text_minimal)
     SELECT 'PO-' || g, 'Малика', 'Саидова', $1, $2, current_date - g, 'po-' || g || ' малика саидова', 'po-' || g || ' малика'
       FROM generate_series(1, ${BULK}) g`,
    [other?.id, crisis],
  );
  await t.sql(
    `INSERT INTO "case" (beneficiary_id, unit_id, status, stage, risk_level, opened_at)
     SELECT id, $1, 'CLOSED', 'CLOSED', 'LOW', now() - interval '400 days' FROM beneficiary WHERE code LIKE 'PO-%'`,
    [crisis],
  );
  await t.sql(
    `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
     SELECT id, $1, 'LEGAL', 'ALIMONY', current_date - 400, 'PROVIDED' FROM beneficiary CROSS JOIN generate_series(1, 2) WHERE code LIKE 'PO-%'`,
    [crisis],
  );
  // Each case's oldest service has a follow-up overdue by a week.
  await t.sql(
    `UPDATE service SET follow_up_due_on = current_date - 7
      WHERE provided_on = current_date - 6 AND case_id IN (SELECT id FROM "case" WHERE case_worker_id = $1)`,
    [caseWorker.userId],
  );
  await t.sql("ANALYZE");
});
afterAll(() => t?.stop());

/** The shape of the answers these tests read. */
type Page<N> = { edges: { node: N }[] };
type Woman = { id: string; code: string; services: Page<{ id: string }> & { totalCount?: number } };
type Answer = { beneficiaries: Page<Woman>; cases: Page<unknown> };

/** Sends `query` and answers how many SQL statements it cost, after checking the page is full. */
async function statements(
  client: Client,
  query: TypedDocument<unknown, never>,
  variables: Record<string, unknown>,
  rows: (data: Answer) => unknown[],
) {
  const response = await client.post({ query: query.toString(), variables });
  const body = (await response.json()) as { errors?: unknown; data: Answer };
  expect(body.errors).toBeUndefined();
  expect(rows(body.data)).toHaveLength(variables.first as number);
  return Number(response.headers.get("x-nk-sql-statements"));
}

describe("statements per request", () => {
  it("Q1 costs the same for 5 women as for 50, each with her last 5 services", async () => {
    const q1 = (first: number) =>
      statements(coordinator, Q1, { community: communityId, first }, (d) =>
        d.beneficiaries.edges.filter((e) => e.node.services.edges.length === 5),
      );
    // Answered in one statement (core/graphql/answer.ts): the session, the answer, the read audit.
    expect(await q1(5)).toBe(3);
    expect(await q1(50)).toBe(3);
    // Through the resolvers: the session, the page, the communities with their districts, the services, the read audit.
    t.config.sqlAnswers = false;
    try {
      expect(await q1(5)).toBe(5);
      expect(await q1(50)).toBe(5);
    } finally {
      t.config.sqlAnswers = true;
    }
  });

  it("Q4 costs the same for 5 cases as for 50, each with her woman and her latest services", async () => {
    const q4 = (first: number) => statements(caseWorker, Q4, { first }, (d) => d.cases.edges);
    const few = await q4(5);
    expect(few).toBeGreaterThan(0);
    expect(await q4(50)).toBe(few);
  });

  it("counts a nested list only when totalCount is read, once for the whole page", async () => {
    // The same page with and without totalCount: the one selection that differs is spliced in.
    const page = (count: boolean) =>
      `query($community: ID!) { beneficiaries(first: 20, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) { edges { node { code
        services(first: 2) { ${count ? "totalCount" : ""} edges { node { id } } } } } } }`;
    const send = async (count: boolean) => {
      const response = await coordinator.post({ query: page(count), variables: { community: communityId } });
      const body = (await response.json()) as { data: Answer };
      return { statements: Number(response.headers.get("x-nk-sql-statements")), edges: body.data.beneficiaries.edges };
    };
    // Answered in one statement, the counts are in it; through the resolvers, one more for the page.
    for (const [sqlAnswers, more] of [
      [true, 0],
      [false, 1],
    ] as const) {
      t.config.sqlAnswers = sqlAnswers;
      try {
        const without = await send(false);
        const withCount = await send(true);
        expect(withCount.statements).toBe(without.statements + more);
        const mine = withCount.edges.filter((e) => e.node.code.startsWith("PC-"));
        expect(mine.length).toBeGreaterThan(0);
        for (const e of mine) expect(e.node.services.totalCount).toBe(6);
      } finally {
        t.config.sqlAnswers = true;
      }
    }
  });

  it("reads a community's district in the community's statement, the same record as read alone", async () => {
    const [row] = await t.sql<{ id: string; district_id: string }>("SELECT id, district_id FROM community WHERE id = $1", [communityId]);
    const FIELDS = "id name nameRu nameTg region province";
    const ask = async (query: string) => {
      const response = await coordinator.post({ query, variables: { id: row?.id, district: row?.district_id } });
      const body = (await response.json()) as { errors?: unknown; data: Record<string, { district?: unknown } & Record<string, unknown>> };
      expect(body.errors).toBeUndefined();
      return { statements: Number(response.headers.get("x-nk-sql-statements")), data: body.data };
    };
    const alone = await ask(`query($district: ID!) { district(id: $district) { ${FIELDS} } }`);
    const bare = await ask("query($id: ID!) { community(id: $id) { name } }");
    const withDistrict = await ask(`query($id: ID!) { community(id: $id) { name district { ${FIELDS} } } }`);
    expect(withDistrict.data.community?.district).toEqual(alone.data.district);
    expect(alone.data.district).toMatchObject({ id: row?.district_id, region: expect.any(String), province: expect.any(String) });
    expect(withDistrict.statements).toBe(bare.statements);
  });

  it("writes the reads of one request in one statement, naming every record read", async () => {
    const before = await t.sql<{ id: string }>("SELECT max(id) AS id FROM audit_event");
    const response = await coordinator.post({ query: Q1, variables: { community: communityId, first: 10 } });
    const body = (await response.json()) as { data: Answer };
    const services = body.data.beneficiaries.edges.flatMap((e) => e.node.services.edges.map((s) => s.node.id));
    const events = await t.sql<{ action: string; entity_type: string; entity_ids: string[]; details: { count: number }; at: string }>(
      "SELECT action, entity_type, entity_ids, details, at::text FROM audit_event WHERE id > $1 AND actor_role = 'COORDINATOR' ORDER BY id",
      [before[0]?.id],
    );
    // Two events, not one per record: the services read and the women listed, each naming its records.
    expect(events.map((e) => [e.action, e.entity_type]).sort()).toEqual([
      ["READ", "Service"],
      ["READ_LIST", "Beneficiary"],
    ]);
    const read = events.find((e) => e.action === "READ");
    expect(services.length).toBeGreaterThan(10);
    expect([...(read?.entity_ids ?? [])].sort()).toEqual([...services].sort());
    expect(read?.details).toEqual({ count: services.length });
    const list = events.find((e) => e.action === "READ_LIST");
    expect([...(list?.entity_ids ?? [])].sort()).toEqual(body.data.beneficiaries.edges.map((e) => e.node.id).sort());
    // One INSERT: every event of the request carries the same transaction time.
    expect(new Set(events.map((e) => e.at)).size).toBe(1);
  });
});

/** The tables that grow with the years: a page must never read them whole. */
const LARGE = ["beneficiary", "service", "case"];

describe("indexes", () => {
  const PAGES: [string, () => Client, TypedDocument<unknown, never>, Record<string, unknown>][] = [
    ["Q1: a community's women, newest first, with their last services", () => coordinator, Q1, { first: 50 }],
    [
      "beneficiaries in their default order",
      () => coordinator,
      graphql(`query PageCostBeneficiaries2 { beneficiaries(first: 50) { edges { node { code } } } }`),
      {},
    ],
    [
      "services, latest first",
      () => coordinator,
      graphql(`query PageCostServices { services(first: 50) { edges { node { providedOn } } } }`),
      {},
    ],
    [
      "services of a month",
      () => coordinator,
      graphql(
        `query PageCostServices2 { services(first: 50, filter: { providedOn: { from: "2026-01-01", to: "2026-01-31" } }) { edges { node { id } } } }`,
      ),
      {},
    ],
    ["cases, latest first", () => coordinator, graphql(`query PageCostCases { cases(first: 50) { edges { node { openedAt } } } }`), {}],
    ["Q4: a case worker's case load", () => caseWorker, Q4, { first: 50 }],
    [
      "Q2: the dashboard for whole months (figures from their rollups)",
      () => coordinator,
      graphql(`query PageCostDashboard { dashboard(scope: { from: "2026-01-01", to: "2026-03-31" }) {
        womenSupported { total { value } } openCasesByRisk { total { value } } overdueFollowUps { value }
        trainings { completed { value } } shelter { bedsTaken { value } } campaignReach { total } } }`),
      {},
    ],
  ];

  it.each(PAGES)(
    "%s: reads no table of women, services or cases whole (an index serves its filter and order)",
    async (_name, client, query, variables) => {
      let body: { errors?: unknown } = {};
      const plans = await scansOfRequest(t, async () => {
        body = (await (await client().post({ query, variables: { community: communityId, ...variables } })).json()) as { errors?: unknown };
      });
      expect(body.errors).toBeUndefined();
      expect(plans.length).toBeGreaterThan(0);
      for (const { sql, scans } of plans) {
        const whole = scans.filter((scan) => LARGE.includes(scan.relation) && (scan.node === "Seq Scan" || scan.rows > PAGE_READ));
        expect({ sql, whole }).toEqual({ sql, whole: [] });
      }
    },
  );
});

describe("a case worker's counts", () => {
  it("Q4's counts (open cases by risk, overdue follow-ups, closings awaited) are read from an index alone, no row of a case or a service", async () => {
    let body: { data?: { caseload: { overdueFollowUps: number; myOpenCasesByRisk: { key: string; count: number }[] } } } = {};
    const plans = await scansOfRequest(
      t,
      async () => {
        body = (await (await caseWorker.post({ query: Q4, variables: { first: 50 } })).json()) as typeof body;
      },
      { bitmapScans: false },
    );
    // Hers and the demo's in her unit.
    const [overdue] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM service WHERE unit_id = $1 AND archived_at IS NULL AND follow_up_done_at IS NULL AND follow_up_due_on < current_date`,
      [await t.unitId("CRISIS")],
    );
    expect(overdue?.n).toBeGreaterThanOrEqual(WOMEN);
    expect(body.data?.caseload.overdueFollowUps).toBe(overdue?.n);
    expect(body.data?.caseload.myOpenCasesByRisk).toEqual([{ key: "HIGH", count: WOMEN }]);
    // The case load's own counts (the nested totalCount of her services is counted in the answer's statement).
    const counts = plans.filter(({ sql }) => /\bcount\(/i.test(sql) && !sql.includes("parent_id") && !sql.includes("json_agg"));
    expect(counts).toHaveLength(3);
    for (const { sql, scans } of counts) {
      const read = scans.filter((scan) => LARGE.includes(scan.relation)).map((scan) => scan.node);
      expect({ sql, read }).toEqual({ sql, read: ["Index Only Scan"] });
    }
  });
});
