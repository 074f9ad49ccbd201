import type { EntityManager } from "typeorm";
import { auditReads } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { inReach, inUnits } from "../../core/reach";
import type { ShelterBedFilter } from "./shelter.inputs";
import { ShelterBed } from "./shelter-bed.entity";
import { ShelterStay } from "./shelter-stay.entity";

const OPEN_STAY_IN_BED = "SELECT 1 FROM shelter_stay s WHERE s.bed_id = b.id AND s.discharged_on IS NULL";

/** The beds of the shelters, in board order; listing them reads no personal data. */
export const shelterBedList = defineList<ShelterBedFilter, "POSITION">({
  node: "ShelterBed",
  entity: ShelterBed,
  alias: "b",
  archivable: true,
  filters: {
    unitId: equals("b.unit_id", "unit"),
    free: flag(`NOT EXISTS (${OPEN_STAY_IN_BED})`, `EXISTS (${OPEN_STAY_IN_BED})`, "occupied"),
  },
  sorts: { POSITION: { expression: "b.position", reads: ["position"] } },
  defaultSort: { field: "POSITION", direction: "ASC" },
});

export function listShelterBeds(ctx: RequestContext, filter?: ShelterBedFilter, page?: PageArgs) {
  return shelterBedList.page<ShelterBed>(ctx, filter, null, page);
}

/**
 * The bed a woman is to sleep in: one of the viewer's units and in use. It is refused as a field
 * problem, so the admin can say which: unknown, another unit's, or out of use.
 */
export async function bedToSleepIn(ctx: RequestContext, em: EntityManager, bedId: string): Promise<ShelterBed> {
  const bed = await em.findOneBy(ShelterBed, { id: bedId });
  if (!bed) refuse("bedId", "No such bed.", "NOT_FOUND");
  if (!inUnits(ctx.viewer, bed.unitId)) refuse("bedId", "You can admit women only to the shelter of your own units.", "OUT_OF_REACH");
  if (bed.archivedAt) refuse("bedId", "This bed is out of use; choose another.", "ARCHIVED");
  return bed;
}

/** Whether someone other than stay `exceptId` sleeps in the bed now. */
export async function bedTaken(em: EntityManager, bedId: string, exceptId?: string): Promise<boolean> {
  const rows = await selectRows<object>(
    em,
    "SELECT 1 FROM shelter_stay WHERE bed_id = $1 AND discharged_on IS NULL AND id IS DISTINCT FROM $2 LIMIT 1",
    [bedId, exceptId ?? null],
  );
  return rows.length > 0;
}

/** The open stays of a request's beds, in one query. */
function openStays(ctx: RequestContext) {
  return ctx.loaders.get<string, ShelterStay | null>("ShelterBed.openStay", async (bedIds) => {
    const rows = await ctx.db
      .getRepository(ShelterStay)
      .createQueryBuilder("s")
      .where("s.bed_id IN (:...bedIds)", { bedIds: [...bedIds] })
      .andWhere("s.discharged_on IS NULL")
      .getMany();
    const byBed = new Map(rows.map((s) => [s.bedId, s]));
    return bedIds.map((id) => byBed.get(id) ?? null);
  });
}

/** Whether someone sleeps in the bed now; no personal data, so not an audited read. */
export async function bedOccupied(ctx: RequestContext, bedId: string): Promise<boolean> {
  return (await openStays(ctx).load(bedId)) !== null;
}

/**
 * Who sleeps in the bed now, when the viewer may reach her stay; each stay shown is an audited
 * read, one audit insert per request however many beds are on the board.
 */
export function loadCurrentStay(ctx: RequestContext, bedId: string): Promise<ShelterStay | null> {
  return ctx.loaders
    .get<string, ShelterStay | null>("ShelterBed.currentStay", async (bedIds) => {
      const stays = await openStays(ctx).loadMany([...bedIds]);
      const visible = stays.map((s) => (s instanceof ShelterStay && inReach(ctx, ShelterStay, s) ? s : null));
      await auditReads(
        ctx,
        "ShelterStay",
        visible.flatMap((s) => (s ? [s.id] : [])),
      );
      return visible;
    })
    .load(bedId);
}
