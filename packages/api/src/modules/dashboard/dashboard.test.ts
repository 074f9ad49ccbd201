import { graphql } from "../../../test/gql";
import { type Client, codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const DASHBOARD = graphql(`query DashboardDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {
  from to suppressionMin district { name }
  womenSupported { byDistrict { district { name } byKind { key value suppressed } total { value suppressed } } byKind { key value suppressed } total { value suppressed } }
  openCasesByRisk { items { key value suppressed } total { value suppressed } }
  overdueFollowUps { value suppressed }
  shelter { beds bedsTaken { value suppressed } accompanyingChildren { value suppressed } }
  trainings { training { code } courses enrolled { value suppressed } completed { value suppressed } }
  selfHelpGroupsByStage { key value suppressed }
  campaignReach { activities women men total }
} }`);
const CREATE = graphql(
  `mutation DashboardCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }`,
);
const RECORD = graphql(
  `mutation DashboardRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code } } }`,
);
const SUBTYPE = { LEGAL: "ALIMONY", PSYCHOLOGICAL: "INDIVIDUAL_COUNSELLING", MEDICAL: "OTHER", ECONOMIC: "VOCATIONAL_TRAINING" };
const QUARTER = { from: "2020-01-01", to: "2020-03-31" };

let t: TestPlatform;
let coordinator: Client;
let analyst: Client;
let crisis: string;
const districtId: Record<string, string> = {};
const women: Record<string, string> = {};

const today = () => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" });
const daysAgo = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** A bed of the demo shelter nobody sleeps in now. */
async function freeBed(): Promise<string> {
  const [bed] = await t.sql(
    `SELECT b.id FROM shelter_bed b JOIN unit u ON u.id = b.unit_id WHERE u.code = 'SHELTER'
       AND NOT EXISTS (SELECT 1 FROM shelter_stay s WHERE s.bed_id = b.id AND s.discharged_on IS NULL) ORDER BY b.position LIMIT 1`,
  );
  return bed.id;
}

async function register(name: string, district: string) {
  const [c] = await t.sql(
    "SELECT c.id FROM community c JOIN district d ON d.id = c.district_id WHERE d.name = $1 ORDER BY c.name LIMIT 1",
    [district],
  );
  const r = await coordinator.ok(CREATE, { input: { firstName: name, lastName: "Dashboard", communityId: c.id, unitId: crisis } });
  expect(r.createBeneficiary.userErrors).toEqual([]);
  women[name] = present(r.createBeneficiary.beneficiary, "beneficiary").id;
}

async function serve(name: string, kind: keyof typeof SUBTYPE, providedOn: string, extra: Record<string, unknown> = {}) {
  const input = { beneficiaryId: women[name], unitId: crisis, kind, subtype: SUBTYPE[kind], providedOn, outcome: "PROVIDED", ...extra };
  const r = await coordinator.ok(RECORD, { input });
  expect(r.recordService.userErrors).toEqual([]);
}

const read = async (client: Client, scope: Record<string, unknown>) => (await client.ok(DASHBOARD, { scope })).dashboard;
const shown = (value: number) => ({ value, suppressed: false });
const kinds = (legal: number, psychological: number, medical: number, economic: number) => [
  { key: "LEGAL", ...shown(legal) },
  { key: "PSYCHOLOGICAL", ...shown(psychological) },
  { key: "MEDICAL", ...shown(medical) },
  { key: "ECONOMIC", ...shown(economic) },
];

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  analyst = await t.signedIn("ANALYST");
  crisis = await t.unitId("CRISIS");
  for (const d of await t.sql("SELECT id, name FROM district")) districtId[d.name] = d.id;
  // The demo data has no services in the first quarter of 2020: the fixtures below are all there is.
  expect(await t.sql("SELECT count(*)::int AS n FROM service WHERE provided_on BETWEEN '2020-01-01' AND '2020-04-30'")).toEqual([{ n: 0 }]);
  for (const name of ["Анора", "Барно"]) await register(name, "Kulob");
  await register("Ситора", "Farkhor");
  for (let i = 1; i <= 6; i++) await register(`Эконом${i}`, "Kulob");
  await serve("Анора", "LEGAL", "2020-01-10");
  await serve("Анора", "LEGAL", "2020-02-10");
  await serve("Анора", "PSYCHOLOGICAL", "2020-02-11");
  await serve("Барно", "LEGAL", "2020-03-01");
  await serve("Ситора", "MEDICAL", "2020-03-31");
  await serve("Ситора", "LEGAL", "2020-04-01"); // the day after the quarter
  for (let i = 1; i <= 6; i++) await serve(`Эконом${i}`, "ECONOMIC", "2020-02-15");
});
afterAll(() => t?.stop());

