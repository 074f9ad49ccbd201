import { graphql } from "../../../test/gql";
import { type Client, codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CREATE = graphql(
  `mutation DuplicatesCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { code } } }`,
);
const CHECK = graphql(
  `query DuplicatesBeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { reasons beneficiary { id code firstName } } }`,
);
const CHECK_PERSONAL = graphql(
  `query DuplicatesBeneficiaryDuplicates2($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { beneficiary { phone } } }`,
);
const SEARCH = graphql(
  `query DuplicatesBeneficiaries($search: String!) { beneficiaries(first: 20, filter: { search: $search }) { edges { node { id } } } }`,
);

let t: TestPlatform;
let coordinator: Client;
let communityId: string;
let otherCommunityId: string;
let crisis: string;
let jurayeva: { id: string; code: string };

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  const [a, b] = await t.sql<{ id: string }>("SELECT id FROM community ORDER BY name LIMIT 2");
  communityId = a?.id as string;
  otherCommunityId = b?.id as string;
  crisis = await t.unitId("CRISIS");
  const r = await coordinator.ok(CREATE, {
    input: { firstName: "Гулҷаҳон", lastName: "Ҷӯраева", birthYear: 1990, phone: "+992918765432", communityId, unitId: crisis },
  });
  jurayeva = present(r.createBeneficiary.beneficiary, "beneficiary");
});
afterAll(() => t?.stop());

const check = async (input: Record<string, unknown>, client: Client = coordinator) =>
  (await client.ok(CHECK, { input })).beneficiaryDuplicates as { reasons: string[]; beneficiary: { id: string } }[];

describe("checking for a woman registered already", () => {
  it("finds her by her name typed in Russian letters, with every reason that matched", async () => {
    const matches = await check({ firstName: "Гулджахон", lastName: "Джураева", birthYear: 1991, communityId });
    expect(matches).toEqual([
      { reasons: ["NAME", "BIRTH_YEAR", "COMMUNITY"], beneficiary: { id: jurayeva.id, code: jurayeva.code, firstName: "Гулҷаҳон" } },
    ]);
  });

  it("finds her with surname and first name swapped, and by phone alone", async () => {
    const swapped = await check({ firstName: "Чураева", lastName: "Гулчахон", communityId: otherCommunityId });
    expect(swapped.map((m) => m.reasons)).toEqual([["NAME_REVERSED"]]);
    const byPhone = await check({ firstName: "Мадина", lastName: "Саидова", phone: "+992918765432", birthYear: 1970 });
    expect(byPhone).toEqual([expect.objectContaining({ reasons: ["PHONE"], beneficiary: expect.objectContaining({ id: jurayeva.id }) })]);
    expect(await check({ firstName: "Мадина", lastName: "Саидова" })).toEqual([]);
  });

  it("shows only women in a case worker's reach", async () => {
    const shelterWorker = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    expect(await check({ firstName: "Гулджахон", lastName: "Джураева" }, shelterWorker)).toEqual([]);
    const crisisWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    expect((await check({ firstName: "Гулджахон", lastName: "Джураева" }, crisisWorker)).map((m) => m.beneficiary.id)).toEqual([
      jurayeva.id,
    ]);
  });

  it("is refused to roles that may not read personal data, and malformed input is refused", async () => {
    for (const role of ["TRAINER", "FACILITATOR", "ANALYST"] as const) {
      const other = await t.signedIn(role);
      expect(codes(await other.gql(CHECK_PERSONAL, { input: { firstName: "Гулджахон", lastName: "Джураева" } }))).toEqual(["FORBIDDEN"]);
    }
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    expect(codes(await partner.gql(CHECK, { input: { firstName: "Гулджахон", lastName: "Джураева" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await coordinator.gql(CHECK, { input: { firstName: "", lastName: "Джураева" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await coordinator.gql(CHECK, { input: { firstName: "А", lastName: "Б", phone: "123" } }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("the register's search", () => {
  it("matches transliterations and either order of the names", async () => {
    for (const search of ["Джураева", "джураева гулджахон", "ҶӮРАЕВА Гулҷаҳон", "чураева"]) {
      const r = await coordinator.ok(SEARCH, { search });
      expect(r.beneficiaries.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([jurayeva.id]);
    }
    expect((await coordinator.ok(SEARCH, { search: "Джураева Мадина" })).beneficiaries.edges).toEqual([]);
  });
});

describe("the hard sign", () => {
  it("is left out of names, so the Tajik and the Russian spelling of an ayn find each other", async () => {
    const r = await coordinator.ok(CREATE, { input: { firstName: "Маъруфа", lastName: "Саъдуллоева", communityId, unitId: crisis } });
    const id = present(r.createBeneficiary.beneficiary, "beneficiary").id;
    for (const search of ["Маруфа Садуллоева", "саъдуллоева маъруфа"]) {
      const found = await coordinator.ok(SEARCH, { search });
      expect(found.beneficiaries.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    }
    expect((await check({ firstName: "Маруфа", lastName: "Садуллоева" })).map((m) => [m.beneficiary.id, m.reasons])).toEqual([
      [id, ["NAME"]],
    ]);
  });
});
