import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { selectRows } from "./db/query";
import { readRows } from "./graphql/connection";

/**
 * Per-request DataLoaders, created on first use, so nested fields cost one query per level
 * rather than one per row.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: DataSource) {}

  /** A loader keyed by `key`, batching through `batch`; one instance per request and key. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Loads rows of `entity` by primary key `id`; missing ones come back as null. */
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>, name: string): DataLoader<string, T | null> {
    return this.get<string, T | null>(`byId:${name}`, async (ids) => {
      // One parameter whatever the number of ids, so the statement keeps one shape (core/db/compiled.ts).
      const q = this.db
        .getRepository(entity)
        .createQueryBuilder("r")
        .where("r.id = ANY(:ids)", { ids: [...ids] });
      const virtual = q.expressionMap.mainAlias?.metadata.columns.some((c) => c.isVirtual);
      const rows = virtual ? await q.getMany() : (await readRows(q)).entities;
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Loads the rows of `entity` whose `column` equals each key, e.g. indicators by programme. */
  manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    name: string,
    column: keyof T & string,
    order: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
  ): DataLoader<string, T[]> {
    return this.get<string, T[]>(`manyBy:${name}.${column}`, async (keys) => {
      const q = this.db
        .getRepository(entity)
        .createQueryBuilder("r")
        .where(`r.${column} IN (:...keys)`, { keys: [...keys] });
      for (const [key, direction] of Object.entries(order)) q.addOrderBy(`r.${key}`, direction);
      const rows = await q.getMany();
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(String(row[column]))?.push(row);
      return keys.map((k) => groups.get(k) ?? []);
    });
  }
}

/**
 * The targets linked to each owner through a many-to-many join table (e.g. programme → units),
 * in two queries per request whatever the number of owners.
 */
export function linked<T extends ObjectLiteral & { id: string }>(
  ctx: { db: DataSource; loaders: Loaders },
  table: string,
  ownerColumn: string,
  targetColumn: string,
  entity: new () => T,
  name: string,
): DataLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(`${table}.${ownerColumn}`, async (ids) => {
    const rows = await selectRows<{ o: string; t: string }>(
      ctx.db,
      `SELECT ${ownerColumn} AS o, ${targetColumn} AS t FROM ${table} WHERE ${ownerColumn} = ANY($1)`,
      [ids],
    );
    const targets = await ctx.loaders.byId<T>(entity, name).loadMany(rows.map((r) => r.t));
    const byId = new Map(targets.filter((t): t is T => t instanceof entity).map((t) => [t.id, t]));
    return ids.map((id) => rows.filter((r) => r.o === id).flatMap((r) => byId.get(r.t) ?? []));
  });
}
