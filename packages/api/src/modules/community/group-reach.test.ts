import { graphql } from "../../../test/gql";
import { type Client, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CREATE = graphql(`
  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {
    createSelfHelpGroup(input: $input) {
      selfHelpGroup {
        id
        version
        stageHistory {
          toStage
          changedBy {
            id
          }
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const STAGE = graphql(`
  mutation GroupReachStage($input: ChangeGroupStageInput!) {
    changeGroupStage(input: $input) {
      selfHelpGroup {
        id
        version
        stage
        stageHistory {
          fromStage
          toStage
          changedOn
          reason
          changedBy {
            id
            fullName
          }
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const LIST = graphql(`
  query GroupReachList($filter: SelfHelpGroupFilter) {
    selfHelpGroups(first: 100, filter: $filter) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation GroupReachArchive($input: IdInput!) {
    archiveSelfHelpGroup(input: $input) {
      selfHelpGroup {
        id
        archivedAt
      }
      userErrors {
        code
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation GroupReachRestore($input: IdInput!) {
    restoreSelfHelpGroup(input: $input) {
      selfHelpGroup {
        id
        archivedAt
      }
      userErrors {
        code
      }
    }
  }
`);
const MEETING = graphql(`
  mutation GroupReachMeeting($input: RecordGroupMeetingInput!) {
    recordGroupMeeting(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const ACT = graphql(`
  mutation GroupReachAct($input: RecordAdvocacyActionInput!) {
    recordAdvocacyAction(input: $input) {
      advocacyAction {
        id
        version
      }
      userErrors {
        code
      }
    }
  }
`);
const UPDATE_ACT = graphql(`
  mutation GroupReachUpdateAct($input: UpdateAdvocacyActionInput!) {
    updateAdvocacyAction(input: $input) {
      advocacyAction {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const FACILITATORS = graphql(`
  query GroupReachFacilitators {
    groupFacilitators {
      id
      fullName
      role
    }
  }
`);

let t: TestPlatform;
let facilitator: Client & { userId: string };
let other: Client & { userId: string };
let coordinator: Client & { userId: string };
let communityId: string;
let counter = 0;

beforeAll(async () => {
  t = await startTestPlatform();
  facilitator = await t.signedIn("FACILITATOR");
  other = await t.signedIn("FACILITATOR");
  coordinator = await t.signedIn("COORDINATOR");
  const [community] = await t.sql("SELECT id FROM community ORDER BY name LIMIT 1");
  communityId = community.id;
});
afterAll(() => t?.stop());

async function found(client: Client, facilitatorId?: string) {
  const r = await client.ok(CREATE, {
    input: { name: `Reach group ${++counter}`, communityId, foundedOn: "2024-03-01", ...(facilitatorId ? { facilitatorId } : {}) },
  });
  expect(r.createSelfHelpGroup.userErrors).toEqual([]);
  return present(r.createSelfHelpGroup.selfHelpGroup, "the group");
}

const ids = async (client: Client, filter: Record<string, unknown>) =>
  (await client.ok(LIST, { filter })).selfHelpGroups.edges.map((e) => e.node.id);

describe("self-help groups: who changes them, who moved them, and the list filters", () => {
  it("keeps who recorded each stage change", async () => {
    const group = await found(facilitator);
    expect(group.stageHistory).toEqual([{ toStage: "FORMING", changedBy: { id: facilitator.userId } }]);
    const moved = await coordinator.ok(STAGE, {
      input: { id: group.id, version: group.version, stage: "ACTIVE", changedOn: "2024-06-01" },
    });
    expect(moved.changeGroupStage.userErrors).toEqual([]);
    const history = present(moved.changeGroupStage.selfHelpGroup, "the group").stageHistory;
    expect(history.map((h) => [h.fromStage, h.toStage, h.changedBy?.id])).toEqual([
      [null, "FORMING", facilitator.userId],
      ["FORMING", "ACTIVE", coordinator.userId],
    ]);
  });

  it("lets a facilitator change only the groups she facilitates; a coordinator changes any", async () => {
    const hers = await found(facilitator);
    const theirs = await found(other);
    const refused = await facilitator.gql(STAGE, { input: { id: theirs.id, version: 1, stage: "ACTIVE", changedOn: "2024-06-01" } });
    expect(failures(refused)).toEqual(["FORBIDDEN"]);
    const meeting = await facilitator.gql(MEETING, { input: { groupId: theirs.id, heldOn: "2024-06-01", presentBeneficiaryIds: [] } });
    expect(failures(meeting)).toEqual(["FORBIDDEN"]);
    expect((await t.sql("SELECT count(*)::int AS n FROM group_meeting WHERE group_id = $1", [theirs.id]))[0].n).toBe(0);

    const action = await other.ok(ACT, {
      input: { groupId: theirs.id, actedOn: "2024-06-02", targetKind: "JAMOAT", targetName: "Jamoat", request: "A well" },
    });
    const act = present(action.recordAdvocacyAction.advocacyAction, "the action");
    const update = await facilitator.gql(UPDATE_ACT, { input: { id: act.id, version: act.version, result: "ACHIEVED" } });
    expect(failures(update)).toEqual(["FORBIDDEN"]);

    const own = await facilitator.ok(MEETING, { input: { groupId: hers.id, heldOn: "2024-06-01", presentBeneficiaryIds: [] } });
    expect(own.recordGroupMeeting.userErrors).toEqual([]);
    const byCoordinator = await coordinator.ok(STAGE, { input: { id: theirs.id, version: 1, stage: "ACTIVE", changedOn: "2024-06-01" } });
    expect(byCoordinator.changeGroupStage.userErrors).toEqual([]);
  });

  it("lets a facilitator archive and restore only her own groups", async () => {
    const hers = await found(facilitator);
    const theirs = await found(other);
    expect(failures(await facilitator.gql(ARCHIVE, { input: { id: theirs.id } }))).toEqual(["FORBIDDEN"]);
    const kept = await t.sql<{ archived_at: Date | null }>("SELECT archived_at FROM self_help_group WHERE id = $1", [theirs.id]);
    expect(kept).toEqual([{ archived_at: null }]);
    const denied = await t.sql("SELECT action FROM audit_event WHERE entity_type = 'SelfHelpGroup' AND entity_id = $1", [theirs.id]);
    expect(denied.map((d) => d.action)).toContain("DENIED");

    const own = await facilitator.ok(ARCHIVE, { input: { id: hers.id } });
    expect(own.archiveSelfHelpGroup.userErrors).toEqual([]);
    expect(own.archiveSelfHelpGroup.selfHelpGroup?.archivedAt).toEqual(expect.any(String));
    const restored = await facilitator.ok(RESTORE, { input: { id: hers.id } });
    expect(restored.restoreSelfHelpGroup.selfHelpGroup?.archivedAt).toBeNull();
    const byCoordinator = await coordinator.ok(ARCHIVE, { input: { id: theirs.id } });
    expect(byCoordinator.archiveSelfHelpGroup.userErrors).toEqual([]);
  });

  it("filters by facilitator and lists archived groups on request", async () => {
    const hers = await found(coordinator, facilitator.userId);
    const theirs = await found(other);
    expect(await ids(coordinator, { facilitatorId: facilitator.userId })).toContain(hers.id);
    expect(await ids(coordinator, { facilitatorId: facilitator.userId })).not.toContain(theirs.id);
    const archived = await coordinator.ok(ARCHIVE, { input: { id: hers.id } });
    expect(archived.archiveSelfHelpGroup.userErrors).toEqual([]);
    expect(await ids(coordinator, { facilitatorId: facilitator.userId })).not.toContain(hers.id);
    expect(await ids(coordinator, { facilitatorId: facilitator.userId, archived: true })).toEqual([hers.id]);
  });

  it("offers the facilitators and coordinators as a group's facilitator, to group staff only", async () => {
    const trainer = await t.signedIn("TRAINER");
    const choices = (await facilitator.ok(FACILITATORS)).groupFacilitators;
    expect(choices.map((c) => c.id)).toEqual(expect.arrayContaining([facilitator.userId, other.userId, coordinator.userId]));
    expect(new Set(choices.map((c) => c.role))).toEqual(new Set(["FACILITATOR", "COORDINATOR"]));
    expect(failures(await trainer.gql(FACILITATORS))).toEqual(["FORBIDDEN"]);
  });
});
