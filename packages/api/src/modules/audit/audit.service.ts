import { AuditEvent } from "../../core/audit";
import { ApiKey } from "../../core/auth/api-key.entity";
import { User } from "../../core/auth/user.entity";
import type { RequestContext } from "../../core/context";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { declareReach, openReach } from "../../core/reach";
import { partnersById } from "../organisation/partner.service";
import type { AuditEventFilter } from "./audit.inputs";

/** The audit log is read by admins only (the operation says so); no row-level limit. */
declareReach(AuditEvent, openReach("AuditEvent"));

/** The audit log, newest first (by time, then position); every filter has an index in that order. */
export const auditList = defineList<AuditEventFilter, "AT">({
  node: "AuditEvent",
  entity: AuditEvent,
  alias: "e",
  filters: {
    action: equals("e.action", "action"),
    entityType: equals("e.entity_type", "entityType"),
    // The record alone, or among the records an event names (each found by its own index).
    entityId: matches((p) => `(e.entity_id = :${p} OR e.entity_ids @> ARRAY[CAST(:${p} AS varchar)])`, "entityId", "entityIds"),
    actorId: equals("e.actor_id", "actorId"),
    from: matches((p) => `e.at >= :${p}`, "at"),
    to: matches((p) => `e.at < :${p}`, "at"),
  },
  sorts: { AT: { expression: "e.at", reads: ["at"] } },
  defaultSort: { field: "AT", direction: "DESC" },
});

export function listAuditEvents(ctx: RequestContext, filter?: AuditEventFilter, page?: PageArgs) {
  return auditList.page<AuditEvent>(ctx, filter, null, page);
}

/**
 * The name of who acted, for the admin's log: a staff member's full name, or for a partner key
 * its organisation's name; null for the system and anonymous callers. Batched per request.
 */
export async function actorName(ctx: RequestContext, e: Pick<AuditEvent, "actorType" | "actorId">): Promise<string | null> {
  if (!e.actorId) return null;
  if (e.actorType === "USER") return (await ctx.loaders.byId(User, "User").load(e.actorId))?.fullName ?? null;
  if (e.actorType !== "PARTNER") return null;
  const key = await ctx.loaders.byId(ApiKey, "ApiKey").load(e.actorId);
  return key ? ((await partnersById(ctx, [key.partnerId])).get(key.partnerId)?.name ?? null) : null;
}
