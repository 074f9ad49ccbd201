import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, TEST_DATA_KEY, type TestPlatform } from "../../../test/harness";
import { KeyRing, keyId, useKeyRing } from "../../core/crypto";
import { reencryptAll } from "../../core/db/rotate";

const OPEN = graphql(`mutation CaseOpenCase($input: OpenCaseInput!) { openCase(input: $input) {
  case { id status stage riskLevel plan version caseWorker { fullName } riskHistory { previousLevel level } } userErrors { field message code } } }`);
const INCIDENT = graphql(`mutation CaseRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) {
  incident { id gbvType narrative perpetratorDetails reportingDelay } userErrors { field message code } } }`);
const CHANGE_RISK = graphql(`mutation CaseChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {
  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) {
    case { status stage riskLevel closureDecision version } userErrors { field message code } } }`);
const REQUEST_CLOSURE = graphql(`mutation CaseRequestClosure($id: ID!, $version: Int!, $reason: String!) {
  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) {
    case { status stage riskLevel closureDecision version } userErrors { field message code } } }`);
const DECIDE_CLOSURE = graphql(`mutation CaseDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {
  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) {
    case { status stage riskLevel closureDecision version } userErrors { field message code } } }`);
const REOPEN = graphql(`mutation CaseReopen($id: ID!, $version: Int!, $reason: String!) {
  reopenCase(input: { id: $id, version: $version, reason: $reason }) {
    case { status stage riskLevel closureDecision version } userErrors { field message code } } }`);

const NARRATIVE = "Муж избил её после ссоры о деньгах; соседи слышали крики.";
const PERPETRATOR = "Шавҳар, 41 сол, бекор";
const PLAN = "Юридическая консультация по алиментам; психолог два раза в неделю.";

let t: TestPlatform;
let worker: Client & { userId: string };
let otherWorker: Client;
let coordinator: Client;
let beneficiaryId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  otherWorker = await t.signedIn("CASE_WORKER", ["SHELTER"]);
  coordinator = await t.signedIn("COORDINATOR");
  const [b] = await t.sql("SELECT id FROM beneficiary WHERE unit_id = $1 ORDER BY code LIMIT 1", [await t.unitId("CRISIS")]);
  beneficiaryId = b.id;
});
afterAll(() => t?.stop());

async function openCase(plan = PLAN) {
  const r = await worker.ok(OPEN, { input: { beneficiaryId, unitId: await t.unitId("CRISIS"), riskLevel: "HIGH", plan } });
  expect(r.openCase.userErrors).toEqual([]);
  return present(r.openCase.case, "case");
}

const auditCount = (action: string, entityId: string) => t.auditCount(action, entityId);

