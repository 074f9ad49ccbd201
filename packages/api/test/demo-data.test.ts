import { type DirectDatabase, directDatabase } from "./direct";

/**
 * The demo data (seed/) as the template of every test database holds it: it keeps the rules the
 * API keeps for what people enter, so the admin never shows a record the API would have refused.
 */

let d: DirectDatabase;
beforeAll(async () => {
  d = await directDatabase();
});
afterAll(() => d?.stop());

test("every campaign activity falls inside its campaign's period", async () => {
  const activities = await d.sql<{ title: string; held_on: string; starts_on: string; ends_on: string }>(
    `SELECT a.title, a.held_on::text, c.starts_on::text, c.ends_on::text
       FROM campaign_activity a JOIN campaign c ON c.id = a.campaign_id`,
  );
  expect(activities.length).toBeGreaterThan(0);
  expect(activities.filter((a) => a.held_on < a.starts_on || a.held_on > a.ends_on)).toEqual([]);
});

test("the demo campaign has activities on its first and its last day", async () => {
  const [days] = await d.sql<{ first: string; last: string; starts_on: string; ends_on: string }>(
    `SELECT min(a.held_on)::text AS first, max(a.held_on)::text AS last, c.starts_on::text, c.ends_on::text
       FROM campaign_activity a JOIN campaign c ON c.id = a.campaign_id
      WHERE c.title = '16 рӯзи фаъолнокӣ бар зидди зӯроварии гендерӣ 2025'
      GROUP BY c.id`,
  );
  expect(days).toEqual({ first: "2025-11-25", last: "2025-12-10", starts_on: "2025-11-25", ends_on: "2025-12-10" });
});
