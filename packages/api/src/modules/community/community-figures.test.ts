import { graphql } from "../../../test/gql";
import {
  type Client,
  codes,
  failures,
  present,
  rootField,
  startTestPlatform,
  type TestPlatform,
  type TypedDocument,
} from "../../../test/harness";
import { today } from "../../core/clock";

/**
 * Support services and the figures NK reports. The fixture lives in 2019, a year no demo data
 * uses; the expected numbers below are worked out by hand from it.
 */
const CREATE_GROUP =
  graphql(`mutation CommunityFiguresCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {
  selfHelpGroup { id version } userErrors { field message code } } }`);
const STAGE = graphql(`mutation CommunityFiguresChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {
  selfHelpGroup { id version } userErrors { field message code } } }`);
const ADD = graphql(
  `mutation CommunityFiguresAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } userErrors { field message code } } }`,
);
const REMOVE = graphql(
  `mutation CommunityFiguresRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { membership { id } userErrors { field message code } } }`,
);
const ACT =
  graphql(`mutation CommunityFiguresRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {
  advocacyAction { id version } userErrors { field message code } } }`);
const UPDATE_ACT =
  graphql(`mutation CommunityFiguresUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {
  advocacyAction { id version } userErrors { field message code } } }`);
const CREATE_SSW =
  graphql(`mutation CommunityFiguresCreateSupportService($input: CreateSupportServiceInput!) { createSupportService(input: $input) {
  supportService { id name kind contacts openingHours offers version community { id } } userErrors { field message code } } }`);
const UPDATE_SSW =
  graphql(`mutation CommunityFiguresUpdateSupportService($input: UpdateSupportServiceInput!) { updateSupportService(input: $input) {
  supportService { id name openingHours version } userErrors { field message code } } }`);
const ACTIVITY =
  graphql(`mutation CommunityFiguresRecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) { recordSupportServiceActivity(input: $input) {
  activity { month peopleHelped } supportService { id } userErrors { field message code } } }`);
const FIGURES = graphql(`query CommunityFiguresCommunityFigures($from: String!, $to: String!) { communityFigures(from: $from, to: $to) {
  from to groupsByStage { stage count } autonomousGroups membersPerGroup { group { id name } members }
  advocacyActionsByResult { result count } supportServicePeopleHelped } }`);

let t: TestPlatform;
let facilitator: Client & { userId: string };
let analyst: Client & { userId: string };
let trainer: Client & { userId: string };
let communityId: string;
let otherCommunityId: string;
let otherDistrictId: string;
const g: Record<string, { id: string; version: number }> = {};
let w: string[];

