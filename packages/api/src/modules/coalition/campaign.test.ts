import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

type Partner = Client & { partnerId: string; apiKeyId: string };

const CREATE = graphql(`mutation CampaignCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id version } userErrors { field message code } }
}`);
const REPORT = graphql(`mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {
  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }
}`);
const CORRECT = graphql(`mutation CampaignCorrectCampaignActivity($input: CorrectCampaignActivityInput!) {
  correctCampaignActivity(input: $input) { activity { id version title womenUnder18 } userErrors { field message code } }
}`);
const TOTALS = graphql(`query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {
  overall { activities women men total } materials
  byDistrict { district { id } activities women men total }
  bySex { sex reached }
  byAgeBand { ageBand women men total }
  byMonth { month activities women men total }
} } }`);

let t: TestPlatform;
let coordinator: Client;
let a: Partner;
let b: Partner;
let c: Partner;
let campaignId: string;
let kulob: string;
let farkhor: string;
let shurabad: string;
let kulobCommunity: string;
let farkhorCommunity: string;

const zero = { womenUnder18: 0, women18to29: 0, women30to49: 0, women50plus: 0, menUnder18: 0, men18to29: 0, men30to49: 0, men50plus: 0 };
const count = async (table: string) => (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const audits = async (action: string, entityId: string) =>
  (await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2", [action, entityId]))[0].n as number;

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
  a = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);
  b = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);
  c = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]);
  const districts = await t.sql<{ id: string; name: string }>("SELECT id, name FROM district");
  const id = (name: string) => districts.find((d) => d.name === name)?.id as string;
  [kulob, farkhor, shurabad] = [id("Kulob"), id("Farkhor"), id("Shurabad")];
  kulobCommunity = (await t.sql("SELECT id FROM community WHERE district_id = $1 LIMIT 1", [kulob]))[0].id;
  farkhorCommunity = (await t.sql("SELECT id FROM community WHERE district_id = $1 LIMIT 1", [farkhor]))[0].id;
  const created = await coordinator.ok(CREATE, {
    input: {
      title: "16 Days of Activism 2026",
      aims: "Speak up about violence against women in every district.",
      startsOn: "2026-01-10",
      endsOn: "2026-03-31",
      status: "ONGOING",
      districtIds: [kulob, farkhor],
      partners: [
        { partnerId: a.partnerId, role: "CO_ORGANISER" },
        { partnerId: b.partnerId, role: "PARTICIPANT" },
      ],
    },
  });
  expect(created.createCampaign.userErrors).toEqual([]);
  campaignId = present(created.createCampaign.campaign, "campaign").id;
});
afterAll(() => t?.stop());

const activity = (over: Record<string, unknown> = {}) => ({
  campaignId,
  kind: "EVENT",
  title: "Talk at the school",
  districtId: kulob,
  heldOn: "2026-02-10",
  ...zero,
  ...over,
});

