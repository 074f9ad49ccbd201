import { graphql } from "../../../test/gql";
import { Client, codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { createLogger } from "../../core/logger";
import { startPlatform } from "../../server";
import { type Fixture, fixture, grid, Q1, supportFixture } from "./statistics.fixture";
import { StatisticsTableName } from "./statistics.inputs";
import { countTable, presentTable, tablePeriod } from "./statistics.service";

/**
 * Releases (issue 9, item 1): a table for an ended period is published once and served unchanged,
 * so that two readings cannot be subtracted; a correction is allowed only where its difference
 * from the release before it passes the suppression rules.
 */

const TABLE = graphql(`query ReleaseStatisticsTable($input: StatisticsTableInput!) {
  statisticsTable(input: $input) {
    minimumCount
    rows { key label cells { column value suppressed } total { value suppressed } }
    columnTotals { column value suppressed }
    grandTotal { value suppressed }
    release { number releasedAt latestNumber }
  }
}`);

const CORRECT = graphql(`mutation ReleasePublishCorrectedStatistics($input: CorrectStatisticsInput!) {
  publishCorrectedStatistics(input: $input) {
    table { rows { label cells { value } total { value } } columnTotals { value } grandTotal { value } release { number latestNumber } }
    userErrors { field message code }
  }
}`);

const SUPPORT = "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT";
const input = { table: SUPPORT, period: Q1 };

/** Every value of two grids that is shown in both and changed, with its change. */
function visibleChanges(a: Record<string, (number | null)[]>, b: Record<string, (number | null)[]>): number[] {
  const out: number[] = [];
  for (const [row, values] of Object.entries(b)) {
    values.forEach((v, j) => {
      const before = a[row]?.[j];
      if (v !== null && before !== null && before !== undefined && v !== before) out.push(Math.abs(v - before));
    });
  }
  return out;
}

describe("statistics releases", () => {
  let t: TestPlatform;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestPlatform();
    f = await fixture(t);
    await supportFixture(t, f);
  });
  afterAll(() => t?.stop());

  /** The table as a fresh count would give it now, for comparison with what is served. */
  const liveGrid = async () => {
    const db = t.platform.services.db;
    const table = StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT;
    return grid(presentTable(await countTable(db, table, tablePeriod(table, Q1)), t.config.suppressionMin));
  };

  it("serves the first release unchanged after a consent withdrawal and a backdated service", async () => {
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    const first = (await partner.ok(TABLE, { input })).statisticsTable;
    expect(first.release).toEqual({ number: 1, releasedAt: expect.any(String), latestNumber: 1 });
    expect(grid(first)).toEqual({
      Farkhor: [0, 0, 0, 0, 0],
      Hamadoni: [11, null, null, 0, 27],
      Khovaling: [0, 0, 0, 0, 0],
      Kulob: [null, null, null, 0, 27],
      Shurabad: [0, 0, 0, 0, 0],
      TOTAL: [null, 25, null, 0, 54],
    });

    // The scenario: one of Kulob's three medical women withdraws her consent to statistics…
    const coordinator = await t.signedIn("COORDINATOR");
    const [medical] = await t.sql<{ id: string }>(
      `SELECT k.id FROM consent k JOIN service s ON s.beneficiary_id = k.beneficiary_id
        WHERE s.kind = 'MEDICAL' AND s.provided_on = '2019-03-31' AND k.scope = 'STATISTICS' LIMIT 1`,
    );
    const withdrawn = await coordinator.ok(
      graphql(
        `mutation ReleaseWithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { message } } }`,
      ),
      { input: { id: medical?.id } },
    );
    expect(withdrawn.withdrawConsent.userErrors).toEqual([]);
    // …and a service is recorded late, dated inside the ended quarter, for a consenting woman.
    const [late] = await f.women("Hamadoni", 1);
    const recorded = await coordinator.ok(
      graphql(`mutation ReleaseRecordService($input: RecordServiceInput!) { recordService(input: $input) { userErrors { message } } }`),
      {
        input: {
          beneficiaryId: late,
          unitId: await t.unitId("CRISIS"),
          kind: "MEDICAL",
          subtype: "OTHER",
          providedOn: "2019-02-15",
          outcome: "PROVIDED",
        },
      },
    );
    expect(recorded.recordService.userErrors).toEqual([]);

    // A fresh count would now differ (Kulob 26, Hamadoni 28, medical 9 − 1 + 1, grand total 54):
    // subtracting it from the first reading is the attack. The release does not move.
    const live = await liveGrid();
    expect(live.Kulob?.[4]).toBe(26);
    expect(live.Hamadoni?.[4]).toBe(28);
    expect(live).not.toEqual(grid(first));
    const again = (await partner.ok(TABLE, { input })).statisticsTable;
    expect(again).toEqual(first);
    const analyst = await t.signedIn("ANALYST");
    expect((await analyst.ok(TABLE, { input })).statisticsTable).toEqual(first);
    // An erasure does not move it either.
    await t.admin.ok(
      graphql(
        `mutation ReleaseEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }`,
      ),
      {
        input: { id: late, reason: "She asked to be forgotten." },
      },
    );
    expect((await partner.ok(TABLE, { input })).statisticsTable).toEqual(first);
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM statistics_release");
    expect(n).toBe(1);
  });

  it("refuses a correction whose every change is smaller than the minimum, and keeps the release", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    // Since release 1: Kulob lost one woman (withdrawn), Hamadoni gained one (late service): every
    // shown value that changed moved by 1.
    const r = await coordinator.ok(CORRECT, { input: { ...input, reason: "Late records" } });
    expect(r.publishCorrectedStatistics.table).toBeNull();
    expect(r.publishCorrectedStatistics.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "period"], code: "INVALID", message: expect.stringMatching(/nothing new/) }),
    ]);
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    expect((await partner.ok(TABLE, { input })).statisticsTable.release.number).toBe(1);
  });

  it("publishes a correction that hides every value whose change would single a woman out", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    const first = grid((await partner.ok(TABLE, { input })).statisticsTable);
    // Ten more Hamadoni women given legal help in the quarter, recorded late: a change of 10 may be shown.
    await f.services(await f.women("Hamadoni", 10), "LEGAL");
    const r = await coordinator.ok(CORRECT, { input: { ...input, reason: "Ten legal cases recorded late" } });
    expect(r.publishCorrectedStatistics.userErrors).toEqual([]);
    expect(present(r.publishCorrectedStatistics.table, "table").release).toEqual({ number: 2, latestNumber: 2 });
    const second = (await partner.ok(TABLE, { input })).statisticsTable;
    expect(second.release).toMatchObject({ number: 2, latestNumber: 2 });
    const g = grid(second);
    // True now: Hamadoni 21 legal (11 + 10), total 38 (27 + 1 late + 10); Kulob total 26 (27 − 1
    // withdrawn); grand total 64 (54 − 1 + 1 + 10). Kulob's total moved by 1: hidden, with a
    // complement in the column of row totals; what release 1 hid stays hidden.
    expect(g).toEqual({
      Farkhor: [0, 0, 0, 0, 0],
      Hamadoni: [21, null, null, 0, null],
      Khovaling: [0, 0, 0, 0, 0],
      Kulob: [null, null, null, 0, null],
      Shurabad: [0, 0, 0, 0, 0],
      TOTAL: [null, 25, null, 0, 64],
    });
    for (const change of visibleChanges(first, g)) expect(change).toBeGreaterThanOrEqual(second.minimumCount);
    // Release 1 can still be read, and says a newer one exists.
    const old = (await partner.ok(TABLE, { input: { ...input, release: 1 } })).statisticsTable;
    expect(grid(old)).toEqual(first);
    expect(old.release).toMatchObject({ number: 1, latestNumber: 2 });
    const missing = await partner.gql(TABLE, { input: { ...input, release: 7 } });
    expect(codes(missing)).toEqual(["BAD_USER_INPUT"]);
    // Only coordinators and admins correct; releases are never rewritten.
    const analyst = await t.signedIn("ANALYST");
    expect(codes(await analyst.gql(CORRECT, { input: { ...input, reason: "x" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await partner.gql(CORRECT, { input: { ...input, reason: "x" } }))).toEqual(["FORBIDDEN"]);
    await expect(t.sql("UPDATE statistics_release SET content = '{}'")).rejects.toThrow(/never changed/);
    await expect(t.sql("DELETE FROM statistics_release")).rejects.toThrow(/never changed/);
    const [event] = await t.sql("SELECT details FROM audit_event WHERE entity_type = 'StatisticsRelease'");
    expect(event?.details).toEqual({ table: SUPPORT, from: "2019-01-01", number: 2 });
  });

  it("keeps a woman who withdrew her consent out of every later release", async () => {
    const coordinator = await t.signedIn("COORDINATOR");
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    // The 15 Kulob women given psychological help withdraw (a change of 15 may be shown).
    await t.sql(
      `UPDATE consent k SET withdrawn_at = now() - interval '1 minute' FROM service s
        WHERE s.beneficiary_id = k.beneficiary_id AND s.kind = 'PSYCHOLOGICAL' AND k.scope = 'STATISTICS' AND k.withdrawn_at IS NULL
          AND k.beneficiary_id IN (SELECT b.id FROM beneficiary b JOIN community c ON c.id = b.community_id JOIN district d ON d.id = c.district_id WHERE d.name = 'Kulob')`,
    );
    const r = await coordinator.ok(CORRECT, { input: { ...input, reason: "Consents withdrawn" } });
    expect(r.publishCorrectedStatistics.userErrors).toEqual([]);
    const third = grid((await partner.ok(TABLE, { input })).statisticsTable);
    expect(third.TOTAL?.[1]).toBe(10); // psychological: 25 − Kulob's 15; Kulob's psychological cell stays hidden
    expect(third.Kulob?.[1]).toBeNull();
  });
});

