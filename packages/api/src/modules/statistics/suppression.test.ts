import { readFileSync } from "node:fs";
import path from "node:path";
import { type CountTable, type SuppressedTable, suppress } from "./suppression";
import { corpus } from "./suppression.corpus";

/** A table with additive totals from its cells. */
function table(cells: number[][]): CountTable {
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = (cells[0] ?? []).map((_, j) => cells.reduce((a, r) => a + (r[j] as number), 0));
  return { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((a, b) => a + b, 0) };
}

/** The table as a grid of values (null = hidden), totals in the last row and column. */
function shown(t: SuppressedTable): (number | null)[][] {
  const rows = t.cells.map((r, i) => [...r.map((c) => c.value), t.rowTotals[i]?.value ?? null]);
  rows.push([...t.columnTotals.map((c) => c.value), t.grandTotal.value]);
  return rows;
}

/** Every row and column (total included) of the grid has zero or at least two hidden members. */
function noLoneHidden(g: (number | null)[][]): boolean {
  const lines = [...g, ...(g[0] ?? []).map((_, j) => g.map((r) => r[j] ?? null))];
  return lines.every((line) => line.filter((v) => v === null).length !== 1);
}

/**
 * Hidden values that the additive relations determine exactly: x_k is determined when column k of
 * the relation matrix (over hidden values) is not a combination of the others (rank drops without it).
 */
function determined(g: (number | null)[][]): [number, number][] {
  const height = g.length;
  const width = g[0]?.length ?? 0;
  const unknowns: [number, number][] = [];
  g.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null) unknowns.push([i, j]);
    });
  });
  const matrix: number[][] = [];
  for (let i = 0; i < height; i++) matrix.push(unknowns.map(([r, c]) => (r === i ? (c === width - 1 ? -1 : 1) : 0)));
  for (let j = 0; j < width; j++) matrix.push(unknowns.map(([r, c]) => (c === j ? (r === height - 1 ? -1 : 1) : 0)));
  const rank = (m: number[][]): number => {
    const a = m.map((r) => [...r]);
    let rk = 0;
    const cols = a[0]?.length ?? 0;
    for (let c = 0; c < cols && rk < a.length; c++) {
      let p = rk;
      while (p < a.length && Math.abs(a[p]?.[c] as number) < 1e-9) p++;
      if (p === a.length) continue;
      [a[rk], a[p]] = [a[p] as number[], a[rk] as number[]];
      for (let r = 0; r < a.length; r++) {
        if (r === rk) continue;
        const f = (a[r]?.[c] as number) / (a[rk]?.[c] as number);
        if (f !== 0) a[r] = (a[r] as number[]).map((v, k) => v - f * (a[rk]?.[k] as number));
      }
      rk++;
    }
    return rk;
  };
  const full = rank(matrix);
  return unknowns.filter((_, k) => rank(matrix.map((r) => r.filter((_, c) => c !== k))) < full);
}

/** `g` with the hidden values (null) drawn as "x", to compare whole patterns at a glance. */
function pattern(g: (number | null)[][]): (number | "x")[][] {
  return g.map((row) => row.map((v) => (v === null ? "x" : v)));
}

/**
 * No more is hidden than needed: showing any one complementary value (hidden though not small)
 * again would leave a hidden value alone in a row or column, or determined by the totals.
 */
function everyComplementNeeded(g: (number | null)[][], truth: number[][], min: number): boolean {
  return g.every((row, i) =>
    row.every((v, j) => {
      const value = truth[i]?.[j] as number;
      if (v !== null || (value > 0 && value < min)) return true;
      const shownAgain = g.map((r, k) => r.map((x, l) => (k === i && l === j ? value : x)));
      return !(noLoneHidden(shownAgain) && determined(shownAgain).length === 0);
    }),
  );
}

/** The table of `cells` as a grid of true values, totals included. */
function truthOf(cells: number[][]): number[][] {
  const t = table(cells);
  return [...cells.map((r, i) => [...r, t.rowTotals[i] as number]), [...t.columnTotals, t.grandTotal]];
}

