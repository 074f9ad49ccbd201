import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { matches, search, textIn } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { declareReach, openReach } from "../../core/reach";
import { countDistricts } from "../geography/geography.service";
import { countUnits } from "../organisation/unit.service";
import { Indicator, IndicatorTarget } from "./indicator.entity";
import { Program } from "./program.entity";
import {
  type CreateProgramInput,
  type ProgramFields,
  type ProgramFilter,
  type ProgramSort,
  ProgramSortField,
  type SaveIndicatorInput,
  type UpdateProgramInput,
} from "./program.inputs";

const ENTITY = "Program";

declareReach(Program, openReach("Program"));

/** NK's programmes, by code. */
export const programList = defineList<ProgramFilter, ProgramSortField>({
  node: "Program",
  entity: Program,
  alias: "p",
  archivable: true,
  filters: {
    search: search(textIn(["p.code", "p.title", "p.goal"], "code", "title", "goal")),
    unitId: matches((p) => `EXISTS (SELECT 1 FROM program_unit pu WHERE pu.program_id = p.id AND pu.unit_id = :${p})`, "units"),
  },
  sorts: {
    CODE: { expression: "p.code", reads: ["code"] },
    TITLE: { expression: "p.title", reads: ["title"] },
    STARTS_ON: { expression: "p.starts_on", reads: ["startsOn"] },
    UPDATED_AT: { expression: "p.updated_at", reads: ["updatedAt"] },
  },
  defaultSort: { field: ProgramSortField.CODE, direction: "ASC" },
});

export function listPrograms(ctx: RequestContext, filter?: ProgramFilter, sort?: ProgramSort, page?: PageArgs) {
  return programList.page<Program>(ctx, filter, sort, page);
}

async function checkLinks(em: EntityManager, input: ProgramFields) {
  for (const [field, count, ids] of [
    ["unitIds", countUnits, input.unitIds],
    ["districtIds", countDistricts, input.districtIds],
  ] as const) {
    if (!ids?.length) continue;
    const unique = [...new Set(ids)];
    const found = await count(em, unique);
    if (found !== unique.length) refuse(field, `One of the ${field === "unitIds" ? "units" : "districts"} does not exist.`, "NOT_FOUND");
  }
}

function checkPeriod(startsOn: string | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn)
    refuse("endsOn", "The programme cannot end before it starts.", "TOO_EARLY", { earliest: startsOn, reference: "startsOn" });
}

async function setLinks(em: EntityManager, programId: string, input: ProgramFields) {
  for (const [table, column, ids] of [
    ["program_unit", "unit_id", input.unitIds],
    ["program_district", "district_id", input.districtIds],
  ] as const) {
    if (!ids) continue;
    await em.query(`DELETE FROM ${table} WHERE program_id = $1`, [programId]);
    if (ids.length)
      await em.query(`INSERT INTO ${table} (program_id, ${column}) SELECT $1, unnest($2::uuid[])`, [programId, [...new Set(ids)]]);
  }
}

export async function createProgram(ctx: RequestContext, em: EntityManager, input: CreateProgramInput) {
  if (await em.existsBy(Program, { code: input.code })) refuse("code", "A programme with this code exists already.", "DUPLICATE");
  checkPeriod(input.startsOn, input.endsOn);
  await checkLinks(em, input);
  const { unitIds: _u, districtIds: _d, ...fields } = input;
  const program = await em.save(Program, em.create(Program, { ...fields, targetGroups: input.targetGroups ?? [] }));
  await setLinks(em, program.id, input);
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: program.id }, em);
  return { program };
}

export async function updateProgram(ctx: RequestContext, em: EntityManager, input: UpdateProgramInput) {
  const current = await em.findOneBy(Program, { id: input.id });
  if (!current) throw notFound(ENTITY);
  const { id, version, unitIds, districtIds, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Program>;
  checkPeriod(changes.startsOn ?? current.startsOn, changes.endsOn === undefined ? current.endsOn : changes.endsOn);
  await checkLinks(em, input);
  const program = await updateVersioned(em, Program, ENTITY, id, version, changes);
  await setLinks(em, id, input);
  const changed = [...Object.keys(changes), ...(unitIds ? ["unitIds"] : []), ...(districtIds ? ["districtIds"] : [])];
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: changed } }, em);
  return { program };
}

export async function archiveProgram(ctx: RequestContext, em: EntityManager, id: string, archived: boolean) {
  const program = await setArchived(em, Program, ENTITY, id, archived);
  await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: ENTITY, entityId: id }, em);
  return { program };
}

/** Checks a target list: periods that end after they start, each given once, no hand-entered actual on a measured indicator. */
function checkTargets(input: SaveIndicatorInput) {
  const periods = new Set<string>();
  input.targets.forEach((t, i) => {
    if (t.periodEnd < t.periodStart)
      refuse(`targets.${i}.periodEnd`, "A period cannot end before it starts.", "TOO_EARLY", {
        earliest: t.periodStart,
        reference: "periodStart",
      });
    if (periods.has(t.period)) refuse(`targets.${i}.period`, `The period ${t.period} is given twice.`, "DUPLICATE");
    periods.add(t.period);
    if (input.measure && t.actual !== null && t.actual !== undefined)
      refuse(`targets.${i}.actual`, "The actual value of a measured indicator is counted from the records.", "NOT_APPLICABLE", {
        field: "measure",
        value: input.measure,
      });
  });
}

/** Adds an indicator, or replaces one (at the version read) with its targets, checking codes and periods. */
export async function saveIndicator(ctx: RequestContext, em: EntityManager, input: SaveIndicatorInput) {
  if (!(await em.existsBy(Program, { id: input.programId }))) refuse("programId", "No such programme.", "NOT_FOUND");
  const sameCode = await em.findOneBy(Indicator, { programId: input.programId, code: input.code });
  if (sameCode && sameCode.id !== input.id) refuse("code", "The programme has an indicator with this code already.", "DUPLICATE");
  checkTargets(input);
  const values = {
    code: input.code,
    name: input.name.trim(),
    unit: input.unit.trim(),
    baseline: input.baseline ?? null,
    measure: input.measure ?? null,
  };
  let indicator: Indicator;
  if (input.id) {
    if (!(await em.existsBy(Indicator, { id: input.id, programId: input.programId })))
      refuse("id", "No such indicator in this programme.", "NOT_FOUND");
    if (input.version === null || input.version === undefined)
      refuse("version", "Give the version you read to change an indicator.", "REQUIRED");
    indicator = await updateVersioned(em, Indicator, "Indicator", input.id, input.version, values);
    await em.delete(IndicatorTarget, { indicatorId: indicator.id });
  } else {
    indicator = await em.save(Indicator, em.create(Indicator, { ...values, programId: input.programId }));
  }
  if (input.targets.length) {
    await em.insert(
      IndicatorTarget,
      input.targets.map((t) => ({ ...t, actual: t.actual ?? null, indicatorId: indicator.id })),
    );
  }
  await audit(
    ctx,
    { action: input.id ? "UPDATE" : "CREATE", entityType: "Indicator", entityId: indicator.id, details: { programId: input.programId } },
    em,
  );
  return { indicator };
}

/** Whether `id` names a programme, read in the caller's transaction. */
export function programExists(em: EntityManager, id: string): Promise<boolean> {
  return em.existsBy(Program, { id });
}

/** How many of `ids` (distinct) name a programme. */
export function countPrograms(em: EntityManager, ids: string[]): Promise<number> {
  return ids.length
    ? em.countBy(
        Program,
        ids.map((id) => ({ id })),
      )
    : Promise.resolve(0);
}
