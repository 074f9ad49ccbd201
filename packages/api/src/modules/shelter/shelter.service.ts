import { type EntityManager, QueryFailedError } from "typeorm";
import { audit, auditReads } from "../../core/audit";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { dateRange, equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { findInReach } from "../../core/reach";
import { getBeneficiary } from "../beneficiaries/beneficiary.service";
import type { Case } from "../cases/case.entity";
import { caseInReach, getCase } from "../cases/case.service";
import { Unit, UnitKind } from "../organisation/unit.entity";
import type { AdmitToShelterInput, DischargeFromShelterInput, ShelterStayFilter, UpdateShelterStayInput } from "./shelter.inputs";
import { bedTaken, bedToSleepIn } from "./shelter-beds.service";
import { ShelterStay } from "./shelter-stay.entity";

const ENTITY = "ShelterStay";
const BED_TAKEN = "This bed is taken by another woman; choose a free one.";

/**
 * A stay the viewer may reach, or NOT_FOUND: one outside a case worker's units answers as one that
 * does not exist, and the attempt is audited (outside the mutation's transaction, so it stays).
 */
export function getShelterStay(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<ShelterStay> {
  return findInReach(ctx, em, ShelterStay, id);
}

export async function readShelterStay(ctx: RequestContext, id: string): Promise<ShelterStay> {
  const found = await getShelterStay(ctx, id);
  await auditReads(ctx, ENTITY, [id]);
  return found;
}

/** The list of shelter stays; each stay listed is an audited read. */
export const shelterStayList = defineList<ShelterStayFilter, "ADMITTED_ON">({
  node: "ShelterStay",
  entity: ShelterStay,
  alias: "s",
  archivable: true,
  audit: "each",
  filters: {
    beneficiaryId: equals("s.beneficiary_id", "beneficiary"),
    current: flag("s.discharged_on IS NULL", "s.discharged_on IS NOT NULL", "dischargedOn"),
    admittedOn: dateRange("s.admitted_on", "admittedOn"),
  },
  sorts: { ADMITTED_ON: { expression: "s.admitted_on", reads: ["admittedOn"] } },
  defaultSort: { field: "ADMITTED_ON", direction: "DESC" },
});

export function listShelterStays(ctx: RequestContext, filter?: ShelterStayFilter, page?: PageArgs) {
  return shelterStayList.page<ShelterStay>(ctx, filter, null, page);
}

/** Her shelter stays within the viewer's reach, one page per woman, batched for a page of women. */
export function shelterStaysOf(ctx: RequestContext, beneficiaryId: string, filter?: ShelterStayFilter, page?: PageArgs) {
  return shelterStayList.nested<ShelterStay>(ctx, { column: "beneficiary_id", id: beneficiaryId }, filter, null, page);
}

/**
 * The case a stay belongs to, for the `case` field: only when the viewer may reach that case
 * (null otherwise), and each case shown is an audited read. Batched: one query and one audit
 * insert per request, however many stays are listed.
 */
export function loadStayCase(ctx: RequestContext, caseId: string): Promise<Case | null> {
  return caseInReach(ctx, caseId);
}

/** A unique index refused the row: another open stay of hers, or someone else in that bed. */
function uniqueViolation(error: unknown): never {
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driver?.code === "23505" && driver.constraint === "shelter_stay_one_open_per_woman") {
    refuse("beneficiaryId", "She is already staying in the shelter; discharge her from that stay first.", "DUPLICATE");
  }
  if (driver?.code === "23505" && driver.constraint === "shelter_stay_one_open_per_bed") {
    refuse("bedId", BED_TAKEN, "DUPLICATE");
  }
  throw error;
}

export async function admit(ctx: RequestContext, em: EntityManager, input: AdmitToShelterInput) {
  const woman = await getBeneficiary(ctx, input.beneficiaryId, em).catch(() =>
    refuse("beneficiaryId", "No such beneficiary.", "NOT_FOUND"),
  );
  if (woman.archivedAt) refuse("beneficiaryId", "Her record is archived; restore it before admitting her.", "ARCHIVED");
  const bed = await bedToSleepIn(ctx, em, input.bedId);
  if (input.caseId) {
    const found = await getCase(ctx, input.caseId, em).catch(() => refuse("caseId", "No such case.", "NOT_FOUND"));
    if (found.beneficiaryId !== input.beneficiaryId)
      refuse("caseId", "This case is about another woman.", "MISMATCH", { field: "beneficiaryId" });
  }
  if (input.admittedOn > today()) refuse("admittedOn", "The admission cannot be in the future.", "IN_FUTURE", { latest: today() });
  if (input.plannedDischargeOn && input.plannedDischargeOn < input.admittedOn) {
    refuse("plannedDischargeOn", "The planned discharge cannot come before the admission.", "TOO_EARLY", {
      earliest: input.admittedOn,
      reference: "admittedOn",
    });
  }
  const [open] = await selectRows<object>(em, "SELECT 1 FROM shelter_stay WHERE beneficiary_id = $1 AND discharged_on IS NULL LIMIT 1", [
    input.beneficiaryId,
  ]);
  if (open) refuse("beneficiaryId", "She is already staying in the shelter; discharge her from that stay first.", "DUPLICATE");
  if (await bedTaken(em, bed.id)) refuse("bedId", BED_TAKEN, "DUPLICATE");
  const stay = await em
    .save(
      ShelterStay,
      em.create(ShelterStay, {
        beneficiaryId: input.beneficiaryId,
        caseId: input.caseId ?? null,
        unitId: bed.unitId,
        bedId: bed.id,
        admittedOn: input.admittedOn,
        plannedDischargeOn: input.plannedDischargeOn ?? null,
        accompanyingChildren: input.accompanyingChildren ?? 0,
        notes: input.notes ?? null,
      }),
    )
    .catch(uniqueViolation);
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: stay.id }, em);
  return { shelterStay: stay };
}

