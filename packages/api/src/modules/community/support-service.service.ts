import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { badInput, notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { communityExists } from "../geography/geography.service";
import {
  type CreateSupportServiceInput,
  MONTH,
  type RecordSupportServiceActivityInput,
  type SupportServiceFilter,
  type UpdateSupportServiceInput,
} from "./community.inputs";
import { SupportService, SupportServiceActivity } from "./group.entity";
import { isUniqueViolation } from "./group.service";

const ENTITY = "SupportService";
const NAME_TAKEN = "A support service with this name exists already.";

/** Support services for women, by name. */
export const supportServiceList = defineList<SupportServiceFilter, "NAME">({
  node: "SupportService",
  entity: SupportService,
  alias: "s",
  archivable: true,
  filters: {
    communityId: equals("s.community_id", "community"),
    districtId: matches((p) => `EXISTS (SELECT 1 FROM community dc WHERE dc.id = s.community_id AND dc.district_id = :${p})`, "community"),
  },
  sorts: { NAME: { expression: "s.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

export function listSupportServices(ctx: RequestContext, filter?: SupportServiceFilter, page?: PageArgs) {
  return supportServiceList.page<SupportService>(ctx, filter, null, page);
}

async function checkName(em: EntityManager, name: string, exceptId?: string) {
  const rows = await selectRows<object>(em, "SELECT 1 FROM support_service WHERE name = $1 AND id IS DISTINCT FROM $2", [
    name,
    exceptId ?? null,
  ]);
  if (rows.length) refuse("name", NAME_TAKEN, "DUPLICATE");
}

async function checkCommunity(em: EntityManager, communityId: string) {
  if (!(await communityExists(em, communityId))) refuse("communityId", "No such community.", "NOT_FOUND");
}

const cleanList = (items: string[]) => items.map((c) => c.trim()).filter(Boolean);

export async function createSupportService(ctx: RequestContext, em: EntityManager, input: CreateSupportServiceInput) {
  const name = input.name.trim();
  await checkName(em, name);
  await checkCommunity(em, input.communityId);
  let service: SupportService;
  try {
    service = await em.save(
      SupportService,
      em.create(SupportService, {
        name,
        communityId: input.communityId,
        kind: input.kind.trim(),
        contacts: cleanList(input.contacts),
        openingHours: input.openingHours?.trim() || null,
        offers: input.offers.trim(),
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) refuse("name", NAME_TAKEN, "DUPLICATE");
    throw error;
  }
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: service.id }, em);
  return { supportService: service };
}

export async function updateSupportService(ctx: RequestContext, em: EntityManager, input: UpdateSupportServiceInput) {
  if (!(await em.existsBy(SupportService, { id: input.id }))) throw notFound(ENTITY);
  const changes: Partial<SupportService> = {};
  if (input.name) {
    changes.name = input.name.trim();
    await checkName(em, changes.name, input.id);
  }
  if (input.communityId) {
    await checkCommunity(em, input.communityId);
    changes.communityId = input.communityId;
  }
  if (input.kind) changes.kind = input.kind.trim();
  if (input.contacts) changes.contacts = cleanList(input.contacts);
  if (input.openingHours !== undefined) changes.openingHours = input.openingHours?.trim() || null;
  if (input.offers) changes.offers = input.offers.trim();
  const service = await updateVersioned(em, SupportService, ENTITY, input.id, input.version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: input.id, details: { fields: Object.keys(changes) } }, em);
  return { supportService: service };
}

/** Records (or replaces) how many people a service helped in a month. */
export async function recordActivity(ctx: RequestContext, em: EntityManager, input: RecordSupportServiceActivityInput) {
  const service = await em.findOneBy(SupportService, { id: input.supportServiceId });
  if (!service) refuse("supportServiceId", "No such support service.", "NOT_FOUND");
  if (service.archivedAt) refuse("supportServiceId", "The support service is archived.", "ARCHIVED");
  if (input.month > today().slice(0, 7))
    refuse("month", "The month cannot be in the future.", "IN_FUTURE", { latest: today().slice(0, 7) });
  const month = `${input.month}-01`;
  await em.query(
    `INSERT INTO support_service_activity (support_service_id, month, people_helped) VALUES ($1, $2, $3)
     ON CONFLICT (support_service_id, month) DO UPDATE SET people_helped = EXCLUDED.people_helped`,
    [service.id, month, input.peopleHelped],
  );
  await audit(ctx, { action: "RECORD_ACTIVITY", entityType: ENTITY, entityId: service.id, details: { month: input.month } }, em);
  return {
    supportService: service,
    activity: Object.assign(new SupportServiceActivity(), { supportServiceId: service.id, month, peopleHelped: input.peopleHelped }),
  };
}

/** A month argument (YYYY-MM) as its first day, or BAD_USER_INPUT. */
export function monthStart(value: string | undefined, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (!MONTH.test(value)) throw badInput(`${name} must be a month written YYYY-MM.`, name);
  return `${value}-01`;
}

/** The recorded months of each service between `from` and `to` (first days, inclusive), oldest first. */
export function activityLoader(ctx: RequestContext, from: string | null, to: string | null) {
  return ctx.loaders.get<string, SupportServiceActivity[]>(`supportServiceActivity:${from}:${to}`, async (ids) => {
    const rows = await selectRows<SupportServiceActivity>(
      ctx.db,
      `SELECT support_service_id AS "supportServiceId", month::text AS month, people_helped AS "peopleHelped"
         FROM support_service_activity
        WHERE support_service_id = ANY($1::uuid[]) AND ($2::date IS NULL OR month >= $2) AND ($3::date IS NULL OR month <= $3)
        ORDER BY month`,
      [ids, from, to],
    );
    return ids.map((id) => rows.filter((r) => r.supportServiceId === id));
  });
}
