import { type Client, codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }`;
const STEP = (name: string, extra = "") =>
  `mutation($id: ID!, $version: Int!, $reason: String!) { ${name}(input: { id: $id, version: $version, reason: $reason ${extra} }) {
    case { version } userErrors { field code } } }`;
const HISTORY = `query($id: ID!) { case(id: $id) {
  status closureDecision closureReason closureDecisionReason
  closureRequestedBy { id fullName } closureDecidedBy { id fullName }
  riskHistory { previousLevel level reason changedBy { id fullName role } }
  closureHistory { step reason takenBy { id fullName } }
} }`;

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
  caseId = r.openCase.case.id;
  version = r.openCase.case.version;
});
afterAll(() => t?.stop());

async function step(client: Client, name: string, reason: string, extra = "") {
  const r = await client.ok(STEP(name, extra), { id: caseId, version, reason });
  expect(r[name].userErrors).toEqual([]);
  version = r[name].case.version;
}

describe("a case's history says who did what and why", () => {
  it("names who changed the risk, with her display name and her reason", async () => {
    await step(worker, "changeCaseRisk", "Он снова угрожал ей.", ", level: MEDIUM");
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
    await step(worker, "requestCaseClosure", "Services done.");
    await step(coordinator, "decideCaseClosure", "The legal case is still pending.", ", approve: false");
    let { case: c } = await coordinator.ok(HISTORY, { id: caseId });
    expect(c).toMatchObject({
      status: "OPEN",
      closureDecision: "REJECTED",
      closureReason: "Services done.",
      closureDecisionReason: "The legal case is still pending.",
      closureRequestedBy: { id: worker.userId },
      closureDecidedBy: { id: coordinator.userId, fullName: "Test COORDINATOR" },
    });
    await step(worker, "requestCaseClosure", "The court decided; alimony is paid.");
    await step(coordinator, "decideCaseClosure", "Agreed.", ", approve: true");
    await step(worker, "reopenCase", "He came back.");
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
