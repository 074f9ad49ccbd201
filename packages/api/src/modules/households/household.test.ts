import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform, type TypedDocument } from "../../../test/harness";

const CREATE = graphql(`mutation HouseholdCreate($input: CreateHouseholdInput!) { createHousehold(input: $input) {
  household { id code version childrenCount size community { id } head { id }
    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }`);
const UPDATE = graphql(`mutation HouseholdUpdate($input: UpdateHouseholdInput!) { updateHousehold(input: $input) {
  household { id code version childrenCount size community { id } head { id }
    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }`);
const ADD = graphql(`mutation HouseholdAddMember($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) {
  household { id code version childrenCount size community { id } head { id }
    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }`);
const REMOVE = graphql(`mutation HouseholdRemoveMember($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) {
  household { id code version childrenCount size community { id } head { id }
    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }`);
const SET_HEAD = graphql(`mutation HouseholdSetHead($input: SetHouseholdHeadInput!) { setHouseholdHead(input: $input) {
  household { id code version childrenCount size community { id } head { id }
    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }`);
const READ =
  graphql(`query HouseholdHousehold($id: ID!) { household(id: $id) { id code version childrenCount size community { id } head { id }
  members { relationToHead joinedOn leftOn beneficiary { id } } } }`);
const HER_HOUSEHOLD = graphql(`query HouseholdBeneficiary($id: ID!) { beneficiary(id: $id) { id household { id code size } } }`);
const REGISTER = graphql(
  `mutation HouseholdCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }`,
);
const ERASE = graphql(
  `mutation HouseholdEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { code } } }`,
);

interface Member {
  relationToHead: string;
  leftOn: string | null;
  beneficiary: { id: string };
}
interface Household {
  id: string;
  code: string;
  version: number;
  childrenCount: number;
  size: number;
  head: { id: string } | null;
  members: Member[];
}

let t: TestPlatform;
let worker: Client;
let communityId: string;
let otherCommunityId: string;
let crisis: string;
let shelter: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  const [a, b] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 2");
  communityId = a?.id as string;
  otherCommunityId = b?.id as string;
  crisis = await t.unitId("CRISIS");
  shelter = await t.unitId("SHELTER");
});
afterAll(() => t?.stop());

let n = 0;
async function register(unitId = crisis, community = communityId): Promise<string> {
  const r = await t.admin.ok(REGISTER, { input: { firstName: `Хонавода${++n}`, lastName: "Намунаева", communityId: community, unitId } });
  return present(r.createBeneficiary.beneficiary, "beneficiary").id;
}

async function run(client: Client, document: TypedDocument<object, never>, input: Record<string, unknown>) {
  const r = await client.gql(document, { input });
  const [result] = Object.values(r.data ?? {}) as { household: Household | null; userErrors: { field: string[]; code: string }[] }[];
  return { errors: failures(r), household: result?.household ?? null, userErrors: result?.userErrors ?? [] };
}

const current = (h: Household | null) =>
  (h?.members ?? []).filter((m) => m.leftOn === null).map((m) => [m.beneficiary.id, m.relationToHead]);

describe("the demo households", () => {
  it("put about a third of the demo women in households of two or three, some headed by a man not registered", async () => {
    const [row] = await t.sql(`SELECT count(*)::int AS households, count(head_id)::int AS headed,
        (SELECT count(*)::int FROM household_member) AS members FROM household WHERE code LIKE 'HH-202%'`);
    expect(row.households).toBeGreaterThan(30);
    expect(row.headed).toBeLessThan(row.households);
    expect(row.members / row.households).toBeGreaterThanOrEqual(2);
    expect(row.members / row.households).toBeLessThanOrEqual(3);
  });
});

