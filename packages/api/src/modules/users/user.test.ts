import { graphql } from "../../../test/gql";
import { type Client, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

const USERS = graphql(`
  query UserUsers($filter: UserFilter) {
    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }
  }
`);
const VERSION = graphql(`query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }`);
const UPDATE = graphql(`
  mutation UserUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) { user { id role version } userErrors { code field params } }
  }
`);
const ARCHIVE = graphql(`
  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }
`);

async function versionOf(client: Client, id: string) {
  return present((await client.ok(VERSION, { id })).user, "the user").version;
}

describe("staff accounts", () => {
  it("lists the accounts of a unit and of a role, current or archived", async () => {
    const shelter = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    const crisis = await t.signedIn("TRAINER", ["CRISIS"]);
    const inShelter = await t.admin.ok(USERS, { filter: { unitId: await t.unitId("SHELTER") } });
    const ids = inShelter.users.edges.map((e) => e.node.id);
    expect(ids).toContain(shelter.userId);
    expect(ids).not.toContain(crisis.userId);
    expect(inShelter.users.edges.every((e) => e.node.units.some((u) => u.code === "SHELTER"))).toBe(true);

    const trainers = await t.admin.ok(USERS, { filter: { role: "TRAINER" } });
    expect(trainers.users.edges.map((e) => e.node.role)).toEqual(trainers.users.edges.map(() => "TRAINER"));
    expect(trainers.users.edges.map((e) => e.node.id)).toContain(crisis.userId);

    const archived = await t.admin.ok(ARCHIVE, { id: crisis.userId });
    expect(archived.archiveUser.userErrors).toEqual([]);
    const current = await t.admin.ok(USERS, { filter: { role: "TRAINER" } });
    expect(current.users.edges.map((e) => e.node.id)).not.toContain(crisis.userId);
    const gone = await t.admin.ok(USERS, { filter: { role: "TRAINER", archived: true } });
    expect(gone.users.edges.map((e) => e.node.id)).toContain(crisis.userId);
  });

  it("lets an admin demote another admin while one stays", async () => {
    const other = await t.signedIn("ADMIN");
    const r = await t.admin.ok(UPDATE, {
      input: { id: other.userId, version: await versionOf(t.admin, other.userId), role: "COORDINATOR" },
    });
    expect(r.updateUser.userErrors).toEqual([]);
    expect(r.updateUser.user?.role).toBe("COORDINATOR");
  });

  it("never leaves NK without an active admin: the last one can be neither demoted nor archived", async () => {
    const last = await t.signedIn("ADMIN");
    // Every other admin is archived, so she is the one left.
    await t.sql(`UPDATE "user" SET archived_at = now() WHERE role = 'ADMIN' AND id <> $1`, [last.userId]);
    const before = await versionOf(last, last.userId);

    const demoted = await last.ok(UPDATE, { input: { id: last.userId, version: before, role: "COORDINATOR" } });
    expect(demoted.updateUser.user).toBeNull();
    expect(demoted.updateUser.userErrors).toEqual([{ code: "INVALID_STATE", field: ["input", "role"], params: { state: "LAST_ADMIN" } }]);

    const archived = await last.ok(ARCHIVE, { id: last.userId });
    expect(archived.archiveUser.user).toBeNull();
    expect(archived.archiveUser.userErrors).toEqual([{ code: "INVALID_STATE", field: ["input", "id"], params: { state: "LAST_ADMIN" } }]);

    // Nothing changed: still an active admin, same version; her name may still change.
    const after = present((await last.ok(VERSION, { id: last.userId })).user, "the user");
    expect(after).toMatchObject({ role: "ADMIN", archivedAt: null, version: before });
    const renamed = await last.ok(UPDATE, { input: { id: last.userId, version: before, fullName: "Last Admin" } });
    expect(renamed.updateUser.userErrors).toEqual([]);

    // Once a second admin exists again, the first may step down.
    const [other] = await t.sql<{ id: string }>(`SELECT id FROM "user" WHERE role = 'ADMIN' AND id <> $1 LIMIT 1`, [last.userId]);
    await t.sql(`UPDATE "user" SET archived_at = NULL WHERE id = $1`, [present(other, "another admin").id]);
    const stepDown = await last.ok(UPDATE, { input: { id: last.userId, version: before + 1, role: "COORDINATOR" } });
    expect(stepDown.updateUser.userErrors).toEqual([]);
  });
});
