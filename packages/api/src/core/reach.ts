import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { audit } from "./audit";
import type { Context } from "./context";
import { notFound } from "./errors";

/** The signed-in staff member's id, for "recorded by" columns; null for a partner key. */
export function actorId(ctx: Pick<Context, "viewer">): string | null {
  return ctx.viewer?.kind === "user" ? ctx.viewer.userId : null;
}

/** The units a case worker is limited to; null for roles that reach every unit. */
export function viewerUnits(ctx: Pick<Context, "viewer">): string[] | null {
  const v = ctx.viewer;
  return v?.kind === "user" && v.role === "CASE_WORKER" ? v.unitIds : null;
}

/** Whether the viewer may reach a record of `unitId`. */
export function inReach(ctx: Pick<Context, "viewer">, unitId: string): boolean {
  const units = viewerUnits(ctx);
  return !units || units.includes(unitId);
}

/** Limits a list to the records of the viewer's units (`column` holds the unit id). */
export function whereInReach<T extends ObjectLiteral>(
  ctx: Pick<Context, "viewer">,
  q: SelectQueryBuilder<T>,
  column: string,
): SelectQueryBuilder<T> {
  const units = viewerUnits(ctx);
  if (units) q.andWhere(`${column} = ANY(:scopeUnits)`, { scopeUnits: units });
  return q;
}

/**
 * A unit-owned record the viewer may reach, or NOT_FOUND. One outside a case worker's units
 * answers exactly as one that does not exist, and the attempt is audited (outside the caller's
 * transaction, so the trace stays when a mutation rolls back).
 */
export async function findInReach<T extends ObjectLiteral & { id: string; unitId: string }>(
  ctx: Context,
  em: EntityManager,
  entity: EntityTarget<T>,
  entityType: string,
  id: string,
  label = entityType,
): Promise<T> {
  const found = await em.getRepository(entity).createQueryBuilder("r").whereInIds([id]).getOne();
  if (!found) throw notFound(label);
  if (!inReach(ctx, found.unitId)) {
    await audit(ctx, { action: "DENIED", entityType, entityId: id });
    throw notFound(label);
  }
  return found;
}
