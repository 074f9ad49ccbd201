import type { EntityManager } from "typeorm";
import { hasRole } from "../../core/access";
import { audit, auditReads } from "../../core/audit";
import { User } from "../../core/auth/user.entity";
import { today } from "../../core/clock";
import type { RequestContext } from "../../core/context";
import { countsBy, type KeyCount } from "../../core/db/counts";
import { exists, type Figure, figure } from "../../core/db/query";
import type { NodeFields } from "../../core/graphql/columns";
import type { PageArgs } from "../../core/graphql/connection";
import { dateRange, equals, matches, mine } from "../../core/graphql/filters";
import { defineList, type ListSort } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { actorId, findInReach, inReach, inUnits } from "../../core/reach";
import { getBeneficiary } from "../beneficiaries/beneficiary.service";
import { unitExists } from "../organisation/unit.service";
import { Case, CaseRiskChange, CaseStage, CaseStatus, ClosureDecision } from "./case.entity";
import {
  type AddCaseNoteInput,
  type CaseFilter,
  CaseSortField,
  type CaseStepInput,
  type ChangeCaseRiskInput,
  type DecideCaseClosureInput,
  type OpenCaseInput,
  type RecordIncidentInput,
  type UpdateCaseInput,
} from "./case.inputs";
import { CaseNote } from "./case-note.entity";
import { CaseClosureStep, ClosureStepKind } from "./closure-step.entity";
import { Incident } from "./incident.entity";

const STAGES = Object.values(CaseStage);

/**
 * A case the viewer may reach, or NOT_FOUND: one outside a case worker's units answers as one
 * that does not exist, and the attempt is audited.
 */