describe("suppress()", () => {
  it("shows a table with no small counts as it is", () => {
    const t = suppress(
      table([
        [12, 20],
        [30, 0],
      ]),
      10,
    );
    expect(shown(t)).toEqual([
      [12, 20, 32],
      [30, 0, 30],
      [42, 20, 62],
    ]);
  });

  it("hides a single small cell and a complement in its row, its column and where they meet", () => {
    const t = suppress(
      table([
        [3, 20, 30],
        [15, 25, 40],
        [12, 11, 50],
      ]),
      10,
    );
    // 3 is hidden; its row gets 20 (smallest), its column 12; rows and columns then pair up.
    expect(shown(t)).toEqual([
      [null, null, 30, 53],
      [15, 25, 40, 80],
      [null, null, 50, 73],
      [30, 56, 120, 206],
    ]);
    expect(t.cells[0]?.[0]).toEqual({ value: null, suppressed: true });
    expect(t.cells[1]?.[0]).toEqual({ value: 15, suppressed: false });
    expect(t.rowTotals[1]).toEqual({ value: 80, suppressed: false });
    expect(t.columnTotals[2]).toEqual({ value: 120, suppressed: false });
    expect(t.grandTotal).toEqual({ value: 206, suppressed: false });
  });

  it("shows true zeros and hides 1 to min − 1", () => {
    const t = suppress(
      table([
        [0, 0],
        [0, 40],
      ]),
      10,
    );
    expect(shown(t)).toEqual([
      [0, 0, 0],
      [0, 40, 40],
      [0, 40, 40],
    ]);
    expect(
      shown(
        suppress(
          table([
            [1, 9],
            [10, 40],
          ]),
          10,
        ),
      )[0],
    ).toEqual([null, null, 10]);
  });

  it("prefers a complement above 0: hiding a 0 next to a small cell would leave it exact", () => {
    const t = shown(
      suppress(
        table([
          [4, 0, 30],
          [20, 15, 30],
        ]),
        10,
      ),
    );
    // 4's row: 0 is visible, the complement is 30 (the smallest above 0)
    expect(t[0]).toEqual([null, 0, null, 34]);
  });

  it("hides a total below the minimum, and a complement so the total cannot be summed back", () => {
    // column 0 totals 7 although each cell is 0 or 7: the only cell and the total are hidden together
    const t = shown(
      suppress(
        table([
          [7, 12],
          [0, 30],
        ]),
        10,
      ),
    );
    expect(t).toEqual([
      [null, null, 19],
      [0, 30, 30],
      [null, null, 49],
    ]);
  });

  it("cascades across rows and columns until no row or column has a single hidden value", () => {
    const t = shown(
      suppress(
        table([
          [2, 40, 40, 40],
          [40, 3, 40, 40],
          [40, 40, 4, 40],
          [40, 40, 40, 40],
        ]),
        10,
      ),
    );
    expect(noLoneHidden(t)).toBe(true);
    expect(determined(t)).toEqual([]);
    expect(t[0]?.[0]).toBeNull();
    expect(t[1]?.[1]).toBeNull();
    expect(t[2]?.[2]).toBeNull();
  });

  it("closes a cycle around a hidden value that would otherwise be a bridge between two hidden blocks", () => {
    // Two blocks of small cells linked by one small cell: every row and column has two hidden
    // values, yet the linking cell alone is determined unless another cell closes a cycle.
    const cells = [
      [2, 2, 3, 50],
      [2, 2, 50, 50],
      [50, 50, 3, 3],
      [50, 50, 3, 3],
    ];
    const t = shown(suppress(table(cells), 10));
    expect(noLoneHidden(t)).toBe(true);
    expect(determined(t)).toEqual([]);
  });

  it("closes two bridges in a chain of blocks with one value, off the first column, the smallest above 0", () => {
    // Blocks of small cells in columns 1–2, 3–4 and 5–6, linked by the small cells (1,3) and (3,5):
    // every row and column holds two hidden values, yet both links are determined. One value,
    // (5,2) = 11, closes a cycle through both; 0 at (2,1) and 12 at (3,1) were candidates too.
    const cells = [
      [40, 2, 2, 40, 40, 40, 40],
      [40, 2, 2, 3, 40, 40, 40],
      [40, 0, 40, 3, 3, 40, 40],
      [40, 12, 40, 3, 3, 4, 40],
      [40, 40, 40, 40, 40, 4, 4],
      [40, 40, 11, 40, 40, 4, 4],
    ];
    const g = shown(suppress(table(cells), 10));
    expect(pattern(g)).toEqual([
      [40, "x", "x", 40, 40, 40, 40, 204],
      [40, "x", "x", "x", 40, 40, 40, 167],
      [40, 0, 40, "x", "x", 40, 40, 166],
      [40, 12, 40, "x", "x", "x", 40, 142],
      [40, 40, 40, 40, 40, "x", "x", 208],
      [40, 40, "x", 40, 40, "x", "x", 179],
      [240, 96, 135, 129, 166, 132, 168, 1066],
    ]);
    expect(determined(g)).toEqual([]);
    expect(everyComplementNeeded(g, truthOf(cells), 10)).toBe(true);
  });

  it("closes each of two bridges that one value cannot close together", () => {
    // Two links from the middle block, up-left (1,2) and down-right (3,4). The first is closed by
    // its smallest candidate, (3,1) = 12, which does not reach the second; that one takes (5,3) = 14.
    const cells = [
      [2, 2, 40, 40, 40, 40],
      [2, 2, 3, 40, 40, 40],
      [40, 40, 3, 3, 40, 40],
      [40, 12, 3, 3, 4, 40],
      [45, 45, 45, 45, 4, 4],
      [45, 45, 45, 14, 4, 4],
    ];
    const g = shown(suppress(table(cells), 10));
    expect(pattern(g)).toEqual([
      ["x", "x", 40, 40, 40, 40, 164],
      ["x", "x", "x", 40, 40, 40, 127],
      [40, 40, "x", "x", 40, 40, 166],
      [40, "x", "x", "x", "x", 40, 102],
      [45, 45, 45, 45, "x", "x", 188],
      [45, 45, 45, "x", "x", "x", 157],
      [174, 146, 139, 145, 132, 168, 904],
    ]);
    expect(determined(g)).toEqual([]);
    expect(everyComplementNeeded(g, truthOf(cells), 10)).toBe(true);
  });

  it("closes a bridge with a 0 when zeros are its only candidates", () => {
    // The link (1,2) can only be closed through rows 2–3 × columns 0–1, which are all 0: the first
    // of them is hidden. The column totals 4 and 4 are small, hidden themselves.
    const cells = [
      [2, 2, 40, 40, 40],
      [2, 2, 3, 40, 40],
      [0, 0, 3, 3, 40],
      [0, 0, 3, 3, 40],
    ];
    const g = shown(suppress(table(cells), 10));
    expect(pattern(g)).toEqual([
      ["x", "x", 40, 40, 40, 124],
      ["x", "x", "x", 40, 40, 87],
      ["x", 0, "x", "x", 40, 46],
      [0, 0, "x", "x", 40, 46],
      ["x", "x", 49, 86, 160, 303],
    ]);
    expect(determined(g)).toEqual([]);
    expect(everyComplementNeeded(g, truthOf(cells), 10)).toBe(true);
  });

  it("leaves nothing recoverable in many random tables (no lone hidden value, nothing determined)", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let smallSeen = 0;
    let visibleSeen = 0;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const x = random();
          return x < 0.25 ? 0 : x < 0.6 ? 1 + Math.floor(random() * 9) : 10 + Math.floor(random() * 40);
        }),
      );
      const min = random() < 0.5 ? 10 : 5;
      const t = suppress(table(cells), min);
      const g = shown(t);
      expect({ cells, lone: noLoneHidden(g) }).toEqual({ cells, lone: true });
      expect({ cells, determined: determined(g) }).toEqual({ cells, determined: [] });
      // every value from 1 to min − 1 is hidden, and every visible value is the true one
      const truth = [...cells.map((r, i) => [...r, table(cells).rowTotals[i] as number])];
      truth.push([...table(cells).columnTotals, table(cells).grandTotal]);
      const cellsOf = truth.flatMap((row, i) => row.map((v, j) => ({ i, j, v, shown: g[i]?.[j] })));
      const small = cellsOf.filter((c) => c.v > 0 && c.v < min);
      const visible = cellsOf.filter((c) => c.shown !== null);
      expect({ cells, small: small.map((c) => c.shown) }).toEqual({ cells, small: small.map(() => null) });
      expect({ cells, visible: visible.map((c) => c.shown) }).toEqual({ cells, visible: visible.map((c) => c.v) });
      smallSeen += small.length;
      visibleSeen += visible.length;
    }
    // The random tables did hold small counts to hide and values to show.
    expect(smallSeen).toBeGreaterThan(100);
    expect(visibleSeen).toBeGreaterThan(100);
  });

  it("for each hidden cell, its row or column total minus the visible cells does not give it", () => {
    const cells = [
      [12, 15, 3, 0],
      [11, 10, 0, 0],
      [0, 0, 0, 0],
    ];
    const t = suppress(table(cells), 10);
    const g = shown(t);
    const hidden = g.flatMap((row, i) => row.flatMap((v, j) => (v === null ? [{ i, j }] : [])));
    // 3 and the row totals it gives away must go, and with them the cells that would reveal them.
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    const others = hidden.map(({ i, j }) => ({
      i,
      j,
      otherHiddenInRow: g[i]?.some((x, k) => k !== j && x === null),
      otherHiddenInColumn: g.some((r, k) => k !== i && r[j] === null),
    }));
    expect(others).toEqual(hidden.map(({ i, j }) => ({ i, j, otherHiddenInRow: true, otherHiddenInColumn: true })));
    expect(determined(g)).toEqual([]);
  });

  it("hides exactly the pinned pattern in each table of the corpus, and every one is safe", () => {
    // A published table's pattern must not change unnoticed: two releases of one table hidden
    // differently can be subtracted from each other. suppression.patterns.json is the pattern of
    // each corpus table ("x" hidden, "." shown; rows then the column totals, the row total last).
    const pinned = JSON.parse(readFileSync(path.join(__dirname, "suppression.patterns.json"), "utf8")) as string[];
    const tables = corpus();
    expect(tables).toHaveLength(pinned.length);
    tables.forEach(({ table: t, min }, k) => {
      const g = shown(suppress(t, min));
      const drawn = g.map((row) => row.map((v) => (v === null ? "x" : ".")).join("")).join("|");
      expect({ k, cells: t.cells, min, pattern: drawn }).toEqual({ k, cells: t.cells, min, pattern: pinned[k] });
      expect({ k, lone: noLoneHidden(g), determined: determined(g) }).toEqual({ k, lone: true, determined: [] });
    });
    // The corpus does exercise the complementary steps: most tables hide something, and some hide
    // values that are not small themselves.
    expect(pinned.filter((p) => p.includes("x")).length).toBeGreaterThan(150);
  });

  it("also hides the values it is told to (a corrected release keeps what the first hid), with their complements", () => {
    const cells = [
      [20, 30, 40],
      [25, 35, 45],
    ];
    // Nothing is small: only the value asked for, and what it takes to keep it hidden.
    expect(pattern(shown(suppress(table(cells), 10)))).toEqual(pattern(truthOf(cells)));
    const g = shown(suppress(table(cells), 10, [[0, 1]]));
    expect(pattern(g)).toEqual([
      ["x" as const, "x" as const, 40, 90],
      ["x" as const, "x" as const, 45, 105],
      [45, 65, 85, 195],
    ]);
    expect(determined(g)).toEqual([]);
    // A total can be asked for too (row = the number of rows means the column totals).
    const totals = shown(suppress(table(cells), 10, [[2, 2]]));
    expect(totals[2]?.[2]).toBeNull();
    expect(noLoneHidden(totals)).toBe(true);
    // Positions outside the table (a table that has shrunk since the release before) are ignored.
    expect(
      pattern(
        shown(
          suppress(table(cells), 10, [
            [5, 0],
            [0, 9],
            [3, 3],
          ]),
        ),
      ),
    ).toEqual(pattern(truthOf(cells)));
  });

  it("takes a table without columns: row totals of 0, hidden only when asked, nothing else to pick", () => {
    const empty: CountTable = { cells: [[], []], rowTotals: [0, 0], columnTotals: [], grandTotal: 0 };
    expect(shown(suppress(empty, 10))).toEqual([[0], [0], [0]]);
    expect(shown(suppress(empty, 10, [[1, 0]]))).toEqual([[null], [null], [0]]);
  });
});
