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

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

// Stryker disable next-line OptionalChaining: every position read comes from the grid's own bounds
const isHidden = (hidden: boolean[][], [i, j]: Position): boolean => hidden[i]?.[j] === true;

// Stryker disable next-line OptionalChaining: every position read comes from the grid's own bounds
const valueAt = (values: number[][], [i, j]: Position): number => values[i]?.[j] as number;

/** The member of `candidates` to hide: the smallest above 0, else the smallest; ties in the order given. */
function pick(values: number[][], candidates: Position[]): Position | undefined {
  const positive = candidates.filter((p) => valueAt(values, p) > 0);
  const pool = positive.length > 0 ? positive : candidates;
  let best: Position | undefined;
  for (const p of pool) {
    if (!best || valueAt(values, p) < valueAt(values, best)) best = p;
  }
  return best;
}

/** Rows and columns (as lists of positions) of the grid: every additive relation. */
function relations(height: number, width: number): Position[][] {
  return [
    ...range(height).map((i) => range(width).map((j): Position => [i, j])),
    ...range(width).map((j) => range(height).map((i): Position => [i, j])),
  ];
}

/**
 * Nodes reachable from `start` over the hidden values `links`, without crossing `skip`. Nodes are
 * rows (0 … height − 1) and columns (height … height + width − 1); a hidden value links its row and
 * its column. In the order first reached.
 */
function reachable(links: Position[], height: number, start: number, skip: Position): Set<number> {
  const edges = links.filter((p) => p !== skip);
  // Stryker disable next-line ArrayDeclaration: the start is a row when only columns are read of the result, and the other way round
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.pop() as number;
    for (const [i, j] of edges) {
      const other = node === i ? height + j : node === height + j ? i : undefined;
      // Stryker disable next-line ConditionalExpression: an undefined node matches no link, so it adds nothing
      if (other !== undefined && !seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

/** Hides one more value to close a cycle through a hidden value that is a bridge; false when none is. */
function closeOneBridge(values: number[][], hidden: boolean[][]): boolean {
  const height = values.length;
  const links = values.flatMap((row, i) => row.map((_, j): Position => [i, j])).filter((p) => isHidden(hidden, p));
  for (const bridge of links) {
    const rowSide = reachable(links, height, bridge[0], bridge);
    if (rowSide.has(height + bridge[1])) continue; // on a cycle: not determined
    const columnSide = reachable(links, height, height + bridge[1], bridge);
    // Hiding any value linking a row of the column's side with a column of the row's side closes a cycle.
    const rows = [...columnSide].filter((node) => node < height);
    const columns = [...rowSide].filter((node) => node >= height).map((node) => node - height);
    // No value between the two sides is hidden (it would close the cycle already). Once every row
    // and column holds none or two hidden values both sides have a row and a column, except in a
    // table without columns, where there is nothing to pick.
    const chosen = pick(
      values,
      rows.flatMap((r) => columns.map((c): Position => [r, c])),
    );
    if (!chosen) continue;
    (hidden[chosen[0]] as boolean[])[chosen[1]] = true;
    return true;
  }
  return false;
}

/** A value of the grid by position: [row, column], where row = rows.length means the column totals and column = columns.length the row totals. */
export type GridPosition = [number, number];

/**
 * Applies primary and complementary suppression to `table` with the minimum count `min`.
 * `alsoHide` lists values to hide besides the small ones (a corrected release hides what the
 * release before it hid, and every value whose change would be small); their complements follow.
 * A position outside the table is ignored.
 */
// Stryker disable next-line ArrayDeclaration: a default of other values is destructured into positions outside the grid, which are ignored
export function suppress(table: CountTable, min: number, alsoHide: GridPosition[] = []): SuppressedTable {
  const values = grid(table);
  const hidden = values.map((row) => row.map((v) => v > 0 && v < min));
  for (const [i, j] of alsoHide) {
    const row = hidden[i];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a mark past the row's end is never read
    if (row && j < row.length) row[j] = true;
  }
  // The grid: the rows and the column totals, the columns and the row totals.
  const all = relations(table.rowTotals.length + 1, table.columnTotals.length + 1);
  for (;;) {
    let changed = false;
    for (const relation of all) {
      if (relation.filter((p) => isHidden(hidden, p)).length !== 1) continue;
      const chosen = pick(
        values,
        relation.filter((p) => !isHidden(hidden, p)),
      );
      // Only a table without columns has a relation of one member (a row total of 0, hidden when asked).
      if (!chosen) continue;
      (hidden[chosen[0]] as boolean[])[chosen[1]] = true;
      changed = true;
    }
    if (!changed && !closeOneBridge(values, hidden)) break;
  }
  const out = (i: number, j: number): SuppressedValue =>
    isHidden(hidden, [i, j]) ? { value: null, suppressed: true } : { value: valueAt(values, [i, j]), suppressed: false };
  const r = table.rowTotals.length;
  const c = table.columnTotals.length;
  return {
    cells: table.cells.map((row, i) => row.map((_, j) => out(i, j))),
    rowTotals: table.rowTotals.map((_, i) => out(i, c)),
    columnTotals: table.columnTotals.map((_, j) => out(r, j)),
    grandTotal: out(r, c),
  };
}
