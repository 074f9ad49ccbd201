import { randomUUID } from "node:crypto";
import { type DirectDatabase, directDatabase, staffViewer } from "../../../test/direct";
import type { RequestContext } from "../../core/context";
import { StatisticsRelease } from "./release.entity";
import { correctedTable, publishCorrection, readRelease } from "./release.service";
import { type Fixture, fixture, Q1 } from "./statistics.fixture";
import { StatisticsTableName } from "./statistics.inputs";
import { type CountedTable, presentTable, type StatisticsResult, valuesByKey } from "./statistics.service";

/**
 * Releases called directly on a real PostgreSQL (the first read publishes, numbers, corrections
 * and their refusals), and the correction rule on tables written by hand. Through the server:
 * release.test.ts.
 */

const SUPPORT = StatisticsTableName.WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT;
const MIN = 10;

let d: DirectDatabase;
let f: Fixture;
beforeAll(async () => {
  d = await directDatabase([StatisticsRelease]);
  const units = new Map<string, string>();
  f = await fixture({
    sql: d.sql,
    async unitId(code) {
      if (!units.has(code)) units.set(code, (await d.sql<{ id: string }>("SELECT id FROM unit WHERE code = $1", [code]))[0]?.id ?? "");
      return units.get(code) as string;
    },
  });
});
afterAll(() => d?.stop());

const coordinator = () => d.context(staffViewer(randomUUID(), "COORDINATOR"));
const quarter = (q: number) => ({ year: 2019, quarter: q });

/** The rows of a released table by district name: cells then total, null where hidden. */
const grid = (t: StatisticsResult) =>
  Object.fromEntries([
    ...t.rows.filter((r) => r.total.value !== 0).map((r) => [r.label, [...r.cells.map((c) => c.value), r.total.value]]),
    ["TOTAL", [...t.columnTotals.map((c) => c.value), t.grandTotal.value]],
  ]);

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return (
      (error as { errors?: unknown; message: string; extensions?: unknown }).errors ?? {
        message: (error as Error).message,
        extensions: (error as { extensions?: unknown }).extensions,
      }
    );
  }
  throw new Error("not refused");
}

const correct = (ctx: RequestContext, period: object, reason = "  Late records  ") =>
  d.db.transaction((em) => publishCorrection(ctx, em, { table: SUPPORT, period, reason }));

const stored = (period: string) =>
  d.sql<{ number: number; released_by: string | null; reason: string | null }>(
    "SELECT number, released_by, reason FROM statistics_release WHERE table_name = $1 AND period_from = $2 ORDER BY number",
    [SUPPORT, period],
  );

describe("the first read", () => {
  it("publishes release 1 once, however many read at once, and serves it unchanged after", async () => {
    await f.services(await f.women("Kulob", 12), "LEGAL", "2019-05-10");
    const reads = await Promise.all(Array.from({ length: 4 }, () => readRelease(coordinator(), SUPPORT, quarter(2))));
    for (const r of reads) expect(r).toEqual(reads[0]);
    const first = reads[0] as Awaited<ReturnType<typeof readRelease>>;
    expect(first.release).toEqual({ number: 1, releasedAt: expect.any(Date), latestNumber: 1 });
    expect(grid(first)).toEqual({ Kulob: [12, 0, 0, 0, 12], TOTAL: [12, 0, 0, 0, 12] });
    expect(first.minimumCount).toBe(MIN);
    expect(await stored("2019-04-01")).toEqual([{ number: 1, released_by: null, reason: null }]);
    await f.services(await f.women("Kulob", 12), "PSYCHOLOGICAL", "2019-05-11");
    const later = await readRelease(coordinator(), SUPPORT, quarter(2), null);
    expect(later).toEqual(first);
    expect(await readRelease(coordinator(), SUPPORT, quarter(2), 1)).toEqual(first);
  });

  it("publishes nothing for a table with too few women, and tries again at the next read", async () => {
    await f.services(await f.women("Kulob", 9), "LEGAL", "2019-08-10");
    expect(await refusal(readRelease(coordinator(), SUPPORT, quarter(3)))).toEqual({
      message: "Too few women are counted in this table for this period to publish it (fewer than 10). Choose a longer period.",
      extensions: { code: "BAD_USER_INPUT", field: "period" },
    });
    expect(await stored("2019-07-01")).toEqual([]);
    await f.services(await f.women("Kulob", 1), "LEGAL", "2019-08-11");
    expect((await readRelease(coordinator(), SUPPORT, quarter(3))).grandTotal).toEqual({ value: 10, suppressed: false });
  });
});