describe("a household", () => {
  it("is made around a woman, grows with members of her community, and counts its children", async () => {
    const [gulnora, malika] = [await register(), await register()];
    const made = await run(worker, CREATE, { beneficiaryId: gulnora, relationToHead: "HEAD", childrenCount: 3 });
    expect(made.errors).toEqual([]);
    const h = made.household as Household;
    expect(h).toMatchObject({ code: expect.stringMatching(/^HH-\d{4}-\d{5}$/), size: 4, childrenCount: 3, head: { id: gulnora } });

    const added = await run(worker, ADD, {
      householdId: h.id,
      version: h.version,
      beneficiaryId: malika,
      relationToHead: "DAUGHTER_IN_LAW",
    });
    expect(added.errors).toEqual([]);
    expect(added.household).toMatchObject({ size: 5, version: h.version + 1 });
    expect(current(added.household)).toEqual([
      [gulnora, "HEAD"],
      [malika, "DAUGHTER_IN_LAW"],
    ]);
    const hers = await worker.ok(HER_HOUSEHOLD, { id: malika });
    expect(hers.beneficiary.household).toEqual({ id: h.id, code: h.code, size: 5 });

    const fewer = await run(worker, UPDATE, { id: h.id, version: h.version + 1, childrenCount: 1 });
    expect(fewer.household).toMatchObject({ size: 3, childrenCount: 1 });
  });

  it("changes its head, and a head who leaves leaves it without one; she stays a former member", async () => {
    const [head, wife] = [await register(), await register()];
    let h = (await run(worker, CREATE, { beneficiaryId: head, relationToHead: "HEAD" })).household as Household;
    h = (await run(worker, ADD, { householdId: h.id, version: h.version, beneficiaryId: wife, relationToHead: "DAUGHTER" }))
      .household as Household;

    const headed = await run(worker, SET_HEAD, {
      householdId: h.id,
      version: h.version,
      beneficiaryId: wife,
      formerHeadRelation: "MOTHER",
    });
    expect(headed.errors).toEqual([]);
    expect(headed.household?.head).toEqual({ id: wife });
    expect(current(headed.household)).toEqual([
      [head, "MOTHER"],
      [wife, "HEAD"],
    ]);
    h = headed.household as Household;

    const left = await run(worker, REMOVE, { householdId: h.id, version: h.version, beneficiaryId: wife });
    expect(left.errors).toEqual([]);
    expect(left.household).toMatchObject({ head: null, size: 1 });
    expect(left.household?.members.map((m) => [m.beneficiary.id, m.leftOn === null])).toEqual([
      [head, true],
      [wife, false],
    ]);
    expect((await worker.ok(HER_HOUSEHOLD, { id: wife })).beneficiary.household).toBeNull();

    const none = await run(worker, SET_HEAD, { householdId: h.id, version: h.version + 1, beneficiaryId: wife });
    expect(none.userErrors).toEqual([{ field: ["input", "beneficiaryId"], code: "NOT_MEMBER", params: { of: "HOUSEHOLD", day: null } }]);
  });

  it("refuses a woman of another community, one living elsewhere, a stale version and a day in the future, changing nothing", async () => {
    const [first, stranger, elsewhere] = [await register(), await register(crisis, otherCommunityId), await register()];
    const h = (await run(worker, CREATE, { beneficiaryId: first, relationToHead: "WIFE" })).household as Household;
    expect(h.head).toBeNull();
    await run(worker, CREATE, { beneficiaryId: elsewhere, relationToHead: "HEAD" });
    const add = (beneficiaryId: string, extra: Record<string, unknown> = {}) =>
      run(worker, ADD, { householdId: h.id, version: h.version, beneficiaryId, relationToHead: "SISTER", ...extra });

    expect((await add(stranger)).userErrors).toEqual([
      { field: ["input", "beneficiaryId"], code: "MISMATCH", params: { field: "communityId" } },
    ]);
    expect((await add(elsewhere)).errors).toEqual(["DUPLICATE"]);
    expect((await add(first)).errors).toEqual(["DUPLICATE"]);
    expect((await add(elsewhere, { version: h.version + 7 })).errors).toEqual(["CONFLICT"]);
    expect((await add(stranger, { joinedOn: "2099-01-01" })).errors).toEqual(["IN_FUTURE"]);
    expect((await run(worker, CREATE, { beneficiaryId: elsewhere, relationToHead: "HEAD" })).errors).toEqual(["DUPLICATE"]);

    expect(await worker.ok(READ, { id: h.id })).toEqual({ household: h });
  });
});

