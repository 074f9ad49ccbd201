import type { DataSource } from "typeorm";
import { encrypted, type KeyRing, lookupHashedColumns } from "../crypto";
import { selectRows } from "./query";

export interface RotationReport {
  table: string;
  column: string;
  reencrypted: number;
}

/** Every column that holds sensitive text, by table. */
export function encryptedColumns(db: DataSource): { table: string; columns: string[] }[] {
  return db.entityMetadatas
    .map((m) => ({
      table: m.tableName,
      columns: m.columns.filter((c) => [c.transformer].flat().includes(encrypted)).map((c) => c.databaseName),
    }))
    .filter((t) => t.columns.length > 0);
}

/**
 * Re-encrypts, under the ring's current key, every value written under an earlier one. Runs
 * while the platform serves requests: rows are done in small batches, and a value changed in the
 * meantime (written under the current key already) is left as it is.
 */
export async function reencryptAll(db: DataSource, ring: KeyRing, batch = 200): Promise<RotationReport[]> {
  const prefix = ring.currentPrefix;
  const report: RotationReport[] = [];
  for (const { table, columns } of encryptedColumns(db)) {
    for (const column of columns) {
      let done = 0;
      let lastId = "";
      for (;;) {
        const rows = await selectRows<{ id: string; value: string }>(
          db,
          `SELECT id::text AS id, "${column}" AS value FROM "${table}"
            WHERE "${column}" IS NOT NULL AND "${column}" NOT LIKE $1 AND id::text > $2
            ORDER BY id::text LIMIT $3`,
          [`${prefix}%`, lastId, batch],
        );
        if (rows.length === 0) break;
        await db.transaction(async (em) => {
          for (const row of rows) {
            const result = await em.query(`UPDATE "${table}" SET "${column}" = $1 WHERE id::text = $2 AND "${column}" = $3`, [
              ring.encrypt(ring.decrypt(row.value)),
              row.id,
              row.value,
            ]);
            done += Number((result as [unknown, number])[1] ?? 0);
          }
        });
        lastId = rows.at(-1)?.id ?? lastId;
      }
      report.push({ table, column, reencrypted: done });
    }
  }
  for (const hashed of lookupHashedColumns) report.push(await rehash(db, ring, hashed, batch));
  return report;
}

/** Recomputes, under the current key, every lookup hash computed under an earlier one. */
async function rehash(db: DataSource, ring: KeyRing, c: (typeof lookupHashedColumns)[number], batch: number): Promise<RotationReport> {
  let done = 0;
  let lastId = "";
  for (;;) {
    const rows = await selectRows<{ id: string; value: string }>(
      db,
      `SELECT id::text AS id, "${c.column}" AS value FROM "${c.table}"
        WHERE "${c.column}" IS NOT NULL AND ("${c.hashColumn}" IS NULL OR "${c.hashColumn}" NOT LIKE $1) AND id::text > $2
        ORDER BY id::text LIMIT $3`,
      [`${ring.currentId}:%`, lastId, batch],
    );
    if (rows.length === 0) break;
    await db.transaction(async (em) => {
      for (const row of rows) {
        const hash = ring.lookupHash(c.normalise(ring.decrypt(row.value)));
        const result = await em.query(`UPDATE "${c.table}" SET "${c.hashColumn}" = $1 WHERE id::text = $2 AND "${c.column}" = $3`, [
          hash,
          row.id,
          row.value,
        ]);
        done += Number((result as [unknown, number])[1] ?? 0);
      }
    });
    lastId = rows.at(-1)?.id ?? lastId;
  }
  return { table: c.table, column: c.hashColumn, reencrypted: done };
}
