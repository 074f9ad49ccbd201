import type { CountTable } from "./suppression";

/**
 * A fixed corpus of small tables for the suppression tests: seeded, so every run draws the same
 * tables. Counts are mostly small (1–9 against a minimum of 5 or 10) with zeros and large counts
 * among them, in shapes from 1 × 1 to 4 × 5, where the complementary steps interact most.
 */
export function corpus(size = 240): { table: CountTable; min: number }[] {
  let seed = 20261201;
  const next = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const count = (): number => {
    const r = next();
    if (r < 0.2) return 0;
    if (r < 0.55) return 1 + Math.floor(next() * 9);
    return 5 + Math.floor(next() * 60);
  };
  return Array.from({ length: size }, () => {
    const rows = 1 + Math.floor(next() * 4);
    const columns = 1 + Math.floor(next() * 5);
    const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, count));
    const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
    const columnTotals = Array.from({ length: columns }, (_, j) => cells.reduce((a, r) => a + (r[j] as number), 0));
    const min = next() < 0.5 ? 5 : 10;
    return { table: { cells, rowTotals, columnTotals, grandTotal: rowTotals.reduce((a, b) => a + b, 0) }, min };
  });
}