export async function update(ctx: RequestContext, em: EntityManager, input: UpdateShelterStayInput) {
  const current = await getShelterStay(ctx, input.id, em);
  const { id, version, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ShelterStay>;
  for (const key of ["bedId", "accompanyingChildren"] as const)
    if (changes[key] === null) refuse(key, "This field cannot be emptied.", "REQUIRED");
  if (current.dischargedOn) {
    for (const key of ["bedId", "plannedDischargeOn"] as const) {
      if (changes[key] !== undefined)
        refuse(key, "She has been discharged; only the notes and the number of children can still be corrected.", "INVALID_STATE", {
          state: "DISCHARGED",
        });
    }
  }
  if (changes.plannedDischargeOn && changes.plannedDischargeOn < current.admittedOn) {
    refuse("plannedDischargeOn", "The planned discharge cannot come before the admission.", "TOO_EARLY", {
      earliest: current.admittedOn,
      reference: "admittedOn",
    });
  }
  if (changes.bedId) {
    const bed = await bedToSleepIn(ctx, em, changes.bedId);
    if (bed.unitId !== current.unitId) refuse("bedId", "This bed is in another shelter.", "MISMATCH", { field: "id" });
    if (await bedTaken(em, bed.id, id)) refuse("bedId", BED_TAKEN, "DUPLICATE");
  }
  const saved = await updateVersioned(em, ShelterStay, "Shelter stay", id, version, changes).catch(uniqueViolation);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { shelterStay: saved };
}

export async function discharge(ctx: RequestContext, em: EntityManager, input: DischargeFromShelterInput) {
  const current = await getShelterStay(ctx, input.id, em);
  if (current.dischargedOn) refuse("id", "She has been discharged from this stay already.", "INVALID_STATE", { state: "DISCHARGED" });
  if (input.dischargedOn > today()) refuse("dischargedOn", "The discharge cannot be in the future.", "IN_FUTURE", { latest: today() });
  if (input.dischargedOn < current.admittedOn)
    refuse("dischargedOn", "The discharge cannot come before the admission.", "TOO_EARLY", {
      earliest: current.admittedOn,
      reference: "admittedOn",
    });
  const saved = await updateVersioned(em, ShelterStay, "Shelter stay", input.id, input.version, { dischargedOn: input.dischargedOn });
  await audit(ctx, { action: "DISCHARGE", entityType: ENTITY, entityId: input.id, details: { fields: ["dischargedOn"] } }, em);
  return { shelterStay: saved };
}

export interface Occupancy {
  unit: Unit;
  capacity: number | null;
  occupiedBeds: number;
  women: number;
  children: number;
  freeBeds: number | null;
}

/** Counts of the shelter unit(s), in one query: beds taken, women and children staying now, beds free. */
export async function occupancy(ctx: RequestContext, unitId?: string): Promise<Occupancy[]> {
  const q = ctx.db
    .getRepository(Unit)
    .createQueryBuilder("u")
    .leftJoin(ShelterStay, "s", "s.unit_id = u.id AND s.discharged_on IS NULL")
    .addSelect("count(s.id)::int", "occupied")
    .addSelect("count(DISTINCT s.beneficiary_id)::int", "women")
    .addSelect("COALESCE(sum(s.accompanying_children), 0)::int", "children")
    .where("u.kind = :kind", { kind: UnitKind.SHELTER })
    .groupBy("u.id")
    .orderBy("u.code", "ASC");
  if (unitId) q.andWhere("u.id = :unitId", { unitId });
  const { entities, raw } = await q.getRawAndEntities<{ occupied: number; women: number; children: number }>();
  if (unitId && entities.length === 0) throw notFound("Shelter");
  return entities.map((unit, i) => {
    const row = raw[i] ?? { occupied: 0, women: 0, children: 0 };
    return {
      unit,
      capacity: unit.capacity,
      occupiedBeds: row.occupied,
      women: row.women,
      children: row.children,
      freeBeds: unit.capacity === null ? null : Math.max(0, unit.capacity - row.occupied),
    };
  });
}

/** Shelter admissions between two days, for internal counts. */
export async function countAdmissions(ctx: RequestContext, from: string, to: string): Promise<number> {
  return ctx.db.getRepository(ShelterStay).createQueryBuilder("s").where("s.admitted_on BETWEEN :from AND :to", { from, to }).getCount();
}
