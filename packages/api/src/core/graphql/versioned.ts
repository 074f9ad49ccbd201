import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { columnsOf } from "../db/query";
import { conflict, notFound } from "../errors";

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

function byId<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, id: string): SelectQueryBuilder<T> {
  return em.getRepository(entity).createQueryBuilder("r").whereInIds([id]);
}

/**
 * Applies `changes` only if the row still has `version`: one conditional UPDATE, one row or
 * CONFLICT, so nobody overwrites a change they have not seen. (TypeORM's save() adds no such
 * condition.)
 */
export async function updateVersioned<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await em
    .createQueryBuilder()
    .update(columnsOf(entity))
    .set({ ...changes, version: () => "version + 1", updatedAt: () => "now()" })
    .where("id = :id AND version = :version", { id, version })
    .execute();
  if (result.affected !== 1) {
    const exists = await byId(em, entity, id).getExists();
    if (!exists) throw notFound(label);
    throw conflict(`${label} was changed by someone else (your version ${version} is stale). Reload it and try again.`);
  }
  return byId(em, entity, id).getOneOrFail();
}

/** Archives (or restores) a row; archiving what is archived keeps the first date. */
export async function setArchived<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  archived: boolean,
): Promise<T> {
  const result = await em
    .createQueryBuilder()
    .update(columnsOf(entity))
    .set({
      archivedAt: () => (archived ? "COALESCE(archived_at, now())" : "NULL"),
      version: () => "version + 1",
      updatedAt: () => "now()",
    })
    .where("id = :id", { id })
    .execute();
  if (result.affected !== 1) throw notFound(label);
  return byId(em, entity, id).getOneOrFail();
}
