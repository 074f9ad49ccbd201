import { graphql } from "../../../test/gql";
import { type Client, codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
let worker: Client & { userId: string };
beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
});
afterAll(() => t?.stop());

const OPEN = graphql(
  `mutation CaseloadOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }`,
);

describe("case load and counts", () => {
  it("shows a case worker their open cases by risk and the closings awaiting a decision", async () => {
    const unitId = await t.unitId("CRISIS");
    const women = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code LIMIT 3", [unitId]);
    const before = (await worker.ok(graphql(`query CaseloadCaseload { caseload { myOpenCasesByRisk { key count } awaitingClosure } }`)))
      .caseload;
    for (const [i, w] of women.entries()) {
      await worker.ok(OPEN, { input: { beneficiaryId: w.id, unitId, riskLevel: i === 2 ? "LOW" : "HIGH" } });
    }
    const after = (
      await worker.ok(graphql(`query CaseloadCaseload2 { caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure } }`))
    ).caseload;
    const countOf = (list: { key: string; count: number | null }[], key: string) => list.find((c) => c.key === key)?.count ?? 0;
    expect(countOf(after.myOpenCasesByRisk, "HIGH") - countOf(before.myOpenCasesByRisk, "HIGH")).toBe(2);
    expect(countOf(after.myOpenCasesByRisk, "LOW") - countOf(before.myOpenCasesByRisk, "LOW")).toBe(1);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM "case" WHERE closure_decision = 'REQUESTED' AND status = 'OPEN' AND unit_id = $1`,
      [unitId],
    );
    expect(after.awaitingClosure).toBe(n);
  });

  it("gives analysts counts and nothing personal", async () => {
    const analyst = await t.signedIn("ANALYST");
    const coordinator = await t.signedIn("COORDINATOR");
    const Q = graphql(
      `query CaseloadAssistanceCounts2 { assistanceCounts(from: "2000-01-01", to: "2100-12-31") { casesOpenedByRisk { key count } minimumCount } }`,
    );
    const data = await coordinator.ok(Q);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM "case"`);
    const opened = data.assistanceCounts.casesOpenedByRisk.reduce((s: number, c: { count: number | null }) => s + (c.count ?? 0), 0);
    expect(opened).toBe(n);
    expect(data.assistanceCounts.minimumCount).toBeNull();
    expect(codes(await analyst.gql(graphql(`query CaseloadCases { cases(first: 1) { totalCount } }`)))).toEqual(["FORBIDDEN"]);
    expect(codes(await analyst.gql(Q))).toEqual(["BAD_USER_INPUT"]); // runs into months not ended
    expect(
      codes(
        await analyst.gql(
          graphql(`query CaseloadAssistanceCounts3 { assistanceCounts(from: "2026-12-31", to: "2026-01-01") { shelterAdmissions } }`),
        ),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
    const r = await analyst.ok(
      graphql(
        `query CaseloadAssistanceCounts { assistanceCounts(from: "2021-01-01", to: "2025-12-31") { servicesByKind { key count suppressed } minimumCount } }`,
      ),
    );
    expect(r.assistanceCounts.minimumCount).toBe(5);
    const shown = (c: { count: number | null; suppressed: boolean }) => (c.suppressed ? c.count === null : (c.count as number) >= 5);
    expect(r.assistanceCounts.servicesByKind.filter((c) => !shown(c))).toEqual([]);
  });
});
