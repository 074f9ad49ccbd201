import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { today } from "../../core/clock";

const CREATE = graphql(`mutation CommunityCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {
  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }`);
const UPDATE = graphql(`mutation CommunityUpdateSelfHelpGroup($input: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $input) {
  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }`);
const STAGE = graphql(`mutation CommunityChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {
  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }`);
const ADD = graphql(`mutation CommunityAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) {
  membership { id joinedOn leftOn beneficiary { id code firstName } } userErrors { field message code } } }`);
const REMOVE = graphql(`mutation CommunityRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) {
  membership { id joinedOn leftOn } userErrors { field message code } } }`);
const MEETING = graphql(`mutation CommunityRecordGroupMeeting($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) {
  meeting { id heldOn topics decisions version attendance { count women { id code } } } userErrors { field message code } } }`);
const UPDATE_MEETING = graphql(`mutation CommunityUpdateGroupMeeting($input: UpdateGroupMeetingInput!) { updateGroupMeeting(input: $input) {
  meeting { id heldOn topics decisions version attendance { count } } userErrors { field message code } } }`);
const ACT = graphql(`mutation CommunityRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {
  advocacyAction { id actedOn targetKind targetName result resultNote version } userErrors { field message code } } }`);
const UPDATE_ACT =
  graphql(`mutation CommunityUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {
  advocacyAction { id result resultNote version } userErrors { field message code } } }`);

