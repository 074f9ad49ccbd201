import { type Client, startTestPlatform, type TestPlatform } from "./harness";

/**
 * Requests arriving together share their session lookup and their read audit's INSERT
 * (core/db/shared-statement.ts): each still answers as its own viewer, and the log names the
 * right reader for every page read.
 */

let t: TestPlatform;
let staff: (Client & { userId: string })[];

beforeAll(async () => {
  t = await startTestPlatform();
  staff = [await t.signedIn("COORDINATOR"), await t.signedIn("COORDINATOR"), await t.signedIn("CASE_WORKER", ["CRISIS"])];
});
afterAll(() => t?.stop());

const PAGE = `query ConcurrentPage { viewer { user { id } } beneficiaries(first: 3) { edges { node { id } } } }`;

describe("requests at the same moment", () => {
  it("each answers as its own viewer, and each page read is logged under its reader, in fewer commits than requests", async () => {
    const [before] = await t.sql<{ id: string }>("SELECT coalesce(max(id), 0) AS id FROM audit_event");
    const senders = Array.from({ length: 45 }, (_, i) => staff[i % staff.length] as Client & { userId: string });
    const anonymous = Array.from({ length: 5 }, () => t.anonymous());
    const [answers, strangers] = await Promise.all([
      Promise.all(senders.map((c) => c.ok<{ viewer: { user: { id: string } }; beneficiaries: { edges: unknown[] } }>(PAGE))),
      Promise.all(anonymous.map((c) => c.gql<{ viewer: null }, never>({ toString: () => "{ viewer { kind } }" }))),
    ]);
    expect(answers.map((a) => a.viewer.user.id)).toEqual(senders.map((c) => c.userId));
    for (const a of answers) expect(a.beneficiaries.edges).toHaveLength(3);
    expect(strangers.map((s) => s.data?.viewer)).toEqual(anonymous.map(() => null));

    const events = await t.sql<{ actor_id: string; n: number }>(
      `SELECT actor_id, count(*)::int AS n FROM audit_event
        WHERE id > $1 AND action = 'READ_LIST' AND entity_type = 'Beneficiary' GROUP BY actor_id`,
      [before?.id],
    );
    const expected = staff.map((c) => ({ actor_id: c.userId, n: senders.filter((s) => s === c).length }));
    expect(events.map(({ actor_id, n }) => ({ actor_id, n })).sort((a, b) => a.actor_id.localeCompare(b.actor_id))).toEqual(
      expected.sort((a, b) => a.actor_id.localeCompare(b.actor_id)),
    );
    const [written] = await t.sql<{ commits: number }>(
      `SELECT count(DISTINCT xmin::text)::int AS commits FROM audit_event WHERE id > $1 AND action = 'READ_LIST'`,
      [before?.id],
    );
    expect(written?.commits).toBeLessThan(senders.length);
  });
});
