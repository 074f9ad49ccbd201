import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const RECORD = graphql(`mutation ConsentRecord($input: RecordConsentInput!) { recordConsent(input: $input) {
  consent { id scope givenAt note receiverName partner { id name } recordedBy { id fullName } withdrawnAt withdrawnBy { id } }
  userErrors { field code } } }`);
const WITHDRAW = graphql(`mutation ConsentWithdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {
  consent { id withdrawnAt withdrawnBy { id fullName } } userErrors { field code } } }`);
const TIMELINE = graphql(`query ConsentTimeline($id: ID!) { beneficiary(id: $id) { id consents {
  id scope givenAt note recordedBy { id } withdrawnAt withdrawnBy { id } } } }`);
const NESTED_STAYS = graphql(`query ConsentNestedStays($first: Int!, $filter: BeneficiaryFilter) {
  beneficiaries(first: $first, filter: $filter) { edges { node { id
    shelterStays(first: 3) { totalCount edges { node { id admittedOn dischargedOn } } } } } } }`);
const HER_STAYS = graphql(`query ConsentHerStays($id: ID!) { beneficiary(id: $id) { id
  shelterStays(first: 3) { totalCount edges { node { id } } } } }`);
const STAYS_OF = graphql(`query ConsentStaysOf($filter: ShelterStayFilter) {
  shelterStays(first: 3, filter: $filter) { totalCount edges { node { id } } } }`);

let t: TestPlatform;
let worker: Client & { userId: string };
let otherWorker: Client & { userId: string };
let coordinator: Client & { userId: string };
let trainer: Client;
let beneficiaryId: string;
let partnerId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  otherWorker = await t.signedIn("CASE_WORKER", ["RESOURCE"]);
  coordinator = await t.signedIn("COORDINATOR");
  trainer = await t.signedIn("TRAINER");
  const unitId = await t.unitId("CRISIS");
  const [b] = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code OFFSET 5 LIMIT 1", [unitId]);
  beneficiaryId = b.id;
  const [p] = await t.sql("SELECT id FROM partner WHERE archived_at IS NULL ORDER BY name LIMIT 1");
  partnerId = p.id;
});
afterAll(() => t?.stop());

describe("consent timeline", () => {
  it("keeps who recorded a consent, its note (encrypted) and who recorded its withdrawal", async () => {
    const note = "Дала согласие устно при сестре; только для юридической помощи.";
    const given = await worker.ok(RECORD, {
      input: { beneficiaryId, scope: "SHARING", partnerId, givenAt: "2026-10-01T07:00:00.000Z", note },
    });
    expect(given.recordConsent.userErrors).toEqual([]);
    const consent = present(given.recordConsent.consent, "consent");
    expect(consent).toMatchObject({
      scope: "SHARING",
      givenAt: "2026-10-01T07:00:00.000Z",
      note,
      partner: { id: partnerId },
      recordedBy: { id: worker.userId },
      withdrawnAt: null,
      withdrawnBy: null,
    });
    const [row] = await t.sql("SELECT note FROM consent WHERE id = $1", [consent.id]);
    expect(row.note).not.toContain("согласие");

    const withdrawn = await coordinator.ok(WITHDRAW, { input: { id: consent.id, withdrawnAt: "2026-11-02T07:00:00.000Z" } });
    expect(withdrawn.withdrawConsent.userErrors).toEqual([]);
    expect(withdrawn.withdrawConsent.consent).toMatchObject({
      withdrawnAt: "2026-11-02T07:00:00.000Z",
      withdrawnBy: { id: coordinator.userId },
    });
  });

  it("lists her consents oldest first, each with who recorded it, the withdrawn one kept", async () => {
    const later = await worker.ok(RECORD, { input: { beneficiaryId, scope: "STATISTICS", givenAt: "2026-10-20T07:00:00.000Z" } });
    const earlier = await worker.ok(RECORD, { input: { beneficiaryId, scope: "SERVICES", givenAt: "2026-09-15T07:00:00.000Z" } });
    const ids = [earlier, later].map((r) => present(r.recordConsent.consent, "consent").id);
    const timeline = present((await worker.ok(TIMELINE, { id: beneficiaryId })).beneficiary, "her").consents;
    const given = timeline.map((c) => c.givenAt);
    expect(given).toEqual([...given].sort());
    expect(timeline.map((c) => c.id)).toEqual(expect.arrayContaining(ids));
    const mine = timeline.filter((c) => ids.includes(c.id));
    expect(mine.map((c) => ({ id: c.id, by: c.recordedBy?.id }))).toEqual(ids.map((id) => ({ id, by: worker.userId })));
    const sharing = timeline.find((c) => c.scope === "SHARING" && c.note !== null);
    expect(sharing).toMatchObject({ withdrawnAt: "2026-11-02T07:00:00.000Z", withdrawnBy: { id: coordinator.userId } });
  });

  it("refuses a note over 2000 characters and changes nothing", async () => {
    const count = async () => (await t.sql("SELECT count(*)::int AS n FROM consent WHERE beneficiary_id = $1", [beneficiaryId]))[0].n;
    const before = await count();
    const r = await worker.gql(RECORD, { input: { beneficiaryId, scope: "SERVICES", note: "а".repeat(2001) } });
    expect(failures(r)).toEqual(["TOO_LONG"]);
    expect(await count()).toBe(before);
  });

  it("is out of reach of another unit's case worker and closed to trainers", async () => {
    const r = await otherWorker.gql(RECORD, { input: { beneficiaryId, scope: "SERVICES" } });
    expect(failures(r)).toEqual(["NOT_FOUND"]);
    expect(codes(await trainer.gql(RECORD, { input: { beneficiaryId, scope: "SERVICES" } }))).toEqual(["FORBIDDEN"]);
  });
});

describe("her shelter stays, nested", () => {
  it("equal the stays list filtered by her, and cost the same number of SQL statements for 5 or 50 women", async () => {
    const shelter = await t.unitId("SHELTER");
    const statements = async (first: number) => {
      const response = await coordinator.post({ query: NESTED_STAYS.toString(), variables: { first, filter: { unitId: shelter } } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { errors?: unknown; data: { beneficiaries: { edges: { node: { id: string } }[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return Number(response.headers.get("x-nk-sql-statements"));
    };
    const few = await statements(5);
    const many = await statements(50);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);

    const [stayed] = await t.sql("SELECT beneficiary_id AS id FROM shelter_stay WHERE archived_at IS NULL GROUP BY beneficiary_id LIMIT 1");
    const her = present((await coordinator.ok(HER_STAYS, { id: stayed.id })).beneficiary, "a woman who stayed");
    const top = await coordinator.ok(STAYS_OF, { filter: { beneficiaryId: stayed.id } });
    expect(top.shelterStays.totalCount).toBeGreaterThan(0);
    expect(her.shelterStays).toEqual(top.shelterStays);
  });
});