export function getCase(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Case> {
  return findInReach(ctx, em, Case, id);
}

export async function readCase(ctx: RequestContext, id: string): Promise<Case> {
  const found = await getCase(ctx, id);
  await auditReads(ctx, "Case", [id]);
  return found;
}

/** The day a timestamp column falls on in Dushanbe. */
const dayOf = (column: string) => `(${column} AT TIME ZONE 'Asia/Dushanbe')::date`;

/** The list of cases; each case listed is an audited read. */
export const caseList = defineList<CaseFilter, CaseSortField>({
  node: "Case",
  entity: Case,
  alias: "c",
  archivable: true,
  audit: "each",
  filters: {
    mine: mine("c.case_worker_id", "caseWorker"),
    status: equals("c.status", "status"),
    stage: equals("c.stage", "stage"),
    riskLevel: equals("c.risk_level", "riskLevel"),
    unitId: equals("c.unit_id", "unit"),
    beneficiaryId: equals("c.beneficiary_id", "beneficiary"),
    closureDecision: equals("c.closure_decision", "closureDecision"),
    caseWorkerId: equals("c.case_worker_id", "caseWorker"),
    districtId: matches(
      (p) =>
        `EXISTS (SELECT 1 FROM beneficiary cb JOIN community cc ON cc.id = cb.community_id WHERE cb.id = c.beneficiary_id AND cc.district_id = :${p})`,
      "beneficiary",
    ),
    openedOn: dateRange(dayOf("c.opened_at"), "openedAt"),
  },
  sorts: {
    [CaseSortField.RISK]: { expression: "CASE c.risk_level WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END", reads: ["riskLevel"] },
    [CaseSortField.OPENED_AT]: { expression: "c.opened_at", reads: ["openedAt"] },
    [CaseSortField.UPDATED_AT]: { expression: "c.updated_at", reads: ["updatedAt"] },
  },
  defaultSort: { field: CaseSortField.OPENED_AT, direction: "DESC" },
});

export function listCases(ctx: RequestContext, filter?: CaseFilter, sort?: ListSort<CaseSortField>, page?: PageArgs, nodes?: NodeFields) {
  return caseList.page<Case>(ctx, filter, sort, page, nodes);
}

/** Her cases within the viewer's reach, one page per woman, batched for a page of women. */
export function casesOf(
  ctx: RequestContext,
  beneficiaryId: string,
  filter?: CaseFilter,
  sort?: ListSort<CaseSortField>,
  page?: PageArgs,
  nodes?: NodeFields,
) {
  return caseList.nested<Case>(ctx, { column: "beneficiary_id", id: beneficiaryId }, filter, sort, page, nodes);
}

/**
 * What must be settled before a case may close, each check registered by the module that owns it
 * (referrals: none still open), so this module reads no other module's tables. A check answers
 * why closing must wait — the sentence and what still uses the case (`IN_USE` params) — or null.
 */
type ClosureCheck = (em: EntityManager, caseId: string) => Promise<{ message: string; by: string; count: number } | null>;
const closureChecks: ClosureCheck[] = [];

export function beforeCaseClosure(check: ClosureCheck): void {
  closureChecks.push(check);
}

async function checkCaseWorker(
  ctx: RequestContext,
  em: EntityManager,
  caseWorkerId: string | undefined,
  unitId: string,
): Promise<string | null> {
  const id = caseWorkerId ?? (hasRole(ctx.viewer, "CASE_WORKER") && ctx.viewer?.kind === "user" ? ctx.viewer.userId : undefined);
  if (!id) return null;
  const worker = await em.getRepository(User).createQueryBuilder("u").where("u.id = :id AND u.archived_at IS NULL", { id }).getOne();
  if (!worker || !["CASE_WORKER", "COORDINATOR"].includes(worker.role)) refuse("caseWorkerId", "No such case worker.", "NOT_FOUND");
  if (worker.role === "CASE_WORKER") {
    const inUnit = await exists(em, "SELECT 1 FROM user_unit WHERE user_id = $1 AND unit_id = $2", [id, unitId]);
    if (!inUnit) refuse("caseWorkerId", "The case worker does not work in the case's unit.", "NOT_MEMBER", { of: "UNIT", day: null });
  }
  return id;
}

export async function openCase(ctx: RequestContext, em: EntityManager, input: OpenCaseInput) {
  await getBeneficiary(ctx, input.beneficiaryId, em).catch(() => refuse("beneficiaryId", "No such beneficiary.", "NOT_FOUND"));
  if (!(await unitExists(em, input.unitId))) refuse("unitId", "No such unit.", "NOT_FOUND");
  if (!inUnits(ctx.viewer, input.unitId)) refuse("unitId", "You can open cases only in your own units.", "OUT_OF_REACH");
  const caseWorkerId = await checkCaseWorker(ctx, em, input.caseWorkerId, input.unitId);
  const saved = await em.save(
    Case,
    em.create(Case, {
      beneficiaryId: input.beneficiaryId,
      unitId: input.unitId,
      caseWorkerId,
      riskLevel: input.riskLevel,
      plan: input.plan ?? null,
      notes: input.notes ?? null,
      stage: input.plan ? CaseStage.CASE_PLAN : CaseStage.NEW,
    }),
  );
  await em.insert(CaseRiskChange, { caseId: saved.id, previousLevel: null, level: input.riskLevel, reason: null, changedBy: actorId(ctx) });
  await audit(ctx, { action: "CREATE", entityType: "Case", entityId: saved.id }, em);
  return { case: saved };
}

function openOnly(c: Case) {
  if (c.status !== CaseStatus.OPEN) refuse("id", "The case is not open.", "INVALID_STATE", { state: c.status });
}

export async function updateCase(ctx: RequestContext, em: EntityManager, input: UpdateCaseInput) {
  const current = await getCase(ctx, input.id, em);
  openOnly(current);
  const { id, version, caseWorkerId, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Case>;
  if (changes.stage) {
    const allowed = STAGES.slice(STAGES.indexOf(current.stage)).filter((s) => s !== CaseStage.CLOSED);
    if (changes.stage === CaseStage.CLOSED)
      refuse("stage", "A case is closed through requestCaseClosure and a coordinator's approval.", "NOT_ALLOWED", { allowed });
    if (STAGES.indexOf(changes.stage) < STAGES.indexOf(current.stage))
      refuse("stage", "The workflow only moves forward; reopen a closed case instead.", "NOT_ALLOWED", { allowed });
  }
  if (caseWorkerId) changes.caseWorkerId = await checkCaseWorker(ctx, em, caseWorkerId, current.unitId);
  const saved = await updateVersioned(em, Case, "Case", id, version, changes);
  await audit(ctx, { action: "UPDATE", entityType: "Case", entityId: id, details: { fields: Object.keys(changes) } }, em);
  return { case: saved };
}

export async function changeRisk(ctx: RequestContext, em: EntityManager, input: ChangeCaseRiskInput) {
  const current = await getCase(ctx, input.id, em);
  if (current.riskLevel === input.level) refuse("level", "The case is at this risk level already.", "UNCHANGED", { value: input.level });
  const saved = await updateVersioned(em, Case, "Case", input.id, input.version, { riskLevel: input.level });
  await em.insert(CaseRiskChange, {
    caseId: input.id,
    previousLevel: current.riskLevel,
    level: input.level,
    reason: input.reason,
    changedBy: actorId(ctx),
  });
  await audit(
    ctx,
    { action: "CHANGE_RISK", entityType: "Case", entityId: input.id, details: { from: current.riskLevel, to: input.level } },
    em,
  );
  return { case: saved };
}

function closureStep(ctx: RequestContext, em: EntityManager, caseId: string, step: ClosureStepKind, reason: string) {
  return em.insert(CaseClosureStep, { caseId, step, reason, takenBy: actorId(ctx) });
}

export async function requestClosure(ctx: RequestContext, em: EntityManager, input: CaseStepInput) {
  const current = await getCase(ctx, input.id, em);
  openOnly(current);
  if (current.closureDecision === ClosureDecision.REQUESTED)
    refuse("id", "Closing this case is awaiting a decision already.", "INVALID_STATE", { state: ClosureDecision.REQUESTED });
  for (const check of closureChecks) {
    const waiting = await check(em, input.id);
    if (waiting) refuse("id", waiting.message, "IN_USE", { by: waiting.by, count: waiting.count });
  }
  const saved = await updateVersioned(em, Case, "Case", input.id, input.version, {
    closureDecision: ClosureDecision.REQUESTED,
    closureReason: input.reason,
    closureDecisionReason: null,
    closureRequestedBy: actorId(ctx),
    closureRequestedAt: new Date(),
    closureDecidedBy: null,
    closureDecidedAt: null,
  });
  await closureStep(ctx, em, input.id, ClosureStepKind.REQUESTED, input.reason);
  await audit(ctx, { action: "REQUEST_CLOSURE", entityType: "Case", entityId: input.id }, em);
  return { case: saved };
}

export async function decideClosure(ctx: RequestContext, em: EntityManager, input: DecideCaseClosureInput) {
  const current = await getCase(ctx, input.id, em);
  if (current.closureDecision !== ClosureDecision.REQUESTED)
    refuse("id", "Nobody has asked to close this case.", "INVALID_STATE", { state: current.closureDecision ?? "NOT_REQUESTED" });
  const decided = {
    closureDecision: input.approve ? ClosureDecision.APPROVED : ClosureDecision.REJECTED,
    closureDecisionReason: input.reason,
    closureDecidedBy: actorId(ctx),
    closureDecidedAt: new Date(),
  };
  const closing = input.approve ? { status: CaseStatus.CLOSED, stage: CaseStage.CLOSED, closedAt: new Date() } : {};
  const saved = await updateVersioned(em, Case, "Case", input.id, input.version, { ...decided, ...closing });
  await closureStep(ctx, em, input.id, input.approve ? ClosureStepKind.APPROVED : ClosureStepKind.REJECTED, input.reason);
  await audit(ctx, { action: input.approve ? "APPROVE_CLOSURE" : "REJECT_CLOSURE", entityType: "Case", entityId: input.id }, em);
  return { case: saved };
}

export async function reopen(ctx: RequestContext, em: EntityManager, input: CaseStepInput) {
  const current = await getCase(ctx, input.id, em);
  if (current.status !== CaseStatus.CLOSED) refuse("id", "Only a closed case can be reopened.", "INVALID_STATE", { state: current.status });
  const saved = await updateVersioned(em, Case, "Case", input.id, input.version, {
    status: CaseStatus.OPEN,
    stage: CaseStage.CASE_PLAN,
    closedAt: null,
    closureDecision: null,
    closureReason: null,
    closureDecisionReason: null,
  });
  await closureStep(ctx, em, input.id, ClosureStepKind.REOPENED, input.reason);
  await audit(ctx, { action: "REOPEN", entityType: "Case", entityId: input.id }, em);
  return { case: saved };
}

/** A note is added with who wrote it and when; no note overwrites another. */
export async function addNote(ctx: RequestContext, em: EntityManager, input: AddCaseNoteInput) {
  const current = await getCase(ctx, input.caseId, em).catch(() => refuse("caseId", "No such case.", "NOT_FOUND"));
  openOnly(current);
  const note = await em.save(CaseNote, em.create(CaseNote, { caseId: input.caseId, text: input.text.trim(), writtenBy: actorId(ctx) }));
  await audit(ctx, { action: "CREATE", entityType: "CaseNote", entityId: note.id, details: { caseId: input.caseId } }, em);
  return { case: current };
}

export async function recordIncident(ctx: RequestContext, em: EntityManager, input: RecordIncidentInput) {
  const current = await getCase(ctx, input.caseId, em).catch(() => refuse("caseId", "No such case.", "NOT_FOUND"));
  openOnly(current);
  const reportedOn = input.reportedOn ?? today();
  if (input.occurredOn > today()) refuse("occurredOn", "The incident cannot be in the future.", "IN_FUTURE", { latest: today() });
  if (reportedOn > today()) refuse("reportedOn", "The report cannot be in the future.", "IN_FUTURE", { latest: today() });
  if (reportedOn < input.occurredOn)
    refuse("reportedOn", "The report cannot come before the incident.", "TOO_EARLY", {
      earliest: input.occurredOn,
      reference: "occurredOn",
    });
  const incident = await em.save(
    Incident,
    em.create(Incident, {
      caseId: input.caseId,
      occurredOn: input.occurredOn,
      reportedOn,
      gbvType: input.gbvType,
      perpetratorRelation: input.perpetratorRelation,
      placeType: input.placeType,
      narrative: input.narrative ?? null,
      perpetratorDetails: input.perpetratorDetails ?? null,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: "Incident", entityId: incident.id, details: { caseId: input.caseId } }, em);
  return { incident };
}

/** One incident, reached with its case; one out of reach is refused and recorded against the incident. */
export async function readIncident(ctx: RequestContext, id: string): Promise<Incident> {
  const incident = await findInReach(ctx, ctx.db.manager, Incident, id);
  await auditReads(ctx, "Incident", [id]);
  return incident;
}

/** The viewer's open cases by risk level. */
export function myOpenCasesByRisk(ctx: RequestContext): Promise<KeyCount[]> {
  const q = ctx.db.getRepository(Case).createQueryBuilder("c");
  q.where("c.case_worker_id = :me AND c.status = 'OPEN' AND c.archived_at IS NULL", { me: actorId(ctx) });
  return countsBy(q, "c.risk_level");
}

/** Cases within reach whose closing awaits a coordinator's decision. */
export function countAwaitingClosure(ctx: RequestContext): Promise<number> {
  return caseList.count(ctx, { closureDecision: ClosureDecision.REQUESTED, status: CaseStatus.OPEN });
}

/** Cases opened between two days, by their risk level at opening. */
export function casesOpenedByRisk(ctx: RequestContext, from: string, to: string): Promise<KeyCount[]> {
  const q = ctx.db.getRepository(CaseRiskChange).createQueryBuilder("r").innerJoin(Case, "c", "c.id = r.case_id");
  q.where("r.previous_level IS NULL AND c.opened_at::date BETWEEN :from AND :to", { from, to });
  return countsBy(q, "r.level");
}

/** Incidents reported between two days, counted by one of their coded columns. */
export function incidentsBy(
  ctx: RequestContext,
  column: "gbv_type" | "perpetrator_relation",
  from: string,
  to: string,
): Promise<KeyCount[]> {
  const q = ctx.db.getRepository(Incident).createQueryBuilder("i").where("i.reported_on BETWEEN :from AND :to", { from, to });
  return countsBy(q, `i.${column}`);
}

/** Open cases by risk level in `districtId` (null: every district), as of now, from the rollup the case triggers keep (migration DashboardFigures). */
export function openCasesByRiskIn(districtId: string | null): Figure<{ key: string; n: number }> {
  return figure(
    `SELECT risk_level AS key, sum(n)::int AS n FROM open_case_count
      WHERE $1::uuid IS NULL OR district_id = $1::uuid
      GROUP BY 1 HAVING sum(n) <> 0`,
    [districtId],
  );
}

/**
 * The case `caseId` names when the viewer may reach it (null otherwise); each case shown is an
 * audited read. Batched: one query and one audit insert per request, however many are asked for.
 */
export function caseInReach(ctx: RequestContext, caseId: string): Promise<Case | null> {
  return ctx.loaders
    .get<string, Case | null>("Case.inReach", async (ids) => {
      const cases = await ctx.loaders.byId(Case, "Case").loadMany([...ids]);
      const visible = cases.map((c) => (c instanceof Case && inReach(ctx, Case, c) ? c : null));
      await auditReads(
        ctx,
        "Case",
        visible.flatMap((c) => (c ? [c.id] : [])),
      );
      return visible;
    })
    .load(caseId);
}
