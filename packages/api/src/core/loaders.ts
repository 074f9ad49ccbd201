import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { selectRows } from "./db/query";
import { type JsonRows, jsonRows, readRows } from "./graphql/connection";

interface Alongside {
  /** The property of the loaded entity naming the linked row. */
  property: string;
  entity: EntityTarget<ObjectLiteral & { id: string }>;
  /** The linked entity's loader name, as its own `byId` calls name it. */
  name: string;
}

const alongside = new Map<unknown, Alongside>();
/** Per loaded entity's metadata, the sub-select of its linked row and how to read it back (null: none can be). */
const linkedSelects = new WeakMap<EntityMetadata, ({ sql: string } & Pick<JsonRows<ObjectLiteral & { id: string }>, "entities">) | null>();

/**
 * Declares that whenever rows of `entity` are loaded by id, the row of `linked` each names through
 * `property` comes in the same statement, into `linked`'s own `byId` loader (named `name`): a page
 * showing a community and its district costs one statement for them, not two. For links to small
 * reference tables that most readers of the first show beside it. Called by a module at load.
 */
export function loadAlongside<T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  property: keyof T & string,
  linked: EntityTarget<ObjectLiteral & { id: string }>,
  name: string,
): void {
  alongside.set(entity, { property, entity: linked, name });
}

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

  /**
   * Loads rows of `entity` by primary key `id`; missing ones come back as null. The row each names
   * through a link declared with `loadAlongside` comes in the same statement and fills that
   * entity's own `byId` loader.
   */
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>, name: string): DataLoader<string, T | null> {
    return this.get<string, T | null>(`byId:${name}`, async (ids) => {
      // One parameter whatever the number of ids, so the statement keeps one shape (core/db/compiled.ts).
      const q = this.db
        .getRepository(entity)
        .createQueryBuilder("r")
        .where("r.id = ANY(:ids)", { ids: [...ids] });
      const virtual = q.expressionMap.mainAlias?.metadata.columns.some((c) => c.isVirtual);
      if (virtual) return this.inOrder(ids, await q.getMany());
      const link = alongside.get(entity);
      const linked = link && this.linkedRows(q, link);
      const { entities, raw } = await readRows<T, { alongside_row?: unknown[] | null }>(
        linked ? q.addSelect(linked.sql, "alongside_row") : q,
      );
      if (link && linked) {
        const loader = this.byId(link.entity, link.name);
        const rows = raw.flatMap((r) => (r.alongside_row ? [r.alongside_row] : []));
        for (const row of linked.entities(rows)) loader.prime(row.id, row);
      }
      return this.inOrder(ids, entities);
    });
  }

  private inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * How the rows `link` names come with the rows of `q`: a sub-select of each as one JSON array;
   * worked out once per entity's metadata (each data source has its own).
   */
  private linkedRows(q: SelectQueryBuilder<ObjectLiteral>, link: Alongside) {
    const main = q.expressionMap.mainAlias?.metadata;
    if (!main) return null;
    let linked = linkedSelects.get(main);
    if (linked === undefined) {
      const driver = this.db.driver;
      const column = main.findColumnWithPropertyName(link.property);
      const target = this.db.getMetadata(link.entity);
      const json = jsonRows<ObjectLiteral & { id: string }>(target, driver, "alongside");
      linked =
        column && json
          ? {
              sql: `(SELECT ${json.sql} FROM ${driver.escape(target.tableName)} alongside WHERE alongside.id = ${driver.escape("r")}.${driver.escape(column.databaseName)})`,
              entities: json.entities,
            }
          : null;
      linkedSelects.set(main, linked);
    }
    return linked;
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
