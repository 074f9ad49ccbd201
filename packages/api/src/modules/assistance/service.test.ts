import { graphql } from "../../../test/gql";
import type { ServiceFilter } from "../../../test/gql/graphql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { today } from "../../core/clock";

const RECORD = graphql(`mutation ServiceRecordService($input: RecordServiceInput!) { recordService(input: $input) {
  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue
  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }`);
const UPDATE = graphql(`mutation ServiceUpdateService($input: UpdateServiceInput!) { updateService(input: $input) {
  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue
  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }`);
const COMPLETE = graphql(`mutation ServiceCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {
  service { id followUpDoneAt overdue version } userErrors { field message code } } }`);
const OPEN = graphql(
  `mutation ServiceOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message code } } }`,
);
const NIL = "00000000-0000-4000-8000-000000000000";

const NOTES = "Консультация по алиментам; муж угрожал ей, она боится вернуться домой.";

/** A day `offset` days from today in Dushanbe, YYYY-MM-DD. */
function day(offset: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

let t: TestPlatform;
let worker: Client & { userId: string };
let otherWorker: Client & { userId: string };
let coordinator: Client & { userId: string };
let crisis: string;
let shelter: string;
/** Beneficiaries of the crisis centre registered here, each test using its own where counts matter. */
let women: string[];
/** A beneficiary of the shelter, out of the crisis case worker's reach. */
let shelterWoman: string;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  otherWorker = await t.signedIn("CASE_WORKER", ["SHELTER"]);
  coordinator = await t.signedIn("COORDINATOR");
  crisis = await t.unitId("CRISIS");
  shelter = await t.unitId("SHELTER");
  // Women of their own, so that services of the demo data never mix into the counts here.
  const [{ id: communityId }] = await t.sql("SELECT id FROM community ORDER BY name LIMIT 1");
  const register = async (unitId: string, n: number) => {
    const r = await coordinator.ok(
      graphql(
        `mutation ServiceCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: `Тест${n}`, lastName: "Services", communityId, unitId } },
    );
    expect(r.createBeneficiary.userErrors).toEqual([]);
    return present(r.createBeneficiary.beneficiary, "beneficiary").id as string;
  };
  women = [];
  for (let n = 0; n < 8; n++) women.push(await register(crisis, n));
  shelterWoman = await register(shelter, 8);
});
afterAll(() => t?.stop());

const base = (beneficiaryId: string) => ({
  beneficiaryId,
  unitId: crisis,
  kind: "LEGAL",
  subtype: "ALIMONY",
  providedOn: day(-3),
  outcome: "PROVIDED",
});

async function record(client: Client, input: Record<string, unknown>) {
  const r = await client.ok(RECORD, { input });
  expect(r.recordService.userErrors).toEqual([]);
  return present(r.recordService.service, "service");
}

async function refused(input: Record<string, unknown>, client: Client = worker) {
  const before = await serviceCount();
  const r = await client.ok(RECORD, { input });
  expect(r.recordService.service).toBeNull();
  expect(await serviceCount()).toBe(before);
  return r.recordService.userErrors;
}

async function openCase(beneficiaryId: string) {
  const r = await worker.ok(OPEN, { input: { beneficiaryId, unitId: crisis, riskLevel: "MEDIUM" } });
  expect(r.openCase.userErrors).toEqual([]);
  return present(r.openCase.case, "case").id as string;
}

const serviceCount = async () => (await t.sql("SELECT count(*)::int AS n FROM service"))[0].n as number;
const auditCount = (action: string, entityId: string) => t.auditCount(action, entityId);

describe("recording services", () => {
  it("records all four kinds, provided by default by the one recording them, each audited as created", async () => {
    const subtypes = {
      LEGAL: "DIVORCE",
      PSYCHOLOGICAL: "CRISIS_INTERVENTION",
      MEDICAL: "FORENSIC_EXAMINATION",
      ECONOMIC: "VOCATIONAL_TRAINING",
    };
    for (const [kind, subtype] of Object.entries(subtypes)) {
      const s = await record(worker, { ...base(women[0] as string), kind, subtype, outcome: "REFERRED" });
      expect(s).toMatchObject({
        kind,
        subtype,
        outcome: "REFERRED",
        providedOn: day(-3),
        followUpDueOn: null,
        followUpDoneAt: null,
        notes: null,
        version: 1,
        overdue: false,
        beneficiary: { id: women[0] },
        unit: { code: "CRISIS" },
        provider: { id: worker.userId, fullName: "Test CASE_WORKER" },
        case: null,
      });
      const events = await t.sql("SELECT action, entity_type, actor_id, details FROM audit_event WHERE entity_id = $1", [s.id]);
      expect(events).toEqual([{ action: "CREATE", entity_type: "Service", actor_id: worker.userId, details: null }]);
    }
    const other = await record(worker, { ...base(women[0] as string), kind: "ECONOMIC", subtype: "OTHER", providedOn: today() });
    expect(other.subtype).toBe("OTHER");
  });

  it("records a service on a case of the same woman, by another provider of the unit", async () => {
    const caseId = await openCase(women[1] as string);
    const s = await record(coordinator, { ...base(women[1] as string), caseId, providerId: worker.userId });
    expect(s).toMatchObject({ case: { id: caseId }, provider: { id: worker.userId } });
    const otherWoman = await refused({ ...base(women[2] as string), caseId });
    expect(otherWoman).toEqual([{ field: ["input", "caseId"], message: "The case is about another beneficiary.", code: "MISMATCH" }]);
    const noCase = await refused({ ...base(women[1] as string), caseId: NIL });
    expect(noCase[0]).toMatchObject({ field: ["input", "caseId"], code: "NOT_FOUND" });
    const outsider = await refused({ ...base(women[1] as string), providerId: otherWorker.userId }, coordinator);
    expect(outsider[0]).toMatchObject({ field: ["input", "providerId"], message: "The provider does not work in the service's unit." });
    const nobody = await refused({ ...base(women[1] as string), providerId: NIL }, coordinator);
    expect(nobody[0]).toMatchObject({ field: ["input", "providerId"], code: "NOT_FOUND" });
  });

  it("refuses a subtype its kind does not allow, writing nothing", async () => {
    const errors = present(await refused({ ...base(women[0] as string), kind: "LEGAL", subtype: "FORENSIC_EXAMINATION" }), "errors");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: ["input", "subtype"], code: "NOT_ALLOWED" });
    expect(errors[0]?.message).toMatch(/FORENSIC_EXAMINATION is not a subtype of LEGAL/);
    const economic = await refused({ ...base(women[0] as string), kind: "ECONOMIC", subtype: "DIVORCE" });
    expect(economic[0]).toMatchObject({ field: ["input", "subtype"] });
    const [{ n }] = await t.sql(
      "SELECT count(*)::int AS n FROM service WHERE (kind, subtype) IN (('LEGAL', 'FORENSIC_EXAMINATION'), ('ECONOMIC', 'DIVORCE'))",
    );
    expect(n).toBe(0);
  });

  it("refuses future days, follow-ups before the service, malformed days and notes over the limit", async () => {
    const input = base(women[0] as string);
    expect(await refused({ ...input, providedOn: day(1) })).toEqual([
      { field: ["input", "providedOn"], message: "The service cannot be in the future.", code: "IN_FUTURE" },
    ]);
    expect(await refused({ ...input, followUpDueOn: day(-4) })).toEqual([
      {
        field: ["input", "followUpDueOn"],
        message: "The follow-up cannot be due before the day the service was given.",
        code: "TOO_EARLY",
      },
    ]);
    for (const providedOn of ["2026-02-30", "2026-01-01T10:00:00Z", "yesterday"]) {
      expect(await refused({ ...input, providedOn })).toEqual([
        {
          field: ["input", "providedOn"],
          message: "providedOn must be a date written YYYY-MM-DD, e.g. 2026-03-08.",
          code: "INVALID_FORMAT",
        },
      ]);
    }
    const tooLong = await refused({ ...input, notes: "x".repeat(20_001) });
    expect(tooLong).toEqual([{ field: ["input", "notes"], message: "Notes must be at most 20000 characters.", code: "TOO_LONG" }]);
    const atLimit = await record(worker, { ...input, notes: "x".repeat(20_000) });
    expect(atLimit.notes).toHaveLength(20_000);
  });

  it("answers an unknown kind, subtype or outcome with BAD_USER_INPUT", async () => {
    const before = await serviceCount();
    for (const wrong of [{ kind: "SPIRITUAL" }, { subtype: "LOAN" }, { outcome: "MAYBE" }]) {
      const r = await worker.gql(RECORD, { input: { ...base(women[0] as string), ...wrong } });
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await serviceCount()).toBe(before);
  });

  it("keeps a case worker to the women and units of her own units", async () => {
    expect(await refused({ ...base(women[0] as string), unitId: shelter })).toEqual([
      { field: ["input", "unitId"], message: "You can record services only in your own units.", code: "OUT_OF_REACH" },
    ]);
    const hidden = await refused({ ...base(shelterWoman), unitId: crisis });
    expect(hidden[0]).toMatchObject({ field: ["input", "beneficiaryId"], code: "NOT_FOUND" });
    expect((await refused({ ...base(women[0] as string), unitId: NIL }, coordinator))[0]).toMatchObject({
      field: ["input", "unitId"],
      code: "NOT_FOUND",
    });
  });

  it("keeps notes encrypted in the database", async () => {
    const s = await record(worker, { ...base(women[0] as string), notes: NOTES });
    expect(s.notes).toBe(NOTES);
    const [row] = await t.sql("SELECT notes FROM service WHERE id = $1", [s.id]);
    expect(row.notes).toMatch(/^v1:[0-9a-f]{8}:/);
    const dump = JSON.stringify(await t.sql("SELECT * FROM service"));
    for (const secret of ["алиментам", "угрожал", "боится"]) expect(dump).not.toContain(secret);
    const read = await coordinator.ok(graphql(`query ServiceService($id: ID!) { service(id: $id) { notes } }`), { id: s.id });
    expect(read.service.notes).toBe(NOTES);
  });
});

describe("changing services", () => {
  it("updates with the version read, audits the field names only, and refuses a stale version without overwriting", async () => {
    const s = await record(worker, { ...base(women[3] as string), notes: NOTES });
    const changed = await worker.ok(UPDATE, { input: { id: s.id, version: 1, outcome: "DECLINED", subtype: "DIVORCE" } });
    expect(changed.updateService.userErrors).toEqual([]);
    expect(changed.updateService.service).toMatchObject({ outcome: "DECLINED", subtype: "DIVORCE", notes: NOTES, version: 2 });
    const [event] = await t.sql("SELECT details FROM audit_event WHERE action = 'UPDATE' AND entity_id = $1", [s.id]);
    expect(event.details).toEqual({ fields: ["outcome", "subtype"] });

    const stale = await coordinator.gql(UPDATE, { input: { id: s.id, version: 1, notes: "Overwritten.", outcome: "PROVIDED" } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const read = await coordinator.ok(graphql(`query ServiceService2($id: ID!) { service(id: $id) { outcome notes version } }`), {
      id: s.id,
    });
    expect(read.service).toEqual({ outcome: "DECLINED", notes: NOTES, version: 2 });

    const wrongSubtype = await worker.ok(UPDATE, { input: { id: s.id, version: 2, subtype: "GROUP_SUPPORT" } });
    expect(wrongSubtype.updateService.userErrors[0]).toMatchObject({ field: ["input", "subtype"] });
    const emptied = await worker.ok(UPDATE, { input: { id: s.id, version: 2, outcome: null } });
    expect(emptied.updateService.userErrors[0]).toMatchObject({ field: ["input", "outcome"], code: "REQUIRED" });
    const early = await worker.ok(UPDATE, { input: { id: s.id, version: 2, followUpDueOn: day(-10) } });
    expect(early.updateService.userErrors[0]).toMatchObject({ field: ["input", "followUpDueOn"] });
    const long = await worker.ok(UPDATE, { input: { id: s.id, version: 2, notes: "y".repeat(20_001) } });
    expect(long.updateService.userErrors[0]).toMatchObject({ field: ["input", "notes"], code: "TOO_LONG" });
    expect((await t.sql("SELECT version FROM service WHERE id = $1", [s.id]))[0].version).toBe(2);
  });

  it("lists exactly the overdue follow-ups, and completing one takes it off the list", async () => {
    const woman = women[4] as string;
    const input = { ...base(woman), providedOn: day(-20) };
    const late = await record(worker, { ...input, followUpDueOn: day(-10) });
    const ahead = await record(worker, { ...input, followUpDueOn: day(10) });
    const dueToday = await record(worker, { ...input, followUpDueOn: today() });
    const none = await record(worker, input);
    const done = await record(worker, { ...input, followUpDueOn: day(-5) });
    const completed = await worker.ok(COMPLETE, { input: { id: done.id, version: 1 } });
    expect(completed.completeFollowUp.userErrors).toEqual([]);
    expect(completed.completeFollowUp.service).toMatchObject({ overdue: false, version: 2, followUpDoneAt: expect.any(String) });
    expect(late.overdue).toBe(true);

    const list = graphql(
      `query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }`,
    );
    const overdue = await worker.ok(list, { filter: { beneficiaryId: woman, overdue: true } });
    expect(overdue.services.edges.map((e) => e.node)).toEqual([{ id: late.id, overdue: true }]);
    expect(overdue.services.totalCount).toBe(1);
    const notOverdue = await worker.ok(list, { filter: { beneficiaryId: woman, overdue: false } });
    expect(notOverdue.services.edges.map((e) => e.node.id).sort()).toEqual([ahead.id, dueToday.id, none.id, done.id].sort());
    const everywhere = await coordinator.ok(list, { filter: { overdue: true } });
    expect(everywhere.services.edges.every((e) => e.node.overdue)).toBe(true);
    expect(everywhere.services.edges.map((e) => e.node.id)).toContain(late.id);

    const stale = await worker.gql(COMPLETE, { input: { id: late.id, version: 7 } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const finished = await worker.ok(COMPLETE, { input: { id: late.id, version: 1 } });
    expect(present(finished.completeFollowUp.service, "service").overdue).toBe(false);
    expect((await worker.ok(list, { filter: { beneficiaryId: woman, overdue: true } })).services.totalCount).toBe(0);
    const [event] = await t.sql("SELECT details FROM audit_event WHERE action = 'COMPLETE_FOLLOW_UP' AND entity_id = $1", [late.id]);
    expect(event.details).toEqual({ fields: ["followUpDoneAt"] });

    const twice = await worker.ok(COMPLETE, { input: { id: late.id, version: 2 } });
    expect(twice.completeFollowUp.userErrors).toEqual([
      { field: ["input", "id"], message: "The follow-up is done already.", code: "INVALID_STATE" },
    ]);
    const nothing = await worker.ok(COMPLETE, { input: { id: none.id, version: 1 } });
    expect(nothing.completeFollowUp.userErrors[0]?.message).toBe("This service has no follow-up to complete.");

    // A new deadline is a new follow-up to do.
    const again = await worker.ok(UPDATE, { input: { id: done.id, version: 2, followUpDueOn: day(-1) } });
    expect(again.updateService.service).toMatchObject({ followUpDueOn: day(-1), followUpDoneAt: null, overdue: true });
  });

  it("lists my services, the latest first, by kind and outcome", async () => {
    const woman = women[5] as string;
    const mine = await record(coordinator, { ...base(woman), providedOn: day(-1), providerId: worker.userId });
    const theirs = await record(coordinator, { ...base(woman), providedOn: day(-2), kind: "MEDICAL", subtype: "HIV_COUNSELLING" });
    const list = graphql(
      `query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }`,
    );
    const ids = async (client: Client, filter: ServiceFilter) =>
      (await client.ok(list, { filter: { beneficiaryId: woman, ...filter } })).services.edges.map((e) => e.node.id);
    expect(await ids(worker, { mine: true })).toEqual([mine.id]);
    expect(await ids(coordinator, { mine: true })).toEqual([theirs.id]);
    expect(await ids(coordinator, {})).toEqual([mine.id, theirs.id]);
    expect(await ids(coordinator, { kind: "MEDICAL" })).toEqual([theirs.id]);
    expect(await ids(coordinator, { outcome: "DECLINED" })).toEqual([]);
    expect(await ids(coordinator, { unitId: shelter })).toEqual([]);
    expect(await ids(coordinator, { archived: true })).toEqual([]);
    const page = await coordinator.ok(
      graphql(`query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }`),
    );
    const next = await coordinator.ok(
      graphql(`query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }`),
      { after: page.services.pageInfo.endCursor },
    );
    const days = [...page.services.edges, ...next.services.edges].map((e) => e.node.providedOn);
    expect(days).toEqual([...days].sort().reverse());
  });
});

describe("the morning list and its filters", () => {
  it("narrows by provider, district and days given, and sorts by follow-up deadline, the nearest first", async () => {
    const [home, away] = await t.sql("SELECT DISTINCT ON (district_id) id, district_id FROM community ORDER BY district_id, name LIMIT 2");
    const register = async (communityId: string, n: number) =>
      (
        await coordinator.ok(
          graphql(
            `mutation ServiceCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } } }`,
          ),
          {
            input: { firstName: `Саҳар${n}`, lastName: "Filters", communityId, unitId: crisis },
          },
        )
      ).createBeneficiary.beneficiary?.id as string;
    const here = await register(home.id, 1);
    const there = await register(away.id, 2);
    const late = await record(worker, { ...base(here), providedOn: day(-9), followUpDueOn: day(-2) });
    const later = await record(worker, { ...base(here), providedOn: day(-8), followUpDueOn: day(-5) });
    const byOther = await record(coordinator, { ...base(there), providedOn: day(-30), followUpDueOn: day(-1) });
    const list = graphql(`query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {
      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }`);
    const ids = async (filter: ServiceFilter, sort?: { field: "FOLLOW_UP_DUE_ON"; direction: "ASC" }) =>
      (await coordinator.ok(list, { filter, sort })).services.edges.map((e) => e.node.id);
    expect(await ids({ beneficiaryId: here, providerId: worker.userId })).toEqual([later.id, late.id]);
    expect(await ids({ beneficiaryId: there, providerId: worker.userId })).toEqual([]);
    expect(await ids({ beneficiaryId: there, providerId: coordinator.userId })).toEqual([byOther.id]);
    expect(await ids({ beneficiaryId: here, districtId: away.district_id })).toEqual([]);
    expect(await ids({ beneficiaryId: there, districtId: away.district_id })).toEqual([byOther.id]);
    expect(await ids({ beneficiaryId: here, providedOn: { from: day(-9), to: day(-9) } })).toEqual([late.id]);
    expect(await ids({ beneficiaryId: there, providedOn: { to: day(-10) } })).toEqual([byOther.id]);
    const overdue = await ids({ overdue: true }, { field: "FOLLOW_UP_DUE_ON", direction: "ASC" });
    const mineInOrder = overdue.filter((id) => [late.id, later.id, byOther.id].includes(id));
    expect(mineInOrder).toEqual([later.id, late.id, byOther.id]);
  });

  it("offers each kind's own subtypes, and the providers a unit may name", async () => {
    const kinds = await worker.ok(graphql(`query ServiceKinds { serviceKinds { kind subtypes } }`));
    expect(kinds.serviceKinds.map((k) => k.kind)).toEqual(["LEGAL", "PSYCHOLOGICAL", "MEDICAL", "ECONOMIC"]);
    expect(kinds.serviceKinds.find((k) => k.kind === "ECONOMIC")?.subtypes).toEqual([
      "SMALL_BUSINESS_ADVICE",
      "VOCATIONAL_TRAINING",
      "OTHER",
    ]);
    const providers = graphql(`query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }`);
    const ids = async (client: Client, unitId?: string) => (await client.ok(providers, { unitId })).serviceProviders.map((p) => p.id);
    const inCrisis = await ids(worker, crisis);
    expect(inCrisis).toEqual(expect.arrayContaining([worker.userId, coordinator.userId]));
    expect(inCrisis).not.toContain(otherWorker.userId);
    expect(await ids(worker)).toEqual(inCrisis);
    expect(await ids(worker, shelter)).not.toContain(otherWorker.userId);
    expect(await ids(coordinator)).toEqual(expect.arrayContaining([worker.userId, otherWorker.userId, coordinator.userId]));
    const roles = (await coordinator.ok(providers, {})).serviceProviders.map((p) => p.role);
    expect(new Set(roles)).toEqual(new Set(["ADMIN", "COORDINATOR", "CASE_WORKER"]));
  });
});

describe("who reaches services", () => {
  it("answers a service outside a case worker's units as missing, and audits the attempt", async () => {
    const s = await record(worker, base(women[0] as string));
    const hidden = await otherWorker.gql(graphql(`query ServiceService3($id: ID!) { service(id: $id) { id } }`), { id: s.id });
    const absent = await otherWorker.gql(graphql(`query ServiceService4 { service(id: "00000000-0000-4000-8000-000000000000") { id } }`));
    expect(failures(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe(absent.errors?.[0]?.message);
    expect(await auditCount("DENIED", s.id)).toBe(1);
    const [denied] = await t.sql("SELECT actor_id, entity_type FROM audit_event WHERE action = 'DENIED' AND entity_id = $1", [s.id]);
    expect(denied).toEqual({ actor_id: otherWorker.userId, entity_type: "Service" });
    const listed = await otherWorker.ok(graphql(`query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }`));
    expect(listed.services.edges.map((e) => e.node.id)).not.toContain(s.id);
    const update = await otherWorker.gql(UPDATE, { input: { id: s.id, version: 1, notes: "mine now" } });
    expect(failures(update)).toEqual(["NOT_FOUND"]);
    expect(failures(await otherWorker.gql(COMPLETE, { input: { id: s.id, version: 1 } }))).toEqual(["NOT_FOUND"]);
    expect(await auditCount("DENIED", s.id)).toBe(3);
    expect((await t.sql("SELECT version, notes FROM service WHERE id = $1", [s.id]))[0]).toEqual({ version: 1, notes: null });
  });

  it("refuses trainers, facilitators, analysts and partner keys", async () => {
    const s = await record(worker, base(women[0] as string));
    const clients = [
      await t.signedIn("TRAINER", ["CRISIS"]),
      await t.signedIn("FACILITATOR", ["CRISIS"]),
      await t.signedIn("ANALYST", ["CRISIS"]),
      await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]),
    ];
    for (const client of clients) {
      const one = await client.gql(graphql(`query ServiceService5($id: ID!) { service(id: $id) { id notes } }`), { id: s.id });
      expect(codes(one)).toEqual(["FORBIDDEN"]);
      expect(one.data?.service ?? null).toBeNull();
      expect(codes(await client.gql(graphql(`query ServiceServices { services(first: 5) { edges { node { id } } } }`)))).toEqual([
        "FORBIDDEN",
      ]);
      expect(codes(await client.gql(RECORD, { input: base(women[0] as string) }))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(COMPLETE, { input: { id: s.id, version: 1 } }))).toEqual(["FORBIDDEN"]);
    }
    expect(await auditCount("READ", s.id)).toBe(0);
  });

  it("writes exactly one READ event for each service read", async () => {
    const woman = women[6] as string;
    const caseId = await openCase(woman);
    const a = await record(worker, { ...base(woman), caseId });
    const b = await record(worker, { ...base(woman), caseId, kind: "PSYCHOLOGICAL", subtype: "GROUP_SUPPORT", providedOn: day(-4) });
    const reads = async () => [await auditCount("READ", a.id), await auditCount("READ", b.id)];
    expect(await reads()).toEqual([0, 0]);
    await coordinator.ok(graphql(`query ServiceService6($id: ID!) { service(id: $id) { kind notes } }`), { id: a.id });
    expect(await reads()).toEqual([1, 0]);
    await coordinator.ok(
      graphql(`query ServiceServices2($w: ID!) { services(first: 10, filter: { beneficiaryId: $w }) { edges { node { id } } } }`),
      { w: woman },
    );
    expect(await reads()).toEqual([2, 1]);
    await coordinator.ok(graphql(`query ServiceServices3($w: ID!) { services(first: 1, filter: { beneficiaryId: $w }) { totalCount } }`), {
      w: woman,
    });
    expect(await reads()).toEqual([3, 1]);
    await coordinator.ok(graphql(`query ServiceCase($id: ID!) { case(id: $id) { services { id notes } } }`), { id: caseId });
    expect(await reads()).toEqual([4, 2]);
    const caseReads = await auditCount("READ", caseId);
    const viaService = await coordinator.ok(graphql(`query ServiceService7($id: ID!) { service(id: $id) { case { id } } }`), { id: b.id });
    expect(viaService.service.case).toEqual({ id: caseId });
    expect(await auditCount("READ", caseId)).toBe(caseReads + 1);
    expect(await reads()).toEqual([4, 3]);
  });
});

describe("services of a case", () => {
  it("lists a case's services, costing the same number of SQL statements for 2 or 10", async () => {
    const statements = async (count: number) => {
      const woman = women[7] as string;
      const caseId = await openCase(woman);
      for (let i = 0; i < count; i++) {
        await record(worker, { ...base(woman), caseId, providedOn: day(-i), followUpDueOn: i % 2 ? day(-i + 1) : null });
      }
      const query =
        graphql(`query ServiceCase2($id: ID!) { case(id: $id) { id services { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue
  beneficiary { id } unit { code } provider { id fullName } case { id } } } }`);
      const response = await worker.post({ query, variables: { id: caseId } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        errors?: unknown;
        data: { case: { services: { case: { id: string }; unit: { code: string }; providedOn: string }[] } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.case.services).toHaveLength(count);
      expect(body.data.case.services.every((s) => s.case.id === caseId && s.unit.code === "CRISIS")).toBe(true);
      expect(body.data.case.services.map((s) => s.providedOn)).toEqual(
        [...body.data.case.services.map((s) => s.providedOn)].sort().reverse(),
      );
      return Number(response.headers.get("x-nk-sql-statements"));
    };
    const few = await statements(2);
    const many = await statements(10);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it("shows a case worker only the services of her units on a case", async () => {
    const woman = women[7] as string;
    const caseId = await openCase(woman);
    const own = await record(worker, { ...base(woman), caseId });
    const elsewhere = await record(coordinator, { ...base(woman), caseId, unitId: shelter });
    const query = graphql(`query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }`);
    expect((await worker.ok(query, { id: caseId })).case?.services).toEqual([{ id: own.id }]);
    const all = (await coordinator.ok(query, { id: caseId })).case?.services.map((s) => s.id) ?? [];
    expect(all.sort()).toEqual([own.id, elsewhere.id].sort());
    expect(await auditCount("READ", elsewhere.id)).toBe(1);
  });
});
