import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const STAY = `id version bed admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes
  beneficiary { id } unit { code } case { id }`;
const ADMIT = `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) {
  shelterStay { ${STAY} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateShelterStayInput!) { updateShelterStay(input: $input) {
  shelterStay { ${STAY} } userErrors { field message code } } }`;
const DISCHARGE = `mutation($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) {
  shelterStay { ${STAY} } userErrors { field message code } } }`;
const READ = `query($id: ID!) { shelterStay(id: $id) { ${STAY} } }`;
const OCCUPANCY = graphql(
  `query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }`,
);
const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }`;

const NOTES = "Муж угрожал ножом; сестра знает адрес приюта, ей не сообщать.";

let t: TestPlatform;
let worker: Client & { userId: string };
let crisisWorker: Client & { userId: string };
let coordinator: Client;
let analyst: Client;
let shelterId: string;
const women: string[] = [];
const crisisWomen: string[] = [];
let beds = 0;

/** A day counted from today in Dushanbe, YYYY-MM-DD. */
function day(offset = 0): string {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" });
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const woman = () => women.shift() as string;
const nextBed = () => `T${++beds}`;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["SHELTER"]);
  crisisWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  coordinator = await t.signedIn("COORDINATOR");
  analyst = await t.signedIn("ANALYST");
  shelterId = await t.unitId("SHELTER");
  // The demo data may hold stays of its own: this file starts from an empty shelter and fills it itself,
  // with women who have never stayed.
  await t.sql("UPDATE shelter_stay SET discharged_on = admitted_on WHERE discharged_on IS NULL");
  const pool = `SELECT id FROM beneficiary b WHERE unit_id = $1 AND archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM shelter_stay s WHERE s.beneficiary_id = b.id) ORDER BY code`;
  women.push(...(await t.sql(pool, [shelterId])).map((r) => r.id));
  crisisWomen.push(...(await t.sql(pool, [await t.unitId("CRISIS")])).map((r) => r.id));
});
afterAll(() => t?.stop());

async function admit(input: Record<string, unknown> = {}, client: Client = worker) {
  const r = await client.ok(ADMIT, { input: { beneficiaryId: woman(), unitId: shelterId, admittedOn: day(-5), bed: nextBed(), ...input } });
  expect(r.admitToShelter.userErrors).toEqual([]);
  return r.admitToShelter.shelterStay;
}

const tryAdmit = (input: Record<string, unknown>, client: Client = worker) =>
  client.ok(ADMIT, { input: { unitId: shelterId, admittedOn: day(-1), bed: nextBed(), ...input } }).then((r) => r.admitToShelter);

const count = async (sql: string, params: unknown[]) => (await t.sql(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
const stays = (beneficiaryId: string) => count("shelter_stay WHERE beneficiary_id = $1", [beneficiaryId]);
const auditCount = (action: string, entityId: string) => count("audit_event WHERE action = $1 AND entity_id = $2", [action, entityId]);

async function shelterOccupancy(client: Client = analyst) {
  const r = await client.ok(OCCUPANCY);
  return present(
    r.shelterOccupancy.find((o) => o.unit.code === "SHELTER"),
    "the shelter's occupancy",
  );
}

describe("shelter stays", () => {
  it("counts the women, children and free beds it admitted, for analysts too, without personal data", async () => {
    expect(await shelterOccupancy()).toEqual({
      unit: { code: "SHELTER" },
      capacity: 12,
      occupiedBeds: 0,
      women: 0,
      children: 0,
      freeBeds: 12,
    });
    for (const children of [2, 0, 1]) await admit({ accompanyingChildren: children });
    const expected = { unit: { code: "SHELTER" }, capacity: 12, occupiedBeds: 3, women: 3, children: 3, freeBeds: 9 };
    expect(await shelterOccupancy()).toEqual(expected);
    expect(await shelterOccupancy(worker)).toEqual(expected);
    expect(await shelterOccupancy(crisisWorker)).toEqual(expected);
    const one = await analyst.ok("query($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }", { id: shelterId });
    expect(one.shelterOccupancy).toEqual([{ occupiedBeds: 3 }]);
    const notShelter = await analyst.gql("query($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }", {
      id: await t.unitId("CRISIS"),
    });
    expect(failures(notShelter)).toEqual(["NOT_FOUND"]);
    expect(codes(await analyst.gql("{ shelterStays(first: 5) { totalCount } }"))).toEqual(["FORBIDDEN"]);
    expect(codes(await analyst.gql('{ shelterStay(id: "00000000-0000-4000-8000-000000000000") { id } }'))).toEqual(["FORBIDDEN"]);
  });

  it("admits a woman with her case and discharges her, freeing the bed", async () => {
    const beneficiaryId = woman();
    const opened = await worker.ok(OPEN_CASE, { input: { beneficiaryId, unitId: shelterId, riskLevel: "HIGH" } });
    const caseId = opened.openCase.case.id;
    const before = await shelterOccupancy();
    const r = await worker.ok(ADMIT, {
      input: {
        beneficiaryId,
        caseId,
        unitId: shelterId,
        admittedOn: day(-10),
        plannedDischargeOn: day(20),
        accompanyingChildren: 2,
        bed: " b7 ",
      },
    });
    const stay = r.admitToShelter.shelterStay;
    expect(r.admitToShelter.userErrors).toEqual([]);
    expect(stay).toMatchObject({
      version: 1,
      bed: "B7",
      admittedOn: day(-10),
      plannedDischargeOn: day(20),
      dischargedOn: null,
      accompanyingChildren: 2,
      notes: null,
      beneficiary: { id: beneficiaryId },
      unit: { code: "SHELTER" },
      case: { id: caseId },
    });
    expect(await shelterOccupancy()).toMatchObject({ occupiedBeds: before.occupiedBeds + 1, children: before.children + 2 });
    const [created] = await t.sql("SELECT actor_id, entity_type, details FROM audit_event WHERE action = 'CREATE' AND entity_id = $1", [
      stay.id,
    ]);
    expect(created).toEqual({ actor_id: worker.userId, entity_type: "ShelterStay", details: null });

    const out = await worker.ok(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(0) } });
    expect(out.dischargeFromShelter).toMatchObject({ userErrors: [], shelterStay: { dischargedOn: day(0), version: 2 } });
    const [discharged] = await t.sql("SELECT details FROM audit_event WHERE action = 'DISCHARGE' AND entity_id = $1", [stay.id]);
    expect(discharged.details).toEqual({ fields: ["dischargedOn"] });
    expect(await shelterOccupancy()).toEqual(before);

    const again = await worker.ok(DISCHARGE, { input: { id: stay.id, version: 2, dischargedOn: day(0) } });
    expect(again.dischargeFromShelter.userErrors).toEqual([expect.objectContaining({ field: ["input", "id"], code: "INVALID_STATE" })]);
    const moved = await worker.ok(UPDATE, { input: { id: stay.id, version: 2, bed: "B8" } });
    expect(moved.updateShelterStay.userErrors[0]).toMatchObject({ field: ["input", "bed"] });
    // She may come back later, to the same bed.
    const back = await tryAdmit({ beneficiaryId, bed: "B7", admittedOn: day(0) });
    expect(back.userErrors).toEqual([]);
    expect(await stays(beneficiaryId)).toBe(2);
  });

  it("refuses a discharge before the admission or in the future, changing nothing", async () => {
    const stay = await admit({ admittedOn: day(-5) });
    const early = await worker.ok(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(-6) } });
    expect(early.dischargeFromShelter).toEqual({
      shelterStay: null,
      userErrors: [{ field: ["input", "dischargedOn"], message: "The discharge cannot come before the admission.", code: "TOO_EARLY" }],
    });
    const future = await worker.ok(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(1) } });
    expect(future.dischargeFromShelter.userErrors[0]).toMatchObject({
      field: ["input", "dischargedOn"],
      message: expect.stringMatching(/future/),
    });
    const [row] = await t.sql("SELECT discharged_on, version FROM shelter_stay WHERE id = $1", [stay.id]);
    expect(row).toEqual({ discharged_on: null, version: 1 });
    expect(await auditCount("DISCHARGE", stay.id)).toBe(0);
  });

  it("refuses an admission in the future or planned to end before it starts, writing nothing", async () => {
    const beneficiaryId = woman();
    const future = await tryAdmit({ beneficiaryId, admittedOn: day(1) });
    expect(future).toEqual({
      shelterStay: null,
      userErrors: [{ field: ["input", "admittedOn"], message: "The admission cannot be in the future.", code: "IN_FUTURE" }],
    });
    const backwards = await tryAdmit({ beneficiaryId, admittedOn: day(-2), plannedDischargeOn: day(-3) });
    expect(backwards.userErrors[0]).toMatchObject({ field: ["input", "plannedDischargeOn"] });
    expect(await stays(beneficiaryId)).toBe(0);
    const archived = woman();
    await t.sql("UPDATE beneficiary SET archived_at = now() WHERE id = $1", [archived]);
    const refused = await tryAdmit({ beneficiaryId: archived });
    expect(refused.userErrors[0]).toMatchObject({ field: ["input", "beneficiaryId"], code: "ARCHIVED" });
    expect(await stays(archived)).toBe(0);
  });

  it("refuses a second open stay for the same woman, writing nothing", async () => {
    const stay = await admit();
    const beneficiaryId = stay.beneficiary.id;
    const second = await tryAdmit({ beneficiaryId });
    expect(second.userErrors).toEqual([
      {
        field: ["input", "beneficiaryId"],
        message: "She is already staying in the shelter; discharge her from that stay first.",
        code: "DUPLICATE",
      },
    ]);
    expect(await stays(beneficiaryId)).toBe(1);
  });

  it("refuses a bed that is taken, whatever its spelling, on admission and on a move", async () => {
    const first = await admit({ bed: "C1" });
    const beneficiaryId = woman();
    const taken = await tryAdmit({ beneficiaryId, bed: " c1" });
    expect(taken.userErrors).toEqual([
      { field: ["input", "bed"], message: "This bed is taken by another woman; choose a free one.", code: "DUPLICATE" },
    ]);
    expect(await stays(beneficiaryId)).toBe(0);
    const second = await tryAdmit({ beneficiaryId, bed: "C2" });
    const move = await worker.ok(UPDATE, { input: { id: second.shelterStay.id, version: 1, bed: "C1" } });
    expect(move.updateShelterStay.userErrors[0]).toMatchObject({ field: ["input", "bed"], code: "DUPLICATE" });
    const [row] = await t.sql("SELECT bed, version FROM shelter_stay WHERE id = $1", [second.shelterStay.id]);
    expect(row).toEqual({ bed: "C2", version: 1 });
    expect(first.bed).toBe("C1");
  });

  it("refuses an admission when every bed is taken", async () => {
    const freeBeds = present((await shelterOccupancy()).freeBeds, "free beds");
    const admitted = [];
    for (let i = 0; i < freeBeds; i++) admitted.push(await admit());
    expect(await shelterOccupancy()).toMatchObject({ occupiedBeds: 12, freeBeds: 0 });
    const beneficiaryId = woman();
    const full = await tryAdmit({ beneficiaryId });
    expect(full.userErrors).toEqual([
      { field: ["input", "unitId"], message: "The shelter is full: all 12 beds are taken.", code: "CAPACITY_EXCEEDED" },
    ]);
    expect(await stays(beneficiaryId)).toBe(0);
    expect(admitted).toHaveLength(freeBeds);
    // Everyone leaves, so the tests below find free beds.
    const open = await coordinator.ok("{ shelterStays(first: 100, filter: { current: true }) { edges { node { id version } } } }");
    for (const { node } of open.shelterStays.edges) {
      const r = await coordinator.ok(DISCHARGE, { input: { id: node.id, version: node.version, dischargedOn: day(0) } });
      expect(r.dischargeFromShelter.userErrors).toEqual([]);
    }
    expect(await shelterOccupancy()).toMatchObject({ occupiedBeds: 0, women: 0, children: 0, freeBeds: 12 });
  });

  it("refuses a stale version with CONFLICT and overwrites nothing", async () => {
    const stay = await admit();
    const first = await worker.ok(UPDATE, { input: { id: stay.id, version: 1, notes: "Первая запись.", accompanyingChildren: 1 } });
    expect(first.updateShelterStay.shelterStay).toMatchObject({ version: 2, notes: "Первая запись.", accompanyingChildren: 1 });
    const [updated] = await t.sql("SELECT details FROM audit_event WHERE action = 'UPDATE' AND entity_id = $1", [stay.id]);
    expect([...updated.details.fields].sort()).toEqual(["accompanyingChildren", "notes"]);
    const stale = await coordinator.gql(UPDATE, { input: { id: stay.id, version: 1, notes: "Чужая запись." } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const staleDischarge = await coordinator.gql(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(0) } });
    expect(failures(staleDischarge)).toEqual(["CONFLICT"]);
    const read = await coordinator.ok(READ, { id: stay.id });
    expect(read.shelterStay).toMatchObject({ version: 2, notes: "Первая запись.", dischargedOn: null });
    expect(await auditCount("UPDATE", stay.id)).toBe(1);
  });

  it("refuses malformed input: bad dates, wrong types, out-of-range numbers, unknown fields", async () => {
    const beneficiaryId = woman();
    for (const admittedOn of ["2026-02-30", "29.11.2026", "2026-11-01T10:00:00Z"]) {
      const r = await tryAdmit({ beneficiaryId, admittedOn });
      expect(r.userErrors).toEqual([
        {
          field: ["input", "admittedOn"],
          message: "admittedOn must be a date written YYYY-MM-DD, e.g. 2026-03-08.",
          code: "INVALID_FORMAT",
        },
      ]);
    }
    const many = await tryAdmit({ beneficiaryId, accompanyingChildren: 16 });
    expect(many.userErrors).toEqual([
      { field: ["input", "accompanyingChildren"], message: "At most 15 children can stay with her.", code: "OUT_OF_RANGE" },
    ]);
    const blank = await tryAdmit({ beneficiaryId, bed: "   " });
    expect(blank.userErrors[0]).toMatchObject({ field: ["input", "bed"], message: "Give the bed, e.g. B3." });
    const long = await tryAdmit({ beneficiaryId, notes: "x".repeat(20_001) });
    expect(long.userErrors[0]).toMatchObject({ field: ["input", "notes"], code: "TOO_LONG" });
    expect(
      codes(
        await worker.gql(ADMIT, {
          input: { beneficiaryId, unitId: shelterId, admittedOn: day(0), bed: "Z1", accompanyingChildren: "two" },
        }),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(
      codes(await worker.gql(ADMIT, { input: { beneficiaryId, unitId: shelterId, admittedOn: day(0), bed: "Z1", status: "ACTIVE" } })),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await worker.gql("{ shelterStays(first: 1, filter: { current: MAYBE }) { totalCount } }"))).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
    ]);
    const notShelter = await tryAdmit({ beneficiaryId, unitId: await t.unitId("CRISIS") }, coordinator);
    expect(notShelter.userErrors[0]).toMatchObject({ field: ["input", "unitId"], message: "This unit is not a shelter." });
    expect(await stays(beneficiaryId)).toBe(0);
  });

  it("keeps notes encrypted in the database", async () => {
    const stay = await admit({ notes: NOTES });
    expect(stay.notes).toBe(NOTES);
    await worker.ok(UPDATE, { input: { id: stay.id, version: 1, notes: `${NOTES} Дети в школе №3.` } });
    const [row] = await t.sql("SELECT notes FROM shelter_stay WHERE id = $1", [stay.id]);
    expect(row.notes).toMatch(/^v1:[0-9a-f]{8}:/);
    const dump = JSON.stringify(await t.sql("SELECT * FROM shelter_stay")) + JSON.stringify(await t.sql("SELECT * FROM audit_event"));
    for (const secret of ["ножом", "приюта", "школе"]) expect(dump).not.toContain(secret);
    expect((await worker.ok(READ, { id: stay.id })).shelterStay.notes).toBe(`${NOTES} Дети в школе №3.`);
  });

  it("answers a stay outside a case worker's units as missing, and audits the attempt", async () => {
    const stay = await admit();
    const hidden = await crisisWorker.gql(READ, { id: stay.id });
    const absent = await crisisWorker.gql(READ, { id: "00000000-0000-4000-8000-000000000000" });
    expect(failures(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe(absent.errors?.[0]?.message);
    expect(await auditCount("DENIED", stay.id)).toBe(1);
    const [denied] = await t.sql("SELECT actor_id, entity_type FROM audit_event WHERE action = 'DENIED' AND entity_id = $1", [stay.id]);
    expect(denied).toEqual({ actor_id: crisisWorker.userId, entity_type: "ShelterStay" });
    const listed = await crisisWorker.ok("{ shelterStays(first: 100) { totalCount edges { node { id } } } }");
    expect(listed.shelterStays.totalCount).toBe(0);
    expect(failures(await crisisWorker.gql(UPDATE, { input: { id: stay.id, version: 1, notes: "x" } }))).toEqual(["NOT_FOUND"]);
    expect(failures(await crisisWorker.gql(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(0) } }))).toEqual([
      "NOT_FOUND",
    ]);
    expect(await t.sql("SELECT version, notes, discharged_on FROM shelter_stay WHERE id = $1", [stay.id])).toEqual([
      { version: 1, notes: null, discharged_on: null },
    ]);
    // Not into a shelter she does not work in, and not a woman outside her units.
    const elsewhere = await tryAdmit({ beneficiaryId: crisisWomen[0] }, crisisWorker);
    expect(elsewhere.userErrors[0]).toMatchObject({ field: ["input", "unitId"] });
    const stranger = await tryAdmit({ beneficiaryId: woman() }, crisisWorker);
    expect(stranger.userErrors[0]).toMatchObject({ field: ["input", "beneficiaryId"], code: "NOT_FOUND" });
  });

  it("is closed to trainers, facilitators and partner keys", async () => {
    const stay = await admit();
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    for (const client of [await t.signedIn("TRAINER"), await t.signedIn("FACILITATOR"), partner]) {
      expect(codes(await client.gql(READ, { id: stay.id }))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql("{ shelterStays(first: 5) { totalCount } }"))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(OCCUPANCY))).toEqual(["FORBIDDEN"]);
      const r = await client.gql(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(0) } });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(
        codes(await client.gql(ADMIT, { input: { beneficiaryId: woman(), unitId: shelterId, admittedOn: day(0), bed: "Z9" } })),
      ).toEqual(["FORBIDDEN"]);
    }
    expect(await auditCount("READ", stay.id)).toBe(0);
    expect(await t.sql("SELECT version FROM shelter_stay WHERE id = $1", [stay.id])).toEqual([{ version: 1 }]);
  });

  it("writes exactly one READ audit event per stay read, and per case shown through a stay", async () => {
    const beneficiaryId = woman();
    // A case handled by the Crisis Center: the shelter's case worker may house her but not read the case.
    const opened = await coordinator.ok(OPEN_CASE, { input: { beneficiaryId, unitId: await t.unitId("CRISIS"), riskLevel: "MEDIUM" } });
    const caseId = opened.openCase.case.id;
    const stay = await admit({ beneficiaryId, caseId }, coordinator);
    const caseReads = await auditCount("READ", caseId);
    expect(await auditCount("READ", stay.id)).toBe(0);
    await worker.ok(READ, { id: stay.id });
    expect(await auditCount("READ", stay.id)).toBe(1);
    const listed = await worker.ok(
      "query($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id case { id } } } } }",
      {
        b: beneficiaryId,
      },
    );
    expect(listed.shelterStays.edges).toEqual([{ node: { id: stay.id, case: null } }]);
    expect(await auditCount("READ", stay.id)).toBe(2);
    expect(await auditCount("READ", caseId)).toBe(caseReads);
    const seen = await coordinator.ok(READ, { id: stay.id });
    expect(seen.shelterStay.case).toEqual({ id: caseId });
    expect(await auditCount("READ", stay.id)).toBe(3);
    expect(await auditCount("READ", caseId)).toBe(caseReads + 1);
    const current = await coordinator.ok(
      graphql(
        `query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }`,
      ),
    );
    expect(current.shelterStays.edges.every((e) => e.node.dischargedOn === null)).toBe(true);
    expect(current.shelterStays.totalCount).toBe((await shelterOccupancy()).occupiedBeds);
    expect(await auditCount("READ", stay.id)).toBe(4);
  });

  it("admits the same woman only once when two admissions race, even into two shelters", async () => {
    await t.sql(
      "INSERT INTO unit (code, kind, name, name_ru, name_tg, capacity) VALUES ('SHELTER2', 'SHELTER', 'Shelter 2', 'Приют 2', 'Паноҳгоҳ 2', 4)",
    );
    const second = await t.unitId("SHELTER2");
    const beneficiaryId = woman();
    const results = await Promise.all(
      [shelterId, second, shelterId, second].map((unitId) => tryAdmit({ beneficiaryId, unitId, bed: nextBed() }, coordinator)),
    );
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    for (const r of results.filter((r) => r.userErrors.length > 0)) {
      expect(r.userErrors).toEqual([expect.objectContaining({ field: ["input", "beneficiaryId"], code: "DUPLICATE" })]);
    }
    expect(await stays(beneficiaryId)).toBe(1);
    const all = await analyst.ok(OCCUPANCY);
    expect(all.shelterOccupancy.map((o) => o.unit.code)).toEqual(["SHELTER", "SHELTER2"]);

    // Racing for the last beds: never more women than beds.
    const freeBeds = present(all.shelterOccupancy[1]?.freeBeds, "the second shelter's free beds");
    const racers = Array.from({ length: freeBeds + 3 }, () => woman());
    const raced = await Promise.all(racers.map((b) => tryAdmit({ beneficiaryId: b, unitId: second, bed: nextBed() }, coordinator)));
    expect(raced.filter((r) => r.userErrors.length === 0)).toHaveLength(freeBeds);
    expect(raced.filter((r) => r.userErrors[0]?.message === "The shelter is full: all 4 beds are taken.")).toHaveLength(3);
    expect(await count("shelter_stay WHERE unit_id = $1 AND discharged_on IS NULL", [second])).toBe(4);
  });
});
