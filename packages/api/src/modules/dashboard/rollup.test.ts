import { graphql } from "../../../test/gql";
import { type Client, startTestPlatform, type TestPlatform } from "../../../test/harness";

/**
 * Women supported over whole months comes from the assistance rollup, kept by the service
 * triggers in the transaction of each change; after every kind of change it must equal the
 * count from the services themselves (the same period given by days, and a direct count). Periods
 * that are not whole months come from the day rollups (migration ServiceReachDays) and must equal
 * the direct count too, whichever side of a month boundary each end is read from.
 * Overdue follow-ups and open cases by risk come from their own rollups (migration
 * DashboardFigures), compared with direct counts per district after each kind of change.
 */
const DASHBOARD = graphql(`query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {
  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }`);
const CREATE = graphql(`mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {
  beneficiary { id version } userErrors { code } } }`);
const MOVE = graphql(`mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {
  beneficiary { id version } userErrors { code } } }`);
const RECORD = graphql(`mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {
  service { id } userErrors { field code } } }`);
const ARCHIVE = graphql(`mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {
  service { id archivedAt } userErrors { code } } }`);
const RESTORE = graphql(`mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {
  service { id archivedAt } userErrors { code } } }`);
const NOW = graphql(`query RollupDashboardNow($scope: DashboardScope!) { dashboard(scope: $scope) {
  openCasesByRisk { items { key value } total { value } } overdueFollowUps { value } } }`);
const COMPLETE = graphql(`mutation RollupCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {
  service { id version } userErrors { code } } }`);
const SERVICE_VERSION = graphql(`query RollupServiceVersion($id: ID!) { service(id: $id) { id version } }`);
const OPEN_CASE = graphql(`mutation RollupOpenCase($input: OpenCaseInput!) { openCase(input: $input) {
  case { id version } userErrors { code } } }`);
const RISK = graphql(`mutation RollupChangeRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) {
  case { id version } userErrors { code } } }`);
const REQUEST_CLOSURE = graphql(`mutation RollupRequestClosure($input: CaseStepInput!) { requestCaseClosure(input: $input) {
  case { id version } userErrors { code } } }`);
const DECIDE_CLOSURE = graphql(`mutation RollupDecideClosure($input: DecideCaseClosureInput!) { decideCaseClosure(input: $input) {
  case { id version status } userErrors { code } } }`);
const REOPEN = graphql(`mutation RollupReopenCase($input: CaseStepInput!) { reopenCase(input: $input) {
  case { id version status } userErrors { code } } }`);

const SUBTYPE = { LEGAL: "ALIMONY", PSYCHOLOGICAL: "INDIVIDUAL_COUNSELLING", MEDICAL: "OTHER", ECONOMIC: "VOCATIONAL_TRAINING" } as const;
type Kind = keyof typeof SUBTYPE;
/** Runs of whole months around the fixture (2017–2018), and one over everything. */
const PERIODS = [
  { from: "2017-01-01", to: "2017-01-31" },
  { from: "2017-02-01", to: "2017-02-28" },
  { from: "2017-03-01", to: "2017-03-31" },
  { from: "2017-01-01", to: "2017-03-31" },
  { from: "2017-02-01", to: "2017-12-31" },
  { from: "2017-04-01", to: "2018-06-30" },
  { from: "2016-01-01", to: "2018-12-31" },
  { from: "2000-01-01", to: "2030-12-31" },
  // Not whole months: the day rollups, each end read from the nearer month boundary.
  { from: "2017-01-15", to: "2017-03-10" },
  { from: "2017-02-10", to: "2017-02-20" },
  { from: "2017-03-05", to: "2017-03-05" },
  { from: "2017-03-21", to: "2017-03-31" },
  { from: "2017-01-11", to: "2018-05-02" },
  { from: "2017-03-31", to: "2018-05-01" },
  // A mid-month start (early and late in the month) with a whole last month, and the reverse.
  { from: "2017-01-09", to: "2017-03-31" },
  { from: "2017-02-25", to: "2017-06-30" },
  { from: "2017-01-01", to: "2017-03-04" },
  { from: "2017-01-01", to: "2017-03-25" },
  // One day: the first, one in the middle and the last of a month, each a day with services.
  { from: "2017-01-10", to: "2017-01-10" },
  { from: "2017-02-01", to: "2017-02-01" },
  { from: "2017-02-28", to: "2017-02-28" },
  { from: "2017-06-15", to: "2017-06-15" },
  { from: "2018-05-02", to: "2018-05-02" },
  // Across a new year, and across a month boundary in a few days.
  { from: "2016-12-20", to: "2017-01-12" },
  { from: "2017-12-28", to: "2018-05-02" },
  { from: "2016-11-15", to: "2018-06-10" },
  { from: "2017-01-30", to: "2017-02-02" },
  { from: "2017-02-27", to: "2017-03-06" },
];

