import { graphql } from "../../../test/gql";
import { type Client, codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const OPEN = graphql(
  `mutation CaseHistoryOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }`,
);
const CHANGE_RISK = graphql(`mutation CaseHistoryChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {
  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) { case { version } userErrors { field code } } }`);
const REQUEST_CLOSURE = graphql(`mutation CaseHistoryRequestClosure($id: ID!, $version: Int!, $reason: String!) {
  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }`);
const DECIDE_CLOSURE = graphql(`mutation CaseHistoryDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {
  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) { case { version } userErrors { field code } } }`);
const REOPEN = graphql(`mutation CaseHistoryReopen($id: ID!, $version: Int!, $reason: String!) {
  reopenCase(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }`);
const HISTORY = graphql(`query CaseHistoryCase($id: ID!) { case(id: $id) {
  status closureDecision closureReason closureDecisionReason
  closureRequestedBy { id fullName } closureDecidedBy { id fullName }
  riskHistory { previousLevel level reason changedBy { id fullName role } }
  closureHistory { step reason takenBy { id fullName } }
} }`);

let t: TestPlatform;
let worker: Client & { userId: string };
let coordinator: Client & { userId: string };
let caseId: string;
let version: number;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  coordinator = await t.signedIn("COORDINATOR");
  const [b] = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code LIMIT 1", [await t.unitId("CRISIS")]);
  const r = await worker.ok(OPEN, { input: { beneficiaryId: b.id, unitId: await t.unitId("CRISIS"), riskLevel: "HIGH" } });
  caseId = present(r.openCase.case, "case").id;
  version = present(r.openCase.case, "case").version;
});
afterAll(() => t?.stop());

/** One step of the case's life, sent as `client`: it must succeed, and the case's new version is kept. */
async function step(
  client: Client,
  send: (c: Client, at: { id: string; version: number }) => Promise<{ case: { version: number } | null; userErrors: unknown[] }>,
) {
  const r = await send(client, { id: caseId, version });
  expect(r.userErrors).toEqual([]);
  version = present(r.case, "case").version;
}

describe("a case's history says who did what and why", () => {
  it("names who changed the risk, with her display name and her reason", async () => {
    await step(
      worker,
      async (c, at) => (await c.ok(CHANGE_RISK, { ...at, reason: "Он снова угрожал ей.", level: "MEDIUM" })).changeCaseRisk,
    );
    const { case: c } = await coordinator.ok(HISTORY, { id: caseId });
    expect(c.riskHistory).toEqual([
      {
        previousLevel: null,
        level: "HIGH",
        reason: null,
        changedBy: { id: worker.userId, fullName: "Test CASE_WORKER", role: "CASE_WORKER" },
      },
      {
        previousLevel: "HIGH",
        level: "MEDIUM",
        reason: "Он снова угрожал ей.",
        changedBy: { id: worker.userId, fullName: "Test CASE_WORKER", role: "CASE_WORKER" },
      },
    ]);
  });

  it("keeps the reasons of each request to close and of each decision, and who took each step", async () => {
    await step(worker, async (c, at) => (await c.ok(REQUEST_CLOSURE, { ...at, reason: "Services done." })).requestCaseClosure);
    await step(
      coordinator,
      async (c, at) =>
        (await c.ok(DECIDE_CLOSURE, { ...at, reason: "The legal case is still pending.", approve: false })).decideCaseClosure,
    );
    let { case: c } = await coordinator.ok(HISTORY, { id: caseId });
    expect(c).toMatchObject({
      status: "OPEN",
      closureDecision: "REJECTED",
      closureReason: "Services done.",
      closureDecisionReason: "The legal case is still pending.",
      closureRequestedBy: { id: worker.userId },
      closureDecidedBy: { id: coordinator.userId, fullName: "Test COORDINATOR" },
    });
    await step(
      worker,
      async (c, at) => (await c.ok(REQUEST_CLOSURE, { ...at, reason: "The court decided; alimony is paid." })).requestCaseClosure,
    );
    await step(coordinator, async (c, at) => (await c.ok(DECIDE_CLOSURE, { ...at, reason: "Agreed.", approve: true })).decideCaseClosure);
    await step(worker, async (c, at) => (await c.ok(REOPEN, { ...at, reason: "He came back." })).reopenCase);
    ({ case: c } = await coordinator.ok(HISTORY, { id: caseId }));
    expect(c.closureHistory).toEqual([
      { step: "REQUESTED", reason: "Services done.", takenBy: { id: worker.userId, fullName: "Test CASE_WORKER" } },
      { step: "REJECTED", reason: "The legal case is still pending.", takenBy: { id: coordinator.userId, fullName: "Test COORDINATOR" } },
      { step: "REQUESTED", reason: "The court decided; alimony is paid.", takenBy: { id: worker.userId, fullName: "Test CASE_WORKER" } },
      { step: "APPROVED", reason: "Agreed.", takenBy: { id: coordinator.userId, fullName: "Test COORDINATOR" } },
      { step: "REOPENED", reason: "He came back.", takenBy: { id: worker.userId, fullName: "Test CASE_WORKER" } },
    ]);
    const [row] = await t.sql("SELECT reason FROM case_closure_step WHERE case_id = $1 AND step = 'REJECTED'", [caseId]);
    expect(row.reason).toMatch(/^v1:/);
  });

  it("shows the history to nobody outside the case roles", async () => {
    for (const role of ["TRAINER", "FACILITATOR", "ANALYST"] as const) {
      const other = await t.signedIn(role);
      expect(codes(await other.gql(HISTORY, { id: caseId }))).toContain("FORBIDDEN");
    }
    const elsewhere = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    expect(codes(await elsewhere.gql(HISTORY, { id: caseId }))).toEqual(["NOT_FOUND"]);
  });
});
