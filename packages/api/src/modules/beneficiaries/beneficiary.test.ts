import { graphql } from "../../../test/gql";
import type { BeneficiaryBeneficiariesQuery } from "../../../test/gql/graphql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const PAGE = graphql(`query BeneficiaryBeneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort) {
  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id code firstName lastName version } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`);
const CREATE = graphql(`mutation BeneficiaryCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) { beneficiary { id code firstName lastName phone version } userErrors { field message code } }
}`);
const UPDATE = graphql(`mutation BeneficiaryUpdateBeneficiary($input: UpdateBeneficiaryInput!) {
  updateBeneficiary(input: $input) { beneficiary { id firstName phone version } userErrors { field message code } }
}`);

let t: TestPlatform;
let coordinator: Client;
let communityId: string;
beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  const [community] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 1");
  communityId = community?.id as string;
});
afterAll(() => t?.stop());

async function allPages(c: Client, variables: Record<string, unknown>) {
  const seen: { code: string; lastName: string; id: string }[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: BeneficiaryBeneficiariesQuery = await c.ok(PAGE, { ...variables, after });
    seen.push(...data.beneficiaries.edges.map((e) => e.node));
    pages++;
    if (!data.beneficiaries.pageInfo.hasNextPage) return { seen, pages, total: data.beneficiaries.totalCount };
    after = data.beneficiaries.pageInfo.endCursor;
  }
}

describe("listing beneficiaries", () => {
  it("pages through every beneficiary once, in a stable order", async () => {
    const { seen, pages, total } = await allPages(coordinator, { first: 100 });
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM beneficiary WHERE archived_at IS NULL");
    expect(total).toBe(n);
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((b) => b.id)).size).toBe(n);
    expect(pages).toBe(Math.ceil(n / 100));
    const codesInOrder = seen.map((b) => b.code);
    expect(codesInOrder).toEqual([...codesInOrder].sort());
  });

  it("keeps ties in a stable order when sorting by a non-unique key", async () => {
    const variables = { first: 37, sort: { field: "LAST_NAME", direction: "DESC" } };
    const a = await allPages(coordinator, variables);
    const b = await allPages(coordinator, variables);
    expect(a.seen.map((x) => x.id)).toEqual(b.seen.map((x) => x.id));
    expect(new Set(a.seen.map((x) => x.id)).size).toBe(a.total);
    const names = a.seen.map((x) => x.lastName);
    expect(names).toEqual([...names].sort().reverse());
  });

  it("refuses pages over 100 and cursors it did not give out", async () => {
    const tooMany = await coordinator.gql(PAGE, { first: 101 });
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(tooMany.errors?.[0]?.message).toMatch(/between 0 and 100/);
    expect(codes(await coordinator.gql(PAGE, { first: -1 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await coordinator.gql(PAGE, { first: 5, after: "bm90IGEgY3Vyc29y" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("finds names whatever the Tajik or Russian spelling and case", async () => {
    const tajik = await coordinator.ok(PAGE, { first: 100, filter: { search: "Қумри" } });
    const russian = await coordinator.ok(PAGE, { first: 100, filter: { search: "КУМРИ" } });
    expect(tajik.beneficiaries.totalCount).toBeGreaterThan(0);
    expect(russian.beneficiaries.edges).toEqual(tajik.beneficiaries.edges);
    for (const e of tajik.beneficiaries.edges) expect(e.node.firstName).toBe("Қумри");
    const surname = await coordinator.ok(PAGE, { first: 1, filter: { search: "санчишова" } });
    expect(present(surname.beneficiaries.edges[0], "the match").node.lastName).toBe("Санҷишова");
    const literal = await coordinator.ok(PAGE, { first: 1, filter: { search: "%" } });
    expect(literal.beneficiaries.totalCount).toBe(0);
  });

  it("filters by district, community, programme and status as the database counts them", async () => {
    const [row] = await t.sql(`SELECT c.district_id, b.community_id, bp.program_id FROM beneficiary b
      JOIN community c ON c.id = b.community_id JOIN beneficiary_program bp ON bp.beneficiary_id = b.id LIMIT 1`);
    const cases: [Record<string, string>, string, unknown[]][] = [
      [{ districtId: row.district_id }, "b.community_id IN (SELECT id FROM community WHERE district_id = $1)", [row.district_id]],
      [{ communityId: row.community_id }, "b.community_id = $1", [row.community_id]],
      [
        { programId: row.program_id },
        "EXISTS (SELECT 1 FROM beneficiary_program p WHERE p.beneficiary_id = b.id AND p.program_id = $1)",
        [row.program_id],
      ],
      [{ status: "INACTIVE" }, "b.status = $1", ["INACTIVE"]],
    ];
    for (const [filter, where, params] of cases) {
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM beneficiary b WHERE archived_at IS NULL AND ${where}`, params);
      const data = await coordinator.ok(PAGE, { first: 1, filter });
      expect({ filter, count: data.beneficiaries.totalCount }).toEqual({ filter, count: n });
      expect(n).toBeGreaterThan(0);
    }
  });
});

