import type { Role } from "@nk/shared";
import { type DirectDatabase, directDatabase } from "../../../test/direct";
import type { Viewer } from "../../core/context";
import { whereInReach } from "../../core/reach";
import { Community } from "../geography/community.entity";
import { District } from "../geography/district.entity";
import { Partner } from "../organisation/partner.entity";
import {
  Campaign,
  CampaignActivity,
  CampaignDistrict,
  CampaignPartner,
  Coalition,
  Council,
  CouncilMember,
  Forum,
  ForumPartner,
  PartnerDistrict,
} from "./coalition.entity";
import { correctableActivity, reachableCampaign, reachableForum, viewerPartner } from "./scope";

/**
 * The partner scope on the demo data: a key reaches only the campaigns and forums its
 * organisation takes part in and their activities, and corrects only what it reported itself;
 * staff reach everything.
 */
let u: DirectDatabase;
/** A partner with an activity of its own in a campaign that also holds another reporter's activity. */
let p: { partner: string; campaign: string; own: string; others: string };
let outsideCampaign: string;
let outsideActivity: string;
let forum: { id: string; partner: string; outsider: string };

beforeAll(async () => {
  u = await directDatabase([
    Coalition,
    Council,
    CouncilMember,
    Campaign,
    CampaignPartner,
    CampaignDistrict,
    Forum,
    ForumPartner,
    CampaignActivity,
    PartnerDistrict,
    Partner,
    District,
    Community,
  ]);
  const one = async <T>(what: string, sql: string, params: unknown[] = []): Promise<T> => {
    const [row] = await u.sql<T>(sql, params);
    if (!row) throw new Error(`the demo data has no ${what}`);
    return row;
  };
  p = await one(
    "partner with its own activity beside another reporter's",
    `SELECT own.reported_by_partner_id AS partner, own.campaign_id AS campaign, own.id AS own, other.id AS others
       FROM campaign_activity own
       JOIN campaign_partner cp ON cp.campaign_id = own.campaign_id AND cp.partner_id = own.reported_by_partner_id
       JOIN campaign_activity other ON other.campaign_id = own.campaign_id
        AND other.reported_by_partner_id IS DISTINCT FROM own.reported_by_partner_id
      ORDER BY own.id, other.id LIMIT 1`,
  );
  // A campaign the partner takes no part in, with an activity of its own to read.
  const outside = await u.sql<{ id: string }>(
    "SELECT id FROM campaign c WHERE NOT EXISTS (SELECT 1 FROM campaign_partner cp WHERE cp.campaign_id = c.id AND cp.partner_id = $1) ORDER BY id LIMIT 1",
    [p.partner],
  );
  outsideCampaign =
    outside[0]?.id ??
    (
      await one<{ id: string }>(
        "campaign",
        `INSERT INTO campaign (title, aims, starts_on, ends_on) VALUES ('Outside the partner', 'A test', '2025-01-01', '2025-01-31') RETURNING id`,
      )
    ).id;
  outsideActivity = (
    await one<{ id: string }>(
      "activity",
      `INSERT INTO campaign_activity (campaign_id, kind, title, district_id, held_on, reported_by_partner_id)
       SELECT $1, kind, 'Reported by the partner, in a campaign it is not part of', district_id, held_on, $2 FROM campaign_activity WHERE id = $3 RETURNING id`,
      [outsideCampaign, p.partner, p.own],
    )
  ).id;
  forum = await one(
    "forum with a partner, and a partner outside it",
    `SELECT f.forum_id AS id, f.partner_id AS partner, o.id AS outsider FROM forum_partner f
       JOIN partner o ON NOT EXISTS (SELECT 1 FROM forum_partner x WHERE x.forum_id = f.forum_id AND x.partner_id = o.id)
      ORDER BY f.forum_id, f.partner_id, o.id LIMIT 1`,
  );
});
afterAll(() => u?.stop());

const key = (partnerId: string): Viewer => ({
  kind: "partner",
  apiKeyId: "00000000-0000-4000-8000-0000000000b1",
  partnerId,
  scopes: ["READ_CAMPAIGNS"],
});
const staff = (role: Role): Viewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-0000000000a1",
  role,
  unitIds: [],
  sessionId: "s-1",
});

