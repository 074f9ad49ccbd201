import type { Role } from "@nk/shared";
import type { Viewer } from "./context";
import { checkPeriod, floorCounts, floorKeyCounts, floorOf } from "./floor";

const config = { internalSuppressionMin: 5 } as const;
const staff = (role: Role): Viewer => ({ kind: "user", userId: "u1", role, unitIds: [], sessionId: "s1" });
const partner: Viewer = { kind: "partner", apiKeyId: "k1", partnerId: "p1", scopes: ["READ_STATISTICS"] };
const ctx = (viewer: Viewer | null) => ({ viewer, config: { ...config } }) as Parameters<typeof floorOf>[0];

/** The message checkPeriod refuses with, and the field it names; fails when it accepts. */
function refusal(from: string, to: string, floor: number | null, now?: string): { message: string; field: unknown } {
  try {
    checkPeriod(from, to, floor, now);
  } catch (error) {
    const e = error as Error & { extensions?: { field?: unknown } };
    return { message: e.message, field: e.extensions?.field };
  }
  throw new Error(`expected ${from}..${to} to be refused`);
}

const shown = (count: number) => ({ count, suppressed: false });
const hidden = { count: null, suppressed: true };

describe("who gets exact figures", () => {
  it("gives the full readers a figure query names no floor, and everyone else NK's internal minimum", () => {
    expect(floorOf(ctx(staff("CASE_WORKER")), ["COORDINATOR", "CASE_WORKER"])).toBeNull();
    expect(floorOf(ctx(staff("COORDINATOR")), ["COORDINATOR", "CASE_WORKER"])).toBeNull();
    expect(floorOf(ctx(staff("ANALYST")), ["COORDINATOR", "CASE_WORKER"])).toBe(5);
    expect(floorOf(ctx(staff("ADMIN")), ["COORDINATOR"])).toBe(5);
    expect(floorOf(ctx(partner), ["COORDINATOR"])).toBe(5);
    expect(floorOf(ctx(null), ["COORDINATOR"])).toBe(5);
    expect(floorOf(ctx(staff("ANALYST")), [])).toBe(5);
  });
});

describe("periods of figures", () => {
  it("takes any pair of real days, in order, without a floor", () => {
    expect(() => checkPeriod("2025-03-07", "2025-03-07", null, "2025-03-01")).not.toThrow();
    expect(() => checkPeriod("2024-02-29", "2026-11-30", null, "2026-01-01")).not.toThrow();
  });

  it.each([
    ["2025-3-07", "2025-03-31"],
    ["2025-03-01", "2025-03-1"],
    ["x2025-03-01", "2025-03-31"],
    ["2025-03-01", "2025-03-31x"],
    ["2025-02-30", "2025-03-31"],
    ["2025-03-01", "2025-02-29"],
    ["2025-13-01", "2025-03-31"],
    ["2025-00-10", "2025-03-31"],
  ])("refuses %s .. %s as not both days", (from, to) => {
    expect(refusal(from, to, null)).toEqual({ message: "from and to must be dates, YYYY-MM-DD.", field: undefined });
    expect(refusal(from, to, 5)).toEqual({ message: "from and to must be dates, YYYY-MM-DD.", field: undefined });
  });

  it("refuses a period that ends before it starts, naming to", () => {
    expect(refusal("2025-03-02", "2025-03-01", null)).toEqual({ message: "to must not be before from.", field: "to" });
    expect(refusal("2025-04-01", "2025-03-31", 5)).toEqual({ message: "to must not be before from.", field: "to" });
  });

  const MONTHS =
    "Figures for your role cover whole calendar months only: from must be the first day of a month and to the last day of a month.";

  it("with a floor, takes only whole calendar months", () => {
    expect(() => checkPeriod("2025-03-01", "2025-03-31", 5, "2025-04-01")).not.toThrow();
    expect(() => checkPeriod("2024-02-01", "2024-02-29", 5, "2025-01-01")).not.toThrow();
    expect(() => checkPeriod("2025-01-01", "2025-12-31", 5, "2026-01-01")).not.toThrow();
    expect(() => checkPeriod("2025-02-01", "2025-02-28", 5, "2025-03-01")).not.toThrow();
    expect(refusal("2025-03-02", "2025-03-31", 5, "2026-01-01")).toEqual({ message: MONTHS, field: "from" });
    expect(refusal("2025-03-01", "2025-03-30", 5, "2026-01-01")).toEqual({ message: MONTHS, field: "from" });
    expect(refusal("2025-02-01", "2025-02-27", 5, "2026-01-01")).toEqual({ message: MONTHS, field: "from" });
    expect(refusal("2024-02-01", "2024-02-28", 5, "2026-01-01")).toEqual({ message: MONTHS, field: "from" });
    expect(refusal("2025-03-10", "2025-03-10", 5, "2026-01-01")).toEqual({ message: MONTHS, field: "from" });
    expect(refusal("2025-01-31", "2025-03-31", 5, "2026-01-01").message).toBe(MONTHS);
  });

  it("with a floor, takes only months that have ended", () => {
    const ENDED = "Figures for your role cover months that have ended only.";
    expect(refusal("2025-03-01", "2025-03-31", 5, "2025-03-31")).toEqual({ message: ENDED, field: "to" });
    expect(refusal("2025-03-01", "2025-03-31", 5, "2025-03-15")).toEqual({ message: ENDED, field: "to" });
    expect(() => checkPeriod("2025-03-01", "2025-03-31", 5, "2025-04-01")).not.toThrow();
    // Without a floor, days still to come are fine.
    expect(() => checkPeriod("2025-03-01", "2025-03-31", null, "2025-03-15")).not.toThrow();
  });

  it("measures 'ended' against today by default", () => {
    expect(() => checkPeriod("2020-01-01", "2020-01-31", 5)).not.toThrow();
    expect(refusal("2999-01-01", "2999-01-31", 5).message).toBe("Figures for your role cover months that have ended only.");
  });
});