/** Runs a mutation, expecting no user errors; answers its payload. */
async function ok<R extends Record<string, { userErrors: unknown[] }>>(
  document: TypedDocument<R, never>,
  input: Record<string, unknown>,
  client: Client = facilitator,
) {
  const payload = rootField(await client.ok(document, { input }));
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function group(key: string, foundedOn: string, stage = "FORMING") {
  const r = await ok(CREATE_GROUP, { name: `Figures ${key}`, communityId, foundedOn, stage });
  g[key] = present(r.selfHelpGroup, "the group");
}

async function move(key: string, stage: string, changedOn: string, reason?: string) {
  const current = present(g[key], `group ${key}`);
  const r = await ok(STAGE, { id: current.id, version: current.version, stage, changedOn, reason });
  g[key] = present(r.selfHelpGroup, "the group");
}

async function join(key: string, woman: number, joinedOn: string, leftOn?: string) {
  const r = await ok(ADD, { groupId: g[key]?.id, beneficiaryId: w[woman], joinedOn });
  if (leftOn) await ok(REMOVE, { membershipId: r.membership?.id, leftOn });
}

async function act(key: string, actedOn: string, result: string) {
  return ok(ACT, {
    groupId: g[key]?.id,
    actedOn,
    targetKind: "SCHOOL",
    targetName: "School No. 3",
    request: "Separate latrines for girls.",
    result,
  });
}

beforeAll(async () => {
  t = await startTestPlatform();
  facilitator = await t.signedIn("FACILITATOR");
  analyst = await t.signedIn("ANALYST");
  trainer = await t.signedIn("TRAINER");
  const communities = await t.sql("SELECT id, district_id FROM community ORDER BY name");
  communityId = communities[0].id;
  const other = communities.find((c) => c.district_id !== communities[0].district_id) ?? communities[1];
  otherCommunityId = other.id;
  otherDistrictId = other.district_id;
  const coordinator = await t.signedIn("COORDINATOR");
  const unitId = await t.unitId("RESOURCE");
  w = [];
  for (let n = 0; n < 5; n++) {
    const r = await coordinator.ok(
      graphql(
        `mutation CommunityFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: `Figures${n}`, lastName: "Fixture", communityId, unitId } },
    );
    w.push(present(r.createBeneficiary.beneficiary, "the woman").id);
  }

  // G1: forming → active → autonomous; AUTONOMOUS at the end of 2019.
  await group("G1", "2019-01-10");
  await move("G1", "ACTIVE", "2019-03-01");
  await move("G1", "AUTONOMOUS", "2019-09-01");
  // G2: forming → active → autonomous → back to active (with a reason); ACTIVE at the end of 2019.
  await group("G2", "2019-02-01");
  await move("G2", "ACTIVE", "2019-05-01");
  await move("G2", "AUTONOMOUS", "2019-08-01");
  await move("G2", "ACTIVE", "2019-11-01", "Lost its leader.");
  // G3: founded active; autonomous only in 2020, so ACTIVE at the end of 2019.
  await group("G3", "2019-04-01", "ACTIVE");
  await move("G3", "AUTONOMOUS", "2020-02-01");
  // G4: still forming.
  await group("G4", "2019-06-01");
  // G5: founded in 2020, outside every 2019 figure.
  await group("G5", "2020-01-15");

  // Members on 2019-12-31: G1 w0 and w2 (w1 left, w3 joins in 2020); G2 w0 (w1 left that very day); G3 none; G4 w4.
  await join("G1", 0, "2019-01-10");
  await join("G1", 1, "2019-02-01", "2019-10-01");
  await join("G1", 2, "2019-12-31");
  await join("G1", 3, "2020-01-05");
  await join("G2", 0, "2019-03-01");
  await join("G2", 1, "2019-03-01", "2019-12-31");
  await join("G4", 4, "2019-06-01");
  await join("G5", 4, "2020-01-15");

  // Advocacy in 2019: one ACHIEVED, one PENDING, one REFUSED, one PARTLY_ACHIEVED (after an update); one in 2020.
  await act("G1", "2019-04-01", "ACHIEVED");
  await act("G1", "2019-10-01", "PENDING");
  await act("G2", "2019-06-01", "REFUSED");
  const partly = await act("G2", "2019-07-01", "PENDING");
  await ok(UPDATE_ACT, { id: partly.advocacyAction?.id, version: 1, result: "PARTLY_ACHIEVED", resultNote: "Half the budget." });
  await act("G4", "2020-01-20", "ACHIEVED");
});
afterAll(() => t?.stop());

describe("support services for women", () => {
  let s1: string;
  let s2: string;

  it("creates, lists by community and district, and updates with a version", async () => {
    const created = await ok(CREATE_SSW, {
      name: "Legal advice point Dahana",
      communityId,
      kind: "legal advice point",
      contacts: ["Malika (volunteer)", " "],
      openingHours: "Mon–Thu 9:00–13:00",
      offers: "Advice on alimony and documents.",
    });
    expect(created.supportService).toMatchObject({ contacts: ["Malika (volunteer)"], version: 1, community: { id: communityId } });
    s1 = present(created.supportService, "the support service").id;
    s2 = present(
      (await ok(CREATE_SSW, { name: "Info point", communityId: otherCommunityId, kind: "information point", offers: "Leaflets." }))
        .supportService,
      "the info point",
    ).id;
    const dup = await facilitator.ok(CREATE_SSW, { input: { name: "Info point", communityId, kind: "x x", offers: "Again." } });
    expect(dup.createSupportService.userErrors[0]).toMatchObject({ field: ["input", "name"], code: "DUPLICATE" });

    const list = graphql(
      `query CommunityFiguresSupportServices($filter: SupportServiceFilter) { supportServices(first: 100, filter: $filter) { edges { node { id } } } }`,
    );
    const ids = async (filter: Record<string, unknown>) => (await trainer.ok(list, { filter })).supportServices.edges.map((e) => e.node.id);
    // The demo data has support services of its own in these communities.
    expect(await ids({ communityId })).toContain(s1);
    expect(await ids({ communityId })).not.toContain(s2);
    expect(await ids({ districtId: otherDistrictId })).toContain(s2);
    expect(await ids({ districtId: otherDistrictId })).not.toContain(s1);

    const updated = await ok(UPDATE_SSW, { id: s1, version: 1, openingHours: null });
    expect(updated.supportService).toMatchObject({ openingHours: null, version: 2 });
    expect(failures(await facilitator.gql(UPDATE_SSW, { input: { id: s1, version: 1, name: "Lost" } }))).toEqual(["CONFLICT"]);
    // Contacts are for group staff only.
    const contacts = await analyst.gql(
      graphql(`query CommunityFiguresSupportService($id: ID!) { supportService(id: $id) { name contacts } }`),
      { id: s1 },
    );
    expect(codes(contacts)).toEqual(["FORBIDDEN"]);
    expect(codes(await analyst.gql(UPDATE_SSW, { input: { id: s1, version: 2, name: "Analyst's" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await trainer.gql(ACTIVITY, { input: { supportServiceId: s1, month: "2019-01", peopleHelped: 1 } }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("records a month's count, replacing it when the month is recorded again", async () => {
    for (const [id, month, peopleHelped] of [
      [s1, "2018-12", 50],
      [s1, "2019-01", 10],
      [s1, "2019-06", 5],
      [s1, "2019-12", 3],
      [s1, "2020-01", 100],
      [s2, "2019-03", 4],
    ] as const) {
      await ok(ACTIVITY, { supportServiceId: id, month, peopleHelped });
    }
    const again = await ok(ACTIVITY, { supportServiceId: s1, month: "2019-06", peopleHelped: 7 });
    expect(again.activity).toEqual({ month: "2019-06-01", peopleHelped: 7 });
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM support_service_activity WHERE support_service_id = $1", [s1]);
    expect(n).toBe(5);

    const negative = await facilitator.ok(ACTIVITY, { input: { supportServiceId: s1, month: "2019-07", peopleHelped: -1 } });
    expect(negative.recordSupportServiceActivity.userErrors[0]).toMatchObject({ field: ["input", "peopleHelped"] });
    const badMonth = await facilitator.ok(ACTIVITY, { input: { supportServiceId: s1, month: "2019-13", peopleHelped: 1 } });
    expect(badMonth.recordSupportServiceActivity.userErrors[0]).toMatchObject({ field: ["input", "month"] });
    const next = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const future = await facilitator.ok(ACTIVITY, {
      input: { supportServiceId: s1, month: next.toISOString().slice(0, 7), peopleHelped: 1 },
    });
    expect(future.recordSupportServiceActivity.userErrors[0]).toMatchObject({
      field: ["input", "month"],
      message: expect.stringMatching(/future/),
    });
    await ok(ACTIVITY, { supportServiceId: s1, month: today().slice(0, 7), peopleHelped: 0 });

    const q = graphql(
      `query CommunityFiguresSupportService2($id: ID!) { supportService(id: $id) { y2019: activity(from: "2019-01", to: "2019-12") { month peopleHelped } all: activity { month } } }`,
    );
    const read = await analyst.ok(q, { id: s1 });
    expect(read.supportService.y2019).toEqual([
      { month: "2019-01-01", peopleHelped: 10 },
      { month: "2019-06-01", peopleHelped: 7 },
      { month: "2019-12-01", peopleHelped: 3 },
    ]);
    expect(read.supportService.all).toHaveLength(6); // with this month's 0
    const [event] = await t.sql("SELECT details FROM audit_event WHERE action = 'RECORD_ACTIVITY' AND entity_id = $1 ORDER BY id LIMIT 1", [
      s1,
    ]);
    expect(event.details).toEqual({ month: "2018-12" });
  });
});

describe("community figures", () => {
  const mine = (rows: { group: { id: string }; members: number | null }[]) =>
    Object.fromEntries(
      Object.entries(g).flatMap(([key, v]) => {
        const row = rows.find((r) => r.group.id === v.id);
        return row ? [[key, row.members]] : [];
      }),
    );

  it("counts 2019 as worked out by hand", async () => {
    const { communityFigures: f } = await facilitator.ok(FIGURES, { from: "2019-01-01", to: "2019-12-31" });
    expect(f.groupsByStage).toEqual([
      { stage: "FORMING", count: 1 },
      { stage: "ACTIVE", count: 2 },
      { stage: "AUTONOMOUS", count: 1 },
    ]);
    expect(f.autonomousGroups).toBe(1);
    expect(mine(f.membersPerGroup)).toEqual({ G1: 2, G2: 1, G3: 0, G4: 1 });
    expect(f.advocacyActionsByResult).toEqual([
      { result: "PENDING", count: 1 },
      { result: "ACHIEVED", count: 1 },
      { result: "PARTLY_ACHIEVED", count: 1 },
      { result: "REFUSED", count: 1 },
    ]);
    expect(f.supportServicePeopleHelped).toBe(10 + 7 + 3 + 4);

    // An analyst gets the same year with members below 5 withheld (groups and actions are not women).
    const { communityFigures: a } = await analyst.ok(FIGURES, { from: "2019-01-01", to: "2019-12-31" });
    expect(mine(a.membersPerGroup)).toEqual({ G1: null, G2: null, G3: 0, G4: null });
    expect(a.groupsByStage).toEqual(f.groupsByStage);
    expect(a.advocacyActionsByResult).toEqual(f.advocacyActionsByResult);
    expect(codes(await analyst.gql(FIGURES, { from: "2019-06-15", to: "2019-07-15" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("takes each group's stage on the last day from the history, and counts the months a short period touches", async () => {
    const { communityFigures: july } = await facilitator.ok(FIGURES, { from: "2019-06-15", to: "2019-07-15" });
    // G1 ACTIVE (autonomous only in September), G2 ACTIVE (autonomous in August), G3 ACTIVE, G4 FORMING.
    expect(july.groupsByStage).toEqual([
      { stage: "FORMING", count: 1 },
      { stage: "ACTIVE", count: 3 },
      { stage: "AUTONOMOUS", count: 0 },
    ]);
    // G1 w0 and w1 (w1 left in October), G2 w0 and w1, G4 w4.
    expect(mine(july.membersPerGroup)).toEqual({ G1: 2, G2: 2, G3: 0, G4: 1 });
    expect(july.advocacyActionsByResult.find((r) => r.result === "PARTLY_ACHIEVED")?.count).toBe(1);
    // Only G2's action of 2019-07-01 falls in the period (the refused one was on 2019-06-01).
    expect(july.advocacyActionsByResult.reduce((n: number, r) => n + r.count, 0)).toBe(1);
    expect(july.supportServicePeopleHelped).toBe(7);

    const { communityFigures: august } = await facilitator.ok(FIGURES, { from: "2019-08-01", to: "2019-08-31" });
    expect(august.groupsByStage.find((r) => r.stage === "AUTONOMOUS")?.count).toBe(1);
    expect(august.supportServicePeopleHelped).toBe(0);
  });

  it("refuses malformed periods, and gives analysts counts but no members", async () => {
    expect(codes(await analyst.gql(FIGURES, { from: "2019-12-31", to: "2019-01-01" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await analyst.gql(FIGURES, { from: "2019", to: "2019-01-01" }))).toEqual(["BAD_USER_INPUT"]);
    const members = await analyst.gql(
      graphql(
        `query CommunityFiguresCommunityFigures2 { communityFigures(from: "2019-01-01", to: "2019-12-31") { membersPerGroup { members group { members { id } } } } }`,
      ),
    );
    expect(codes(members)).toEqual(["FORBIDDEN"]);
    expect(codes(await trainer.gql(FIGURES, { from: "2019-01-01", to: "2019-12-31" }))).toEqual(["FORBIDDEN"]);
  });

  it("costs the same number of SQL statements for one group as for four, nested fields included", async () => {
    // This facilitator's own groups: the fixture, not the demo groups.
    const query =
      graphql(`query CommunityFiguresSelfHelpGroups($first: Int!) { selfHelpGroups(first: $first, filter: { mine: true }) { edges { node {
      name community { name } facilitator { fullName } stageHistory { toStage }
      members(current: false) { joinedOn beneficiary { code firstName } }
      meetings { attendance { count women { code } } } advocacyActions { result } } } } }`);
    const statements = async (first: number) => {
      const response = await facilitator.post({ query, variables: { first } });
      // biome-ignore lint/suspicious/noExplicitAny: a raw HTTP body, not yet typed
      const body = (await response.json()) as { errors?: unknown; data: any };
      expect(body.errors).toBeUndefined();
      expect(body.data.selfHelpGroups.edges).toHaveLength(first);
      return Number(response.headers.get("x-nk-sql-statements"));
    };
    const one = await statements(1);
    expect(one).toBeGreaterThan(0);
    expect(await statements(4)).toBe(one);
  });
});