/** A day `offset` days from today in Dushanbe, YYYY-MM-DD. */
function day(offset: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

let t: TestPlatform;
let facilitator: Client & { userId: string };
let coordinator: Client & { userId: string };
let trainer: Client & { userId: string };
let analyst: Client & { userId: string };
let communityId: string;
let districtId: string;
/** Women of this file's own, so demo data never mixes in. */
let women: string[];
let counter = 0;

beforeAll(async () => {
  t = await startTestPlatform();
  facilitator = await t.signedIn("FACILITATOR");
  coordinator = await t.signedIn("COORDINATOR");
  trainer = await t.signedIn("TRAINER");
  analyst = await t.signedIn("ANALYST");
  const [community] = await t.sql("SELECT id, district_id FROM community ORDER BY name LIMIT 1");
  communityId = community.id;
  districtId = community.district_id;
  const unitId = await t.unitId("RESOURCE");
  women = [];
  for (let n = 0; n < 6; n++) {
    const r = await coordinator.ok(
      graphql(
        `mutation CommunityCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }`,
      ),
      { input: { firstName: `Гурӯҳ${n}`, lastName: "Secret-Lastname", communityId, unitId } },
    );
    women.push(present(r.createBeneficiary.beneficiary, "the woman").id);
  }
});
afterAll(() => t?.stop());

async function found(client: Client = facilitator, input: Record<string, unknown> = {}) {
  const r = await client.ok(CREATE, { input: { name: `Group ${++counter}`, communityId, foundedOn: "2024-03-01", ...input } });
  expect(r.createSelfHelpGroup.userErrors).toEqual([]);
  return present(r.createSelfHelpGroup.selfHelpGroup, "selfHelpGroup");
}

const count = async (sql: string, params: unknown[]) => (await t.sql(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

describe("self-help groups", () => {
  it("founds a group with its first stage in the history, and lists it by community, district, stage and facilitator", async () => {
    const group = await found(facilitator, { name: "Zanon-i Dahana" });
    expect(group).toMatchObject({
      name: "Zanon-i Dahana",
      stage: "FORMING",
      version: 1,
      community: { id: communityId },
      facilitator: { id: facilitator.userId, role: "FACILITATOR" },
      stageHistory: [{ fromStage: null, toStage: "FORMING", changedOn: "2024-03-01", reason: null }],
    });
    const list = graphql(
      `query CommunitySelfHelpGroups($filter: SelfHelpGroupFilter) { selfHelpGroups(first: 100, filter: $filter) { totalCount edges { node { id } } } }`,
    );
    const ids = async (client: Client, filter: Record<string, unknown>) =>
      (await client.ok(list, { filter })).selfHelpGroups.edges.map((e) => e.node.id);
    expect(await ids(facilitator, { mine: true })).toEqual([group.id]);
    expect(await ids(coordinator, { mine: true })).toEqual([]);
    expect(await ids(trainer, { communityId, stage: "FORMING" })).toContain(group.id);
    expect(await ids(analyst, { districtId })).toContain(group.id);
    expect(await ids(analyst, { stage: "AUTONOMOUS" })).not.toContain(group.id);

    const again = await facilitator.ok(CREATE, { input: { name: "Zanon-i Dahana", communityId, foundedOn: "2024-03-01" } });
    expect(again.createSelfHelpGroup.userErrors).toEqual([expect.objectContaining({ field: ["input", "name"], code: "DUPLICATE" })]);
    const future = await facilitator.ok(CREATE, { input: { name: "Tomorrow", communityId, foundedOn: day(1) } });
    expect(future.createSelfHelpGroup.userErrors[0]).toMatchObject({ field: ["input", "foundedOn"] });
    expect(await count("self_help_group WHERE name = 'Tomorrow'", [])).toBe(0);
  });

  it("changes the facilitator to an active facilitator or coordinator only", async () => {
    const group = await found(coordinator);
    expect(group.facilitator).toBeNull();
    const byTrainer = await coordinator.ok(UPDATE, { input: { id: group.id, version: 1, facilitatorId: trainer.userId } });
    expect(byTrainer.updateSelfHelpGroup.userErrors[0]).toMatchObject({ field: ["input", "facilitatorId"] });
    const updated = await coordinator.ok(UPDATE, {
      input: { id: group.id, version: 1, name: `Renamed ${counter}`, facilitatorId: coordinator.userId },
    });
    expect(updated.updateSelfHelpGroup.selfHelpGroup).toMatchObject({
      version: 2,
      name: `Renamed ${counter}`,
      facilitator: { id: coordinator.userId, role: "COORDINATOR" },
    });
    expect(failures(await coordinator.gql(UPDATE, { input: { id: group.id, version: 1, name: "Lost update" } }))).toEqual(["CONFLICT"]);
    const [event] = await t.sql("SELECT details FROM audit_event WHERE action = 'UPDATE' AND entity_id = $1", [group.id]);
    expect(event.details).toEqual({ fields: ["name", "facilitatorId"] });
  });

  it("moves a group forward without a reason, and back only with one", async () => {
    const group = await found();
    const move = (input: Record<string, unknown>) => facilitator.ok(STAGE, { input: { id: group.id, ...input } });
    const active = await move({ version: 1, stage: "ACTIVE", changedOn: "2024-05-01" });
    expect(active.changeGroupStage).toMatchObject({ userErrors: [], selfHelpGroup: { stage: "ACTIVE", version: 2 } });
    const autonomous = await move({ version: 2, stage: "AUTONOMOUS", changedOn: "2024-09-01" });
    expect(present(autonomous.changeGroupStage.selfHelpGroup, "selfHelpGroup").stage).toBe("AUTONOMOUS");

    const noReason = await move({ version: 3, stage: "ACTIVE", changedOn: "2024-10-01" });
    expect(noReason.changeGroupStage).toEqual({
      selfHelpGroup: null,
      userErrors: [{ field: ["input", "reason"], message: "Going back from AUTONOMOUS to ACTIVE needs a reason.", code: "REQUIRED" }],
    });
    const blank = await move({ version: 3, stage: "ACTIVE", changedOn: "2024-10-01", reason: "   " });
    expect(blank.changeGroupStage.userErrors[0]).toMatchObject({ field: ["input", "reason"] });
    expect(await count("group_stage_change WHERE group_id = $1", [group.id])).toBe(3);
    expect((await t.sql("SELECT stage, version FROM self_help_group WHERE id = $1", [group.id]))[0]).toEqual({
      stage: "AUTONOMOUS",
      version: 3,
    });

    for (const [changedOn, message] of [
      ["2024-02-01", /founded/],
      ["2024-09-01", /after the previous one/],
      [day(1), /future/],
    ] as const) {
      const r = await move({ version: 3, stage: "ACTIVE", changedOn, reason: "The leader moved to Russia." });
      expect(r.changeGroupStage.userErrors[0]).toMatchObject({ field: ["input", "changedOn"], message: expect.stringMatching(message) });
    }
    const same = await move({ version: 3, stage: "AUTONOMOUS", changedOn: "2024-10-01" });
    expect(same.changeGroupStage.userErrors[0]).toMatchObject({ field: ["input", "stage"] });

    const back = await move({ version: 3, stage: "ACTIVE", changedOn: "2024-10-01", reason: "The leader moved to Russia." });
    expect(back.changeGroupStage.userErrors).toEqual([]);
    expect(present(back.changeGroupStage.selfHelpGroup, "selfHelpGroup").stageHistory).toEqual([
      { fromStage: null, toStage: "FORMING", changedOn: "2024-03-01", reason: null },
      { fromStage: "FORMING", toStage: "ACTIVE", changedOn: "2024-05-01", reason: null },
      { fromStage: "ACTIVE", toStage: "AUTONOMOUS", changedOn: "2024-09-01", reason: null },
      { fromStage: "AUTONOMOUS", toStage: "ACTIVE", changedOn: "2024-10-01", reason: "The leader moved to Russia." },
    ]);
    const stale = await facilitator.gql(STAGE, { input: { id: group.id, version: 3, stage: "AUTONOMOUS", changedOn: "2024-11-01" } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    expect(await count("group_stage_change WHERE group_id = $1", [group.id])).toBe(4);
    const events = await t.sql("SELECT details FROM audit_event WHERE action = 'CHANGE_STAGE' AND entity_id = $1 ORDER BY id", [group.id]);
    expect(events.map((e) => e.details)).toEqual([
      { from: "FORMING", to: "ACTIVE" },
      { from: "ACTIVE", to: "AUTONOMOUS" },
      { from: "AUTONOMOUS", to: "ACTIVE" },
    ]);
  });
});

describe("members", () => {
  it("refuses a woman joining twice at the same moment, writing nothing for the second", async () => {
    const group = await found();
    const input = { groupId: group.id, beneficiaryId: women[0], joinedOn: "2024-04-01" };
    const both = await Promise.all([facilitator.ok(ADD, { input }), coordinator.ok(ADD, { input })]);
    const errors = both.map((r) => r.addGroupMember.userErrors);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.find((e) => e.length > 0)).toEqual([
      { field: ["input", "beneficiaryId"], message: "She is a current member of this group already.", code: "DUPLICATE" },
    ]);
    expect(both.filter((r) => r.addGroupMember.membership === null)).toHaveLength(1);
    expect(await count("group_membership WHERE group_id = $1", [group.id])).toBe(1);
    expect(
      await count("audit_event WHERE action = 'CREATE' AND entity_type = 'GroupMembership' AND details->>'groupId' = $1", [group.id]),
    ).toBe(1);
    const later = await facilitator.ok(ADD, { input: { ...input, joinedOn: "2024-06-01" } });
    expect(later.addGroupMember.userErrors[0]).toMatchObject({ field: ["input", "beneficiaryId"], code: "DUPLICATE" });
    expect(await count("group_membership WHERE group_id = $1", [group.id])).toBe(1);
  });

  it("records leaving, lists current and past members, and lets a woman rejoin after she left", async () => {
    const group = await found();
    const joined = await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[1], joinedOn: "2024-04-01" } });
    const membershipId = joined.addGroupMember.membership?.id;
    await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[2], joinedOn: "2024-04-01" } });
    const early = await facilitator.ok(REMOVE, { input: { membershipId, leftOn: "2024-03-31" } });
    expect(early.removeGroupMember.userErrors[0]).toMatchObject({ field: ["input", "leftOn"] });
    const tooEarly = await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[3], joinedOn: "2024-02-01" } });
    expect(tooEarly.addGroupMember.userErrors[0]).toMatchObject({ field: ["input", "joinedOn"] });
    const left = await facilitator.ok(REMOVE, { input: { membershipId, leftOn: "2024-08-01" } });
    expect(left.removeGroupMember).toEqual({
      userErrors: [],
      membership: { id: membershipId, joinedOn: "2024-04-01", leftOn: "2024-08-01" },
    });
    const twice = await facilitator.ok(REMOVE, { input: { membershipId, leftOn: "2024-08-02" } });
    expect(twice.removeGroupMember.userErrors[0]).toMatchObject({ field: ["input", "membershipId"] });

    const members = graphql(`query CommunitySelfHelpGroup($id: ID!) { selfHelpGroup(id: $id) {
      current: members { beneficiary { id } } all: members(current: false) { leftOn beneficiary { id } } } }`);
    const listed = (await facilitator.ok(members, { id: group.id })).selfHelpGroup;
    expect(listed.current.map((m) => m.beneficiary.id)).toEqual([women[2]]);
    expect(listed.all.map((m) => m.beneficiary.id).sort()).toEqual([women[1], women[2]].sort());

    const overlapping = await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[1], joinedOn: "2024-07-01" } });
    expect(overlapping.addGroupMember.userErrors[0]).toMatchObject({ field: ["input", "joinedOn"] });
    const rejoined = await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[1], joinedOn: "2024-08-01" } });
    expect(rejoined.addGroupMember.userErrors).toEqual([]);
    expect((await facilitator.ok(members, { id: group.id })).selfHelpGroup.all).toHaveLength(3);
  });
});

