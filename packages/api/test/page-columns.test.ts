import { graphql } from "./gql";
import { type Client, startTestPlatform, type TestPlatform, type TypedDocument } from "./harness";

/**
 * A page reads only the columns of the node fields the request selects (core/graphql/columns.ts).
 * Whatever is asked, through fragments and aliases, each node answers exactly as the record read
 * by id (every column) answers; and a narrow page leaves the other columns unread.
 */

const WOMEN = graphql(`query PageColumnsWomen {
  beneficiaries(first: 40) { edges { node { ...PageColumnsWoman
    services(first: 3) { edges { node { ...PageColumnsService } } } } } }
}
fragment PageColumnsWoman on Beneficiary {
  id code firstName lastName patronymic birthYear phone status vulnerabilities registeredOn erasedAt
  version archivedAt createdAt updatedAt community { id } unit { id }
}
fragment PageColumnsService on Service {
  id kind subtype providedOn outcome followUpDueOn followUpDoneAt notes overdue version archivedAt createdAt updatedAt
  beneficiary { id } unit { id }
}`);
const WOMAN = graphql(`query PageColumnsWoman($id: ID!) { beneficiary(id: $id) { ...PageColumnsWoman } }`);
const SERVICES = graphql(`query PageColumnsServices {
  services(first: 60) { edges { node { ...PageColumnsService } } }
}`);
// A field resolver alone: the columns it reads come with it although no field of theirs is asked.
const OVERDUE = graphql(`query PageColumnsOverdue {
  services(first: 60) { edges { node { id overdue beneficiary { code } } } }
}`);
const SERVICE = graphql(`query PageColumnsOneService($id: ID!) { service(id: $id) { ...PageColumnsService } }`);
// The same node asked for twice under aliases, one of them through an inline fragment.
const ALIASED = graphql(`query PageColumnsAliased {
  a: beneficiaries(first: 5) { edges { node { id code } } }
  b: beneficiaries(first: 5) { edges { node { id ... on Beneficiary { phone createdAt } } } }
}`);
const NARROW = graphql(`query PageColumnsNarrow {
  beneficiaries(first: 5) { edges { node { id code firstName community { name } services(first: 2) { edges { node { kind } } } } } }
}`);

let t: TestPlatform;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
});
afterAll(() => t?.stop());

/** The SQL statements one request sends. */
async function statementsOf(send: () => Promise<unknown>): Promise<string[]> {
  const db = t.platform.services.db;
  const sent: string[] = [];
  const spy = jest.spyOn(db.logger, "logQuery").mockImplementation((sql) => {
    sent.push(sql);
  });
  try {
    await send();
  } finally {
    spy.mockRestore();
  }
  return sent;
}

describe("a page's nodes", () => {
  it("answer every field of a woman and of her services as reading each by id does", async () => {
    const page = await coordinator.ok(WOMEN);
    const women = page.beneficiaries.edges.map((e) => e.node);
    expect(women.length).toBeGreaterThan(10);
    // Decrypted text and timestamps are among what is compared.
    expect(women.filter((w) => w.phone !== null).length).toBeGreaterThan(0);
    for (const woman of women) {
      const { services, ...fields } = woman;
      const alone = await coordinator.ok(WOMAN, { id: woman.id });
      expect(fields).toEqual(alone.beneficiary);
      for (const { node } of services.edges) expect(node).toEqual((await coordinator.ok(SERVICE, { id: node.id })).service);
    }
    expect(women.flatMap((w) => w.services.edges).length).toBeGreaterThan(0);
  });

  it("answer every field of a service, overdue and notes included, as reading it by id does", async () => {
    const page = await coordinator.ok(SERVICES);
    const services = page.services.edges.map((e) => e.node);
    expect(services.length).toBeGreaterThan(10);
    expect(services.filter((s) => s.overdue).length).toBeGreaterThan(0);
    expect(services.filter((s) => s.followUpDueOn !== null && !s.overdue).length).toBeGreaterThan(0);
    for (const service of services) expect(service).toEqual((await coordinator.ok(SERVICE, { id: service.id })).service);
    const alone = (await coordinator.ok(OVERDUE)).services.edges.map((e) => e.node);
    expect(alone.map((s) => s.id)).toEqual(services.map((s) => s.id));
    expect(alone.map((s) => s.overdue)).toEqual(services.map((s) => s.overdue));
  });

  it("answer fields asked for under one alias and not the other", async () => {
    const { a, b } = await coordinator.ok(ALIASED);
    expect(a.edges.map((e) => e.node.id)).toEqual(b.edges.map((e) => e.node.id));
    for (const { node } of b.edges) {
      const alone = await coordinator.ok(WOMAN, { id: node.id });
      expect(node.phone).toBe(alone.beneficiary.phone);
      expect(node.createdAt).toBe(alone.beneficiary.createdAt);
    }
  });
});

describe("a narrow page", () => {
  /** The columns the one page statement over `table` (as `alias`) selects: its text up to FROM. */
  /** The select list of the one statement reading `table` (a nested page's sits in a LATERAL join). */
  const selectOf = (statements: string[], table: string, alias: string) => {
    const from = ` FROM "${table}" "${alias}" `;
    const found = statements.filter((s) => s.startsWith("SELECT") && s.includes(from));
    expect(found).toHaveLength(1);
    const statement = found[0] as string;
    const end = statement.indexOf(from);
    return statement.slice(statement.lastIndexOf("SELECT", end), end);
  };
  const send = (document: TypedDocument<unknown, never>) => () => coordinator.ok(document);

  it("reads the columns its fields need, not the timestamps, phone, notes or links no field follows", async () => {
    const statements = await statementsOf(send(NARROW));
    const women = selectOf(statements, "beneficiary", "b");
    // community { name } follows community_id; nothing asks for her unit.
    for (const column of ["id", "code", "first_name", "community_id"]) expect(women).toContain(`"b"."${column}"`);
    for (const column of ["phone", "created_at", "updated_at", "erased_at", "last_name", "unit_id"]) {
      expect(women).not.toContain(`"b"."${column}"`);
    }
    const services = selectOf(statements, "service", "s");
    for (const column of ["id", "kind"]) expect(services).toContain(`"s"."${column}"`);
    for (const column of ["notes", "created_at", "follow_up_done_at", "outcome", "case_id", "unit_id", "provider_id"]) {
      expect(services).not.toContain(`"s"."${column}"`);
    }
  });

  it("reads a column once a field asks for it", async () => {
    const statements = await statementsOf(send(WOMEN));
    const women = selectOf(statements, "beneficiary", "b");
    for (const column of ["phone", "created_at", "erased_at", "archived_at"]) expect(women).toContain(`"b"."${column}"`);
    expect(selectOf(statements, "service", "s")).toContain(`"s"."notes"`);
  });
});
