import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
let worker: Client;
beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
});
afterAll(() => t?.stop());

describe("archiving records", () => {
  it("hides an archived service from lists, keeps it in full, and restores it; reach rules apply", async () => {
    const [service] = await t.sql("SELECT id FROM service WHERE unit_id = $1 AND archived_at IS NULL ORDER BY id LIMIT 1", [
      await t.unitId("CRISIS"),
    ]);
    const listed = async () =>
      (await worker.ok(graphql(`query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }`))).services.edges.map(
        (e) => e.node.id,
      );
    const archived = await worker.ok(
      graphql(
        `mutation ArchiveArchiveService($id: ID!) { archiveService(input: { id: $id }) { service { id archivedAt } userErrors { code } } }`,
      ),
      { id: service.id },
    );
    expect(present(archived.archiveService.service, "service").archivedAt).not.toBeNull();
    expect(await listed()).not.toContain(service.id);
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM service WHERE id = $1", [service.id]);
    expect(n).toBe(1);
    await worker.ok(graphql(`mutation ArchiveRestoreService($id: ID!) { restoreService(input: { id: $id }) { service { archivedAt } } }`), {
      id: service.id,
    });
    expect(await listed()).toContain(service.id);
    const events = await t.sql("SELECT action FROM audit_event WHERE entity_id = $1 AND action IN ('ARCHIVE', 'RESTORE') ORDER BY id", [
      service.id,
    ]);
    expect(events.map((e) => e.action)).toEqual(["ARCHIVE", "RESTORE"]);

    const other = await t.signedIn("CASE_WORKER", ["SHELTER"]);
    const refused = await other.gql(
      graphql(`mutation ArchiveArchiveService2($id: ID!) { archiveService(input: { id: $id }) { service { id } userErrors { code } } }`),
      {
        id: service.id,
      },
    );
    expect(failures(refused)).toEqual(["NOT_FOUND"]);
    const [row] = await t.sql("SELECT archived_at FROM service WHERE id = $1", [service.id]);
    expect(row.archived_at).toBeNull();
  });

  it("archives a campaign for staff only, hiding it from partner keys too", async () => {
    const [campaign] = await t.sql("SELECT id FROM campaign LIMIT 1");
    const trainer = await t.signedIn("TRAINER");
    expect(
      codes(
        await trainer.gql(
          graphql(`mutation ArchiveArchiveCampaign($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { id } } }`),
          { id: campaign.id },
        ),
      ),
    ).toEqual(["FORBIDDEN"]);
    const r = await t.admin.ok(
      graphql(
        `mutation ArchiveArchiveCampaign2($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt version } userErrors { code } } }`,
      ),
      {
        id: campaign.id,
      },
    );
    expect(present(r.archiveCampaign.campaign, "campaign").archivedAt).not.toBeNull();
    const listed = await t.admin.ok(graphql(`query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }`));
    expect(listed.campaigns.edges.map((e) => e.node.id)).not.toContain(campaign.id);
  });
});