describe("reporting campaign activities", () => {
  it("lets a partner report for its own organisation in a campaign it takes part in", async () => {
    const r = await a.ok(REPORT, { input: activity({ womenUnder18: 12, communityId: kulobCommunity }) });
    expect(r.reportCampaignActivity.userErrors).toEqual([]);
    expect(r.reportCampaignActivity.activity).toMatchObject({ reached: 12, reportedByNk: false, reportedBy: { id: a.partnerId } });
    const [row] = await t.sql("SELECT reported_by_partner_id FROM campaign_activity WHERE id = $1", [
      r.reportCampaignActivity.activity?.id,
    ]);
    expect(row.reported_by_partner_id).toBe(a.partnerId);
    // naming another organisation is refused
    const other = await a.ok(REPORT, { input: activity({ reportedByPartnerId: b.partnerId }) });
    expect(other.reportCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "reportedByPartnerId"] })]);
  });

  it("lets staff report for NK or for a partner of the campaign, not for an outsider", async () => {
    const nk = await coordinator.ok(REPORT, { input: activity({ title: "NK radio programme" }) });
    expect(nk.reportCampaignActivity.activity).toMatchObject({ reportedByNk: true, reportedBy: null });
    const forB = await coordinator.ok(REPORT, { input: activity({ reportedByPartnerId: b.partnerId }) });
    expect(forB.reportCampaignActivity.activity?.reportedBy).toEqual({ id: b.partnerId });
    const forC = await coordinator.ok(REPORT, { input: activity({ reportedByPartnerId: c.partnerId }) });
    expect(forC.reportCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "reportedByPartnerId"] })]);
  });

  it("refuses a partner reporting for a campaign it does not take part in, as if the campaign were missing, and audits it", async () => {
    const before = await count("campaign_activity");
    const r = await c.ok(REPORT, { input: activity() });
    const missing = await c.ok(REPORT, { input: activity({ campaignId: "00000000-0000-4000-8000-000000000000" }) });
    expect(r.reportCampaignActivity).toEqual(missing.reportCampaignActivity);
    expect(r.reportCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "campaignId"], code: "NOT_FOUND" })]);
    expect(await count("campaign_activity")).toBe(before);
    expect(await audits("DENIED", campaignId)).toBeGreaterThanOrEqual(1);
  });

  it("refuses a partner key without REPORT_ACTIVITIES with FORBIDDEN", async () => {
    const reader = await t.partnerClient(["READ_CAMPAIGNS"]);
    await coordinator.ok(
      graphql(
        `mutation CampaignSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { code } } }`,
      ),
      {
        input: {
          campaignId,
          partners: [
            { partnerId: a.partnerId, role: "CO_ORGANISER" },
            { partnerId: b.partnerId, role: "PARTICIPANT" },
            { partnerId: reader.partnerId, role: "SUPPORTER" },
          ],
        },
      },
    );
    const before = await count("campaign_activity");
    const r = await reader.gql(REPORT, { input: activity() });
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    expect(r.data?.reportCampaignActivity ?? null).toBeNull();
    expect(await count("campaign_activity")).toBe(before);
    // it can still read the campaign it supports
    expect(
      (await reader.ok(graphql(`query CampaignCampaign3($id: ID!) { campaign(id: $id) { id } }`), { id: campaignId })).campaign.id,
    ).toBe(campaignId);
  });

  it("refuses bad input with nothing written", async () => {
    const before = await count("campaign_activity");
    const cases: [Record<string, unknown>, string][] = [
      [{ heldOn: "2026-01-09" }, "heldOn"],
      [{ heldOn: "2026-04-01" }, "heldOn"],
      [{ districtId: shurabad }, "districtId"],
      [{ communityId: farkhorCommunity }, "communityId"],
      [{ womenUnder18: -1 }, "womenUnder18"],
      [{ men50plus: 100_001 }, "men50plus"],
      [{ materials: -5 }, "materials"],
      [{ heldOn: "2026-02-30" }, "heldOn"],
    ];
    for (const [over, field] of cases) {
      const r = await a.ok(REPORT, { input: activity(over) });
      expect({ over, errors: r.reportCampaignActivity.userErrors.map((e) => e.field.join(".")) }).toEqual({
        over,
        errors: [`input.${field}`],
      });
      expect(r.reportCampaignActivity.activity).toBeNull();
    }
    expect(await count("campaign_activity")).toBe(before);
  });

  it("refuses an activity in the future even within the campaign", async () => {
    const future = await coordinator.ok(CREATE, {
      input: { title: "Long campaign", aims: "Runs for years.", startsOn: "2020-01-01", endsOn: "2099-12-31", districtIds: [kulob] },
    });
    const r = await coordinator.ok(REPORT, {
      input: activity({ campaignId: present(future.createCampaign.campaign, "campaign").id, heldOn: "2099-01-01" }),
    });
    expect(r.reportCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "heldOn"] })]);
  });
});