describe("withholding small counts", () => {
  it("shows every count without a floor", () => {
    expect(floorCounts([0, 1, 4, 12], null)).toEqual([shown(0), shown(1), shown(4), shown(12)]);
  });

  it("withholds every count from 1 to floor − 1 and shows 0 and the floor itself", () => {
    expect(floorCounts([0, 1, 4, 5, 12, 2], 5)).toEqual([shown(0), hidden, hidden, shown(5), shown(12), hidden]);
  });

  it("withholds the smallest other count above 0 when only one would be withheld", () => {
    expect(floorCounts([12, 3, 0, 7, 9], 5)).toEqual([shown(12), hidden, shown(0), hidden, shown(9)]);
    // The smallest is picked wherever it stands, the first of equals.
    expect(floorCounts([7, 6, 3, 6, 8], 5)).toEqual([shown(7), hidden, hidden, shown(6), shown(8)]);
    expect(floorCounts([3, 20, 10], 5)).toEqual([hidden, shown(20), hidden]);
    expect(floorCounts([6, 3, 8], 5)).toEqual([hidden, hidden, shown(8)]);
  });

  it("has nothing to add when the one withheld count stands alone or beside zeros", () => {
    expect(floorCounts([3], 5)).toEqual([hidden]);
    expect(floorCounts([0, 3, 0], 5)).toEqual([shown(0), hidden, shown(0)]);
  });

  it("adds nothing when none or two are withheld", () => {
    expect(floorCounts([5, 6], 5)).toEqual([shown(5), shown(6)]);
    expect(floorCounts([1, 2, 30], 5)).toEqual([hidden, hidden, shown(30)]);
  });

  it("floors counts by key as one group, keeping each key", () => {
    expect(
      floorKeyCounts(
        [
          { key: "HIGH", count: 2 },
          { key: "MEDIUM", count: 11 },
          { key: "LOW", count: 6 },
        ],
        5,
      ),
    ).toEqual([
      { key: "HIGH", ...hidden },
      { key: "MEDIUM", ...shown(11) },
      { key: "LOW", ...hidden },
    ]);
    expect(floorKeyCounts([{ key: "HIGH", count: 2 }], null)).toEqual([{ key: "HIGH", ...shown(2) }]);
  });
});
