import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { hasRole } from "../../core/access";
import { audit } from "../../core/audit";
import type { Context } from "../../core/context";
import { notFound } from "../../core/errors";
import { type PageArgs, paginate } from "../../core/graphql/connection";
import { refuse } from "../../core/graphql/mutation";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { foldName, likePattern, nameWords } from "../../core/text";
import { Community } from "../geography/community.entity";
import { Unit } from "../organisation/unit.entity";
import { Program } from "../programs/program.entity";
import { Beneficiary } from "./beneficiary.entity";
import {
  type BeneficiaryFilter,
  type BeneficiarySort,
  BeneficiarySortField,
  type CreateBeneficiaryInput,
  type UpdateBeneficiaryInput,
} from "./beneficiary.inputs";

const ENTITY = "Beneficiary";

const SORT_EXPRESSIONS: Record<BeneficiarySortField, string> = {
  [BeneficiarySortField.CODE]: "b.code",
  [BeneficiarySortField.LAST_NAME]: "b.last_name",
  [BeneficiarySortField.REGISTERED_ON]: "b.registered_on",
  [BeneficiarySortField.UPDATED_AT]: "b.updated_at",
};

/**
 * Limits a query to the beneficiaries the viewer may see. A case worker sees the women her units
 * registered, and those her units work with: a case, a service or a shelter stay there.
 */
function scoped(ctx: Context, query: SelectQueryBuilder<Beneficiary>): SelectQueryBuilder<Beneficiary> {
  const v = ctx.viewer;
  if (v?.kind === "user" && v.role === "CASE_WORKER") {
    query.andWhere(
      `(b.unit_id = ANY(:scopeUnits)
        OR EXISTS (SELECT 1 FROM "case" c WHERE c.beneficiary_id = b.id AND c.unit_id = ANY(:scopeUnits))
        OR EXISTS (SELECT 1 FROM service s WHERE s.beneficiary_id = b.id AND s.unit_id = ANY(:scopeUnits))
        OR EXISTS (SELECT 1 FROM shelter_stay st WHERE st.beneficiary_id = b.id AND st.unit_id = ANY(:scopeUnits)))`,
      { scopeUnits: v.unitIds },
    );
  }
  return query;
}

/** Limits a query (alias b) to the beneficiaries the viewer may see; for other beneficiary queries. */
export const inBeneficiaryReach = scoped;

export function searchTexts(b: Pick<Beneficiary, "code" | "firstName" | "lastName" | "patronymic">) {
  return {
    searchText: foldName([b.code, b.firstName, b.lastName, b.patronymic ?? ""].join(" ")),
    searchTextMinimal: foldName(`${b.code} ${b.firstName}`),
  };
}

export async function listBeneficiaries(ctx: Context, filter: BeneficiaryFilter = {}, sort?: BeneficiarySort, page?: PageArgs) {
  const q = scoped(ctx, ctx.db.getRepository(Beneficiary).createQueryBuilder("b"));
  q.andWhere(filter.archived ? "b.archived_at IS NOT NULL" : "b.archived_at IS NULL");
  // Erased records hold coded facts only: they count in statistics, not in staff lists.
  q.andWhere("b.erased_at IS NULL");
  if (filter.search?.trim()) {
    // Trainers and facilitators may only find women by code and first name.
    const column = hasRole(ctx.viewer, "TRAINER", "FACILITATOR") ? "b.search_text_minimal" : "b.search_text";
    // Each word on its own, so "Каримова Зарина" finds Зарина Каримова (one LIKE per word).
    nameWords(filter.search).forEach((word, i) => {
      q.andWhere(`${column} LIKE :search${i}`, { [`search${i}`]: likePattern(word) });
    });
  }
  if (filter.communityId) q.andWhere("b.community_id = :communityId", { communityId: filter.communityId });
  if (filter.unitId) q.andWhere("b.unit_id = :unitId", { unitId: filter.unitId });
  if (filter.status) q.andWhere("b.status = :status", { status: filter.status });
  if (filter.districtId) {
    q.andWhere("b.community_id IN (SELECT c.id FROM community c WHERE c.district_id = :districtId)", {
      districtId: filter.districtId,
    });
  }
  if (filter.programId) {
    q.andWhere("EXISTS (SELECT 1 FROM beneficiary_program bp WHERE bp.beneficiary_id = b.id AND bp.program_id = :programId)", {
      programId: filter.programId,
    });
  }
  const field = sort?.field ?? BeneficiarySortField.CODE;
  return paginate(q, "b", { expression: SORT_EXPRESSIONS[field], direction: sort?.direction ?? "ASC" }, page ?? { first: 20 });
}

