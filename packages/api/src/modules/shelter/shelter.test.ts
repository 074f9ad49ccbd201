import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const ADMIT = graphql(`mutation ShelterAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) {
  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes
  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }`);
const UPDATE = graphql(`mutation ShelterUpdateShelterStay($input: UpdateShelterStayInput!) { updateShelterStay(input: $input) {
  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes
  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }`);
const DISCHARGE = graphql(`mutation ShelterDischargeFromShelter($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) {
  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes
  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }`);
const READ =
  graphql(`query ShelterShelterStay($id: ID!) { shelterStay(id: $id) { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes
  beneficiary { id } unit { code } case { id } } }`);
const OCCUPANCY = graphql(
  `query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }`,
);
const OVER_TIME = graphql(`query ShelterShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!, $unitId: ID) {
  shelterOccupancyOverTime(from: $from, to: $to, interval: $interval, unitId: $unitId) {
    periodStart capacity averageOccupiedBeds peakOccupiedBeds women admissions } }`);
const BOARD =
  graphql(`query ShelterShelterBeds { shelterBeds(first: 100) { totalCount edges { node { id code position occupied unit { code }
  currentStay { id admittedOn accompanyingChildren beneficiary { id } } } } } }`);
const OPEN_CASE = graphql(
  `mutation ShelterOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }`,
);

const NOTES = "Муж угрожал ножом; сестра знает адрес приюта, ей не сообщать.";

/** The shapes of the board and the occupancy figures as these tests read them. */
type Bed = { id: string; code: string; occupied: boolean; unit: { code: string }; currentStay: { id: string } | null };
type Period = { periodStart: string; peakOccupiedBeds: number; women: number; admissions: number };

let t: TestPlatform;
let worker: Client & { userId: string };
let crisisWorker: Client & { userId: string };
let coordinator: Client;
let analyst: Client;
let shelterId: string;
const women: string[] = [];
const crisisWomen: string[] = [];
const FREE_BED = `SELECT b.id FROM shelter_bed b WHERE b.unit_id = $1 AND b.archived_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM shelter_stay s WHERE s.bed_id = b.id AND s.discharged_on IS NULL) ORDER BY b.position LIMIT 1`;

/** A day counted from today in Dushanbe, YYYY-MM-DD. */
function day(offset = 0): string {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Dushanbe" });
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const woman = () => women.shift() as string;
/** The first free bed of a shelter, on the board's order. */
const freeBed = async (unitId = shelterId): Promise<string> => (await t.sql(FREE_BED, [unitId]))[0]?.id;
const bedOf = async (code: string, unitId = shelterId): Promise<string> =>
  (await t.sql("SELECT id FROM shelter_bed WHERE unit_id = $1 AND code = $2", [unitId, code]))[0].id;

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
  const r = await client.ok(ADMIT, { input: { beneficiaryId: woman(), admittedOn: day(-5), bedId: await freeBed(), ...input } });
  expect(r.admitToShelter.userErrors).toEqual([]);
  return present(r.admitToShelter.shelterStay, "shelterStay");
}

const tryAdmit = async (input: Record<string, unknown>, client: Client = worker) =>
  (await client.ok(ADMIT, { input: { admittedOn: day(-1), bedId: await freeBed(), ...input } })).admitToShelter;