describe("cases", () => {
  it("opens a case in the case worker's unit, with the first risk level in its history", async () => {
    const c = await openCase();
    expect(c).toMatchObject({
      status: "OPEN",
      stage: "CASE_PLAN",
      riskLevel: "HIGH",
      plan: PLAN,
      version: 1,
      caseWorker: { fullName: "Test CASE_WORKER" },
    });
    expect(c.riskHistory).toEqual([{ previousLevel: null, level: "HIGH" }]);
    const elsewhere = await worker.ok(OPEN, { input: { beneficiaryId, unitId: await t.unitId("SHELTER"), riskLevel: "LOW" } });
    expect(elsewhere.openCase.userErrors[0]).toMatchObject({ field: ["input", "unitId"] });
  });

  it("keeps plans, narratives and perpetrator details encrypted in the database", async () => {
    const c = await openCase();
    const r = await worker.ok(INCIDENT, {
      input: {
        caseId: c.id,
        occurredOn: "2026-11-20",
        reportedOn: "2026-11-27",
        gbvType: "PHYSICAL_ASSAULT",
        perpetratorRelation: "INTIMATE_PARTNER",
        placeType: "HOME",
        narrative: NARRATIVE,
        perpetratorDetails: PERPETRATOR,
      },
    });
    expect(r.recordIncident.incident).toMatchObject({ narrative: NARRATIVE, perpetratorDetails: PERPETRATOR, reportingDelay: "DAYS_6_14" });
    const [row] = await t.sql("SELECT narrative, perpetrator_details FROM incident WHERE id = $1", [
      present(r.recordIncident.incident, "incident").id,
    ]);
    expect(row.narrative).toMatch(/^v1:[0-9a-f]{8}:/);
    const dump = JSON.stringify(await t.sql("SELECT * FROM incident")) + JSON.stringify(await t.sql('SELECT * FROM "case"'));
    for (const secret of ["избил", "Шавҳар", "алиментам"]) expect(dump).not.toContain(secret);
  });

  it("refuses incidents in the future, reported before they happened, or with unknown types, writing nothing", async () => {
    const c = await openCase();
    const base = { caseId: c.id, gbvType: "PSYCHOLOGICAL_ABUSE", perpetratorRelation: "IN_LAW", placeType: "IN_LAWS_HOME" };
    const future = await worker.ok(INCIDENT, { input: { ...base, occurredOn: "2099-01-01" } });
    expect(future.recordIncident.userErrors[0]).toMatchObject({ field: ["input", "occurredOn"] });
    const backwards = await worker.ok(INCIDENT, { input: { ...base, occurredOn: "2026-11-10", reportedOn: "2026-11-01" } });
    expect(backwards.recordIncident.userErrors[0]).toMatchObject({ field: ["input", "reportedOn"] });
    const unknown = await worker.gql(INCIDENT, { input: { ...base, occurredOn: "2026-11-10", gbvType: "THEFT" } });
    expect(codes(unknown)).toEqual(["BAD_USER_INPUT"]);
    const tooLong = await worker.ok(INCIDENT, { input: { ...base, occurredOn: "2026-11-10", perpetratorDetails: "x".repeat(2001) } });
    expect(tooLong.recordIncident.userErrors[0]).toMatchObject({ field: ["input", "perpetratorDetails"], code: "TOO_LONG" });
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM incident WHERE case_id = $1", [c.id]);
    expect(n).toBe(0);
  });

  it("writes exactly one audit event for each sensitive read", async () => {
    const c = await openCase();
    const inc = await worker.ok(INCIDENT, {
      input: {
        caseId: c.id,
        occurredOn: "2026-11-01",
        gbvType: "DENIAL_OF_RESOURCES",
        perpetratorRelation: "FAMILY_MEMBER",
        placeType: "HOME",
      },
    });
    const incidentId = present(inc.recordIncident.incident, "incident").id;
    const before = { case: await auditCount("READ", c.id), incident: await auditCount("READ", incidentId) };
    await coordinator.ok(graphql(`query CaseCase($id: ID!) { case(id: $id) { riskLevel incidents { gbvType } } }`), { id: c.id });
    expect(await auditCount("READ", c.id)).toBe(before.case + 1);
    expect(await auditCount("READ", incidentId)).toBe(before.incident + 1);
    await coordinator.ok(graphql(`query CaseIncident($id: ID!) { incident(id: $id) { gbvType } }`), { id: incidentId });
    expect(await auditCount("READ", incidentId)).toBe(before.incident + 2);
    const [event] = await t.sql(
      "SELECT actor_role, entity_type, ip FROM audit_event WHERE action = 'READ' AND entity_id = $1 ORDER BY id DESC LIMIT 1",
      [incidentId],
    );
    expect(event).toEqual({ actor_role: "COORDINATOR", entity_type: "Incident", ip: expect.stringMatching(/127\.0\.0\.1/) });
  });

  it("answers a case outside a case worker's units as missing, and audits the attempt", async () => {
    const c = await openCase();
    const hidden = await otherWorker.gql(graphql(`query CaseCase2($id: ID!) { case(id: $id) { id } }`), { id: c.id });
    const absent = await otherWorker.gql(graphql(`query CaseCase3 { case(id: "00000000-0000-4000-8000-000000000000") { id } }`));
    expect(failures(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe(absent.errors?.[0]?.message);
    expect(await auditCount("DENIED", c.id)).toBe(1);
    const listed = await otherWorker.ok(graphql(`query CaseCases5 { cases(first: 100) { edges { node { id } } } }`));
    expect(listed.cases.edges.map((e) => e.node.id)).not.toContain(c.id);
    const trainer = await t.signedIn("TRAINER");
    expect(codes(await trainer.gql(graphql(`query CaseCase4($id: ID!) { case(id: $id) { id } }`), { id: c.id }))).toEqual(["FORBIDDEN"]);
    const [denied] = await t.sql("SELECT actor_role, details FROM audit_event WHERE action = 'DENIED' AND actor_id = $1", [trainer.userId]);
    expect(denied).toEqual({ actor_role: "TRAINER", details: { field: "Query.case" } });
  });

  it("lets a case worker see a woman registered elsewhere once her unit has a case for her", async () => {
    const [woman] = await t.sql(
      `SELECT id FROM beneficiary b WHERE unit_id = $1 AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id) ORDER BY code LIMIT 1`,
      [await t.unitId("RESOURCE")],
    );
    const read = graphql(`query CaseBeneficiary($id: ID!) { beneficiary(id: $id) { code lastName } }`);
    expect(failures(await worker.gql(read, { id: woman.id }))).toEqual(["NOT_FOUND"]);
    const opened = await coordinator.ok(OPEN, { input: { beneficiaryId: woman.id, unitId: await t.unitId("CRISIS"), riskLevel: "LOW" } });
    expect(opened.openCase.userErrors).toEqual([]);
    expect((await worker.ok(read, { id: woman.id })).beneficiary.code).toMatch(/^NK-/);
  });

  it("moves forward through the workflow and keeps the risk history", async () => {
    const c = await openCase();
    const stage = graphql(
      `mutation CaseUpdateCase($input: UpdateCaseInput!) { updateCase(input: $input) { case { stage version } userErrors { field code } } }`,
    );
    const forward = await worker.ok(stage, { input: { id: c.id, version: 1, stage: "SERVICE_PROVISION" } });
    expect(forward.updateCase.case).toEqual({ stage: "SERVICE_PROVISION", version: 2 });
    const back = await worker.ok(stage, { input: { id: c.id, version: 2, stage: "NEW" } });
    expect(back.updateCase.userErrors[0]).toMatchObject({ field: ["input", "stage"] });
    const risk = await worker.ok(CHANGE_RISK, { id: c.id, version: 2, reason: "Она переехала к сестре.", level: "MEDIUM" });
    expect(risk.changeCaseRisk.case).toMatchObject({ riskLevel: "MEDIUM", version: 3 });
    const history = await worker.ok(graphql(`query CaseCase5($id: ID!) { case(id: $id) { riskHistory { previousLevel level reason } } }`), {
      id: c.id,
    });
    expect(history.case.riskHistory).toEqual([
      { previousLevel: null, level: "HIGH", reason: null },
      { previousLevel: "HIGH", level: "MEDIUM", reason: "Она переехала к сестре." },
    ]);
  });

  it("closes only with a coordinator's approval, and can be reopened", async () => {
    const c = await openCase();
    const asked = await worker.ok(REQUEST_CLOSURE, { id: c.id, version: 1, reason: "All services provided." });
    expect(asked.requestCaseClosure.case).toMatchObject({ status: "OPEN", closureDecision: "REQUESTED", version: 2 });
    const awaiting = await coordinator.ok(
      graphql(`query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }`),
    );
    expect(awaiting.cases.edges.map((e) => e.node.id)).toContain(c.id);
    expect(codes(await worker.gql(DECIDE_CLOSURE, { id: c.id, version: 2, reason: "ok", approve: true }))).toEqual(["FORBIDDEN"]);
    const rejected = await coordinator.ok(DECIDE_CLOSURE, {
      id: c.id,
      version: 2,
      reason: "Follow-up pending.",
      approve: false,
    });
    expect(rejected.decideCaseClosure.case).toMatchObject({ status: "OPEN", closureDecision: "REJECTED" });
    await worker.ok(REQUEST_CLOSURE, { id: c.id, version: 3, reason: "Follow-up done." });
    const approved = await coordinator.ok(DECIDE_CLOSURE, { id: c.id, version: 4, reason: "Agreed.", approve: true });
    expect(approved.decideCaseClosure.case).toMatchObject({ status: "CLOSED", stage: "CLOSED", closureDecision: "APPROVED" });
    const onClosed = await worker.ok(INCIDENT, {
      input: { caseId: c.id, occurredOn: "2026-11-01", gbvType: "NOT_GBV", perpetratorRelation: "UNKNOWN", placeType: "OTHER" },
    });
    expect(onClosed.recordIncident.userErrors[0]?.message).toMatch(/not open/);
    const reopened = await worker.ok(REOPEN, { id: c.id, version: 5, reason: "She came back." });
    expect(reopened.reopenCase.case).toMatchObject({ status: "OPEN", stage: "CASE_PLAN", closureDecision: null });
    const twice = await worker.ok(REOPEN, { id: c.id, version: 6, reason: "again" });
    expect(twice.reopenCase.userErrors[0]?.message).toBe("Only a closed case can be reopened.");
    const stale = await worker.gql(CHANGE_RISK, { id: c.id, version: 5, reason: "stale", level: "LOW" });
    expect(failures(stale)).toEqual(["CONFLICT"]);
  });

  it("lists a case worker's open cases, highest risk first", async () => {
    const mine = await worker.ok(
      graphql(
        `query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }`,
      ),
    );
    const levels = mine.cases.edges.map((e) => e.node.riskLevel);
    expect(levels.length).toBeGreaterThan(0);
    const rank = { HIGH: 3, MEDIUM: 2, LOW: 1 };
    expect(levels.map((l) => rank[l])).toEqual([...levels.map((l) => rank[l])].sort((a, b) => b - a));
  });
});

describe("data key rotation", () => {
  it("re-encrypts every value under a new key while the server keeps answering", async () => {
    const c = await openCase("Plan under the old key.");
    const oldKey = Buffer.from(TEST_DATA_KEY, "base64");
    const newKey = Buffer.alloc(32, 0x07);
    const ring = new KeyRing(newKey, [oldKey]);
    useKeyRing(ring);
    try {
      const report = await reencryptAll(t.platform.services.db, ring);
      expect(report.find((r) => r.table === "case" && r.column === "plan")?.reencrypted).toBeGreaterThan(0);
      const stale = await t.sql(`SELECT count(*)::int AS n FROM "case" WHERE plan IS NOT NULL AND plan NOT LIKE $1`, [
        `v1:${keyId(newKey)}:%`,
      ]);
      expect(stale[0].n).toBe(0);
      // Only the new key is needed now.
      useKeyRing(new KeyRing(newKey));
      const read = await coordinator.ok(graphql(`query CaseCase6($id: ID!) { case(id: $id) { plan } }`), { id: c.id });
      expect(read.case.plan).toBe("Plan under the old key.");
      expect((await reencryptAll(t.platform.services.db, ring)).every((r) => r.reencrypted === 0)).toBe(true);
    } finally {
      useKeyRing(new KeyRing(newKey, [oldKey]));
    }
  });
});