describe("the dashboard for coordinators and admins", () => {
  it("counts women, not services, by district and kind of assistance, unsuppressed", async () => {
    const d = present(await read(coordinator, QUARTER), "d");
    expect(d).toMatchObject({ ...QUARTER, suppressionMin: null, district: null });
    const row = (name: string) => d.womenSupported.byDistrict.find((r: { district: { name: string } }) => r.district.name === name);
    // Анора: two legal services and a psychological one, but one woman; the 6 economic women; Барно.
    expect(row("Kulob")).toEqual({ district: { name: "Kulob" }, byKind: kinds(2, 1, 0, 6), total: shown(8) });
    expect(row("Farkhor")).toEqual({ district: { name: "Farkhor" }, byKind: kinds(0, 0, 1, 0), total: shown(1) });
    for (const name of ["Hamadoni", "Shurabad", "Khovaling"])
      expect(row(name)).toEqual({ district: { name }, byKind: kinds(0, 0, 0, 0), total: shown(0) });
    expect(d.womenSupported.byKind).toEqual(kinds(2, 1, 1, 6));
    expect(d.womenSupported.total).toEqual(shown(9));
  });

  it("narrows to one district and to single days", async () => {
    const farkhor = await read(coordinator, { ...QUARTER, districtId: districtId.Farkhor });
    expect(farkhor.district).toEqual({ name: "Farkhor" });
    expect(farkhor.womenSupported.byDistrict).toHaveLength(1);
    expect(farkhor.womenSupported.byKind).toEqual(kinds(0, 0, 1, 0));
    const oneDay = await read(coordinator, { from: "2020-02-10", to: "2020-02-10" });
    expect(oneDay.womenSupported.byKind).toEqual(kinds(1, 0, 0, 0));
    const april = await read(admin(), { from: "2020-04-01", to: "2020-04-30", districtId: districtId.Farkhor });
    expect(april.womenSupported.total).toEqual(shown(1));
  });

  it("follows today's open cases by risk, overdue follow-ups and shelter occupancy as they change", async () => {
    const scope = { from: daysAgo(30), to: today(), districtId: districtId.Kulob };
    const before = present(await read(coordinator, scope), "before");
    const farkhorBefore = await read(coordinator, { ...scope, districtId: districtId.Farkhor });
    const opened = await coordinator.ok(
      graphql(`mutation DashboardOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { code } } }`),
      { input: { beneficiaryId: women.Барно, unitId: crisis, riskLevel: "HIGH" } },
    );
    expect(opened.openCase.userErrors).toEqual([]);
    await serve("Барно", "LEGAL", daysAgo(10), { followUpDueOn: daysAgo(1) });
    await serve("Барно", "LEGAL", daysAgo(10), { followUpDueOn: today() }); // due today: not overdue yet
    const admitted = await coordinator.ok(
      graphql(
        `mutation DashboardAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) { shelterStay { id } userErrors { field code } } }`,
      ),
      {
        input: { beneficiaryId: women.Барно, bedId: await freeBed(), admittedOn: today(), accompanyingChildren: 2 },
      },
    );
    expect(admitted.admitToShelter.userErrors).toEqual([]);
    const after = await read(coordinator, scope);
    const risk = (d: typeof before, key: string) =>
      present(
        d.openCasesByRisk.items.find((i) => i.key === key),
        key,
      ).value;
    expect(risk(after, "HIGH")).toBe((risk(before, "HIGH") ?? 0) + 1);
    expect(risk(after, "LOW")).toBe(risk(before, "LOW"));
    expect(after.openCasesByRisk.total.value).toBe((before.openCasesByRisk.total.value ?? 0) + 1);
    expect(after.overdueFollowUps.value).toBe((before.overdueFollowUps.value ?? 0) + 1);
    expect(after.shelter.bedsTaken.value).toBe((before.shelter.bedsTaken.value ?? 0) + 1);
    expect(after.shelter.accompanyingChildren.value).toBe((before.shelter.accompanyingChildren.value ?? 0) + 2);
    expect(after.shelter.beds).toBe(12);
    expect(after.womenSupported.byKind[0]).toEqual({ key: "LEGAL", ...shown((before.womenSupported.byKind[0]?.value ?? 0) + 1) });
    expect(await read(coordinator, { ...scope, districtId: districtId.Farkhor })).toEqual(farkhorBefore);
  });

  it("counts self-help groups by stage and campaign reach as reported", async () => {
    const d = await read(coordinator, { from: "2020-01-01", to: today() });
    const groups = await t.sql("SELECT stage AS key, count(*)::int AS value FROM self_help_group WHERE archived_at IS NULL GROUP BY 1");
    for (const stage of ["FORMING", "ACTIVE", "AUTONOMOUS"])
      expect(d.selfHelpGroupsByStage).toContainEqual({
        key: stage,
        value: groups.find((g) => g.key === stage)?.value ?? 0,
        suppressed: false,
      });
    const [reach] = await t.sql(
      `SELECT count(*)::int AS activities, sum(women_under_18 + women_18_29 + women_30_49 + women_50_plus)::int AS women,
              sum(men_under_18 + men_18_29 + men_30_49 + men_50_plus)::int AS men FROM campaign_activity WHERE archived_at IS NULL AND held_on >= '2020-01-01'`,
    );
    expect(reach.activities).toBeGreaterThan(0);
    expect(d.campaignReach).toEqual({ ...reach, total: reach.women + reach.men });
    expect(d.trainings.length).toBeGreaterThan(0);
  });
});

