import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { audit } from "./audit";
import type { RequestContext, Viewer } from "./context";
import { ApiError, notFound } from "./errors";

/**
 * Who may reach which rows, declared once per entity in its own module (`declareReach`) and
 * applied by every read of it: lists and counts (`whereInReach`, used by the list builder), one
 * record by id (`findInReach`: NOT_FOUND and a DENIED audit event when out of reach), and rows
 * already loaded by a batch (`inReach`).
 */

/** A SQL condition over one alias, with its parameters (named so they cannot collide). */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** What a rule is asked for: reading the row, or changing it (may be narrower). */
export type ReachPurpose = "read" | "change";

export interface ReachRule<T> {
  /** The entity's name in the audit log and in NOT_FOUND, e.g. `Case`. */
  entityType: string;
  /** The name in NOT_FOUND messages when it differs, e.g. `Shelter stay`. */
  label?: string;
  /** The rows of `alias` the viewer reaches for `purpose`, or null when she reaches them all. */
  where(viewer: Viewer | null, alias: string, purpose: ReachPurpose): Condition | null;
  /** The same rule over a row already loaded; without it, loaded rows are checked with `where`. */
  test?(viewer: Viewer | null, row: T, purpose: ReachPurpose): boolean;
  /**
   * Set when a row out of reach for a change is refused openly (FORBIDDEN with this message)
   * rather than answered as missing: for records everyone may read, such as courses.
   */
  refusal?: string;
}

const rules = new Map<EntityTarget<ObjectLiteral>, ReachRule<never>>();

/** Registers an entity's reach rule; each entity declares one, in its own module. */
export function declareReach<T extends ObjectLiteral>(entity: EntityTarget<T>, rule: ReachRule<T>): ReachRule<T> {
  if (rules.has(entity)) throw new Error(`reach of ${rule.entityType} declared twice`);
  rules.set(entity, rule as ReachRule<never>);
  return rule;
}

/** The rule of `entity`; every entity read through the list builder or `findInReach` has one. */
export function reachOf<T extends ObjectLiteral>(entity: EntityTarget<T>): ReachRule<T> {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`no reach rule declared for ${String((entity as { name?: string }).name ?? entity)}`);
  return rule as ReachRule<T>;
}

/** The signed-in staff member's id, for "recorded by" columns; null for a partner key. */
export function actorId(ctx: Pick<RequestContext, "viewer">): string | null {
  return ctx.viewer?.kind === "user" ? ctx.viewer.userId : null;
}

/** The units a case worker is limited to; null for roles that reach every unit. */
export function viewerUnits(viewer: Viewer | null): string[] | null {
  return viewer?.kind === "user" && viewer.role === "CASE_WORKER" ? viewer.unitIds : null;
}

/** Whether the viewer works in `unitId` (true for roles that reach every unit). */
export function inUnits(viewer: Viewer | null, unitId: string): boolean {
  const units = viewerUnits(viewer);
  return !units || units.includes(unitId);
}

/** The common rule of unit-owned case work: a case worker reaches the records of her units. */
export function unitReach<T extends { unitId: string }>(entityType: string, label?: string): ReachRule<T> {
  return {
    entityType,
    label,
    where(viewer, alias) {
      const units = viewerUnits(viewer);
      return units ? { sql: `${alias}.unit_id = ANY(:reachUnits)`, params: { reachUnits: units } } : null;
    },
    test: (viewer, row) => inUnits(viewer, row.unitId),
  };
}

/** A rule open to everyone who may call the operation (no row-level limit). */
export function openReach<T>(entityType: string, label?: string): ReachRule<T> {
  return { entityType, label, where: () => null, test: () => true };
}

/** Limits a query over `alias` to the rows of `entity` the viewer reaches. */
export function whereInReach<T extends ObjectLiteral>(
  ctx: Pick<RequestContext, "viewer">,
  q: SelectQueryBuilder<T>,
  entity: EntityTarget<T>,
  alias: string,
  purpose: ReachPurpose = "read",
): SelectQueryBuilder<T> {
  const condition = reachOf(entity).where(ctx.viewer, alias, purpose);
  if (condition) q.andWhere(condition.sql, condition.params);
  return q;
}

