import type { ObjectLiteral } from "typeorm";
import { type DirectDatabase, directDatabase, staffViewer } from "../../../test/direct";
import type { Condition } from "../reach";
import { dateRange, dayBound, equals, flag, matches, mine, nameColumn, oneOf, search, textColumn, textIn } from "./filters";
import type { FilterRule, FilterVariant } from "./list";

/**
 * The filter kinds a list declares, called directly: the condition each builds for a value runs
 * on a real PostgreSQL over a few probe rows, so what is asserted is which rows a filter keeps.
 */

const ANNA = "a0000000-0000-4000-8000-000000000001";
const BIBI = "b0000000-0000-4000-8000-000000000002";

let d: DirectDatabase;
beforeAll(async () => {
  d = await directDatabase();
  await d.sql(`CREATE TABLE probe (n int PRIMARY KEY, day date, owner uuid, status text, words text, folded text)`);
  await d.sql(`INSERT INTO probe VALUES
    (1, '2026-01-01', '${ANNA}', 'OPEN',   'Ғафурова Зарина',  'гафурова зарина'),
    (2, '2026-01-15', '${BIBI}', 'CLOSED', 'Раҳимова Ҳилола',  'рахимова хилола'),
    (3, '2026-01-31', '${ANNA}', 'OPEN',   '100% sure_thing',  '100% sure_thing'),
    (4, '2026-02-01', NULL,      'CLOSED', 'Зарина Ғафурова',  'зарина гафурова')`);
});
afterAll(() => d?.stop());

const ctx = () => d.context(staffViewer(ANNA, "CASE_WORKER"));

function only(rule: FilterRule): FilterVariant {
  expect(rule.variants).toHaveLength(1);
  return rule.variants[0] as FilterVariant;
}

/** The probe rows `condition` keeps, by number. */
async function kept(condition: Condition | null): Promise<number[]> {
  if (!condition) throw new Error("the filter did not narrow");
  const rows = await d.db
    .createQueryBuilder()
    .select("p.n", "n")
    .from("probe", "p")
    .where(condition.sql, condition.params as ObjectLiteral)
    .orderBy("p.n")
    .getRawMany<{ n: number }>();
  return rows.map((r) => r.n);
}

const where = (variant: FilterVariant, value: unknown, p = "f0") => variant.where(value, p, ctx());

