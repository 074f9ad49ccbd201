import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { encryptedColumns } from "../../core/db/rotate";
import { refuse, runMutation } from "../../core/graphql/mutation";
import { Beneficiary } from "./beneficiary.entity";
import { searchTexts } from "./beneficiary.service";

/** Her free-text fields, kept nowhere else in plain text: they go with her name. */
const PERSONAL_TEXT_COLUMNS: Record<string, string[]> = {
  consent: ["receiver_name"],
};

/**
 * What another module destroys of hers at an erasure, inside its transaction: it answers the
 * columns it cleared or the rows it deleted, as `table.column` (for the audit log and the vacuum).
 */
export type ErasureStep = (em: EntityManager, beneficiaryId: string) => Promise<string[]>;
const erasureSteps: ErasureStep[] = [];

/** Registers a module's own erasure step (households drop her memberships). */
export function onErasure(step: ErasureStep): void {
  erasureSteps.push(step);
}

/**
 * The right to be forgotten: destroys her personal data and every narrative about her, and
 * keeps the coded facts (community, unit, status, vulnerabilities, case and service types and
 * dates) under a new anonymous code, so that totals do not change. Every table that refers to
 * her (directly by beneficiary_id, or through one of her cases) loses its sensitive text.
 */
export async function eraseBeneficiary(ctx: RequestContext, em: EntityManager, id: string, reason: string) {
  const found = await em.findOneBy(Beneficiary, { id });
  if (!found) refuse("id", "No such beneficiary.", "NOT_FOUND");
  if (found.erasedAt) refuse("id", "Her personal data was erased already.", "INVALID_STATE", { state: "ERASED" });

  const code = `X-${randomBytes(5).toString("hex").toUpperCase()}`;
  const cleared = { code, firstName: "", lastName: "", patronymic: null, phone: null, phoneHash: null, birthYear: null };
  await em.update(Beneficiary, { id }, { ...cleared, ...searchTexts(cleared), erasedAt: new Date(), version: () => "version + 1" });

  const tables = new Map<string, Set<string>>();
  for (const { table, columns } of encryptedColumns(ctx.db)) tables.set(table, new Set(columns));
  for (const [table, columns] of Object.entries(PERSONAL_TEXT_COLUMNS))
    for (const c of columns) tables.set(table, (tables.get(table) ?? new Set()).add(c));

  const erasedColumns: string[] = [];
  for (const [table, columns] of tables) {
    const metadata = ctx.db.entityMetadatas.find((m) => m.tableName === table);
    const has = (name: string) => Boolean(metadata?.columns.some((c) => c.databaseName === name));
    const set = [...columns].map((c) => `"${c}" = NULL`).join(", ");
    if (has("beneficiary_id")) {
      await em.query(`UPDATE "${table}" SET ${set} WHERE beneficiary_id = $1`, [id]);
    } else if (has("case_id")) {
      await em.query(`UPDATE "${table}" SET ${set} WHERE case_id IN (SELECT c.id FROM "case" c WHERE c.beneficiary_id = $1)`, [id]);
    } else if (table !== "beneficiary") {
      continue;
    }
    erasedColumns.push(...[...columns].map((c) => `${table}.${c}`));
  }
  for (const step of erasureSteps) erasedColumns.push(...(await step(em, id)));
  await audit(ctx, { action: "ERASE", entityType: "Beneficiary", entityId: id, details: { reason, columns: erasedColumns.sort() } }, em);
  const touched = [...new Set(erasedColumns.map((c) => c.split(".")[0] as string))].sort();
  return { beneficiary: await em.findOneByOrFail(Beneficiary, { id }), touched };
}

/**
 * Erases her data (one transaction), then, once that has committed, vacuums every table it
 * touched: the old row versions holding her name, phone and narratives are removed from the
 * table pages now rather than whenever autovacuum comes by. VACUUM cannot run inside a
 * transaction, and a snapshot still open elsewhere may keep a version until it ends; the
 * write-ahead log and backups keep theirs until they are recycled or expire (see the README).
 */
export async function eraseThenVacuum(ctx: RequestContext, input: { id: string; reason: string }) {
  const result = await runMutation(ctx, input, (em) => eraseBeneficiary(ctx, em, input.id, input.reason));
  if (result.userErrors.length === 0) {
    for (const table of result.touched ?? []) {
      try {
        await ctx.db.query(`VACUUM "${table}"`);
      } catch (error) {
        ctx.log.warn({ err: error, table }, "could not vacuum after an erasure; autovacuum will remove the old row versions later");
      }
    }
  }
  return { beneficiary: result.beneficiary, userErrors: result.userErrors };
}