describe("correcting activities", () => {
  it("lets a partner correct its own activity, with CONFLICT on a stale version", async () => {
    const { reportCampaignActivity: r } = await a.ok(REPORT, { input: activity({ title: "To correct" }) });
    const fixed = await a.ok(CORRECT, { input: { id: r.activity?.id, version: 1, title: "Corrected", womenUnder18: 7 } });
    expect(fixed.correctCampaignActivity).toMatchObject({ userErrors: [], activity: { title: "Corrected", womenUnder18: 7, version: 2 } });
    const stale = await a.gql(CORRECT, { input: { id: r.activity?.id, version: 1, title: "Lost update" } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    const [row] = await t.sql("SELECT title FROM campaign_activity WHERE id = $1", [r.activity?.id]);
    expect(row.title).toBe("Corrected");
    const [update] = await t.sql("SELECT details FROM audit_event WHERE action = 'UPDATE' AND entity_id = $1", [r.activity?.id]);
    expect(update.details).toEqual({ fields: ["womenUnder18", "title"] });
  });

  it("answers NOT_FOUND to a partner correcting another partner's activity, changes nothing and audits DENIED", async () => {
    const { reportCampaignActivity: r } = await b.ok(REPORT, { input: activity({ title: "B's activity", womenUnder18: 3 }) });
    const id = r.activity?.id as string;
    const attempt = await a.gql(CORRECT, { input: { id, version: 1, title: "Hijacked", womenUnder18: 999 } });
    const missing = await a.gql(CORRECT, { input: { id: "00000000-0000-4000-8000-000000000000", version: 1, title: "Hijacked" } });
    expect(failures(attempt)).toEqual(["NOT_FOUND"]);
    expect(attempt.data?.correctCampaignActivity.userErrors).toEqual(missing.data?.correctCampaignActivity.userErrors);
    expect(attempt.data?.correctCampaignActivity.userErrors[0]).toMatchObject({ field: ["input", "id"], code: "NOT_FOUND" });
    const [row] = await t.sql("SELECT title, women_under_18, version FROM campaign_activity WHERE id = $1", [id]);
    expect(row).toEqual({ title: "B's activity", women_under_18: 3, version: 1 });
    expect(await audits("DENIED", id)).toBe(1);
    const [denied] = await t.sql("SELECT actor_id FROM audit_event WHERE action = 'DENIED' AND entity_id = $1", [id]);
    expect(denied.actor_id).toBe(a.apiKeyId);
    // staff may correct any activity
    const staff = await coordinator.ok(CORRECT, { input: { id, version: 1, title: "Checked by NK" } });
    expect(present(staff.correctCampaignActivity.activity, "activity").title).toBe("Checked by NK");
  });

  it("validates a correction against the campaign like a report", async () => {
    const { reportCampaignActivity: r } = await a.ok(REPORT, { input: activity() });
    const moved = await a.ok(CORRECT, { input: { id: r.activity?.id, version: 1, districtId: shurabad } });
    expect(moved.correctCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "districtId"] })]);
    const negative = await a.ok(CORRECT, { input: { id: r.activity?.id, version: 1, men18to29: -2 } });
    expect(negative.correctCampaignActivity.userErrors).toEqual([expect.objectContaining({ field: ["input", "men18to29"] })]);
    const [row] = await t.sql("SELECT district_id, version FROM campaign_activity WHERE id = $1", [r.activity?.id]);
    expect(row).toEqual({ district_id: kulob, version: 1 });
  });
});