describe("changing beneficiaries", () => {
  const unit = () => t.unitId("CRISIS");

  it("registers a woman under the next pseudonymous code", async () => {
    const r = await coordinator.ok(CREATE, {
      input: { firstName: "Тестина", lastName: "Намунаева", phone: "+992918123456", communityId, unitId: await unit() },
    });
    expect(r.createBeneficiary.userErrors).toEqual([]);
    expect(r.createBeneficiary.beneficiary?.code).toMatch(/^NK-20\d\d-00301$/);
    expect(r.createBeneficiary.beneficiary?.version).toBe(1);
  });

  it("refuses bad input with userErrors and writes nothing", async () => {
    const [{ n: before }] = await t.sql("SELECT count(*)::int AS n FROM beneficiary");
    const bad = await coordinator.ok(CREATE, {
      input: { firstName: "x".repeat(101), lastName: "Намунаева", phone: "0918123456", communityId, unitId: await unit() },
    });
    expect(bad.createBeneficiary.beneficiary).toBeNull();
    expect(bad.createBeneficiary.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "firstName"], code: "TOO_LONG" }),
        expect.objectContaining({ field: ["input", "phone"], message: expect.stringMatching(/\+992/) }),
      ]),
    );
    const missing = await coordinator.ok(CREATE, {
      input: { firstName: "Тестина", lastName: "Намунаева", communityId: "00000000-0000-4000-8000-000000000000", unitId: await unit() },
    });
    expect(missing.createBeneficiary.userErrors).toEqual([
      { field: ["input", "communityId"], message: "No such community.", code: "NOT_FOUND" },
    ]);
    const [{ n: after }] = await t.sql("SELECT count(*)::int AS n FROM beneficiary");
    expect(after).toBe(before);
    const unknownEnum = await coordinator.gql(CREATE, {
      input: { firstName: "A", lastName: "B", communityId, unitId: await unit(), status: "MARRIED" },
    });
    expect(codes(unknownEnum)).toEqual(["BAD_USER_INPUT"]);
  });

  it("updates with the version read, and refuses a stale version with CONFLICT, overwriting nothing", async () => {
    const created = await coordinator.ok(CREATE, {
      input: { firstName: "Версия", lastName: "Мисолова", communityId, unitId: await unit() },
    });
    const { id } = present(created.createBeneficiary.beneficiary, "the new beneficiary");
    const first = await coordinator.ok(UPDATE, { input: { id, version: 1, phone: "+992918000001" } });
    expect(first.updateBeneficiary.beneficiary).toMatchObject({ phone: "+992918000001", version: 2 });
    const stale = await coordinator.gql(UPDATE, { input: { id, version: 1, phone: "+992918000002", firstName: "Чужая" } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const [row] = await t.sql("SELECT first_name, version FROM beneficiary WHERE id = $1", [id]);
    expect(row).toEqual({ first_name: "Версия", version: 2 });
    const read = await coordinator.ok(graphql(`query BeneficiaryBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }`), { id });
    expect(read.beneficiary.phone).toBe("+992918000001");
    const found = await coordinator.ok(PAGE, { first: 5, filter: { search: "версия мисолова" } });
    expect(found.beneficiaries.totalCount).toBe(1);
  });

  it("archives and restores", async () => {
    const created = await coordinator.ok(CREATE, {
      input: { firstName: "Архив", lastName: "Намунова", communityId, unitId: await unit() },
    });
    const { id } = present(created.createBeneficiary.beneficiary, "the new beneficiary");
    const archived = await coordinator.ok(
      graphql(
        `mutation BeneficiaryArchiveBeneficiary($id: ID!) { archiveBeneficiary(input: { id: $id }) { beneficiary { archivedAt version } userErrors { code } } }`,
      ),
      { id },
    );
    expect(archived.archiveBeneficiary.beneficiary?.archivedAt).not.toBeNull();
    const search = { first: 5, filter: { search: "архив намунова" } };
    expect((await coordinator.ok(PAGE, search)).beneficiaries.totalCount).toBe(0);
    expect((await coordinator.ok(PAGE, { ...search, filter: { ...search.filter, archived: true } })).beneficiaries.totalCount).toBe(1);
    const restored = await coordinator.ok(
      graphql(`mutation BeneficiaryRestoreBeneficiary($id: ID!) { restoreBeneficiary(input: { id: $id }) { beneficiary { archivedAt } } }`),
      {
        id,
      },
    );
    expect(restored.restoreBeneficiary.beneficiary?.archivedAt).toBeNull();
    expect((await coordinator.ok(PAGE, search)).beneficiaries.totalCount).toBe(1);
  });
});