let t: TestPlatform;
let coordinator: Client;
let crisis: string;
const community: Record<string, string> = {};
const woman: Record<string, { id: string; version: number }> = {};

async function register(name: string, district: string) {
  const r = await coordinator.ok(CREATE, {
    input: { firstName: name, lastName: "Rollup", communityId: community[district] as string, unitId: crisis },
  });
  expect(r.createBeneficiary.userErrors).toEqual([]);
  woman[name] = r.createBeneficiary.beneficiary as { id: string; version: number };
}

async function serve(name: string, kind: Kind, providedOn: string): Promise<string> {
  const input = { beneficiaryId: woman[name]?.id as string, unitId: crisis, kind, subtype: SUBTYPE[kind], providedOn, outcome: "PROVIDED" };
  const r = await coordinator.ok(RECORD, { input } as never);
  expect(r.recordService.userErrors).toEqual([]);
  return r.recordService.service?.id as string;
}

/** The women-supported table as plain numbers: district → kind → women, with the totals. */
type Table = Record<string, Record<string, number | null | undefined>>;
async function dashboard(scope: { from: string; to: string }): Promise<Table> {
  const { womenSupported: w } = (await coordinator.ok(DASHBOARD, { scope })).dashboard;
  const table: Table = {};
  for (const row of w.byDistrict) {
    table[row.district.name] = Object.fromEntries([...row.byKind.map((c) => [c.key, c.value]), ["ALL", row.total.value]]);
  }
  table.ALL = Object.fromEntries([...w.byKind.map((c) => [c.key, c.value]), ["ALL", w.total.value]]);
  return table;
}

/** The same table counted straight from the services. */
async function direct(scope: { from: string; to: string }): Promise<Table> {
  const rows = await t.sql(
    `SELECT COALESCE(d.name, 'ALL') AS district, COALESCE(s.kind, 'ALL') AS kind, count(DISTINCT s.beneficiary_id)::int AS n
       FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community c ON c.id = b.community_id JOIN district d ON d.id = c.district_id
      WHERE s.archived_at IS NULL AND s.provided_on BETWEEN $1 AND $2 GROUP BY CUBE (d.name, s.kind)`,
    [scope.from, scope.to],
  );
  const table: Table = {};
  for (const d of [...(await t.sql("SELECT name FROM district")).map((r) => r.name as string), "ALL"])
    table[d] = Object.fromEntries(["LEGAL", "PSYCHOLOGICAL", "MEDICAL", "ECONOMIC", "ALL"].map((k) => [k, 0]));
  for (const r of rows) (table[r.district] as Record<string, number>)[r.kind] = r.n;
  return table;
}

/** Every period from the rollup equals the direct count; `expected` pins some figures by hand. */
async function agree() {
  for (const scope of PERIODS) expect({ scope, table: await dashboard(scope) }).toEqual({ scope, table: await direct(scope) });
}

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  crisis = await t.unitId("CRISIS");
  for (const district of ["Kulob", "Farkhor"]) {
    const [c] = await t.sql(
      "SELECT c.id FROM community c JOIN district d ON d.id = c.district_id WHERE d.name = $1 ORDER BY c.name LIMIT 1",
      [district],
    );
    community[district] = c.id;
  }
  for (const name of ["Зарина", "Гулнора"]) await register(name, "Kulob");
  await register("Мадина", "Farkhor");
});
afterAll(() => t?.stop());