describe("the first release, read on two replicas at once", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    const f = await fixture(t);
    await f.services(await f.women("Kulob", 12), "LEGAL", "2019-05-10");
  });
  afterAll(() => t?.stop());

  it("publishes one release, and every reader gets it", async () => {
    // A second API process on the same database, as behind a load balancer.
    const second = await startPlatform({ ...t.config, port: 0 }, createLogger("silent"));
    try {
      const one = await t.partnerClient(["READ_STATISTICS"]);
      const two = new Client(`http://127.0.0.1:${second.port}`, { authorization: `Bearer ${one.secret}` });
      const q2 = { input: { table: SUPPORT, period: { year: 2019, quarter: 2 } } };
      const answers = await Promise.all([one, two, one, two, one, two].map((c) => c.ok(TABLE, q2)));
      for (const a of answers) expect(a).toEqual(answers[0]);
      expect(answers[0]?.statisticsTable.release).toMatchObject({ number: 1 });
      expect(grid(present(answers[0], "answer").statisticsTable).Kulob).toEqual([12, 0, 0, 0, 12]);
      const rows = await t.sql("SELECT number FROM statistics_release WHERE period_from = '2019-04-01'");
      expect(rows).toEqual([{ number: 1 }]);
    } finally {
      await second.stop();
    }
  });
});
