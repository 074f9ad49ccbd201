import type { EntityManager } from "typeorm";
import { audit, auditReads } from "../../core/audit";
import { User } from "../../core/auth/user.entity";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { countsBy, type KeyCount } from "../../core/db/counts";
import { exists, type Figure, figure, selectRows } from "../../core/db/query";
import type { NodeFields } from "../../core/graphql/columns";
import type { PageArgs } from "../../core/graphql/connection";
import { dateRange, equals, flag, matches, mine } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { actorId, findInReach, inReach, inUnits, viewerUnits } from "../../core/reach";
import { getBeneficiary } from "../beneficiaries/beneficiary.service";
import type { Case } from "../cases/case.entity";
import { caseInReach, getCase } from "../cases/case.service";
import { unitExists } from "../organisation/unit.service";
import type { StaffMember } from "../users/staff-member.type";
import { Service, ServiceKind, type ServiceSubtype, SUBTYPES } from "./service.entity";
import {
  type CompleteFollowUpInput,
  type RecordServiceInput,
  type ServiceFilter,
  type ServiceSort,
  ServiceSortField,
  type UpdateServiceInput,
} from "./service.inputs";

const ENTITY = "Service";

/** Whether the follow-up deadline has passed (before today in Dushanbe) without the follow-up being done. */
export function isOverdue(s: Pick<Service, "followUpDueOn" | "followUpDoneAt">): boolean {
  return s.followUpDueOn !== null && s.followUpDoneAt === null && s.followUpDueOn < today();
}

/**
 * A service the viewer may reach, or NOT_FOUND: one outside a case worker's units answers as one
 * that does not exist, and the attempt is audited.
 */