describe("the dashboard for analysts", () => {
  it("hides every count from 1 to 4 and shows the rest, with complementary suppression", async () => {
    const d = await read(analyst, QUARTER);
    expect(d.suppressionMin).toBe(5);
    const values = [
      ...d.womenSupported.byDistrict.flatMap((r: { byKind: unknown[]; total: unknown }) => [...r.byKind, r.total]),
      ...d.womenSupported.byKind,
      d.womenSupported.total,
      ...d.openCasesByRisk.items,
      d.openCasesByRisk.total,
      d.overdueFollowUps,
      d.shelter.bedsTaken,
      d.shelter.accompanyingChildren,
    ] as { value: number | null; suppressed: boolean }[];
    for (const v of values) {
      expect(v.suppressed).toBe(v.value === null);
      if (v.value !== null) expect(v.value === 0 || v.value >= 5).toBe(true);
    }
    const kulob = present(
      d.womenSupported.byDistrict.find((r: { district: { name: string } }) => r.district.name === "Kulob"),
      "kulob",
    );
    expect(kulob.byKind).toEqual([
      { key: "LEGAL", value: null, suppressed: true },
      { key: "PSYCHOLOGICAL", value: null, suppressed: true },
      { key: "MEDICAL", value: 0, suppressed: false },
      { key: "ECONOMIC", value: 6, suppressed: false },
    ]);
    // Complementary suppression hides the row total (8) as well, so the hidden cells cannot be
    // worked out from it and the visible ones.
    expect(kulob.total).toEqual({ value: null, suppressed: true });
    expect(d.womenSupported.total).toEqual({ value: 9, suppressed: false });
  });

  it("refuses periods that are not whole months", async () => {
    for (const scope of [
      { from: "2020-01-15", to: "2020-03-31" },
      { from: "2020-01-01", to: "2020-03-30" },
      { from: "2020-02-10", to: "2020-02-10" },
    ]) {
      expect(codes(await analyst.gql(DASHBOARD, { scope }))).toEqual(["BAD_USER_INPUT"]);
    }
    expect((await read(analyst, { from: "2020-02-01", to: "2020-02-29" })).to).toBe("2020-02-29");
  });
});

describe("who may read the dashboard", () => {
  it("refuses case workers, trainers, facilitators, partner keys and the anonymous", async () => {
    for (const role of ["CASE_WORKER", "TRAINER", "FACILITATOR"] as const) {
      const other = await t.signedIn(role, role === "CASE_WORKER" ? ["CRISIS"] : []);
      const r = await other.gql(DASHBOARD, { scope: QUARTER });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(r.data).toBeNull();
    }
    const partner = await t.partnerClient(["READ_STATISTICS", "READ_CAMPAIGNS"]);
    expect(codes(await partner.gql(DASHBOARD, { scope: QUARTER }))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.anonymous().gql(DASHBOARD, { scope: QUARTER }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses malformed periods and unknown districts", async () => {
    expect(codes(await coordinator.gql(DASHBOARD, { scope: { from: "2020-02-30", to: "2020-03-31" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await coordinator.gql(DASHBOARD, { scope: { from: "2020-03-31", to: "2020-01-01" } }))).toEqual(["BAD_USER_INPUT"]);
    const nil = "00000000-0000-4000-8000-000000000000";
    expect(codes(await coordinator.gql(DASHBOARD, { scope: { ...QUARTER, districtId: nil } }))).toEqual(["BAD_USER_INPUT"]);
  });
});

function admin() {
  return t.admin;
}
