import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { nextCode } from "../../core/db/query";
import type { NodeFields } from "../../core/graphql/columns";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, matches, nameColumn, search } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { phoneColumns, phoneHashes } from "../../core/phone";
import { findInReach, inUnits, reachable } from "../../core/reach";
import { foldName } from "../../core/text";
import { communityExists } from "../geography/geography.service";
import { unitExists } from "../organisation/unit.service";
import { countPrograms } from "../programs/program.service";
import { Beneficiary } from "./beneficiary.entity";
import {
  type BeneficiaryFilter,
  type BeneficiarySort,
  BeneficiarySortField,
  type CreateBeneficiaryInput,
  type UpdateBeneficiaryInput,
} from "./beneficiary.inputs";

const ENTITY = "Beneficiary";

/** The list of beneficiaries: what each filter and sort reveals about a woman. */
export const beneficiaryList = defineList<BeneficiaryFilter, BeneficiarySortField>({
  node: "Beneficiary",
  entity: Beneficiary,
  alias: "b",
  archivable: true,
  // Erased records hold coded facts only: they count in statistics, not in staff lists.
  always: ["b.erased_at IS NULL"],
  audit: "list",
  filters: {
    // Trainers and facilitators may only find women by code and first name. Each word on its own,
    // so "Каримова Зарина" finds Зарина Каримова.
    search: search(
      nameColumn("b.search_text", "code", "firstName", "lastName", "patronymic"),
      nameColumn("b.search_text_minimal", "code", "firstName"),
    ),
    districtId: matches((p) => `b.community_id IN (SELECT dc.id FROM community dc WHERE dc.district_id = :${p})`, "community"),
    communityId: equals("b.community_id", "community"),
    programId: matches(
      (p) => `EXISTS (SELECT 1 FROM beneficiary_program bp WHERE bp.beneficiary_id = b.id AND bp.program_id = :${p})`,
      "programs",
    ),
    // Phones are stored encrypted: the exact number is found by its keyed hash under every configured key.
    phone: {
      variants: [
        {
          reads: ["phone"],
          where: (value: string, p) => (value.trim() ? { sql: `b.phone_hash = ANY(:${p})`, params: { [p]: phoneHashes(value) } } : null),
        },
      ],
    },
    unitId: equals("b.unit_id", "unit"),
    status: equals("b.status", "status"),
  },
  sorts: {
    [BeneficiarySortField.CODE]: { expression: "b.code", reads: ["code"] },
    [BeneficiarySortField.LAST_NAME]: { expression: "b.last_name", reads: ["lastName"] },
    [BeneficiarySortField.REGISTERED_ON]: { expression: "b.registered_on", reads: ["registeredOn"] },
    [BeneficiarySortField.UPDATED_AT]: { expression: "b.updated_at", reads: ["updatedAt"] },
  },
  defaultSort: { field: BeneficiarySortField.CODE, direction: "ASC" },
});

export function searchTexts(b: Pick<Beneficiary, "code" | "firstName" | "lastName" | "patronymic">) {
  return {
    searchText: foldName([b.code, b.firstName, b.lastName, b.patronymic ?? ""].join(" ")),
    searchTextMinimal: foldName(`${b.code} ${b.firstName}`),
  };
}

export function listBeneficiaries(
  ctx: RequestContext,
  filter?: BeneficiaryFilter,
  sort?: BeneficiarySort,
  page?: PageArgs,
  nodes?: NodeFields,
) {
  return beneficiaryList.page<Beneficiary>(ctx, filter, sort, page, nodes);
}