describe("who reaches a household", () => {
  let id: string;
  let crisisWoman: string;
  let shelterWoman: string;
  beforeAll(async () => {
    crisisWoman = await register(crisis);
    shelterWoman = await register(shelter);
    const h = (await run(t.admin, CREATE, { beneficiaryId: shelterWoman, relationToHead: "HEAD", childrenCount: 2 }))
      .household as Household;
    await run(t.admin, ADD, { householdId: h.id, version: h.version, beneficiaryId: crisisWoman, relationToHead: "DAUGHTER_IN_LAW" });
    id = h.id;
  });

  it("a case worker reaches it through a woman of her units, and sees only the members she reaches", async () => {
    const seen = (await worker.ok(READ, { id })).household as Household;
    expect(seen.members.map((m) => m.beneficiary.id)).toEqual([crisisWoman]);
    expect(seen).toMatchObject({ head: null, size: 4 });
    const [event] = await t.sql(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND entity_type = 'Household' AND entity_id = $1",
      [id],
    );
    expect(event.n).toBe(1);
  });

  it("is answered as missing to a case worker who reaches none of its members, and she cannot change it", async () => {
    const training = await t.signedIn("CASE_WORKER", ["RESOURCE"]);
    expect(codes(await training.gql(READ, { id }))).toEqual(["NOT_FOUND"]);
    const before = (await t.admin.ok(READ, { id })).household as Household;
    expect((await run(training, UPDATE, { id, version: before.version, childrenCount: 9 })).errors).toEqual(["NOT_FOUND"]);
    expect((await t.admin.ok(READ, { id })).household).toEqual(before);
  });

  it("is personal data: trainers, facilitators, analysts and partner keys are refused", async () => {
    for (const role of ["TRAINER", "FACILITATOR", "ANALYST"] as const) {
      const other = await t.signedIn(role);
      expect(codes(await other.gql(READ, { id }))).toEqual(["FORBIDDEN"]);
    }
    const trainer = await t.signedIn("TRAINER");
    expect(
      codes(
        await trainer.gql(graphql(`query HouseholdBeneficiary2($id: ID!) { beneficiary(id: $id) { household { id } } }`), {
          id: crisisWoman,
        }),
      ),
    ).toEqual(["FORBIDDEN"]);
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    expect(codes(await partner.gql(READ, { id }))).toEqual(["FORBIDDEN"]);
  });

  it("loses an erased woman: her membership and headship go with her name", async () => {
    const h = (await run(t.admin, CREATE, { beneficiaryId: await register(), relationToHead: "HEAD" })).household as Household;
    const erased = h.head?.id as string;
    expect(
      (await t.admin.ok(ERASE, { input: { id: erased, reason: "Her written request of 2026-11-30." } })).eraseBeneficiary.userErrors,
    ).toEqual([]);
    expect((await t.admin.ok(READ, { id: h.id })).household).toMatchObject({ head: null, members: [], size: 0 });
    expect(await t.sql("SELECT 1 FROM household_member WHERE beneficiary_id = $1", [erased])).toEqual([]);
  });
});

describe("batching", () => {
  it("costs the same number of SQL statements for 20 or 100 women with their households, heads and members", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const query = graphql(`query HouseholdBeneficiaries($first: Int!) { beneficiaries(first: $first) { edges { node { code
      household { code size community { name } head { code } members { relationToHead beneficiary { code } } } } } } }`);
    const statements = async (first: number) => {
      const response = await coordinator.post({ query, variables: { first } });
      const body = (await response.json()) as { errors?: unknown; data: { beneficiaries: { edges: { node: { household: unknown } }[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges.filter((e) => e.node.household !== null).length).toBeGreaterThan(1);
      return Number(response.headers.get("x-nk-sql-statements"));
    };
    const few = await statements(20);
    const many = await statements(100);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