describe("filter kinds, as SQL on a real database", () => {
  it("equals, oneOf and matches keep the rows the value names, and carry the fields they read", async () => {
    const eq = only(equals("p.status", "status"));
    expect(eq.reads).toEqual(["status"]);
    expect(await kept(where(eq, "OPEN"))).toEqual([1, 3]);
    const any = only(oneOf("p.n", "number", "other"));
    expect(any.reads).toEqual(["number", "other"]);
    expect(await kept(where(any, [2, 4]))).toEqual([2, 4]);
    expect(await kept(where(any, []))).toEqual([]);
    const custom = only(matches((p) => `p.n > :${p}`, "number"));
    expect(custom.reads).toEqual(["number"]);
    expect(await kept(where(custom, 2, "f3"))).toEqual([3, 4]);
  });

  it("names its parameter as told, so two filters of one query do not share one", () => {
    expect(where(only(equals("p.status")), "OPEN", "f7")).toEqual({ sql: "p.status = :f7", params: { f7: "OPEN" } });
    expect(where(only(oneOf("p.n")), [1], "f8")).toEqual({ sql: "p.n = ANY(:f8)", params: { f8: [1] } });
    expect(where(only(mine("p.owner")), true, "f9")).toEqual({ sql: "p.owner = :f9", params: { f9: ANNA } });
    expect(where(only(dayBound("p.day", ">=", "filter.since")), "2026-01-15", "f2")).toEqual({
      sql: "p.day >= :f2",
      params: { f2: "2026-01-15" },
    });
  });

  it("flag gives its condition when true, its opposite when false, and no narrowing without one", async () => {
    const both = only(flag("p.owner IS NULL", "p.owner IS NOT NULL", "owner"));
    expect(both.reads).toEqual(["owner"]);
    expect(await kept(where(both, true))).toEqual([4]);
    expect(await kept(where(both, false))).toEqual([1, 2, 3]);
    const onlyTrue = only(flag("p.owner IS NULL", null));
    expect(where(onlyTrue, false)).toBeNull();
    expect(await kept(where(onlyTrue, true))).toEqual([4]);
    expect(where(only(flag(null, "p.owner IS NULL")), true)).toBeNull();
  });

  it("mine keeps the viewer's own rows; false does not narrow", async () => {
    const own = only(mine("p.owner", "recordedBy"));
    expect(own.reads).toEqual(["recordedBy"]);
    expect(await kept(where(own, true))).toEqual([1, 3]);
    expect(where(own, false)).toBeNull();
    const partner = d.context({ kind: "partner", apiKeyId: "k", partnerId: "p", scopes: [] });
    expect(own.where(true, "f0", partner)).toEqual({ sql: "p.owner = :f0", params: { f0: null } });
  });

  it("dateRange includes both ends, leaves either open, and refuses what is not a day", async () => {
    const range = only(dateRange("p.day", "day"));
    expect(range.reads).toEqual(["day"]);
    expect(await kept(where(range, { from: "2026-01-15", to: "2026-01-31" }))).toEqual([2, 3]);
    expect(await kept(where(range, { from: "2026-01-31" }))).toEqual([3, 4]);
    expect(await kept(where(range, { to: "2026-01-15" }))).toEqual([1, 2]);
    expect(await kept(where(range, { from: "2026-01-15", to: "2026-01-15" }))).toEqual([2]);
    expect(await kept(where(range, { from: null, to: "2026-01-01" }))).toEqual([1]);
    expect(where(range, {})).toBeNull();
    expect(where(range, { from: null, to: null })).toBeNull();
    expect(where(range, { from: "2026-01-01", to: "2026-01-31" }, "f4")).toEqual({
      sql: "p.day >= :f4from AND p.day <= :f4to",
      params: { f4from: "2026-01-01", f4to: "2026-01-31" },
    });
    const refused = (value: object) => {
      try {
        where(range, value);
      } catch (error) {
        return { message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions };
      }
      throw new Error("not refused");
    };
    expect(refused({ from: "2026-01-31", to: "2026-01-15" })).toEqual({
      message: "The range ends before it starts.",
      extensions: { code: "BAD_USER_INPUT", field: "filter.to" },
    });
    expect(refused({ from: "2026-1-5" })).toEqual({
      message: "filter.from must be a day, YYYY-MM-DD.",
      extensions: { code: "BAD_USER_INPUT", field: "filter.from" },
    });
    expect(refused({ to: "2026-13-45" })).toEqual({
      message: "filter.to must be a day, YYYY-MM-DD.",
      extensions: { code: "BAD_USER_INPUT", field: "filter.to" },
    });
    expect(refused({ from: "x2026-01-01" }).extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.from" });
    expect(refused({ from: "2026-01-01x" }).extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.from" });
    expect(refused({ from: "" }).extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.from" });
  });

  it("dayBound compares as told and refuses a value that is not written YYYY-MM-DD", async () => {
    expect(await kept(where(only(dayBound("p.day", ">=", "filter.since")), "2026-01-15"))).toEqual([2, 3, 4]);
    const before = only(dayBound("p.day", "<=", "filter.until", "day"));
    expect(before.reads).toEqual(["day"]);
    expect(await kept(where(before, "2026-01-15"))).toEqual([1, 2]);
    for (const value of ["15.01.2026", "2026-01-15T00:00", " 2026-01-15"]) {
      expect(() => where(before, value)).toThrow(
        expect.objectContaining({
          message: "filter.until must be a date written YYYY-MM-DD.",
          extensions: { code: "BAD_USER_INPUT", field: "filter.until" },
        }),
      );
    }
  });

  it("textIn folds case and Tajik letters on both sides, and takes % and _ literally", async () => {
    const text = textIn(["p.words", "p.status"], "words", "status");
    expect(text.reads).toEqual(["words", "status"]);
    expect(await kept(where(text, "ҒАФУР"))).toEqual([1, 4]);
    expect(await kept(where(text, "хилола"))).toEqual([2]);
    expect(await kept(where(text, "ҳилола closed"))).toEqual([2]);
    expect(await kept(where(text, "0% s"))).toEqual([3]);
    expect(await kept(where(text, "e_t"))).toEqual([3]);
    expect(await kept(where(text, "e%t"))).toEqual([]);
    expect(where(text, "   ")).toBeNull();
  });

  it("textColumn searches a column stored folded, and a blank search does not narrow", async () => {
    const text = textColumn("p.folded", "words");
    expect(text.reads).toEqual(["words"]);
    expect(await kept(where(text, "  Ғафурова  "))).toEqual([1, 4]);
    expect(await kept(where(text, "ова зар"))).toEqual([1]);
    expect(where(text, "")).toBeNull();
    expect(where(text, " \t ")).toBeNull();
  });

  it("nameColumn wants every word, in any order", async () => {
    const name = nameColumn("p.folded", "words");
    expect(name.reads).toEqual(["words"]);
    expect(await kept(where(name, "Зарина Ғафурова"))).toEqual([1, 4]);
    expect(await kept(where(name, "ғафурова"))).toEqual([1, 4]);
    expect(await kept(where(name, "Зарина Рахимова"))).toEqual([]);
    expect(where(name, "Зарина Ғафурова", "f5")).toEqual({
      sql: "p.folded LIKE :f5w0 AND p.folded LIKE :f5w1",
      params: { f5w0: "%зарина%", f5w1: "%гафурова%" },
    });
    expect(where(name, "  ")).toBeNull();
  });

  it("search keeps its variants in the order given", () => {
    const first = textColumn("p.folded", "words");
    const second = textColumn("p.status", "status");
    expect(search(first, second).variants).toEqual([first, second]);
  });
});