/** One beneficiary, or NOT_FOUND, also when she exists outside the viewer's reach (audited). */
export function getBeneficiary(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Beneficiary> {
  return findInReach(ctx, em, Beneficiary, id);
}

export async function readBeneficiary(ctx: RequestContext, id: string): Promise<Beneficiary> {
  const found = await getBeneficiary(ctx, id);
  await audit(ctx, { action: "READ", entityType: ENTITY, entityId: id });
  return found;
}

async function checkReferences(
  ctx: RequestContext,
  em: EntityManager,
  input: { communityId?: string; unitId?: string; programIds?: string[] },
) {
  if (input.communityId && !(await communityExists(em, input.communityId))) {
    refuse("communityId", "No such community.", "NOT_FOUND");
  }
  if (input.unitId) {
    if (!(await unitExists(em, input.unitId))) refuse("unitId", "No such unit.", "NOT_FOUND");
    if (!inUnits(ctx.viewer, input.unitId)) refuse("unitId", "You can register women only in your own units.", "OUT_OF_REACH");
  }
  if (input.programIds?.length) {
    const count = await countPrograms(em, [...new Set(input.programIds)]);
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

export async function createBeneficiary(ctx: RequestContext, em: EntityManager, input: CreateBeneficiaryInput) {
  await checkReferences(ctx, em, input);
  const code = await nextCode(em, "NK", "beneficiary_code_seq");
  const values = {
    code,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    patronymic: input.patronymic?.trim() || null,
    birthYear: input.birthYear ?? null,
    ...phoneColumns(input.phone),
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

export async function updateBeneficiary(ctx: RequestContext, em: EntityManager, input: UpdateBeneficiaryInput) {
  const current = await getBeneficiary(ctx, input.id, em);
  await checkReferences(ctx, em, { communityId: input.communityId, programIds: input.programIds });
  const { id, version, programIds, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Beneficiary>;
  for (const key of ["firstName", "lastName"] as const) if (changes[key] === null) refuse(key, "This field cannot be emptied.", "REQUIRED");
  const changed = [...Object.keys(changes), ...(programIds ? ["programIds"] : [])];
  if (changes.phone !== undefined) Object.assign(changes, phoneColumns(changes.phone));
  const merged = { ...current, ...changes };
  const saved = await updateVersioned(em, Beneficiary, ENTITY, id, version, { ...changes, ...searchTexts(merged) });
  await setPrograms(em, id, programIds);
  await audit(ctx, { action: "UPDATE", entityType: ENTITY, entityId: id, details: { fields: changed } }, em);
  return { beneficiary: saved };
}

export async function archiveBeneficiary(ctx: RequestContext, em: EntityManager, id: string, archived: boolean) {
  await getBeneficiary(ctx, id, em);
  const saved = await setArchived(em, Beneficiary, ENTITY, id, archived);
  await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: ENTITY, entityId: id }, em);
  return { beneficiary: saved };
}

/** The woman `id` names when the viewer may change her record (NOT_FOUND otherwise), read in `em`. */
export function beneficiaryToChange(ctx: RequestContext, em: EntityManager, id: string): Promise<Beneficiary> {
  return findInReach(ctx, em, Beneficiary, id, "change");
}

/** A woman whose record is neither archived nor erased, or a refusal on `field`; read in `em`. */
export async function currentBeneficiary(em: EntityManager, id: string, field: string): Promise<Beneficiary> {
  const woman = await em.findOneBy(Beneficiary, { id });
  if (!woman) refuse(field, "No such beneficiary.", "NOT_FOUND");
  if (woman.archivedAt || woman.erasedAt) refuse(field, "This beneficiary's record is archived.", "ARCHIVED");
  return woman;
}

/** Of `rows` (women by id), those the viewer reaches. */
export function reachableBeneficiaries<R extends { id: string }>(ctx: RequestContext, rows: R[]): Promise<R[]> {
  return reachable<R>(ctx, Beneficiary, rows);
}

/** The woman `id` names, through the request's loader, when the viewer reaches her; null otherwise. */
export async function beneficiaryInReach(ctx: RequestContext, id: string): Promise<Beneficiary | null> {
  const woman = await ctx.loaders.byId(Beneficiary, "Beneficiary").load(id);
  if (!woman) return null;
  const [reached] = await reachable(ctx, Beneficiary, [woman]);
  return reached ?? null;
}