describe("what a partner key sees", () => {
  it("lists only the campaigns its organisation takes part in; any other answers NOT_FOUND like a missing one", async () => {
    const listA = await a.ok(graphql(`query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }`));
    expect(listA.campaigns.edges.map((e) => e.node.id)).toEqual([campaignId]);
    const listC = await c.ok(graphql(`query CampaignCampaigns2 { campaigns(first: 50) { totalCount edges { node { id } } } }`));
    expect(listC.campaigns.totalCount).toBe(0);
    const other = await c.gql(graphql(`query CampaignCampaign4($id: ID!) { campaign(id: $id) { id title } }`), { id: campaignId });
    const missing = await c.gql(graphql(`query CampaignCampaign5($id: ID!) { campaign(id: $id) { id title } }`), {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(failures(other)).toEqual(["NOT_FOUND"]);
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(other.data?.campaign ?? null).toBeNull();
    const staff = await coordinator.ok(graphql(`query CampaignCampaigns3 { campaigns(first: 50) { totalCount } }`));
    expect(staff.campaigns.totalCount).toBeGreaterThanOrEqual(2);
  });

  it("shows a partner all participants' activities and the partners of its campaign, with nothing personal", async () => {
    const r = await a.ok(
      graphql(`query CampaignCampaign2($id: ID!) { campaign(id: $id) {
        partners { role partner { id name acronym kind contactEmail districts { name } } }
        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }
      } }`),
      { id: campaignId },
    );
    const partners = r.campaign.partners.map((p) => p.partner.id);
    expect(partners).toEqual(expect.arrayContaining([a.partnerId, b.partnerId]));
    const reporters = new Set(r.campaign.activities.edges.map((e) => e.node.reportedBy?.id ?? "NK"));
    expect(reporters).toEqual(new Set([a.partnerId, b.partnerId, "NK"]));
    // no field of a coalition type leads to a person
    // Documents outside the schema on purpose (fields that do not exist): codegen would refuse them, so they stay strings.
    for (const q of [
      "{ campaigns { edges { node { partners { partner { beneficiaries { id } } } } } } }",
      "{ campaigns { edges { node { activities { edges { node { beneficiaries { id } } } } } } } }",
      "{ forums { edges { node { participants { id } } } } }",
    ]) {
      expect(codes(await a.gql(q))).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    }
  });

  it("shows forums only to their partners; a forum's campaign outside the partner's reach is null", async () => {
    const otherCampaign = await coordinator.ok(CREATE, {
      input: { title: "Campaign without C", aims: "C takes no part.", startsOn: "2026-01-01", endsOn: "2026-02-01" },
    });
    const create = graphql(
      `mutation CampaignCreateForum($input: CreateForumInput!) { createForum(input: $input) { forum { id } userErrors { field code } } }`,
    );
    const withC = await coordinator.ok(create, {
      input: {
        title: "Forum on access to justice",
        heldOn: "2026-01-20",
        place: "Kulob",
        campaignId: present(otherCampaign.createCampaign.campaign, "campaign").id,
        participantsWomen: 40,
        participantsMen: 10,
        partners: [{ partnerId: c.partnerId, role: "CO_ORGANISER" }],
      },
    });
    const forumId = present(withC.createForum.forum, "forum").id;
    const seen = await c.ok(
      graphql(`query CampaignForum($id: ID!) { forum(id: $id) { title campaign { id } partners { role partner { id } } } }`),
      {
        id: forumId,
      },
    );
    expect(seen.forum).toEqual({
      title: "Forum on access to justice",
      campaign: null,
      partners: [{ role: "CO_ORGANISER", partner: { id: c.partnerId } }],
    });
    expect((await c.ok(graphql(`query CampaignForums2 { forums(first: 10) { totalCount } }`))).forums.totalCount).toBe(1);
    expect((await a.ok(graphql(`query CampaignForums3 { forums(first: 10) { totalCount } }`))).forums.totalCount).toBe(0);
    expect(
      (await c.ok(graphql(`query CampaignForums4 { forums(first: 10, filter: { from: "2026-01-20", to: "2026-01-20" }) { totalCount } }`)))
        .forums.totalCount,
    ).toBe(1);
    expect(codes(await c.gql(graphql(`query CampaignForums5 { forums(first: 10, filter: { from: "soon" }) { totalCount } }`)))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(failures(await a.gql(graphql(`query CampaignForum2($id: ID!) { forum(id: $id) { id } }`), { id: forumId }))).toEqual([
      "NOT_FOUND",
    ]);
    const staff = await coordinator.ok(graphql(`query CampaignForum3($id: ID!) { forum(id: $id) { campaign { id } } }`), { id: forumId });
    expect(present(staff.forum.campaign, "campaign").id).toBe(present(otherCampaign.createCampaign.campaign, "campaign").id);
  });
});

describe("campaign totals", () => {
  it("sums reach by district, sex, age band and month exactly as reported", async () => {
    const created = await coordinator.ok(CREATE, {
      input: {
        title: "Totals fixture",
        aims: "Check the sums.",
        startsOn: "2026-01-01",
        endsOn: "2026-06-30",
        districtIds: [kulob, farkhor],
        partners: [{ partnerId: a.partnerId, role: "LEAD" }],
      },
    });
    const id = present(created.createCampaign.campaign, "campaign").id;
    const fixture = [
      {
        districtId: kulob,
        heldOn: "2026-01-15",
        womenUnder18: 1,
        women18to29: 2,
        women30to49: 3,
        women50plus: 4,
        menUnder18: 5,
        men18to29: 6,
        men30to49: 7,
        men50plus: 8,
        materials: 10,
      },
      {
        districtId: kulob,
        heldOn: "2026-02-03",
        womenUnder18: 10,
        women18to29: 0,
        women30to49: 0,
        women50plus: 1,
        menUnder18: 0,
        men18to29: 2,
        men30to49: 0,
        men50plus: 0,
        materials: 5,
      },
      {
        districtId: farkhor,
        heldOn: "2026-02-20",
        womenUnder18: 0,
        women18to29: 20,
        women30to49: 30,
        women50plus: 0,
        menUnder18: 3,
        men18to29: 0,
        men30to49: 4,
        men50plus: 1,
        materials: 0,
      },
    ];
    for (const [i, f] of fixture.entries()) {
      const reporter = i === 1 ? coordinator : a;
      const r = await reporter.ok(REPORT, { input: { campaignId: id, kind: "EVENT", title: `Fixture ${i}`, ...f } });
      expect(r.reportCampaignActivity.userErrors).toEqual([]);
    }
    const { campaign } = await a.ok(TOTALS, { id });
    // by hand: women 10 + 11 + 50 = 71; men 26 + 2 + 8 = 36
    expect(campaign.totals.overall).toEqual({ activities: 3, women: 71, men: 36, total: 107 });
    expect(campaign.totals.materials).toBe(15);
    const byDistrict = Object.fromEntries(campaign.totals.byDistrict.map((d) => [d.district.id, d]));
    expect(byDistrict[kulob]).toMatchObject({ activities: 2, women: 21, men: 28, total: 49 });
    expect(byDistrict[farkhor]).toMatchObject({ activities: 1, women: 50, men: 8, total: 58 });
    expect(campaign.totals.bySex).toEqual([
      { sex: "WOMEN", reached: 71 },
      { sex: "MEN", reached: 36 },
    ]);
    expect(campaign.totals.byAgeBand).toEqual([
      { ageBand: "UNDER_18", women: 11, men: 8, total: 19 },
      { ageBand: "AGE_18_29", women: 22, men: 8, total: 30 },
      { ageBand: "AGE_30_49", women: 33, men: 11, total: 44 },
      { ageBand: "AGE_50_PLUS", women: 5, men: 9, total: 14 },
    ]);
    expect(campaign.totals.byMonth).toEqual([
      { month: "2026-01", activities: 1, women: 10, men: 26, total: 36 },
      { month: "2026-02", activities: 2, women: 61, men: 10, total: 71 },
    ]);
    // a partner of another campaign cannot reach them
    expect(failures(await c.gql(TOTALS, { id }))).toEqual(["NOT_FOUND"]);
  });

  it("keeps the totals equal to the activities after corrections and archiving", async () => {
    const created = await coordinator.ok(CREATE, {
      input: {
        title: "Totals kept",
        aims: "Check the rollup.",
        startsOn: "2026-01-01",
        endsOn: "2026-06-30",
        districtIds: [kulob, farkhor],
        partners: [{ partnerId: a.partnerId, role: "LEAD" }],
      },
    });
    const id = present(created.createCampaign.campaign, "campaign").id;
    const report = async (districtId: string, heldOn: string, women18to29: number) => {
      const r = await a.ok(REPORT, {
        input: { campaignId: id, kind: "EVENT", title: `Kept ${heldOn}`, districtId, heldOn, women18to29, materials: 1 },
      });
      expect(r.reportCampaignActivity.userErrors).toEqual([]);
      return present(r.reportCampaignActivity.activity, "activity");
    };
    /** The totals counted straight from the activities, in the shape the API answers. */
    const direct = async () => {
      const sums = "count(*)::int AS activities, sum(women_18_29)::int AS women, sum(men_30_49)::int AS men";
      const where = "campaign_id = $1 AND archived_at IS NULL";
      const [all] = await t.sql(`SELECT ${sums}, COALESCE(sum(materials), 0)::int AS materials FROM campaign_activity WHERE ${where}`, [
        id,
      ]);
      const districts = await t.sql(`SELECT district_id AS id, ${sums} FROM campaign_activity WHERE ${where} GROUP BY 1`, [id]);
      const months = await t.sql(
        `SELECT to_char(held_on, 'YYYY-MM') AS month, ${sums} FROM campaign_activity WHERE ${where} GROUP BY 1 ORDER BY 1`,
        [id],
      );
      const reach = (r: { activities: number; women: number | null; men: number | null }) => ({
        activities: r.activities,
        women: r.women ?? 0,
        men: r.men ?? 0,
        total: (r.women ?? 0) + (r.men ?? 0),
      });
      return {
        overall: reach(all),
        materials: all.materials,
        byDistrict: Object.fromEntries(districts.map((d) => [d.id, reach(d)])),
        byMonth: months.map((m) => ({ month: m.month, ...reach(m) })),
      };
    };
    const shown = async () => {
      const { totals } = (await a.ok(TOTALS, { id })).campaign;
      return {
        overall: totals.overall,
        materials: totals.materials,
        byDistrict: Object.fromEntries(totals.byDistrict.map(({ district, ...r }) => [district.id, r])),
        byMonth: totals.byMonth,
      };
    };
    const first = await report(kulob, "2026-01-10", 4);
    const second = await report(kulob, "2026-01-20", 6);
    await report(farkhor, "2026-03-02", 9);
    expect(await shown()).toEqual(await direct());
    expect((await shown()).overall).toEqual({ activities: 3, women: 19, men: 0, total: 19 });

    // Another month, district and count: the activity leaves its old cells.
    const corrected = await a.ok(CORRECT, {
      input: { id: first.id, version: first.version, heldOn: "2026-02-14", districtId: farkhor, women18to29: 5, men30to49: 2 },
    });
    expect(corrected.correctCampaignActivity.userErrors).toEqual([]);
    const afterCorrection = await shown();
    expect(afterCorrection).toEqual(await direct());
    expect(afterCorrection.byMonth.map((m) => [m.month, m.activities])).toEqual([
      ["2026-01", 1],
      ["2026-02", 1],
      ["2026-03", 1],
    ]);

    // An archived activity is not counted, a restored one again.
    await t.sql("UPDATE campaign_activity SET archived_at = now() WHERE id = $1", [second.id]);
    const archived = await shown();
    expect(archived).toEqual(await direct());
    expect(archived.byMonth.map((m) => m.month)).toEqual(["2026-02", "2026-03"]);
    await t.sql("UPDATE campaign_activity SET archived_at = NULL WHERE id = $1", [second.id]);
    expect(await shown()).toEqual(await direct());
  });
});

describe("editing campaigns", () => {
  const UPDATE = graphql(`mutation CampaignUpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) { campaign { id version startsOn endsOn } userErrors { field message code } }
  }`);
  const SET_PARTNERS = graphql(`mutation CampaignSetPartners($input: SetCampaignPartnersInput!) {
    setCampaignPartners(input: $input) { campaign { id version partners { role partner { id } } } userErrors { field code } }
  }`);
  const SET_DISTRICTS = graphql(`mutation CampaignSetDistricts($input: SetCampaignDistrictsInput!) {
    setCampaignDistricts(input: $input) { campaign { id version districts { id } } userErrors { field code } }
  }`);
  const READ = graphql(`query CampaignEditRead($id: ID!) {
    campaign(id: $id) { id version title startsOn endsOn archivedAt districts { id } partners { role partner { id } } }
  }`);
  const LISTED = graphql(`query CampaignEditListed($archived: Boolean) {
    campaigns(first: 100, filter: { archived: $archived }) { edges { node { id } } }
  }`);
  const ARCHIVE = graphql(
    `mutation CampaignEditArchive($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }`,
  );
  const RESTORE = graphql(
    `mutation CampaignEditRestore($id: ID!) { restoreCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }`,
  );

  async function fresh() {
    const r = await coordinator.ok(CREATE, {
      input: {
        title: `Edit fixture ${Date.now()}`,
        aims: "Check the edit screens' needs.",
        startsOn: "2026-11-25",
        endsOn: "2026-12-10",
        districtIds: [kulob, farkhor],
        partners: [{ partnerId: a.partnerId, role: "LEAD" }],
      },
    });
    expect(r.createCampaign.userErrors).toEqual([]);
    return present(r.createCampaign.campaign, "campaign");
  }

  it("reads back what the form needs: version, districts and partners in their parts", async () => {
    const { id } = await fresh();
    const { campaign } = await coordinator.ok(READ, { id });
    expect(campaign.version).toBe(1);
    expect(campaign.districts.map((d) => d.id).sort()).toEqual([kulob, farkhor].sort());
    expect(campaign.partners).toEqual([{ role: "LEAD", partner: { id: a.partnerId } }]);
  });

  it("changes the period with the version read, and refuses a stale version with CONFLICT, changing nothing", async () => {
    const { id, version } = await fresh();
    const changed = await coordinator.ok(UPDATE, { input: { id, version, endsOn: "2026-12-12" } });
    expect(changed.updateCampaign.userErrors).toEqual([]);
    expect(changed.updateCampaign.campaign).toMatchObject({ endsOn: "2026-12-12", version: version + 1 });
    const stale = await coordinator.gql(UPDATE, { input: { id, version, endsOn: "2026-12-20" } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    expect((await coordinator.ok(READ, { id })).campaign).toMatchObject({ endsOn: "2026-12-12", version: version + 1 });
    const backwards = await coordinator.ok(UPDATE, { input: { id, version: version + 1, endsOn: "2026-11-01" } });
    expect(backwards.updateCampaign.userErrors).toEqual([expect.objectContaining({ field: ["input", "endsOn"], code: "TOO_EARLY" })]);
  });

  it("sets districts and partners with the version read, one after the other, and refuses a stale one", async () => {
    const { id, version } = await fresh();
    const d = await coordinator.ok(SET_DISTRICTS, { input: { campaignId: id, version, districtIds: [shurabad] } });
    expect(d.setCampaignDistricts.userErrors).toEqual([]);
    const after = present(d.setCampaignDistricts.campaign, "campaign");
    expect(after.districts).toEqual([{ id: shurabad }]);
    expect(after.version).toBe(version + 1);
    const p = await coordinator.ok(SET_PARTNERS, {
      input: {
        campaignId: id,
        version: after.version,
        partners: [
          { partnerId: a.partnerId, role: "CO_ORGANISER" },
          { partnerId: b.partnerId, role: "SUPPORTER" },
        ],
      },
    });
    expect(p.setCampaignPartners.userErrors).toEqual([]);
    expect(p.setCampaignPartners.campaign?.version).toBe(version + 2);
    const stale = await coordinator.gql(SET_PARTNERS, { input: { campaignId: id, version, partners: [] } });
    expect(failures(stale)).toEqual(["CONFLICT"]);
    expect((await coordinator.ok(READ, { id })).campaign.partners).toHaveLength(2);
    const twice = await coordinator.ok(SET_PARTNERS, {
      input: {
        campaignId: id,
        version: version + 2,
        partners: [
          { partnerId: a.partnerId, role: "LEAD" },
          { partnerId: a.partnerId, role: "SUPPORTER" },
        ],
      },
    });
    expect(twice.setCampaignPartners.userErrors).toEqual([{ field: ["input", "partners", "1", "partnerId"], code: "DUPLICATE" }]);
  });

  it("lists archived campaigns only when asked, and brings them back on restore", async () => {
    const { id } = await fresh();
    const ids = async (archived?: boolean) => (await coordinator.ok(LISTED, { archived })).campaigns.edges.map((e) => e.node.id);
    expect(await ids()).toContain(id);
    expect(await ids(true)).not.toContain(id);
    expect((await coordinator.ok(ARCHIVE, { id })).archiveCampaign.userErrors).toEqual([]);
    expect(await ids()).not.toContain(id);
    expect(await ids(false)).not.toContain(id);
    expect(await ids(true)).toContain(id);
    expect((await coordinator.ok(READ, { id })).campaign.archivedAt).not.toBeNull();
    expect((await coordinator.ok(RESTORE, { id })).restoreCampaign.campaign?.archivedAt).toBeNull();
    expect(await ids()).toContain(id);
    expect(await ids(true)).not.toContain(id);
  });

  it("refuses create, edit and archive to a role without the right, with nothing written", async () => {
    const { id, version } = await fresh();
    const trainer = await t.signedIn("TRAINER");
    const before = await count("campaign");
    const created = await trainer.gql(CREATE, {
      input: { title: "Not hers", aims: "Refused.", startsOn: "2026-01-01", endsOn: "2026-01-02" },
    });
    expect(codes(created)).toEqual(["FORBIDDEN"]);
    expect(await count("campaign")).toBe(before);
    expect(codes(await trainer.gql(UPDATE, { input: { id, version, title: "Changed" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await trainer.gql(SET_DISTRICTS, { input: { campaignId: id, districtIds: [] } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await trainer.gql(ARCHIVE, { id }))).toEqual(["FORBIDDEN"]);
    expect((await coordinator.ok(READ, { id })).campaign).toMatchObject({ version, archivedAt: null, districts: expect.any(Array) });
    expect((await coordinator.ok(READ, { id })).campaign.districts).toHaveLength(2);
  });
});