const count = async (sql: string, params: unknown[]) => (await t.sql(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
const stays = (beneficiaryId: string) => count("shelter_stay WHERE beneficiary_id = $1", [beneficiaryId]);
const auditCount = (action: string, entityId: string) => t.auditCount(action, entityId);

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
    const one = await analyst.ok(graphql(`query ShelterShelterOccupancy2($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }`), {
      id: shelterId,
    });
    expect(one.shelterOccupancy).toEqual([{ occupiedBeds: 3 }]);
    const notShelter = await analyst.gql(
      graphql(`query ShelterShelterOccupancy3($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }`),
      {
        id: await t.unitId("CRISIS"),
      },
    );
    expect(failures(notShelter)).toEqual(["NOT_FOUND"]);
    expect(codes(await analyst.gql(graphql(`query ShelterShelterStays2 { shelterStays(first: 5) { totalCount } }`)))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codes(await analyst.gql(graphql(`query ShelterShelterStay2 { shelterStay(id: "00000000-0000-4000-8000-000000000000") { id } }`))),
    ).toEqual(["FORBIDDEN"]);
  });

  it("admits a woman with her case and discharges her, freeing the bed", async () => {
    const beneficiaryId = woman();
    const opened = await worker.ok(OPEN_CASE, { input: { beneficiaryId, unitId: shelterId, riskLevel: "HIGH" } });
    const caseId = present(opened.openCase.case, "case").id;
    const before = await shelterOccupancy();
    const r = await worker.ok(ADMIT, {
      input: {
        beneficiaryId,
        caseId,
        admittedOn: day(-10),
        plannedDischargeOn: day(20),
        accompanyingChildren: 2,
        bedId: await bedOf("B7"),
      },
    });
    const stay = present(r.admitToShelter.shelterStay, "stay");
    expect(r.admitToShelter.userErrors).toEqual([]);
    expect(stay).toMatchObject({
      version: 1,
      bed: "B7",
      shelterBed: { id: await bedOf("B7"), code: "B7" },
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
    const moved = await worker.ok(UPDATE, { input: { id: stay.id, version: 2, bedId: await bedOf("B8") } });
    expect(moved.updateShelterStay.userErrors[0]).toMatchObject({ field: ["input", "bedId"] });
    // She may come back later, to the same bed.
    const back = await tryAdmit({ beneficiaryId, bedId: await bedOf("B7"), admittedOn: day(0) });
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

  it("refuses a bed that is taken, unknown or out of use, on admission and on a move", async () => {
    const first = await admit();
    const beneficiaryId = woman();
    const taken = await tryAdmit({ beneficiaryId, bedId: first.shelterBed.id });
    expect(taken.userErrors).toEqual([
      { field: ["input", "bedId"], message: "This bed is taken by another woman; choose a free one.", code: "DUPLICATE" },
    ]);
    expect(await stays(beneficiaryId)).toBe(0);
    const unknown = await tryAdmit({ beneficiaryId, bedId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.userErrors).toEqual([{ field: ["input", "bedId"], message: "No such bed.", code: "NOT_FOUND" }]);
    const spare = await freeBed();
    await t.sql("UPDATE shelter_bed SET archived_at = now() WHERE id = $1", [spare]);
    const outOfUse = await tryAdmit({ beneficiaryId, bedId: spare });
    expect(outOfUse.userErrors).toEqual([
      { field: ["input", "bedId"], message: "This bed is out of use; choose another.", code: "ARCHIVED" },
    ]);
    await t.sql("UPDATE shelter_bed SET archived_at = NULL WHERE id = $1", [spare]);
    expect(await stays(beneficiaryId)).toBe(0);
    const second = await tryAdmit({ beneficiaryId });
    const move = await worker.ok(UPDATE, {
      input: { id: present(second.shelterStay, "shelterStay").id, version: 1, bedId: first.shelterBed.id },
    });
    expect(move.updateShelterStay.userErrors[0]).toMatchObject({ field: ["input", "bedId"], code: "DUPLICATE" });
    const [row] = await t.sql("SELECT bed_id, version FROM shelter_stay WHERE id = $1", [present(second.shelterStay, "shelterStay").id]);
    expect(row).toEqual({ bed_id: present(second.shelterStay, "shelterStay").shelterBed.id, version: 1 });
    const free = await freeBed();
    const moved = await worker.ok(UPDATE, { input: { id: present(second.shelterStay, "shelterStay").id, version: 1, bedId: free } });
    expect(moved.updateShelterStay).toMatchObject({ userErrors: [], shelterStay: { shelterBed: { id: free }, version: 2 } });
  });

  it("refuses any bed once every bed is taken", async () => {
    const freeBeds = present((await shelterOccupancy()).freeBeds, "free beds");
    const admitted = [];
    for (let i = 0; i < freeBeds; i++) admitted.push(await admit());
    expect(await shelterOccupancy()).toMatchObject({ occupiedBeds: 12, freeBeds: 0 });
    const free = await worker.ok(graphql(`query ShelterShelterBeds2 { shelterBeds(filter: { free: true }) { totalCount } }`));
    expect(free.shelterBeds.totalCount).toBe(0);
    const beneficiaryId = woman();
    const full = await tryAdmit({ beneficiaryId, bedId: await bedOf("B1") });
    expect(full.userErrors).toEqual([expect.objectContaining({ field: ["input", "bedId"], code: "DUPLICATE" })]);
    expect(await stays(beneficiaryId)).toBe(0);
    expect(admitted).toHaveLength(freeBeds);
    // Everyone leaves, so the tests below find free beds.
    const open = await coordinator.ok(
      graphql(`query ShelterShelterStays3 { shelterStays(first: 100, filter: { current: true }) { edges { node { id version } } } }`),
    );
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
    const notABed = await tryAdmit({ beneficiaryId, bedId: "B3" });
    expect(notABed.userErrors[0]).toMatchObject({ field: ["input", "bedId"], message: "bedId must be an id." });
    const long = await tryAdmit({ beneficiaryId, notes: "x".repeat(20_001) });
    expect(long.userErrors[0]).toMatchObject({ field: ["input", "notes"], code: "TOO_LONG" });
    expect(
      codes(
        await worker.gql(ADMIT, {
          input: { beneficiaryId, admittedOn: day(0), bedId: await freeBed(), accompanyingChildren: "two" },
        }),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(
      codes(await worker.gql(ADMIT, { input: { beneficiaryId, admittedOn: day(0), bedId: await freeBed(), status: "ACTIVE" } })),
    ).toEqual(["BAD_USER_INPUT"]);
    // Outside the schema on purpose (MAYBE is no Boolean): a plain string.
    expect(codes(await worker.gql("{ shelterStays(first: 1, filter: { current: MAYBE }) { totalCount } }"))).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
    ]);
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
    const listed = await crisisWorker.ok(
      graphql(`query ShelterShelterStays5 { shelterStays(first: 100) { totalCount edges { node { id } } } }`),
    );
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
    expect(elsewhere.userErrors[0]).toMatchObject({ field: ["input", "bedId"], code: "OUT_OF_REACH" });
    const stranger = await tryAdmit({ beneficiaryId: woman() }, crisisWorker);
    expect(stranger.userErrors[0]).toMatchObject({ field: ["input", "beneficiaryId"], code: "NOT_FOUND" });
  });

  it("is closed to trainers, facilitators and partner keys", async () => {
    const stay = await admit();
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    for (const client of [await t.signedIn("TRAINER"), await t.signedIn("FACILITATOR"), partner]) {
      expect(codes(await client.gql(READ, { id: stay.id }))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(graphql(`query ShelterShelterStays6 { shelterStays(first: 5) { totalCount } }`)))).toEqual([
        "FORBIDDEN",
      ]);
      expect(codes(await client.gql(OCCUPANCY))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(graphql(`query ShelterShelterBeds3 { shelterBeds { totalCount } }`)))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(OVER_TIME, { from: day(-3), to: day(0), interval: "DAY" }))).toEqual(["FORBIDDEN"]);
      const r = await client.gql(DISCHARGE, { input: { id: stay.id, version: 1, dischargedOn: day(0) } });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(ADMIT, { input: { beneficiaryId: woman(), admittedOn: day(0), bedId: await freeBed() } }))).toEqual([
        "FORBIDDEN",
      ]);
    }
    expect(await auditCount("READ", stay.id)).toBe(0);
    expect(await t.sql("SELECT version FROM shelter_stay WHERE id = $1", [stay.id])).toEqual([{ version: 1 }]);
  });

  it("writes exactly one READ audit event per stay read, and per case shown through a stay", async () => {
    const beneficiaryId = woman();
    // A case handled by the Crisis Center: the shelter's case worker may house her but not read the case.
    const opened = await coordinator.ok(OPEN_CASE, { input: { beneficiaryId, unitId: await t.unitId("CRISIS"), riskLevel: "MEDIUM" } });
    const caseId = present(opened.openCase.case, "case").id;
    const stay = await admit({ beneficiaryId, caseId }, coordinator);
    const caseReads = await auditCount("READ", caseId);
    expect(await auditCount("READ", stay.id)).toBe(0);
    await worker.ok(READ, { id: stay.id });
    expect(await auditCount("READ", stay.id)).toBe(1);
    const listed = await worker.ok(
      graphql(
        `query ShelterShelterStays7($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id case { id } } } } }`,
      ),
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
    await t.sql("INSERT INTO shelter_bed (unit_id, code, position) SELECT $1, 'S' || n, n FROM generate_series(1, 4) n", [second]);
    const beneficiaryId = woman();
    const freeOf = async (unitId: string) =>
      (await t.sql(FREE_BED.replace("LIMIT 1", "LIMIT 2"), [unitId])).map((r: { id: string }) => r.id as string);
    const bedIds = [...(await freeOf(shelterId)), ...(await freeOf(second))];
    const results = await Promise.all(bedIds.map((bedId) => tryAdmit({ beneficiaryId, bedId }, coordinator)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    for (const r of results.filter((r) => r.userErrors.length > 0)) {
      expect(r.userErrors).toEqual([expect.objectContaining({ field: ["input", "beneficiaryId"], code: "DUPLICATE" })]);
    }
    expect(await stays(beneficiaryId)).toBe(1);
    const all = await analyst.ok(OCCUPANCY);
    expect(all.shelterOccupancy.map((o) => o.unit.code)).toEqual(["SHELTER", "SHELTER2"]);

    // Racing for the same beds: one woman per bed, the others told the bed is taken.
    const beds = (await t.sql("SELECT id FROM shelter_bed WHERE unit_id = $1 ORDER BY position", [second])).map((r) => r.id);
    const openIn = () => count("shelter_stay WHERE unit_id = $1 AND discharged_on IS NULL", [second]);
    const before = await openIn();
    const racers = Array.from({ length: 8 }, () => woman());
    const raced = await Promise.all(racers.map((b, i) => tryAdmit({ beneficiaryId: b, bedId: beds[i % beds.length] }, coordinator)));
    expect(await openIn()).toBe(4);
    expect(raced.filter((r) => r.userErrors.length === 0)).toHaveLength(4 - before);
    expect(raced.filter((r) => r.userErrors[0]?.code === "DUPLICATE" && r.userErrors[0]?.field[1] === "bedId")).toHaveLength(4 + before);
    expect(
      await count(
        "shelter_bed b WHERE unit_id = $1 AND (SELECT count(*) FROM shelter_stay s WHERE s.bed_id = b.id AND s.discharged_on IS NULL) > 1",
        [second],
      ),
    ).toBe(0);
  });

  it("shows the board of beds in order, who sleeps where, audited, and only to the shelter's staff", async () => {
    const stay = await admit({ accompanyingChildren: 2 });
    const reads = await auditCount("READ", stay.id);
    const board: { edges: { node: Bed }[] } = (await worker.ok(BOARD)).shelterBeds;
    const shelterBeds = board.edges.map((e) => e.node).filter((b) => b.unit.code === "SHELTER");
    expect(shelterBeds.map((b) => b.code)).toEqual(Array.from({ length: 12 }, (_, i) => `B${i + 1}`));
    const mine = shelterBeds.find((b) => b.id === stay.shelterBed.id);
    expect(mine).toMatchObject({
      occupied: true,
      currentStay: { id: stay.id, admittedOn: stay.admittedOn, accompanyingChildren: 2, beneficiary: { id: stay.beneficiary.id } },
    });
    for (const bed of shelterBeds) expect(bed.occupied).toBe(bed.currentStay !== null);
    expect(await auditCount("READ", stay.id)).toBe(reads + 1);
    const free = await worker.ok(
      graphql(`query ShelterShelterBeds4 { shelterBeds(first: 100, filter: { free: true }) { edges { node { occupied } } } }`),
    );
    expect(free.shelterBeds.edges.map((e: { node: { occupied: boolean } }) => e.node.occupied)).not.toContain(true);
    expect((await crisisWorker.ok(BOARD)).shelterBeds.totalCount).toBe(0);
    expect(codes(await analyst.gql(BOARD))).toEqual(["FORBIDDEN"]);
  });

  it("counts occupancy night by night, by day and by month, for analysts too", async () => {
    await t.sql(
      "INSERT INTO unit (code, kind, name, name_ru, name_tg, capacity) VALUES ('SHELTER3', 'SHELTER', 'Shelter 3', 'Приют 3', 'Паноҳгоҳ 3', 2)",
    );
    const unitId = await t.unitId("SHELTER3");
    await t.sql("INSERT INTO shelter_bed (unit_id, code, position) VALUES ($1, 'A', 1), ($1, 'B', 2)", [unitId]);
    const [a, b] = [await bedOf("A", unitId), await bedOf("B", unitId)];
    const [first, second] = [woman(), woman()];
    // One woman 3 nights in March (10–12), another from 12 March to 2 April.
    await t.sql(
      `INSERT INTO shelter_stay (beneficiary_id, unit_id, bed_id, admitted_on, discharged_on) VALUES
        ($1, $3, $4, '2025-03-10', '2025-03-13'), ($2, $3, $5, '2025-03-12', '2025-04-02')`,
      [first, second, unitId, a, b],
    );
    const days = present(await analyst.ok(OVER_TIME, { from: "2025-03-09", to: "2025-03-13", interval: "DAY", unitId }), "days");
    expect(days.shelterOccupancyOverTime.map((p: Period) => [p.periodStart, p.peakOccupiedBeds, p.women, p.admissions])).toEqual([
      ["2025-03-09", 0, 0, 0],
      ["2025-03-10", 1, 1, 1],
      ["2025-03-11", 1, 1, 0],
      ["2025-03-12", 2, 2, 1],
      ["2025-03-13", 1, 1, 0],
    ]);
    expect(days.shelterOccupancyOverTime[0]?.capacity).toBe(2);
    const months = await worker.ok(OVER_TIME, { from: "2025-03-01", to: "2025-04-30", interval: "MONTH", unitId });
    expect(months.shelterOccupancyOverTime).toEqual([
      // March: 3 + 20 bed-nights over 31 nights.
      { periodStart: "2025-03-01", capacity: 2, averageOccupiedBeds: 0.74, peakOccupiedBeds: 2, women: 2, admissions: 2 },
      { periodStart: "2025-04-01", capacity: 2, averageOccupiedBeds: 0.03, peakOccupiedBeds: 1, women: 1, admissions: 0 },
    ]);
    for (const span of [
      { from: "2025-03-02", to: "2025-03-01", interval: "DAY" },
      { from: "2024-01-01", to: "2025-03-01", interval: "DAY" },
      { from: "2019-01-01", to: "2025-03-01", interval: "MONTH" },
      { from: "1.3.2025", to: "2025-03-01", interval: "DAY" },
    ]) {
      expect(codes(await analyst.gql(OVER_TIME, { ...span, unitId }))).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