describe("meetings and advocacy", () => {
  it("records a meeting only with women who were members on that day", async () => {
    const group = await found();
    await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[0], joinedOn: "2024-04-01" } });
    await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[1], joinedOn: "2024-06-01" } });
    const input = { groupId: group.id, heldOn: "2024-05-15", topics: ["Alimony", " "], decisions: "Visit the jamoat." };
    const withStranger = await facilitator.ok(MEETING, { input: { ...input, presentBeneficiaryIds: [women[0], women[1]] } });
    expect(withStranger.recordGroupMeeting).toEqual({
      meeting: null,
      userErrors: [
        { field: ["input", "presentBeneficiaryIds", "1"], message: "She was not a member of the group on 2024-05-15.", code: "NOT_MEMBER" },
      ],
    });
    const nonMember = await facilitator.ok(MEETING, { input: { ...input, presentBeneficiaryIds: [women[5]] } });
    expect(nonMember.recordGroupMeeting.userErrors[0]).toMatchObject({ field: ["input", "presentBeneficiaryIds", "0"] });
    const future = await facilitator.ok(MEETING, { input: { ...input, heldOn: day(1), presentBeneficiaryIds: [] } });
    expect(future.recordGroupMeeting.userErrors[0]).toMatchObject({ field: ["input", "heldOn"] });
    expect(await count("group_meeting WHERE group_id = $1", [group.id])).toBe(0);
    expect(await count("group_meeting_attendance a JOIN group_meeting m ON m.id = a.meeting_id WHERE m.group_id = $1", [group.id])).toBe(0);

    const held = await facilitator.ok(MEETING, { input: { ...input, presentBeneficiaryIds: [women[0]] } });
    const meeting = held.recordGroupMeeting.meeting;
    expect(meeting).toMatchObject({
      heldOn: "2024-05-15",
      topics: ["Alimony"],
      version: 1,
      attendance: { count: 1, women: [{ id: women[0] }] },
    });

    const moved = await facilitator.ok(UPDATE_MEETING, { input: { id: meeting?.id, version: 1, heldOn: "2024-04-01" } });
    expect(moved.updateGroupMeeting.meeting).toMatchObject({ heldOn: "2024-04-01", version: 2 });
    const beforeJoining = await facilitator.ok(UPDATE_MEETING, { input: { id: meeting?.id, version: 2, heldOn: "2024-03-20" } });
    expect(beforeJoining.updateGroupMeeting.userErrors[0]).toMatchObject({ field: ["input", "heldOn"] });
    const more = await facilitator.ok(UPDATE_MEETING, {
      input: { id: meeting?.id, version: 2, heldOn: "2024-06-10", presentBeneficiaryIds: [women[0], women[1]], decisions: null },
    });
    expect(more.updateGroupMeeting.meeting).toMatchObject({ version: 3, decisions: null, attendance: { count: 2 } });
    const stale = await facilitator.gql(UPDATE_MEETING, { input: { id: meeting?.id, version: 2, topics: [] } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const [event] = await t.sql("SELECT details FROM audit_event WHERE action = 'CREATE' AND entity_id = $1", [meeting?.id]);
    expect(event.details).toEqual({ groupId: group.id, present: 1 });
  });

  it("records advocacy actions and their results", async () => {
    const group = await found();
    const input = {
      groupId: group.id,
      actedOn: "2024-07-01",
      targetKind: "JAMOAT",
      targetName: "Jamoat Dahana",
      request: "A street light by the school.",
    };
    const acted = await facilitator.ok(ACT, { input });
    const action = acted.recordAdvocacyAction.advocacyAction;
    expect(action).toMatchObject({ result: "PENDING", resultNote: null, version: 1 });
    const early = await facilitator.ok(ACT, { input: { ...input, actedOn: "2024-01-01" } });
    expect(early.recordAdvocacyAction.userErrors[0]).toMatchObject({ field: ["input", "actedOn"] });
    const updated = await facilitator.ok(UPDATE_ACT, {
      input: { id: action?.id, version: 1, result: "ACHIEVED", resultNote: "Installed in May." },
    });
    expect(updated.updateAdvocacyAction.advocacyAction).toEqual({
      id: action?.id,
      result: "ACHIEVED",
      resultNote: "Installed in May.",
      version: 2,
    });
    expect(failures(await facilitator.gql(UPDATE_ACT, { input: { id: action?.id, version: 1, result: "REFUSED" } }))).toEqual(["CONFLICT"]);
    const listed = await analyst.ok(
      graphql(`query CommunitySelfHelpGroup2($id: ID!) { selfHelpGroup(id: $id) { advocacyActions { id result targetName } } }`),
      {
        id: group.id,
      },
    );
    expect(listed.selfHelpGroup.advocacyActions).toEqual([{ id: action?.id, result: "ACHIEVED", targetName: "Jamoat Dahana" }]);
  });
});