/** Whether a loaded row is in reach (batched reads filter with it). */
export function inReach<T extends ObjectLiteral>(
  ctx: Pick<RequestContext, "viewer">,
  entity: EntityTarget<T>,
  row: T,
  purpose: ReachPurpose = "read",
) {
  const rule = reachOf(entity);
  if (rule.test) return rule.test(ctx.viewer, row, purpose);
  throw new Error(`reach of ${rule.entityType} has no test for loaded rows`);
}

/**
 * A record the viewer may reach, or NOT_FOUND. One out of reach answers exactly as one that does
 * not exist, and the attempt is audited outside the caller's transaction (so the trace stays when
 * a mutation rolls back). One statement reads the row and whether it is in reach.
 */
export async function findInReach<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  purpose: ReachPurpose = "read",
): Promise<T> {
  const rule = reachOf(entity);
  const label = rule.label ?? rule.entityType;
  const q = em.getRepository(entity).createQueryBuilder("r").where("r.id = :id", { id });
  const condition = rule.where(ctx.viewer, "r", purpose);
  q.addSelect(condition ? `(${condition.sql})` : "true", "in_reach").setParameters(condition?.params ?? {});
  const { entities, raw } = await q.getRawAndEntities<{ in_reach: boolean }>();
  const found = entities[0];
  if (!found) throw notFound(label);
  // Stryker disable next-line OptionalChaining: raw holds a row for each entity, and entities[0] was found
  if (!raw[0]?.in_reach) return refuseOutOfReach(ctx, rule, id, purpose);
  return found;
}

/** A row already loaded: passes when in reach, else is refused as findInReach refuses. */
export async function ensureInReach<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  row: T,
  purpose: ReachPurpose = "read",
): Promise<void> {
  if (!inReach(ctx, entity, row, purpose)) await refuseOutOfReach(ctx, reachOf(entity), row.id, purpose);
}

/** The one refusal of a record out of reach: audited (DENIED), then NOT_FOUND, or FORBIDDEN where the rule says so. */
async function refuseOutOfReach(ctx: RequestContext, rule: ReachRule<never>, id: string, purpose: ReachPurpose): Promise<never> {
  await audit(ctx, { action: "DENIED", entityType: rule.entityType, entityId: id });
  if (rule.refusal && purpose === "change") throw new ApiError("FORBIDDEN", rule.refusal);
  throw notFound(rule.label ?? rule.entityType);
}

/**
 * The rows of `rows` the viewer reaches, for nested lists loaded in batches: by the rule's test
 * when it has one, else by its SQL, in one statement per request and depth whatever the rows.
 */
export function reachable<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, entity: EntityTarget<T>, rows: T[]): Promise<T[]> {
  const test = reachOf(entity).test;
  if (test) return Promise.resolve(rows.filter((r) => test(ctx.viewer, r, "read")));
  return reachableById(ctx, entity, rows);
}

/**
 * The rows the viewer reaches among rows that carry only the id of a record of `entity` (e.g. an
 * attendance mark with its enrolment's id): checked by the rule's SQL, batched per request.
 */
export async function reachableById<T extends ObjectLiteral & { id: string }, R extends { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  rows: R[],
): Promise<R[]> {
  const rule = reachOf(entity);
  const condition = rule.where(ctx.viewer, "r", "read");
  if (!condition) return rows;
  const loader = ctx.loaders.get<string, boolean>(`reach:${rule.entityType}`, async (ids) => {
    const found = await ctx.db
      .getRepository(entity)
      .createQueryBuilder("r")
      // Stryker disable next-line StringLiteral: without the alias PostgreSQL names the column id all the same
      .select("r.id", "id")
      // Stryker disable next-line StringLiteral: only narrows what is read to the ids asked for; the answer for them is the same
      .where("r.id = ANY(:reachIds)", { reachIds: [...ids] })
      .andWhere(condition.sql, condition.params)
      .getRawMany<{ id: string }>();
    const inside = new Set(found.map((f) => f.id));
    return ids.map((id) => inside.has(id));
  });
  const allowed = await loader.loadMany(rows.map((r) => r.id));
  return rows.filter((_, i) => allowed[i] === true);
}