describe("case workers", () => {
  it("see only the beneficiaries of their units; others answer as missing", async () => {
    const worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    const crisis = await t.unitId("CRISIS");
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM beneficiary b WHERE archived_at IS NULL AND erased_at IS NULL AND (unit_id = $1
        OR EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id AND c.unit_id = $1)
        OR EXISTS (SELECT 1 FROM service s WHERE s.beneficiary_id = b.id AND s.unit_id = $1)
        OR EXISTS (SELECT 1 FROM shelter_stay st WHERE st.beneficiary_id = b.id AND st.unit_id = $1))`,
      [crisis],
    );
    const { seen, total } = await allPages(worker, { first: 100 });
    expect(total).toBe(n);
    const ids = seen.map((b) => b.id);
    const outside = await t.sql(
      `SELECT count(*)::int AS n FROM beneficiary b WHERE id = ANY($1) AND unit_id <> $2
        AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id AND c.unit_id = $2)
        AND NOT EXISTS (SELECT 1 FROM service s WHERE s.beneficiary_id = b.id AND s.unit_id = $2)`,
      [ids, crisis],
    );
    expect(outside[0].n).toBe(0);

    // A woman neither registered nor worked with by the Crisis Center.
    const [other] = await t.sql(
      `SELECT id FROM beneficiary b WHERE unit_id <> $1 AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id)
        AND NOT EXISTS (SELECT 1 FROM service s WHERE s.beneficiary_id = b.id) LIMIT 1`,
      [crisis],
    );
    const hidden = await worker.gql(graphql(`query BeneficiaryBeneficiary2($id: ID!) { beneficiary(id: $id) { code } }`), { id: other.id });
    const absent = await worker.gql(graphql(`query BeneficiaryBeneficiary3($id: ID!) { beneficiary(id: $id) { code } }`), {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(hidden.errors).toEqual(absent.errors);
    expect(failures(hidden)).toEqual(["NOT_FOUND"]);
    const update = await worker.gql(UPDATE, { input: { id: other.id, version: 1, phone: "+992918000009" } });
    expect(failures(update)).toEqual(["NOT_FOUND"]);

    const elsewhere = await worker.ok(CREATE, { input: { firstName: "А", lastName: "Б", communityId, unitId: await t.unitId("SHELTER") } });
    expect(elsewhere.createBeneficiary.userErrors[0]).toMatchObject({ field: ["input", "unitId"], code: "OUT_OF_REACH" });
  });
});

describe("audit", () => {
  it("writes exactly one READ event per beneficiary read, and change events without personal values", async () => {
    const [b] = await t.sql("SELECT id FROM beneficiary ORDER BY code LIMIT 1");
    const before = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'READ'", [b.id]);
    const read = await coordinator.ok(
      graphql(`query BeneficiaryBeneficiary4($id: ID!) { beneficiary(id: $id) { code firstName community { name } } }`),
      { id: b.id },
    );
    expect(read.beneficiary.code).toMatch(/^NK-/);
    const events = await t.sql("SELECT actor_type, actor_role, actor_id, ip FROM audit_event WHERE entity_id = $1 AND action = 'READ'", [
      b.id,
    ]);
    expect(events.length - before[0].n).toBe(1);
    expect(events.at(-1)).toMatchObject({
      actor_type: "USER",
      actor_role: "COORDINATOR",
      actor_id: expect.any(String),
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });

    const [{ version }] = await t.sql("SELECT version FROM beneficiary WHERE id = $1", [b.id]);
    await coordinator.ok(UPDATE, { input: { id: b.id, version, phone: "+992918777777" } });
    const [change] = await t.sql("SELECT details FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'", [b.id]);
    expect(change.details).toEqual({ fields: ["phone"] });
    expect(JSON.stringify(change.details)).not.toContain("777777");
  });

  it("cannot be changed or deleted, not even with SQL", async () => {
    await expect(t.sql("UPDATE audit_event SET action = 'X'")).rejects.toThrow(/append-only/);
    await expect(t.sql("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
  });

  it("answers a malformed id with BAD_USER_INPUT and no internals", async () => {
    const r = await coordinator.gql(graphql(`query BeneficiaryBeneficiary5 { beneficiary(id: "not-a-uuid") { code } }`));
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(r.errors)).not.toMatch(/invalid input syntax|SELECT|QueryFailedError|stacktrace/i);
  });
});

describe("batching", () => {
  it("costs the same number of SQL statements for 5 or 100 beneficiaries with their nested records", async () => {
    const query = graphql(`query BeneficiaryBeneficiaries2($first: Int!) { beneficiaries(first: $first) { edges { node { code unit { code }
      community { name district { name communities { name } } } programs { code indicators { code } } } } } }`);
    const statements = async (first: number) => {
      const response = await coordinator.post({ query, variables: { first } });
      expect(response.status).toBe(200);
      // biome-ignore lint/suspicious/noExplicitAny: a raw HTTP body, not yet typed
      const body = (await response.json()) as { errors?: unknown; data: any };
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return Number(response.headers.get("x-nk-sql-statements"));
    };
    const few = await statements(5);
    const many = await statements(100);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
