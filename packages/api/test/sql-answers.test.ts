import { type Client, startTestPlatform, type TestPlatform } from "./harness";

/**
 * A query made of declared pages, links and plain columns is answered by one SQL statement
 * (core/graphql/answer.ts). Each document below is sent by each kind of viewer twice, answered
 * so and through the resolvers (`NK_SQL_ANSWERS` off): the answers are the same text, errors
 * included, and so are the audit events each request writes.
 */

const Q1 = `query($community: ID!, $first: Int!) {
  beneficiaries(first: $first, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }
      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }
  }
}`;

/** Aliases, __typename, fragments, the same field twice, every pageInfo field and counts. */
const SHAPES = `query Shapes($community: ID!) {
  women: beneficiaries(first: 7, filter: { communityId: $community }) {
    __typename count: totalCount
    info: pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
    edges { __typename at: cursor node { ...Woman } }
    edges { node { status birthYear patronymic unit { code kind } } }
  }
  first: beneficiaries(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { node { id } } }
}
fragment Woman on Beneficiary {
  __typename code
  ... on Beneficiary { firstName }
  latest: services(first: 2, sort: { field: PROVIDED_ON, direction: ASC }) { totalCount edges { cursor node { id kind } } pageInfo { hasNextPage } }
  none: services(first: 3, filter: { kind: MEDICAL }) { totalCount edges { node { id } } }
  cases(first: 2) { totalCount pageInfo { endCursor } edges { node { id status openedAt unit { code } } } }
}`;

const SERVICES = `query($after: String) {
  services(first: 4, after: $after, filter: { kind: LEGAL }) {
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id kind subtype providedOn unit { code } beneficiary { code firstName } } }
  }
}`;

/** The admin's list of women (packages/admin): an input object variable, and fields left out by `@include`. */
const ADMIN_LIST = `query Beneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort, $personal: Boolean!) {
  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName
      lastName @include(if: $personal) patronymic @include(if: $personal) birthYear @include(if: $personal)
      status @include(if: $personal) registeredOn @include(if: $personal)
      community @include(if: $personal) { id name nameRu nameTg } ... on Beneficiary @skip(if: $personal) { __typename } } }
  }
}`;

/** Cases, their women and units, with moments (printed to the millisecond in UTC). */
const CASES = `query($first: Int!) {
  cases(first: $first, sort: { field: OPENED_AT, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status stage riskLevel openedAt closedAt updatedAt unit { code } beneficiary { code firstName updatedAt } } } }
}`;

/** The benchmark's Q4: a case load's figures (resolved) beside its list of cases (answered in one statement). */
const Q4 = `query Q4($first: Int!) {
  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }
  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt
    beneficiary { code firstName lastName services(first: 3) { totalCount edges { node { kind providedOn } } } } } } }
  __typename
}`;

/** Not answered by one statement (a decrypted phone, a date-time): the resolvers answer it, the same way. */
const OTHERS = `query($community: ID!) {
  beneficiaries(first: 3, filter: { communityId: $community }) { edges { node { code phone } } }
}`;