async function failure(work: Promise<unknown>) {
  const outcome = await work.then(
    () => undefined,
    (error: Error & { extensions?: { code?: string } }) => ({ code: error.extensions?.code, message: error.message }),
  );
  if (!outcome) throw new Error("expected a refusal");
  return outcome;
}

const deniedTo = async (entityId: string) =>
  u.sql<{ entity_type: string; actor_role: string }>(
    "SELECT entity_type, actor_role FROM audit_event WHERE action = 'DENIED' AND entity_id = $1 ORDER BY id",
    [entityId],
  );

describe("the partner scope", () => {
  it("knows the partner behind a key, and none behind staff", () => {
    expect(viewerPartner({ viewer: key("p-1") })).toBe("p-1");
    expect(viewerPartner({ viewer: staff("COORDINATOR") })).toBeNull();
    expect(viewerPartner({ viewer: null })).toBeNull();
  });

  it("lets a key reach the campaigns its organisation takes part in, and no other", async () => {
    const ctx = u.context(key(p.partner));
    expect((await reachableCampaign(ctx, p.campaign)).id).toBe(p.campaign);
    expect(await failure(reachableCampaign(ctx, outsideCampaign))).toEqual({ code: "NOT_FOUND", message: "Campaign was not found." });
    expect(await deniedTo(outsideCampaign)).toEqual([{ entity_type: "Campaign", actor_role: "PARTNER" }]);
    const listed = await whereInReach(ctx, u.db.getRepository(Campaign).createQueryBuilder("c"), Campaign, "c").getMany();
    const [taking] = await u.sql<{ ids: string[] }>(
      "SELECT array_agg(campaign_id ORDER BY campaign_id) AS ids FROM campaign_partner WHERE partner_id = $1",
      [p.partner],
    );
    expect(listed.map((c) => c.id).sort()).toEqual(taking?.ids);
  });

  it("lets staff reach every campaign and forum", async () => {
    const ctx = u.context(staff("ANALYST"));
    expect((await reachableCampaign(ctx, outsideCampaign, u.db.manager)).id).toBe(outsideCampaign);
    expect((await reachableForum(ctx, forum.id)).id).toBe(forum.id);
    const [all] = await u.sql<{ n: number }>("SELECT count(*)::int AS n FROM campaign");
    expect(await whereInReach(ctx, u.db.getRepository(Campaign).createQueryBuilder("c"), Campaign, "c").getCount()).toBe(all?.n);
    expect((await correctableActivity(ctx, p.others, u.db.manager)).id).toBe(p.others);
  });

  it("lets a key reach the forums its organisation takes part in, and no other", async () => {
    expect((await reachableForum(u.context(key(forum.partner)), forum.id)).id).toBe(forum.id);
    expect(await failure(reachableForum(u.context(key(forum.outsider)), forum.id, u.db.manager))).toEqual({
      code: "NOT_FOUND",
      message: "Forum was not found.",
    });
    expect(await deniedTo(forum.id)).toEqual([{ entity_type: "Forum", actor_role: "PARTNER" }]);
  });

  it("lets a key read every activity of its campaigns, and none of other campaigns", async () => {
    const ctx = u.context(key(p.partner));
    const read = (id: string) =>
      whereInReach(ctx, u.db.getRepository(CampaignActivity).createQueryBuilder("a"), CampaignActivity, "a")
        .andWhere("a.id = :id", { id })
        .getCount();
    expect(await read(p.own)).toBe(1);
    expect(await read(p.others)).toBe(1);
    expect(await read(outsideActivity)).toBe(0);
  });

  it("lets a key correct only the activities it reported, in campaigns it takes part in", async () => {
    const ctx = u.context(key(p.partner));
    expect((await correctableActivity(ctx, p.own, u.db.manager)).id).toBe(p.own);
    expect(await failure(correctableActivity(ctx, p.others, u.db.manager))).toEqual({
      code: "NOT_FOUND",
      message: "Campaign activity was not found.",
    });
    expect(await failure(correctableActivity(ctx, outsideActivity, u.db.manager))).toEqual({
      code: "NOT_FOUND",
      message: "Campaign activity was not found.",
    });
    expect(await deniedTo(p.others)).toEqual([{ entity_type: "CampaignActivity", actor_role: "PARTNER" }]);
  });
});