describe("women supported over whole months, from the rollup", () => {
  it("counts each woman once per cell however her services fall over the months", async () => {
    const before = await dashboard({ from: "2017-01-01", to: "2017-03-31" });
    await serve("Зарина", "LEGAL", "2017-01-10");
    await serve("Зарина", "LEGAL", "2017-03-05"); // a gap in February
    await serve("Зарина", "PSYCHOLOGICAL", "2017-03-20");
    await serve("Гулнора", "LEGAL", "2017-02-01");
    await serve("Гулнора", "LEGAL", "2017-02-28");
    await serve("Мадина", "MEDICAL", "2017-03-31");
    await serve("Мадина", "MEDICAL", "2018-05-02");
    const quarter = await dashboard({ from: "2017-01-01", to: "2017-03-31" });
    const added = (d: string, k: string) => (quarter[d]?.[k] ?? 0) - (before[d]?.[k] ?? 0);
    expect([added("Kulob", "LEGAL"), added("Kulob", "PSYCHOLOGICAL"), added("Kulob", "ALL")]).toEqual([2, 1, 2]);
    expect([added("Farkhor", "MEDICAL"), added("Farkhor", "ALL"), added("ALL", "ALL")]).toEqual([1, 1, 3]);
    const february = await dashboard({ from: "2017-02-01", to: "2017-02-28" });
    expect(february.Kulob?.LEGAL).toBe((await direct({ from: "2017-02-01", to: "2017-02-28" })).Kulob?.LEGAL);
    await agree();
  });

  it("follows archiving and restoring a service", async () => {
    const only = await serve("Гулнора", "ECONOMIC", "2017-06-15");
    await agree();
    const archived = await coordinator.ok(ARCHIVE, { input: { id: only } });
    expect(archived.archiveService.userErrors).toEqual([]);
    expect((await dashboard({ from: "2017-06-01", to: "2017-06-30" })).Kulob?.ECONOMIC).toBe(
      (await direct({ from: "2017-06-01", to: "2017-06-30" })).Kulob?.ECONOMIC,
    );
    await agree();
    const restored = await coordinator.ok(RESTORE, { input: { id: only } });
    expect(restored.restoreService.userErrors).toEqual([]);
    await agree();
  });

  it("moves a woman's months with her to another district", async () => {
    const farkhorBefore = (await dashboard({ from: "2017-01-01", to: "2017-03-31" })).Farkhor?.ALL ?? 0;
    const zarina = woman.Зарина as { id: string; version: number };
    const moved = await coordinator.ok(MOVE, { input: { id: zarina.id, version: zarina.version, communityId: community.Farkhor } });
    expect(moved.updateBeneficiary.userErrors).toEqual([]);
    expect((await dashboard({ from: "2017-01-01", to: "2017-03-31" })).Farkhor?.ALL).toBe(farkhorBefore + 1);
    await agree();
  });

  it("follows services corrected, added and removed straight in the database, several in one statement", async () => {
    const ids = await t.sql<{ id: string }>("SELECT id FROM service WHERE beneficiary_id = ANY($1) ORDER BY provided_on, id", [
      [woman.Зарина?.id, woman.Гулнора?.id],
    ]);
    expect(ids.length).toBeGreaterThan(3);
    // A day moved into another month and a kind corrected, in one statement; then two days swapped.
    await t.sql(
      `UPDATE service SET provided_on = CASE WHEN id = $1 THEN DATE '2017-02-14' ELSE provided_on END,
                          kind = CASE WHEN id = $2 THEN 'MEDICAL' ELSE kind END, subtype = CASE WHEN id = $2 THEN 'OTHER' ELSE subtype END
        WHERE id IN ($1, $2)`,
      [ids[0]?.id, ids[1]?.id],
    );
    await agree();
    await t.sql("UPDATE service SET provided_on = provided_on + 1 WHERE id = ANY($1)", [ids.slice(1, 4).map((r) => r.id)]);
    await agree();
    // Two services of one woman on the same day and the next, added in one statement, then one removed.
    const [added] = await t.sql<{ id: string }>(
      `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
       VALUES ($1, $2, 'LEGAL', 'ALIMONY', '2017-02-20', 'PROVIDED'), ($1, $2, 'LEGAL', 'ALIMONY', '2017-02-20', 'PROVIDED'),
              ($1, $2, 'ECONOMIC', 'VOCATIONAL_TRAINING', '2017-02-21', 'PROVIDED')
       RETURNING id`,
      [woman.Мадина?.id, crisis],
    );
    await agree();
    await t.sql("DELETE FROM service WHERE id = $1", [added?.id]);
    await agree();
  });

  it("gives the same figures for a period given by days as by whole months", async () => {
    // 2017-01-01 to 2017-03-30 is read from the services; 2017-03-31 adds Мадина's day.
    const byDays = await dashboard({ from: "2017-01-01", to: "2017-03-30" });
    expect(byDays).toEqual(await direct({ from: "2017-01-01", to: "2017-03-30" }));
  });
});