let t: TestPlatform;
let viewers: [string, Client][];
let communityId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  const [community] = await t.sql<{ id: string }>(
    "SELECT community_id AS id FROM beneficiary GROUP BY community_id ORDER BY count(*) DESC, community_id LIMIT 1",
  );
  communityId = community?.id as string;
  const crisis = await t.unitId("CRISIS");
  // Women registered on the same day (ties broken by id), with and without services, and names that need escaping in JSON.
  await t.sql(
    `INSERT INTO beneficiary (code, first_name, last_name, community_id, unit_id, registered_on, search_text, search_text_minimal)
     SELECT 'SQ-' || g, 'Зарина "' || g || '"', E'Ка\\\\рим\\tова', $1, $2, current_date - (g / 3), 'sq', 'sq' FROM generate_series(1, 12) g`,
    [communityId, crisis],
  );
  await t.sql(
    `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
     SELECT b.id, $1, 'LEGAL', 'ALIMONY', current_date - k, 'PROVIDED'
       FROM beneficiary b CROSS JOIN generate_series(1, 4) k WHERE b.code LIKE 'SQ-%' AND b.code <> 'SQ-5'`,
    [crisis],
  );
  // And a few of another unit's, which only that unit's case workers (and the coordinators) reach.
  const resource = await t.unitId("RESOURCE");
  await t.sql(
    `INSERT INTO beneficiary (code, first_name, last_name, community_id, unit_id, registered_on, search_text, search_text_minimal)
     SELECT 'SR-' || g, 'Малика', 'Саидова', $1, $2, current_date - g, 'sr', 'sr' FROM generate_series(1, 3) g`,
    [communityId, resource],
  );
  await t.sql(
    `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
     SELECT b.id, $1, 'LEGAL', 'DIVORCE', current_date - 1, 'PROVIDED' FROM beneficiary b WHERE b.code LIKE 'SR-%'`,
    [resource],
  );
  // Open cases of the crisis centre's case worker, for her case load.
  const crisisWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  await t.sql(
    `INSERT INTO "case" (beneficiary_id, unit_id, case_worker_id, status, stage, risk_level, opened_at)
     SELECT id, $1, $2, 'OPEN', 'NEW', 'HIGH', now() - (random() * interval '30 days') FROM beneficiary WHERE code LIKE 'SQ-%'`,
    [crisis, crisisWorker.userId],
  );
  viewers = [
    ["admin", t.admin],
    ["coordinator", await t.signedIn("COORDINATOR")],
    ["case worker of the crisis centre", crisisWorker],
    ["case worker of another unit", await t.signedIn("CASE_WORKER", ["RESOURCE"])],
    ["trainer", await t.signedIn("TRAINER")],
    ["analyst", await t.signedIn("ANALYST")],
    ["anonymous", t.anonymous()],
  ];
});
afterAll(() => t?.stop());

type Sent = { body: string; statements: number; audited: string[] };

/** Sends `query`, answered in one statement or not, with the audit events it wrote. */
async function send(client: Client, query: string, variables: Record<string, unknown>, sqlAnswers: boolean): Promise<Sent> {
  t.config.sqlAnswers = sqlAnswers;
  const [before] = await t.sql<{ id: string | null }>("SELECT max(id)::text AS id FROM audit_event");
  const response = await client.post({ query, variables });
  // The answer as sent, less its extensions (the rate budget left changes with every request).
  const { data, errors } = JSON.parse(await response.text()) as { data?: unknown; errors?: unknown };
  const body = JSON.stringify({ data, errors });
  const events = await t.sql<{ event: string }>(
    `SELECT concat_ws(' ', action, entity_type, entity_id, entity_ids::text, details::text) AS event
       FROM audit_event WHERE id > COALESCE($1::bigint, 0) ORDER BY id`,
    [before?.id ?? null],
  );
  // The events of one request, whatever order its lists finished in.
  return { body, statements: Number(response.headers.get("x-nk-sql-statements")), audited: events.map((e) => e.event).sort() };
}

async function both(client: Client, query: string, variables: Record<string, unknown>) {
  const inOne = await send(client, query, variables, true);
  const resolved = await send(client, query, variables, false);
  t.config.sqlAnswers = true;
  return { inOne, resolved };
}

/** The viewers who may read the whole of a case's document: theirs is answered in one statement. */
const CASE_WORK = ["admin", "coordinator", "case worker of the crisis centre", "case worker of another unit"];