describe("corrections", () => {
  // Each test counts a quarter of its own, so that any of them can run alone.
  const period = (year: number, q: number) => ({ year, quarter: q });
  const day = (year: number, q: number, d = 10) => `${year}-${String(q * 3 - 1).padStart(2, "0")}-${d}`;
  const from = (year: number, q: number) => `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
  /** Release 1 of the quarter: 12 Kulob women given legal help. */
  async function published(year: number, q: number) {
    await f.services(await f.women("Kulob", 12), "LEGAL", day(year, q));
    return readRelease(coordinator(), SUPPORT, period(year, q));
  }

  it("refuses a period of the wrong size, and one with nothing published yet", async () => {
    expect(await refusal(correct(coordinator(), { year: 2019 }))).toEqual([
      expect.objectContaining({
        field: ["input", "period"],
        message:
          "This table is published by quarter only: periods of one size never overlap, so one table cannot be subtracted from another.",
      }),
    ]);
    expect(await refusal(correct(coordinator(), Q1))).toEqual([
      expect.objectContaining({
        field: ["input", "period"],
        message: "Nothing is published for this period yet: the first read of the table publishes its first release.",
      }),
    ]);
  });

  it("publishes the next release with today's records, by whom and why, audited; the earlier stays readable", async () => {
    await published(2019, 4);
    const ctx = coordinator();
    await f.services(await f.women("Hamadoni", 10), "LEGAL", day(2019, 4, 11));
    await f.services(await f.women("Kulob", 12), "PSYCHOLOGICAL", day(2019, 4, 12));
    const { table } = await correct(ctx, period(2019, 4));
    expect(table.release).toEqual({ number: 2, releasedAt: expect.any(Date), latestNumber: 2 });
    // Kulob psychological 12 (from 0), Hamadoni legal 10 (from 0): both at least the minimum, shown.
    expect(grid(table)).toEqual({ Hamadoni: [10, 0, 0, 0, 10], Kulob: [12, 12, 0, 0, 24], TOTAL: [22, 12, 0, 0, 34] });
    const userId = (ctx.viewer as { userId: string }).userId;
    expect(await stored(from(2019, 4))).toEqual([
      { number: 1, released_by: null, reason: null },
      { number: 2, released_by: userId, reason: "Late records" },
    ]);
    const [released] = await d.sql<{ id: string }>("SELECT id FROM statistics_release WHERE period_from = $1 AND number = 2", [
      from(2019, 4),
    ]);
    expect(await d.sql("SELECT action, entity_type, entity_id, details FROM audit_event WHERE actor_id = $1", [userId])).toEqual([
      {
        action: "CREATE",
        entity_type: "StatisticsRelease",
        entity_id: released?.id,
        details: { table: SUPPORT, from: from(2019, 4), number: 2 },
      },
    ]);
    expect(await readRelease(coordinator(), SUPPORT, period(2019, 4))).toEqual(table);
    const one = await readRelease(coordinator(), SUPPORT, period(2019, 4), 1);
    expect(one.release).toEqual({ number: 1, releasedAt: expect.any(Date), latestNumber: 2 });
    expect(grid(one)).toEqual({ Kulob: [12, 0, 0, 0, 12], TOTAL: [12, 0, 0, 0, 12] });
    expect(await refusal(readRelease(coordinator(), SUPPORT, period(2019, 4), 7))).toEqual({
      message: "There is no release 7 of this table for this period; the latest is 2.",
      extensions: { code: "BAD_USER_INPUT", field: "release" },
    });
  });

  it("publishes one of two corrections asked for at once; the other finds nothing new", async () => {
    await published(2020, 1);
    await f.services(await f.women("Khovaling", 10), "ECONOMIC", day(2020, 1, 11));
    const outcomes = await Promise.allSettled([correct(coordinator(), period(2020, 1)), correct(coordinator(), period(2020, 1))]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [refused] = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { errors?: { message: string }[] }] : []));
    expect(refused?.errors?.[0]?.message).toMatch(/^A correction would show nothing new: every change since release 2 /);
    expect((await stored(from(2020, 1))).map((r) => r.number)).toEqual([1, 2]);
  });

  it("refuses a correction that would show nothing new", async () => {
    await published(2020, 2);
    // One more Kulob woman since release 1: a change of 1, hidden; nothing else moved.
    await f.services(await f.women("Kulob", 1), "MEDICAL", day(2020, 2, 11));
    expect(await refusal(correct(coordinator(), period(2020, 2)))).toEqual([
      expect.objectContaining({
        field: ["input", "period"],
        message:
          "A correction would show nothing new: every change since release 1 is below 10 or would reveal one that is, so it stays hidden.",
      }),
    ]);
    expect((await stored(from(2020, 2))).map((r) => r.number)).toEqual([1]);
  });

  it("refuses a correction with too few women counted now", async () => {
    await f.services(await f.women("Kulob", 10), "LEGAL", day(2020, 3));
    await readRelease(coordinator(), SUPPORT, period(2020, 3));
    // Two of the ten withdraw their consent: fewer than the minimum are counted now.
    await d.sql(
      `UPDATE consent SET withdrawn_at = now() WHERE scope = 'STATISTICS' AND beneficiary_id IN (
         SELECT beneficiary_id FROM service WHERE provided_on = $1::date LIMIT 2)`,
      [day(2020, 3)],
    );
    expect(await refusal(correct(coordinator(), period(2020, 3)))).toEqual([
      expect.objectContaining({
        field: ["input", "period"],
        message: "Too few women are counted in this table for this period now (fewer than 10).",
      }),
    ]);
  });
});

describe("the correction rule", () => {
  const heading = (key: string) => ({ key, label: key });
  /** A table of districts A and B by columns X and Y (women counted once per cell; totals the sums). */
  function counted(cells: number[][], columns = ["X", "Y"]): CountedTable {
    const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
    const columnTotals = columns.map((_, j) => cells.reduce((a, r) => a + (r[j] ?? 0), 0));
    return {
      table: SUPPORT,
      period: { from: "2019-01-01", to: "2019-03-31", kind: "QUARTER" },
      districts: [heading("A"), heading("B")],
      columns: columns.map(heading),
      cells,
      rowTotals,
      columnTotals,
      grandTotal: rowTotals.reduce((a, b) => a + b, 0),
    };
  }
  const values = (t: StatisticsResult) => Object.fromEntries([...valuesByKey(t)].map(([k, v]) => [k, v.value]));

  it("shows what did not change and every change of at least the minimum", () => {
    const before = presentTable(
      counted([
        [20, 30],
        [40, 50],
      ]),
      MIN,
    );
    expect(
      values(
        correctedTable(
          counted([
            [20, 30],
            [40, 50],
          ]),
          before,
          MIN,
        ),
      ),
    ).toEqual(values(before));
    expect(
      values(
        correctedTable(
          counted([
            [30, 30],
            [40, 50],
          ]),
          before,
          MIN,
        ),
      ),
    ).toEqual({
      "A|X": 30,
      "A|Y": 30,
      "A|TOTAL": 60,
      "B|X": 40,
      "B|Y": 50,
      "B|TOTAL": 90,
      "TOTAL|X": 70,
      "TOTAL|Y": 80,
      "TOTAL|TOTAL": 150,
    });
  });

  it("hides a change between 1 and the minimum less one, with complements, until none is visible", () => {
    const before = presentTable(
      counted([
        [20, 30],
        [40, 50],
      ]),
      MIN,
    );
    for (const change of [1, MIN - 1, -1, -(MIN - 1)]) {
      const next = correctedTable(
        counted([
          [20 + change, 30],
          [40, 50],
        ]),
        before,
        MIN,
      );
      const shown = values(next);
      expect(shown["A|X"]).toBeNull();
      expect(shown["B|Y"]).not.toBeNull();
      const old = valuesByKey(before);
      for (const [key, v] of valuesByKey(next)) {
        if (v.value === null) continue;
        const moved = Math.abs(v.value - (old.get(key)?.value ?? 0));
        expect(moved === 0 || moved >= MIN).toBe(true);
      }
    }
  });

  it("keeps hidden what the release before it hid, even unchanged", () => {
    const before = presentTable(
      counted([
        [5, 30],
        [40, 50],
      ]),
      MIN,
    );
    expect(values(before)["A|X"]).toBeNull();
    const next = correctedTable(
      counted([
        [5, 30],
        [40, 50],
      ]),
      before,
      MIN,
    );
    expect(values(next)["A|X"]).toBeNull();
    expect(valuesByKey(next).get("A|X")?.suppressed).toBe(true);
  });

  it("keeps hidden every value the release before it hid, when it has grown past the minimum since", () => {
    const before = presentTable(
      counted([
        [5, 30],
        [40, 50],
      ]),
      MIN,
    );
    const hiddenBefore = [...valuesByKey(before)].filter(([, v]) => v.suppressed).map(([key]) => key);
    // The hidden value and those hidden with it (complements, so it cannot be worked out from totals).
    expect(hiddenBefore).toContain("A|X");
    expect(hiddenBefore.length).toBeGreaterThan(1);
    const next = correctedTable(
      counted([
        [5 + 2 * MIN, 30],
        [40, 50],
      ]),
      before,
      MIN,
    );
    const now = valuesByKey(next);
    for (const key of hiddenBefore) expect([key, now.get(key)]).toEqual([key, { value: null, suppressed: true }]);
  });

  it("counts a column the release before it did not have as 0 there", () => {
    const before = presentTable(counted([[20], [40]], ["X"]), MIN);
    const small = values(
      correctedTable(
        counted(
          [
            [20, 3],
            [40, 30],
          ],
          ["X", "Y"],
        ),
        before,
        MIN,
      ),
    );
    expect(small["A|Y"]).toBeNull();
    const large = values(
      correctedTable(
        counted(
          [
            [20, 12],
            [40, 30],
          ],
          ["X", "Y"],
        ),
        before,
        MIN,
      ),
    );
    expect(large).toEqual({
      "A|X": 20,
      "A|Y": 12,
      "A|TOTAL": 32,
      "B|X": 40,
      "B|Y": 30,
      "B|TOTAL": 70,
      "TOTAL|X": 60,
      "TOTAL|Y": 42,
      "TOTAL|TOTAL": 102,
    });
  });
});