/** One beneficiary, or NOT_FOUND, also when she exists outside the viewer's reach. */
export async function getBeneficiary(ctx: Context, id: string, em: EntityManager = ctx.db.manager): Promise<Beneficiary> {
  const found = await scoped(ctx, em.getRepository(Beneficiary).createQueryBuilder("b")).andWhere("b.id = :id", { id }).getOne();
  if (!found) throw notFound(ENTITY);
  return found;
}

export async function readBeneficiary(ctx: Context, id: string): Promise<Beneficiary> {
  const found = await getBeneficiary(ctx, id);
  await audit(ctx, { action: "READ", entityType: ENTITY, entityId: id });
  return found;
}

async function checkReferences(ctx: Context, em: EntityManager, input: { communityId?: string; unitId?: string; programIds?: string[] }) {
  if (input.communityId && !(await em.existsBy(Community, { id: input.communityId }))) {
    refuse("communityId", "No such community.", "NOT_FOUND");
  }
  if (input.unitId) {
    if (!(await em.existsBy(Unit, { id: input.unitId }))) refuse("unitId", "No such unit.", "NOT_FOUND");
    const v = ctx.viewer;
    if (v?.kind === "user" && v.role === "CASE_WORKER" && !v.unitIds.includes(input.unitId)) {
      refuse("unitId", "You can register women only in your own units.", "OUT_OF_REACH");
    }
  }
  if (input.programIds?.length) {
    const count = await em.getRepository(Program).createQueryBuilder("p").where("p.id IN (:...ids)", { ids: input.programIds }).getCount();
    if (count !== new Set(input.programIds).size) refuse("programIds", "One of the programmes does not exist.", "NOT_FOUND");
  }
}

async function setPrograms(em: EntityManager, beneficiaryId: string, programIds: string[] | undefined) {
  if (!programIds) return;
  await em.query("DELETE FROM beneficiary_program WHERE beneficiary_id = $1", [beneficiaryId]);
  if (programIds.length) {
    await em.query("INSERT INTO beneficiary_program (beneficiary_id, program_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING", [
      beneficiaryId,
      [...new Set(programIds)],
    ]);
  }
}

/** The next pseudonymous code, NK-<year>-<5 digits>, from one database sequence. */
async function nextCode(em: EntityManager): Promise<string> {
  const [row] = (await em.query(
    "SELECT nextval('beneficiary_code_seq') AS n, to_char(now() AT TIME ZONE 'Asia/Dushanbe', 'YYYY') AS y",
  )) as {
    n: string;
    y: string;
  }[];
  return `NK-${row?.y}-${String(row?.n).padStart(5, "0")}`;
}

export async function createBeneficiary(ctx: Context, em: EntityManager, input: CreateBeneficiaryInput) {
  await checkReferences(ctx, em, input);
  const code = await nextCode(em);
  const values = {
    code,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    patronymic: input.patronymic?.trim() || null,
    birthYear: input.birthYear ?? null,
    phone: input.phone ?? null,
    communityId: input.communityId,
    unitId: input.unitId,
    status: input.status,
    vulnerabilities: input.vulnerabilities ?? [],
  };
  const saved = await em.save(Beneficiary, em.create(Beneficiary, { ...values, ...searchTexts(values) }));
  await setPrograms(em, saved.id, input.programIds);
  await audit(ctx, { action: "CREATE", entityType: ENTITY, entityId: saved.id }, em);
  return { beneficiary: saved };
}

export async function updateBeneficiary(ctx: Context, em: EntityManager, input: UpdateBeneficiaryInput) {
  const current = await getBeneficiary(ctx, input.id, em);
  await checkReferences(ctx, em, { communityId: input.communityId, programIds: input.programIds });
  const { id, version, programIds, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Beneficiary>;
  for (const key of ["firstName", "lastName"] as const) if (changes[key] === null) refuse(key, "This field cannot be emptied.", "REQUIRED");
  const merged = { ...current, ...changes };
  const saved = await updateVersioned(em, Beneficiary, ENTITY, id, version, { ...changes, ...searchTexts(merged) });
  await setPrograms(em, id, programIds);
  const changed = [...Object.keys(changes), ...(programIds ? ["programIds"] : [])];
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: changed } }, em);
  return { beneficiary: saved };
}

export async function archiveBeneficiary(ctx: Context, em: EntityManager, id: string, archived: boolean) {
  await getBeneficiary(ctx, id, em);
  const saved = await setArchived(em, Beneficiary, ENTITY, id, archived);
  await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: ENTITY, entityId: id }, em);
  return { beneficiary: saved };
}