describe("answers in one statement are the resolvers' answers", () => {
  const cases: [string, string, () => Record<string, unknown>, string[]][] = [
    ["Q1 (50 women, her community, district and last 5 services)", Q1, () => ({ community: communityId, first: 50 }), CASE_WORK],
    ["a page of 5 of Q1", Q1, () => ({ community: communityId, first: 5 }), CASE_WORK],
    // The trainer may not read services: her second page alone is answered, the first is the resolvers'.
    [
      "aliases, fragments, __typename, counts and every pageInfo field",
      SHAPES,
      () => ({ community: communityId }),
      [...CASE_WORK, "trainer"],
    ],
    ["services of a kind", SERVICES, () => ({ after: null }), CASE_WORK],
    ["cases, their women, units and moments", CASES, () => ({ first: 30 }), CASE_WORK],
    // Only she has cases of her own: the others' pages are empty, which costs the resolvers no more.
    ["a case load's figures beside its cases (Q4)", Q4, () => ({ first: 50 }), ["case worker of the crisis centre"]],
    ["fields the resolvers answer", OTHERS, () => ({ community: communityId }), []],
    [
      "the admin's list of women, her personal fields included",
      ADMIN_LIST,
      () => ({ first: 20, filter: { communityId }, sort: { field: "REGISTERED_ON", direction: "DESC" }, personal: true }),
      CASE_WORK,
    ],
    ["the admin's list of women, her code and first name", ADMIN_LIST, () => ({ first: 20, personal: false }), [...CASE_WORK, "trainer"]],
  ];

  it.each(cases)("%s", async (_name, query, variables, answered) => {
    for (const [viewer, client] of viewers) {
      const { inOne, resolved } = await both(client, query, variables());
      expect([viewer, inOne.body]).toEqual([viewer, resolved.body]);
      expect([viewer, inOne.audited]).toEqual([viewer, resolved.audited]);
      // Answered in one statement: the session, the answer and the audit, fewer than the resolvers' one per level.
      const fewer = inOne.statements < resolved.statements;
      expect([viewer, fewer]).toEqual([viewer, answered.includes(viewer)]);
    }
  });

  it("answers the next page after a cursor it gave out, the same as the resolvers", async () => {
    const { inOne } = await both(t.admin, SERVICES, { after: null });
    const cursor = (JSON.parse(inOne.body) as { data: { services: { pageInfo: { endCursor: string } } } }).data.services.pageInfo.endCursor;
    const next = await both(t.admin, SERVICES, { after: cursor });
    expect(next.inOne.body).toBe(next.resolved.body);
    expect(next.inOne.body).toContain('"hasPreviousPage":true');
    const again = await both(t.admin, Q1, { community: communityId, first: 3 });
    const women = JSON.parse(again.inOne.body) as { data: { beneficiaries: { pageInfo: { endCursor: string } } } };
    const after = `query($after: String) { beneficiaries(first: 3, after: $after, filter: { communityId: "${communityId}" }, sort: { field: REGISTERED_ON, direction: DESC }) { edges { cursor node { code lastName } } } }`;
    const page2 = await both(t.admin, after, { after: women.data.beneficiaries.pageInfo.endCursor });
    expect(page2.inOne.body).toBe(page2.resolved.body);
    expect(JSON.parse(page2.inOne.body).data.beneficiaries.edges).toHaveLength(3);
  });

  it("costs the session, one statement and the audit, where the resolvers cost one more per list level and link", async () => {
    const { inOne, resolved } = await both(t.admin, Q1, { community: communityId, first: 50 });
    expect(inOne.statements).toBe(3);
    expect(resolved.statements).toBe(5);
    // What the trainer may not read is refused by the resolvers, in both.
    const trainer = viewers.find(([v]) => v === "trainer")?.[1] as Client;
    const refused = await both(trainer, Q1, { community: communityId, first: 5 });
    expect(refused.inOne.body).toContain("FORBIDDEN");
    expect(refused.inOne.statements).toBe(refused.resolved.statements);
  });

  it("leaves refusals, bad cursors and out-of-bounds pages to the resolvers, with their errors and audit", async () => {
    const analyst = viewers.find(([v]) => v === "analyst")?.[1] as Client;
    const trainer = viewers.find(([v]) => v === "trainer")?.[1] as Client;
    const sent: [Client, string, Record<string, unknown>][] = [
      [t.admin, SERVICES, { after: "not-a-cursor" }],
      [t.admin, Q1, { community: communityId, first: 101 }],
      [t.admin, Q1, { community: communityId, first: -1 }],
      // A trainer may not sort by last name, nor filter by unit: refused and audited once.
      [trainer, "{ beneficiaries(first: 2, sort: { field: LAST_NAME }) { edges { node { code } } } }", {}],
      [trainer, `{ beneficiaries(first: 2, filter: { unitId: "${communityId}" }) { edges { node { code } } } }`, {}],
      [analyst, Q1, { community: communityId, first: 2 }],
      [t.admin, `{ beneficiaries(first: 2, filter: { search: "a\u0000b" }) { edges { node { code } } } }`, {}],
      // A statement PostgreSQL refuses (not an id where one is compared): the resolvers' error, logged by name.
      [t.admin, `{ beneficiaries(first: 2, filter: { communityId: "not-an-id" }) { edges { node { code } } } }`, {}],
      // A root field refused beside one answered: the refusal is the resolvers', the page is answered.
      [
        viewers[1]?.[1] as Client,
        "{ beneficiaries(first: 2) { edges { node { code } } } apiKeys(first: 1) { edges { node { id } } } }",
        {},
      ],
    ];
    for (const [client, query, variables] of sent) {
      const { inOne, resolved } = await both(client, query, variables);
      expect(inOne.body).toBe(resolved.body);
      expect(inOne.body).toContain('"errors"');
      expect(inOne.audited).toEqual(resolved.audited);
    }
  });
});
