import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { graphql } from "./gql";
import { present, startTestPlatform, type TestPlatform } from "./harness";

const run = promisify(execFile);

/** The example client of docs/partners.md, run as a partner would run it, against a real server. */
describe("the example partner client", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t?.stop());

  it("lists its organisation's campaigns with their totals and reports an activity", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);
    const [district] = await t.sql("SELECT id FROM district ORDER BY name LIMIT 1");
    const created = await t.admin.ok(
      graphql(
        `mutation PartnerClientCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id version } userErrors { field message } } }`,
      ),
      {
        input: {
          title: "Test campaign",
          aims: "Testing the example client.",
          startsOn: "2026-11-01",
          endsOn: "2026-11-20",
          districtIds: [district.id],
        },
      },
    );
    const campaign = present(created.createCampaign.campaign, "campaign");
    expect(campaign).not.toBeNull();
    const joined = await t.admin.ok(
      graphql(
        `mutation PartnerClientSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { field message } } }`,
      ),
      { input: { campaignId: campaign.id, partners: [{ partnerId: partner.partnerId, role: "PARTICIPANT" }] } },
    );
    expect(joined.setCampaignPartners.userErrors).toEqual([]);

    const { stdout } = await run(process.execPath, ["-r", "@swc-node/register", "examples/partner-client.ts", "--report"], {
      cwd: path.resolve(__dirname, ".."),
      env: { PATH: process.env.PATH ?? "", NK_API_URL: `${t.url}/graphql`, NK_API_KEY: partner.secret },
    });
    const out = JSON.parse(stdout);
    expect(out.partner.id).toBe(partner.partnerId);
    expect(out.campaigns.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
    expect(out.reported.userErrors).toEqual([]);
    expect(out.reported.activity).toMatchObject({ title: "Talk at the school", heldOn: "2026-11-01", reached: 41 });
    const [row] = await t.sql("SELECT reported_by_partner_id FROM campaign_activity WHERE id = $1", [out.reported.activity.id]);
    expect(row.reported_by_partner_id).toBe(partner.partnerId);
  });

  it("says what went wrong with a revoked key", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    await t.admin.ok(graphql(`mutation PartnerClientRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }`), {
      id: partner.apiKeyId,
    });
    const failed = await run(process.execPath, ["-r", "@swc-node/register", "examples/partner-client.ts"], {
      cwd: path.resolve(__dirname, ".."),
      env: { PATH: process.env.PATH ?? "", NK_API_URL: `${t.url}/graphql`, NK_API_KEY: partner.secret },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/UNAUTHENTICATED|401/);
  });
});