describe("overdue follow-ups and open cases by risk, from their rollups", () => {
  const today = new Date().toISOString().slice(0, 10);
  const scope = (district?: string) => ({ from: "2017-01-01", to: "2017-12-31", ...(district ? { districtId: district } : {}) });
  const districtIds: Record<string, string> = {};

  /** The dashboard's figures, for all districts and for each of the two. */
  async function figures() {
    const out: Record<string, { overdue: number | null | undefined; risks: Record<string, number | null | undefined> }> = {};
    for (const [name, id] of [["ALL", undefined], ...Object.entries(districtIds)] as [string, string | undefined][]) {
      const d = (await coordinator.ok(NOW, { scope: scope(id) })).dashboard;
      out[name] = {
        overdue: d.overdueFollowUps.value,
        risks: Object.fromEntries([...d.openCasesByRisk.items.map((i) => [i.key, i.value]), ["ALL", d.openCasesByRisk.total.value]]),
      };
    }
    return out;
  }

  /** The same, counted straight from the services and cases. */
  async function directNow() {
    const out: Awaited<ReturnType<typeof figures>> = {};
    for (const [name, id] of [["ALL", null], ...Object.entries(districtIds)] as [string, string | null][]) {
      const [o] = await t.sql(
        `SELECT count(*)::int AS n FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community c ON c.id = b.community_id
          WHERE s.follow_up_due_on < $2 AND s.follow_up_done_at IS NULL AND s.archived_at IS NULL AND ($1::uuid IS NULL OR c.district_id = $1)`,
        [id, today],
      );
      const risks = await t.sql(
        `SELECT k.risk AS key, count(x.id)::int AS n FROM (VALUES ('HIGH'), ('MEDIUM'), ('LOW')) k(risk)
           LEFT JOIN ("case" x JOIN beneficiary b ON b.id = x.beneficiary_id JOIN community c ON c.id = b.community_id)
             ON x.risk_level = k.risk AND x.status = 'OPEN' AND x.archived_at IS NULL AND ($1::uuid IS NULL OR c.district_id = $1)
          GROUP BY k.risk`,
        [id],
      );
      const byRisk = Object.fromEntries(risks.map((r) => [r.key as string, r.n as number]));
      out[name] = { overdue: o.n, risks: { ...byRisk, ALL: Object.values(byRisk).reduce((a, b) => a + b, 0) } };
    }
    return out;
  }

  const agreeNow = async () => expect(await figures()).toEqual(await directNow());

  beforeAll(async () => {
    for (const district of ["Kulob", "Farkhor"]) {
      const [d] = await t.sql("SELECT id FROM district WHERE name = $1", [district]);
      districtIds[district] = d.id;
    }
    await register("Нилуфар", "Kulob");
  });

  it("follows follow-ups recorded, completed, archived and restored", async () => {
    await agreeNow();
    const before = await figures();
    const input = (providedOn: string, followUpDueOn: string) => ({
      beneficiaryId: woman.Нилуфар?.id as string,
      unitId: crisis,
      kind: "LEGAL" as const,
      subtype: SUBTYPE.LEGAL,
      providedOn,
      outcome: "REFERRED" as const,
      followUpDueOn,
    });
    const past = await coordinator.ok(RECORD, { input: input("2017-05-02", "2017-05-20") } as never);
    expect(past.recordService.userErrors).toEqual([]);
    const future = await coordinator.ok(RECORD, { input: input(today, "2999-01-01") } as never);
    expect(future.recordService.userErrors).toEqual([]);
    const after = await figures();
    expect([after.ALL?.overdue, after.Kulob?.overdue]).toEqual([Number(before.ALL?.overdue) + 1, Number(before.Kulob?.overdue) + 1]);
    await agreeNow();

    const id = past.recordService.service?.id as string;
    const { service } = await coordinator.ok(SERVICE_VERSION, { id });
    const done = await coordinator.ok(COMPLETE, { input: { id, version: service?.version as number } });
    expect(done.completeFollowUp.userErrors).toEqual([]);
    expect((await figures()).Kulob?.overdue).toBe(before.Kulob?.overdue);
    await agreeNow();

    const again = await coordinator.ok(RECORD, { input: input("2017-06-02", "2017-06-03") } as never);
    const againId = again.recordService.service?.id as string;
    expect((await coordinator.ok(ARCHIVE, { input: { id: againId } })).archiveService.userErrors).toEqual([]);
    expect((await figures()).Kulob?.overdue).toBe(before.Kulob?.overdue);
    await agreeNow();
    expect((await coordinator.ok(RESTORE, { input: { id: againId } })).restoreService.userErrors).toEqual([]);
    expect((await figures()).Kulob?.overdue).toBe(Number(before.Kulob?.overdue) + 1);
    await agreeNow();
  });

  it("follows cases opened, changing risk, closed and reopened", async () => {
    const before = await figures();
    const opened = await coordinator.ok(OPEN_CASE, {
      input: { beneficiaryId: woman.Нилуфар?.id as string, unitId: crisis, riskLevel: "HIGH" },
    });
    expect(opened.openCase.userErrors).toEqual([]);
    let c = opened.openCase.case as { id: string; version: number };
    expect((await figures()).Kulob?.risks.HIGH).toBe(Number(before.Kulob?.risks.HIGH) + 1);
    await agreeNow();

    const risk = await coordinator.ok(RISK, { input: { id: c.id, version: c.version, level: "LOW", reason: "Safe place found" } });
    expect(risk.changeCaseRisk.userErrors).toEqual([]);
    c = risk.changeCaseRisk.case as typeof c;
    const lowered = await figures();
    expect([lowered.Kulob?.risks.HIGH, lowered.Kulob?.risks.LOW]).toEqual([before.Kulob?.risks.HIGH, Number(before.Kulob?.risks.LOW) + 1]);
    await agreeNow();

    const requested = await coordinator.ok(REQUEST_CLOSURE, { input: { id: c.id, version: c.version, reason: "Plan done" } });
    expect(requested.requestCaseClosure.userErrors).toEqual([]);
    c = requested.requestCaseClosure.case as typeof c;
    const closed = await coordinator.ok(DECIDE_CLOSURE, { input: { id: c.id, version: c.version, approve: true, reason: "Agreed" } });
    expect(closed.decideCaseClosure.userErrors).toEqual([]);
    expect(closed.decideCaseClosure.case?.status).toBe("CLOSED");
    c = closed.decideCaseClosure.case as typeof c;
    expect((await figures()).Kulob?.risks).toEqual(before.Kulob?.risks);
    await agreeNow();

    const reopened = await coordinator.ok(REOPEN, { input: { id: c.id, version: c.version, reason: "New incident" } });
    expect(reopened.reopenCase.userErrors).toEqual([]);
    expect((await figures()).Kulob?.risks.LOW).toBe(Number(before.Kulob?.risks.LOW) + 1);
    await agreeNow();
  });

  it("moves a woman's follow-ups and cases with her to another district", async () => {
    const before = await figures();
    const nilufar = woman.Нилуфар as { id: string; version: number };
    const [{ version }] = await t.sql("SELECT version FROM beneficiary WHERE id = $1", [nilufar.id]);
    const moved = await coordinator.ok(MOVE, { input: { id: nilufar.id, version, communityId: community.Farkhor } });
    expect(moved.updateBeneficiary.userErrors).toEqual([]);
    const after = await figures();
    expect([after.Kulob?.overdue, after.Farkhor?.overdue, after.ALL?.overdue]).toEqual([
      Number(before.Kulob?.overdue) - 1,
      Number(before.Farkhor?.overdue) + 1,
      before.ALL?.overdue,
    ]);
    expect([after.Kulob?.risks.LOW, after.Farkhor?.risks.LOW]).toEqual([
      Number(before.Kulob?.risks.LOW) - 1,
      Number(before.Farkhor?.risks.LOW) + 1,
    ]);
    await agreeNow();
  });
});
