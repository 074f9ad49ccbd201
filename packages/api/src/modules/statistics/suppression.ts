/**
 * Disclosure control of a two-dimensional table of counts with row and column totals. Pure: no
 * database, no GraphQL.
 *
 * The table is seen as (r + 1) × (c + 1) values: the cells, the row totals (last column), the
 * column totals (last row) and the grand total (corner). Each row and each column, its total
 * included, is one additive relation (cells add up to the total). A hidden value can be recovered
 * exactly from a relation in which it is the only hidden member, and more generally whenever it is
 * determined by the system of all relations.
 *
 * 1. Primary suppression: every value (cells and totals) from 1 to min − 1 is hidden. A true 0 is
 *    shown: "nobody" singles nobody out.
 * 2. Complementary suppression, repeated until stable:
 *    a. any row or column with exactly one hidden member gets a second one: its smallest visible
 *       member above 0 (a hidden 0 adds no uncertainty), else its smallest visible member;
 *    b. any hidden value that is still determined by the whole system (in graph terms: its edge
 *       is a bridge of the bipartite graph of hidden values, so it lies on no cycle along which
 *       values could be shifted) gets a cycle closed around it by hiding one more value.
 *    After this no hidden value is determined by the totals, whatever the combination of relations.
 */

export interface CountTable {
  /** cells[row][column]. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

export interface SuppressedValue {
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  cells: SuppressedValue[][];
  rowTotals: SuppressedValue[];
  columnTotals: SuppressedValue[];
  grandTotal: SuppressedValue;
}

/** The table as an (r + 1) × (c + 1) grid: the last row holds column totals, the last column row totals. */
function grid(table: CountTable): number[][] {
  const rows = table.cells.map((row, i) => [...row, table.rowTotals[i] as number]);
  rows.push([...table.columnTotals, table.grandTotal]);
  return rows;
}

type Position = [number, number];

/** The member of `candidates` to hide: the smallest above 0, else the smallest; ties in reading order. */
function pick(values: number[][], candidates: Position[]): Position | undefined {
  const positive = candidates.filter(([i, j]) => (values[i]?.[j] as number) > 0);
  const pool = positive.length > 0 ? positive : candidates;
  let best: Position | undefined;
  for (const p of pool) {
    if (!best || (values[p[0]]?.[p[1]] as number) < (values[best[0]]?.[best[1]] as number)) best = p;
  }
  return best;
}

/** Rows and columns (as lists of positions) of the grid: every additive relation. */
function relations(height: number, width: number): Position[][] {
  const out: Position[][] = [];
  for (let i = 0; i < height; i++) out.push(Array.from({ length: width }, (_, j): Position => [i, j]));
  for (let j = 0; j < width; j++) out.push(Array.from({ length: height }, (_, i): Position => [i, j]));
  return out;
}

/**
 * Nodes reachable from `start` over hidden values, without crossing `skip`. Nodes are rows
 * (0 … height − 1) and columns (height … height + width − 1); a hidden value links its row and column.
 */
function reachable(hidden: boolean[][], start: number, skip: Position): Set<number> {
  const height = hidden.length;
  const width = hidden[0]?.length ?? 0;
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.pop() as number;
    const neighbours: number[] = [];
    if (node < height) {
      for (let j = 0; j < width; j++) if (hidden[node]?.[j] && !(node === skip[0] && j === skip[1])) neighbours.push(height + j);
    } else {
      const j = node - height;
      for (let i = 0; i < height; i++) if (hidden[i]?.[j] && !(i === skip[0] && j === skip[1])) neighbours.push(i);
    }
    for (const n of neighbours) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** Hides one more value to close a cycle through a hidden value that is a bridge; false when none is. */
function closeOneBridge(values: number[][], hidden: boolean[][]): boolean {
  const height = values.length;
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < (values[i]?.length ?? 0); j++) {
      if (!hidden[i]?.[j]) continue;
      const rowSide = reachable(hidden, i, [i, j]);
      if (rowSide.has(height + j)) continue; // on a cycle: not determined
      const columnSide = reachable(hidden, height + j, [i, j]);
      // Hiding any value linking a row of the column's side with a column of the row's side closes a cycle.
      const candidates: Position[] = [];
      for (const r of columnSide) {
        if (r >= height) continue;
        for (const c of rowSide) if (c >= height && !hidden[r]?.[c - height]) candidates.push([r, c - height]);
      }
      const chosen = pick(values, candidates);
      if (!chosen) continue;
      (hidden[chosen[0]] as boolean[])[chosen[1]] = true;
      return true;
    }
  }
  return false;
}

/** A value of the grid by position: [row, column], where row = rows.length means the column totals and column = columns.length the row totals. */
export type GridPosition = [number, number];

/**
 * Applies primary and complementary suppression to `table` with the minimum count `min`.
 * `alsoHide` lists values to hide besides the small ones (a corrected release hides what the
 * release before it hid, and every value whose change would be small); their complements follow.
 */
export function suppress(table: CountTable, min: number, alsoHide: GridPosition[] = []): SuppressedTable {
  const values = grid(table);
  const height = values.length;
  const width = values[0]?.length ?? 0;
  const hidden = values.map((row) => row.map((v) => v > 0 && v < min));
  for (const [i, j] of alsoHide) if (hidden[i] && j < width) hidden[i][j] = true;
  const all = relations(height, width);
  for (;;) {
    let changed = false;
    for (const relation of all) {
      const hiddenHere = relation.filter(([i, j]) => hidden[i]?.[j]);
      if (hiddenHere.length !== 1) continue;
      const chosen = pick(
        values,
        relation.filter(([i, j]) => !hidden[i]?.[j]),
      );
      if (chosen) {
        (hidden[chosen[0]] as boolean[])[chosen[1]] = true;
        changed = true;
      }
    }
    if (!changed && !closeOneBridge(values, hidden)) break;
  }
  const out = (i: number, j: number): SuppressedValue =>
    hidden[i]?.[j] ? { value: null, suppressed: true } : { value: values[i]?.[j] as number, suppressed: false };
  const r = height - 1;
  const c = width - 1;
  return {
    cells: table.cells.map((row, i) => row.map((_, j) => out(i, j))),
    rowTotals: table.rowTotals.map((_, i) => out(i, c)),
    columnTotals: table.columnTotals.map((_, j) => out(r, j)),
    grandTotal: out(r, c),
  };
}
