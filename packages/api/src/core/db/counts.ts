import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/** How many rows, of one kind. */
export interface KeyCount {
  key: string;
  count: number;
}

/** The rows of `q` counted by `key` (a SQL expression), in order of the key. */
export async function countsBy(q: SelectQueryBuilder<ObjectLiteral>, key: string): Promise<KeyCount[]> {
  const rows = await q.select(key, "key").addSelect("count(*)::int", "count").groupBy(key).orderBy(key).getRawMany<KeyCount>();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
}