describe("who reaches groups", () => {
  it("shows facilitators members' code and first name only", async () => {
    const group = await found();
    await facilitator.ok(ADD, { input: { groupId: group.id, beneficiaryId: women[4], joinedOn: "2024-04-01" } });
    await facilitator.ok(MEETING, { input: { groupId: group.id, heldOn: "2024-04-02", presentBeneficiaryIds: [women[4]] } });
    // Each refused field is asked alone, so that document is assembled per field (untyped: only its codes are read).
    const q = (fields: string) => `query($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { ${fields} } } } }`;
    const minimal = await facilitator.ok(
      graphql(`query CommunityMembersMinimal($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { id code firstName } } } }`),
      { id: group.id },
    );
    expect(minimal.selfHelpGroup?.members).toEqual([{ beneficiary: { id: women[4], code: expect.any(String), firstName: "Гурӯҳ4" } }]);
    for (const field of ["lastName", "phone", "birthYear"]) {
      const r = await facilitator.gql(q(`code ${field}`), { id: group.id });
      expect({ field, codes: codes(r) }).toEqual({ field, codes: ["FORBIDDEN"] });
      expect(JSON.stringify(r.data)).not.toContain("Secret-Lastname");
    }
    const viaMeeting = await facilitator.gql(
      graphql(
        `query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }`,
      ),
      { id: group.id },
    );
    expect(codes(viaMeeting)).toEqual(["FORBIDDEN"]);
    const full = await coordinator.ok(
      graphql(`query CommunityMembersFull($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { lastName } } } }`),
      { id: group.id },
    );
    expect(full.selfHelpGroup?.members).toEqual([{ beneficiary: { lastName: "Secret-Lastname" } }]);
  });

  it("lets trainers, case workers and analysts read groups but neither manage them nor see members; partner keys reach nothing", async () => {
    const group = await found();
    const caseWorker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    for (const client of [trainer, analyst, caseWorker]) {
      const read = await client.ok(
        graphql(`query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }`),
        { id: group.id },
      );
      expect(read.selfHelpGroup.stage).toBe("FORMING");
      for (const field of ["members { id }", "meetings { id }"]) {
        // One document per refused field, assembled in the loop (only its codes are read).
        const r = await client.gql(`query($id: ID!) { selfHelpGroup(id: $id) { name ${field} } }`, { id: group.id });
        expect(codes(r)).toEqual(["FORBIDDEN"]);
      }
      expect(codes(await client.gql(CREATE, { input: { name: "Not mine", communityId, foundedOn: "2024-03-01" } }))).toEqual(["FORBIDDEN"]);
      expect(codes(await client.gql(STAGE, { input: { id: group.id, version: 1, stage: "ACTIVE", changedOn: "2024-05-01" } }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(codes(await client.gql(ADD, { input: { groupId: group.id, beneficiaryId: women[5], joinedOn: "2024-04-01" } }))).toEqual([
        "FORBIDDEN",
      ]);
    }
    expect(
      codes(
        await caseWorker.gql(
          graphql(`query CommunityCommunityFigures { communityFigures(from: "2024-01-01", to: "2024-12-31") { autonomousGroups } }`),
        ),
      ),
    ).toEqual(["FORBIDDEN"]);
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    expect(codes(await partner.gql(graphql(`query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }`)))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codes(
        await partner.gql(
          graphql(`query CommunityCommunityFigures2 { communityFigures(from: "2024-01-01", to: "2024-12-31") { autonomousGroups } }`),
        ),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(await count("self_help_group WHERE name = 'Not mine'", [])).toBe(0);
    expect(await count("group_membership WHERE group_id = $1", [group.id])).toBe(0);
  });
});