export function getService(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Service> {
  return findInReach(ctx, em, Service, id);
}

export async function readService(ctx: RequestContext, id: string): Promise<Service> {
  const found = await getService(ctx, id);
  await auditReads(ctx, ENTITY, [id]);
  return found;
}

const OVERDUE = "(s.follow_up_due_on < CAST(now() AT TIME ZONE 'Asia/Dushanbe' AS date) AND s.follow_up_done_at IS NULL)";

/** The list of services; each service listed is an audited read. */
export const serviceList = defineList<ServiceFilter, ServiceSortField>({
  node: "Service",
  entity: Service,
  alias: "s",
  archivable: true,
  audit: "each",
  filters: {
    beneficiaryId: equals("s.beneficiary_id", "beneficiary"),
    caseId: equals("s.case_id", "case"),
    kind: equals("s.kind", "kind"),
    outcome: equals("s.outcome", "outcome"),
    unitId: equals("s.unit_id", "unit"),
    mine: mine("s.provider_id", "provider"),
    providerId: equals("s.provider_id", "provider"),
    overdue: flag(OVERDUE, `NOT COALESCE(${OVERDUE}, false)`, "overdue"),
    districtId: matches(
      (p) =>
        `EXISTS (SELECT 1 FROM beneficiary sb JOIN community sc ON sc.id = sb.community_id WHERE sb.id = s.beneficiary_id AND sc.district_id = :${p})`,
      "beneficiary",
    ),
    providedOn: dateRange("s.provided_on", "providedOn"),
  },
  sorts: {
    [ServiceSortField.PROVIDED_ON]: { expression: "s.provided_on", reads: ["providedOn"] },
    [ServiceSortField.FOLLOW_UP_DUE_ON]: { expression: "COALESCE(s.follow_up_due_on, '9999-12-31')", reads: ["followUpDueOn"] },
  },
  defaultSort: { field: ServiceSortField.PROVIDED_ON, direction: "DESC" },
});

export function listServices(ctx: RequestContext, filter?: ServiceFilter, sort?: ServiceSort, page?: PageArgs, nodes?: NodeFields) {
  return serviceList.page<Service>(ctx, filter, sort, page, nodes);
}

/** Her services within the viewer's reach, one page per woman, batched for a page of women. */
export function servicesOf(
  ctx: RequestContext,
  beneficiaryId: string,
  filter?: ServiceFilter,
  sort?: ServiceSort,
  page?: PageArgs,
  nodes?: NodeFields,
) {
  return serviceList.nested<Service>(ctx, { column: "beneficiary_id", id: beneficiaryId }, filter, sort, page, nodes);
}

/** Overdue follow-ups within the viewer's reach. */
export function countOverdue(ctx: RequestContext): Promise<number> {
  return serviceList.count(ctx, { overdue: true });
}

/** The services recorded on a case that the viewer may reach, latest first; each is an audited read. */
export async function servicesOfCase(ctx: RequestContext, caseId: string): Promise<Service[]> {
  const all = await ctx.loaders.manyBy(Service, ENTITY, "caseId", { providedOn: "DESC", id: "DESC" }).load(caseId);
  const visible = all.filter((s) => s.archivedAt === null && inReach(ctx, Service, s));
  await auditReads(
    ctx,
    ENTITY,
    visible.map((s) => s.id),
  );
  return visible;
}

/** The case a service belongs to, when the viewer may reach it (else null); an audited read. */
export async function caseOfService(ctx: RequestContext, s: Service): Promise<Case | null> {
  return s.caseId ? caseInReach(ctx, s.caseId) : null;
}

function checkSubtype(kind: ServiceKind, subtype: ServiceSubtype) {
  if (!SUBTYPES[kind].includes(subtype)) {
    refuse("subtype", `${subtype} is not a subtype of ${kind} services; choose one of ${SUBTYPES[kind].join(", ")}.`, "NOT_ALLOWED", {
      allowed: [...SUBTYPES[kind]],
    });
  }
}

function checkFollowUp(providedOn: string, followUpDueOn: string | null | undefined) {
  if (followUpDueOn && followUpDueOn < providedOn) {
    refuse("followUpDueOn", "The follow-up cannot be due before the day the service was given.", "TOO_EARLY", {
      earliest: providedOn,
      reference: "providedOn",
    });
  }
}

/** The provider: by default the viewer; else an active staff member, working in the unit if a case worker. */
async function checkProvider(
  ctx: RequestContext,
  em: EntityManager,
  providerId: string | undefined,
  unitId: string,
): Promise<string | null> {
  if (!providerId) return actorId(ctx);
  const user = await em
    .getRepository(User)
    .createQueryBuilder("u")
    .where("u.id = :id AND u.archived_at IS NULL", { id: providerId })
    .getOne();
  if (!user) refuse("providerId", "No such staff member.", "NOT_FOUND");
  if (user.role === "CASE_WORKER") {
    const inUnit = await exists(em, "SELECT 1 FROM user_unit WHERE user_id = $1 AND unit_id = $2", [providerId, unitId]);
    if (!inUnit) refuse("providerId", "The provider does not work in the service's unit.", "NOT_MEMBER", { of: "UNIT", day: null });
  }
  return providerId;
}

export async function recordService(ctx: RequestContext, em: EntityManager, input: RecordServiceInput) {
  await getBeneficiary(ctx, input.beneficiaryId, em).catch(() => refuse("beneficiaryId", "No such beneficiary.", "NOT_FOUND"));
  if (input.caseId) {
    const found = await getCase(ctx, input.caseId, em).catch(() => refuse("caseId", "No such case.", "NOT_FOUND"));
    if (found.beneficiaryId !== input.beneficiaryId)
      refuse("caseId", "The case is about another beneficiary.", "MISMATCH", { field: "beneficiaryId" });
  }
  if (!(await unitExists(em, input.unitId))) refuse("unitId", "No such unit.", "NOT_FOUND");
  if (!inUnits(ctx.viewer, input.unitId)) refuse("unitId", "You can record services only in your own units.", "OUT_OF_REACH");
  checkSubtype(input.kind, input.subtype);
  if (input.providedOn > today()) refuse("providedOn", "The service cannot be in the future.", "IN_FUTURE", { latest: today() });
  checkFollowUp(input.providedOn, input.followUpDueOn);
  const providerId = await checkProvider(ctx, em, input.providerId, input.unitId);
  const saved = await em.save(
    Service,
    em.create(Service, {
      beneficiaryId: input.beneficiaryId,
      caseId: input.caseId ?? null,
      unitId: input.unitId,
      providerId,
      kind: input.kind,
      subtype: input.subtype,
      providedOn: input.providedOn,
      outcome: input.outcome,
      followUpDueOn: input.followUpDueOn ?? null,
      followUpDoneAt: null,
      notes: input.notes ?? null,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: saved.id }, em);
  return { service: saved };
}

export async function updateService(ctx: RequestContext, em: EntityManager, input: UpdateServiceInput) {
  const current = await getService(ctx, input.id, em);
  const { id, version, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Service>;
  for (const key of ["outcome", "subtype"] as const) if (changes[key] === null) refuse(key, "This field cannot be emptied.", "REQUIRED");
  if (changes.subtype) checkSubtype(current.kind, changes.subtype);
  if (changes.followUpDueOn !== undefined) {
    checkFollowUp(current.providedOn, changes.followUpDueOn);
    // A new deadline is a new follow-up to do; removing the deadline leaves no follow-up.
    if (changes.followUpDueOn !== current.followUpDueOn && current.followUpDoneAt !== null) changes.followUpDoneAt = null;
  }
  const saved = await updateVersioned(em, Service, ENTITY, id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { service: saved };
}

export async function completeFollowUp(ctx: RequestContext, em: EntityManager, input: CompleteFollowUpInput) {
  const current = await getService(ctx, input.id, em);
  if (current.followUpDueOn === null)
    refuse("id", "This service has no follow-up to complete.", "INVALID_STATE", { state: "NO_FOLLOW_UP" });
  if (current.followUpDoneAt !== null) refuse("id", "The follow-up is done already.", "INVALID_STATE", { state: "DONE" });
  const saved = await updateVersioned(em, Service, ENTITY, input.id, input.version, { followUpDoneAt: new Date() });
  await audit(ctx, { action: "COMPLETE_FOLLOW_UP", entityType: ENTITY, entityId: input.id, details: { fields: ["followUpDoneAt"] } }, em);
  return { service: saved };
}

/** Each kind of service with the subtypes it allows, in the order a form offers them. */
export function serviceKinds(): Array<{ kind: ServiceKind; subtypes: ServiceSubtype[] }> {
  return Object.values(ServiceKind).map((kind) => ({ kind, subtypes: [...SUBTYPES[kind]] }));
}

/**
 * The staff members who may be named as a service's provider in these units (a case worker's own
 * units by default, every unit for the roles that reach them all): the units' case workers, and
 * every coordinator and admin. Active accounts only, by name.
 */
export function serviceProviders(ctx: RequestContext, unitId?: string): Promise<StaffMember[]> {
  const own = viewerUnits(ctx.viewer);
  const units = unitId ? (own && !own.includes(unitId) ? [] : [unitId]) : own;
  return selectRows<StaffMember>(
    ctx.db.manager,
    `SELECT u.id, u.full_name AS "fullName", u.role FROM "user" u
      WHERE u.archived_at IS NULL
        AND (u.role IN ('ADMIN', 'COORDINATOR')
          OR (u.role = 'CASE_WORKER' AND ($1::uuid[] IS NULL OR EXISTS (
            SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id AND uu.unit_id = ANY($1::uuid[])))))
      ORDER BY u.full_name, u.id`,
    [units],
  );
}

/** Services given between two days, by kind. */
export function servicesByKind(ctx: RequestContext, from: string, to: string): Promise<KeyCount[]> {
  const q = ctx.db.getRepository(Service).createQueryBuilder("s").where("s.provided_on BETWEEN :from AND :to", { from, to });
  return countsBy(q, "s.kind");
}

/** One cell of the women-supported cube: a district (or all, `allDistricts`) × a kind (or all, `allKinds`). */
export interface WomenSupportedCell {
  district: string | null;
  kind: string | null;
  n: number;
  allDistricts: boolean;
  allKinds: boolean;
}

/** A day as a UTC date, and back. */
const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => {
  const d = dayOf(day);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
};
const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
const firstOfNextMonth = (day: string) => {
  const d = dayOf(firstOfMonth(day));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return isoDay(d);
};
const daysBetween = (from: string, to: string) => (dayOf(to).getTime() - dayOf(from).getTime()) / 86_400_000;

/**
 * Women served between any two days, from the rollups the service triggers keep (migrations
 * ServiceReachRollup and ServiceReachDays). For each woman and kind her service days form a chain
 * with one link (a, b) per pair of neighbours, from −∞ to +∞; exactly one link of each chain has
 * a < F ≤ b, so the women of F..T are the chains less the links with a < F and b > T. "a < F" is
 * read as "a before a month start G", plus or less the days between F and G (sa), and "b > T" as
 * "b after a month end U" plus or less the days between T and U (sb), G and U taken on the nearer
 * side so each window is at most half a month:
 *
 *   links(a < F, b > T) = months(a < G, b > U) + sa·dm(a ∈ Wa, b > U) + sb·md(a < G, b ∈ Wb) + sa·sb·dd(a ∈ Wa, b ∈ Wb)
 *
 * The chains less the months' part is the whole-month figure: the month links that end in G..U
 * and start before G (one per woman), or, when fewer months follow U than lie in G..U, the chains
 * whose last month is G or later less those with a month link jumping over G..U. Every day part is
 * an index range of at most half a month of days; for whole months they are empty.
 */
const WOMEN_SUPPORTED_FROM_LINKS = `
  WITH links AS (
    SELECT district_id, kind, n FROM service_reach_link
     WHERE $11::boolean AND b >= $2::date AND b <= $3::date AND a < $2::date AND ($1::uuid IS NULL OR district_id = $1::uuid)
    UNION ALL
    SELECT district_id, kind, n FROM service_reach_link
     WHERE NOT $11::boolean AND b = 'infinity' AND a >= $2::date AND ($1::uuid IS NULL OR district_id = $1::uuid)
    UNION ALL
    SELECT district_id, kind, -n FROM service_reach_link
     WHERE NOT $11::boolean AND a < $2::date AND b > $3::date AND b < 'infinity' AND ($1::uuid IS NULL OR district_id = $1::uuid)
    UNION ALL
    SELECT district_id, kind, -$6::int * n FROM service_reach_link_dm
     WHERE a >= $4::date AND a < $5::date AND bm > $3::date AND ($1::uuid IS NULL OR district_id = $1::uuid)
    UNION ALL
    SELECT district_id, kind, -$9::int * n FROM service_reach_link_md
     WHERE b >= $7::date AND b < $8::date AND am < $2::date AND ($1::uuid IS NULL OR district_id = $1::uuid)
    UNION ALL
    SELECT district_id, kind, -($6::int * $9::int) * n FROM service_reach_link_dd
     WHERE bm = $10::date AND a >= $4::date AND a < $5::date AND b >= $7::date AND b < $8::date
       AND ($1::uuid IS NULL OR district_id = $1::uuid)
  ), cells AS (SELECT district_id AS district, kind, sum(n)::int AS n FROM links GROUP BY 1, 2)
  SELECT district, kind, n, false AS "allDistricts", false AS "allKinds" FROM cells WHERE kind <> 'ALL' AND n <> 0
  UNION ALL SELECT district, NULL, n, false, true FROM cells WHERE kind = 'ALL' AND n <> 0
  UNION ALL SELECT NULL, kind, sum(n)::int, true, false FROM cells WHERE kind <> 'ALL' GROUP BY kind
  UNION ALL SELECT NULL, NULL, COALESCE(sum(n), 0)::int, true, true FROM cells WHERE kind = 'ALL'`;

/** The parameters of WOMEN_SUPPORTED_FROM_LINKS for the days from..to (after the district). */
function linkWindows(from: string, to: string): unknown[] {
  const monthOfFrom = firstOfMonth(from);
  const afterFrom = firstOfNextMonth(from);
  // a < F: a < G less the days F..G−1 (sa = −1), or plus the days G..F−1 (sa = 1).
  const sa = daysBetween(monthOfFrom, from) <= daysBetween(from, afterFrom) ? 1 : -1;
  const [g, wa] = sa === 1 ? [monthOfFrom, [monthOfFrom, from]] : [afterFrom, [from, afterFrom]];
  const monthOfTo = firstOfMonth(to);
  const afterTo = firstOfNextMonth(to);
  const dayAfter = addDays(to, 1);
  // b > T: b > U plus the days T+1..U (sb = 1, U the month's end), or less the days U+1..T (sb = −1, U the previous month's end).
  const sb = daysBetween(dayAfter, afterTo) <= daysBetween(monthOfTo, dayAfter) ? 1 : -1;
  const [uMonth, wb] = sb === 1 ? [monthOfTo, [dayAfter, afterTo]] : [firstOfMonth(addDays(monthOfTo, -1)), [monthOfTo, dayAfter]];
  // The months G..U read by their links, or by the links after them: whichever are fewer months.
  const months = (a: string, b: string) =>
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  const inPeriod = months(g, uMonth) + 1 <= months(uMonth, firstOfMonth(today()));
  return [g, uMonth, wa[0], wa[1], sa, wb[0], wb[1], sb, monthOfTo, inPeriod];
}

/** Each kind's bit in the kinds a woman was served with (WOMEN_SUPPORTED_BY_DAYS). */
const KIND_BITS = Object.values(ServiceKind).map((kind, i) => ({ kind, bit: 1 << i }));

/**
 * Women served between any two days, counted from the services themselves: each woman once, with
 * the kinds she was served with as bits (one hash aggregate over the period's services, no
 * distinct count per cell), then per district of her community.
 */
const WOMEN_SUPPORTED_BY_DAYS = `
  WITH women AS (
    SELECT s.beneficiary_id AS w, bit_or(CASE s.kind ${KIND_BITS.map((k) => `WHEN '${k.kind}' THEN ${k.bit}`).join(" ")} ELSE 0 END) AS kinds
      FROM service s
     WHERE s.provided_on BETWEEN $2::date AND $3::date AND s.archived_at IS NULL
     GROUP BY 1
  ), districts AS (
    SELECT com.district_id AS district, GROUPING(com.district_id) = 1 AS total, count(*)::int AS n,
           ${KIND_BITS.map((k) => `count(*) FILTER (WHERE kinds & ${k.bit} <> 0)::int AS "${k.kind}"`).join(", ")}
      FROM women JOIN beneficiary b ON b.id = women.w JOIN community com ON com.id = b.community_id
     WHERE $1::uuid IS NULL OR com.district_id = $1::uuid
     GROUP BY ROLLUP (com.district_id)
  )
  SELECT d.district, k.kind, k.n, d.total AS "allDistricts", k.kind IS NULL AS "allKinds"
    FROM districts d
    CROSS JOIN LATERAL (VALUES ${KIND_BITS.map((k) => `('${k.kind}', d."${k.kind}")`).join(", ")}, (NULL, d.n)) k(kind, n)`;

/**
 * The women served (each counted once per cell, whatever her number of services) by district of
 * her community × kind, with the totals, in `districtId` (null: every district) between two days,
 * from the rollups (`byDays` counts them from the services instead, to compare the two).
 */
export function womenSupported(districtId: string | null, from: string, to: string, byDays = false): Figure<WomenSupportedCell> {
  return byDays
    ? figure(WOMEN_SUPPORTED_BY_DAYS, [districtId, from, to])
    : figure(WOMEN_SUPPORTED_FROM_LINKS, [districtId, ...linkWindows(from, to)]);
}

/**
 * Follow-ups past their deadline and not done, in `districtId` (null: every district), from the
 * rollup of open follow-ups by deadline the service triggers keep (migration DashboardFigures).
 */
export function overdueFollowUpsIn(districtId: string | null): Figure<{ n: number }> {
  return figure(
    `SELECT COALESCE(sum(n), 0)::int AS n FROM follow_up_due
      WHERE due_on < $2::date AND ($1::uuid IS NULL OR district_id = $1::uuid)`,
    [districtId, today()],
  );
}
