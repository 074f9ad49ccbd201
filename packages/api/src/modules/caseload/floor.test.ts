import { graphql } from "../../../test/gql";
import { type Client, codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

/**
 * The floor of internal figures (issue 9, item 3): a role that reads no personal data gets
 * figures over whole ended months only, with counts below NK_INTERNAL_SUPPRESSION_MIN (5)
 * withheld; case roles keep exact figures over any days. The fixture is in May 2019, outside the
 * demo data (2021–2026).
 */

const COUNTS = graphql(`query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {
  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }`);

let t: TestPlatform;
let analyst: Client;
let coordinator: Client;
const MAY = { from: "2019-05-01", to: "2019-05-31" };

beforeAll(async () => {
  t = await startTestPlatform();
  analyst = await t.signedIn("ANALYST");
  coordinator = await t.signedIn("COORDINATOR");
  const unitId = await t.unitId("CRISIS");
  const women = (await t.sql<{ id: string }>("SELECT id FROM beneficiary ORDER BY code LIMIT 12")).map((r) => r.id);
  const give = (ids: string[], kind: string, on: string) =>
    t.sql(
      `INSERT INTO service (beneficiary_id, unit_id, kind, subtype, provided_on, outcome)
       SELECT id, $2, $3, 'OTHER', $4::date, 'PROVIDED' FROM unnest($1::uuid[]) id`,
      [ids, unitId, kind, on],
    );
  await give(women.slice(0, 1), "PSYCHOLOGICAL", "2019-05-14"); // the one-day figure
  await give(women.slice(0, 12), "LEGAL", "2019-05-20");
  await give(women.slice(0, 7), "MEDICAL", "2019-05-21");
  await t.sql(
    `WITH bed AS (INSERT INTO shelter_bed (unit_id, code, position) VALUES ($2, 'F-1', 1) RETURNING id)
     INSERT INTO shelter_stay (beneficiary_id, unit_id, admitted_on, bed_id) SELECT $1, $2, '2019-05-14', id FROM bed`,
    [women[0], unitId],
  );
});
afterAll(() => t?.stop());

describe("the floor of internal figures", () => {
  it("refuses an analyst a one-day window, part of a month, or a month not yet ended", async () => {
    for (const period of [
      { from: "2019-05-14", to: "2019-05-14" },
      { from: "2019-05-01", to: "2019-05-30" },
      { from: "2019-05-02", to: "2019-05-31" },
      { from: "2019-05-01", to: "2100-12-31" },
    ]) {
      const r = await analyst.gql(COUNTS, period);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.data?.assistanceCounts ?? null).toBeNull();
    }
  });

  it("withholds a month's count of 1 from an analyst, and its complement", async () => {
    const r = (await analyst.ok(COUNTS, MAY)).assistanceCounts;
    expect(r.minimumCount).toBe(5);
    // PSYCHOLOGICAL 1 is below 5; MEDICAL 7, the smallest other count, is withheld with it so
    // that neither follows from a total of services known elsewhere.
    expect(r.servicesByKind).toEqual([
      { key: "LEGAL", count: 12, suppressed: false },
      { key: "MEDICAL", count: null, suppressed: true },
      { key: "PSYCHOLOGICAL", count: null, suppressed: true },
    ]);
    expect(r.shelterAdmissions).toBeNull();
    expect(r.shelterAdmissionsSuppressed).toBe(true);
    // Two whole months are fine too.
    expect(codes(await analyst.gql(COUNTS, { from: "2019-04-01", to: "2019-05-31" }))).toEqual([]);
  });

  it("keeps coordinators' exact figures over any days", async () => {
    const day = (await coordinator.ok(COUNTS, { from: "2019-05-14", to: "2019-05-14" })).assistanceCounts;
    expect(day).toEqual({
      servicesByKind: [{ key: "PSYCHOLOGICAL", count: 1, suppressed: false }],
      shelterAdmissions: 1,
      shelterAdmissionsSuppressed: false,
      minimumCount: null,
    });
    const month = (await coordinator.ok(COUNTS, MAY)).assistanceCounts;
    expect(month.servicesByKind.map((c) => c.count)).toEqual([12, 7, 1]);
  });
});
