import { type EntityManager, In } from "typeorm";
import { audit, auditReads } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { countsBy, type KeyCount } from "../../core/db/counts";
import type { PageArgs } from "../../core/graphql/connection";
import { dateRange, equals, flag } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { refuse } from "../../core/graphql/mutation";
import { updateVersioned } from "../../core/graphql/versioned";
import { actorId, findInReach, inUnits } from "../../core/reach";
import { getBeneficiary } from "../beneficiaries/beneficiary.service";
import { CaseStatus } from "../cases/case.entity";
import { beforeCaseClosure, getCase } from "../cases/case.service";
import { sharingConsent } from "../consent/consent.service";
import { currentPartner } from "../organisation/partner.service";
import { unitExists } from "../organisation/unit.service";
import { ReceiverKind, Referral, ReferralStatus, ReferralStatusChange } from "./referral.entity";
import type { ChangeReferralStatusInput, MakeReferralInput, ReferralFilter } from "./referral.inputs";

/** Where each status may go next; DONE, REJECTED and REVOKED are final. */
const NEXT: Record<ReferralStatus, ReferralStatus[]> = {
  [ReferralStatus.IN_PROGRESS]: [ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.REVOKED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.DONE, ReferralStatus.REVOKED],
  [ReferralStatus.REJECTED]: [],
  [ReferralStatus.DONE]: [],
  [ReferralStatus.REVOKED]: [],
};

/** The statuses a referral may move to from where it stands. */
export function nextStatuses(r: Pick<Referral, "status">): ReferralStatus[] {
  return [...NEXT[r.status]];
}

export const OPEN_STATUSES = [ReferralStatus.IN_PROGRESS, ReferralStatus.ACCEPTED];

/** A referral the viewer may reach, or NOT_FOUND (audited when it exists out of reach). */
export function getReferral(ctx: RequestContext, id: string, em: EntityManager = ctx.db.manager): Promise<Referral> {
  return findInReach(ctx, em, Referral, id);
}

export async function readReferral(ctx: RequestContext, id: string) {
  const found = await getReferral(ctx, id);
  await auditReads(ctx, "Referral", [id]);
  return found;
}

/** The list of referrals; each referral listed is an audited read. */
export const referralList = defineList<ReferralFilter, "REFERRED_AT">({
  node: "Referral",
  entity: Referral,
  alias: "r",
  archivable: true,
  audit: "each",
  filters: {
    beneficiaryId: equals("r.beneficiary_id", "beneficiary"),
    caseId: equals("r.case_id", "beneficiary"),
    status: equals("r.status", "status"),
    open: flag(`r.status IN ('${OPEN_STATUSES.join("', '")}')`, null, "status"),
    referredOn: dateRange("(r.referred_at AT TIME ZONE 'Asia/Dushanbe')::date", "referredAt"),
    partnerId: equals("r.partner_id", "partner"),
    receiverKind: equals("r.receiver_kind", "receiverKind"),
    unitId: equals("r.unit_id", "unit"),
  },
  sorts: { REFERRED_AT: { expression: "r.referred_at", reads: ["referredAt"] } },
  defaultSort: { field: "REFERRED_AT", direction: "DESC" },
});

/** Her referrals within the viewer's reach, one page per woman, batched for a page of women. */
export function referralsOf(ctx: RequestContext, beneficiaryId: string, filter?: ReferralFilter, page?: PageArgs) {
  return referralList.nested<Referral>(ctx, { column: "beneficiary_id", id: beneficiaryId }, filter, null, page);
}

export function listReferrals(ctx: RequestContext, filter?: ReferralFilter, page?: PageArgs) {
  return referralList.page<Referral>(ctx, filter, null, page);
}

// A case closes only once its referrals are done, rejected or revoked.
beforeCaseClosure(async (em, caseId) => {
  const open = await em.getRepository(Referral).countBy({ caseId, status: In(OPEN_STATUSES) });
  if (open === 0) return null;
  return { message: `The case has ${open} open referral(s): mark them done, rejected or revoked first.`, by: "REFERRALS", count: open };
});

/** A receiver is a registered partner of any kind (by partnerId) or a body named in receiverName, never both. */
async function checkReceiver(em: EntityManager, input: MakeReferralInput) {
  if (input.partnerId) {
    if (input.receiverName)
      refuse("receiverName", "A referral to a registered partner names the partner, not a receiver name.", "NOT_APPLICABLE", {
        field: "partnerId",
        value: input.partnerId,
      });
    await currentPartner(em, input.partnerId, "partnerId", "The partner is archived: refer her to a current partner.");
  } else if (input.receiverKind === ReceiverKind.PARTNER) {
    refuse("partnerId", "Choose the partner receiving her.", "REQUIRED");
  } else if (!input.receiverName) {
    refuse("receiverName", "Choose a registered partner or give the receiver's name.", "REQUIRED");
  }
}

export async function makeReferral(ctx: RequestContext, em: EntityManager, input: MakeReferralInput) {
  await getBeneficiary(ctx, input.beneficiaryId, em).catch(() => refuse("beneficiaryId", "No such beneficiary.", "NOT_FOUND"));
  if (input.caseId) {
    const c = await getCase(ctx, input.caseId, em).catch(() => refuse("caseId", "No such case.", "NOT_FOUND"));
    if (c.beneficiaryId !== input.beneficiaryId)
      refuse("caseId", "The case is about another woman.", "MISMATCH", { field: "beneficiaryId" });
    if (c.status !== CaseStatus.OPEN) refuse("caseId", "The case is not open.", "INVALID_STATE", { state: c.status });
  }
  if (!(await unitExists(em, input.unitId))) refuse("unitId", "No such unit.", "NOT_FOUND");
  if (!inUnits(ctx.viewer, input.unitId)) refuse("unitId", "You can refer only from your own units.", "OUT_OF_REACH");
  await checkReceiver(em, input);

  let consentId: string | null = null;
  if (input.sharesPersonalData) {
    const consent = await sharingConsent(em, input.beneficiaryId, input);
    consentId = consent?.id ?? null;
    if (!consent && !input.consentOverrideReason) {
      refuse(
        "sharesPersonalData",
        "She has not consented to sharing her data with this receiver: record her consent, or give a reason to override it.",
        "REQUIRED",
      );
    }
  }
  const override = input.sharesPersonalData && !consentId ? (input.consentOverrideReason ?? null) : null;
  const referral = await em.save(
    Referral,
    em.create(Referral, {
      beneficiaryId: input.beneficiaryId,
      caseId: input.caseId ?? null,
      unitId: input.unitId,
      receiverKind: input.receiverKind,
      partnerId: input.partnerId ?? null,
      receiverName: input.receiverName?.trim() ?? null,
      reason: input.reason ?? null,
      sharesPersonalData: input.sharesPersonalData,
      consentId,
      consentOverrideReason: override,
    }),
  );
  await em.insert(ReferralStatusChange, {
    referralId: referral.id,
    fromStatus: null,
    toStatus: ReferralStatus.IN_PROGRESS,
    changedBy: actorId(ctx),
  });
  await audit(
    ctx,
    [
      {
        action: "CREATE",
        entityType: "Referral",
        entityId: referral.id,
        details: { receiverKind: input.receiverKind, sharesPersonalData: input.sharesPersonalData },
      },
      ...(override
        ? [{ action: "CONSENT_OVERRIDE", entityType: "Referral", entityId: referral.id, details: { beneficiaryId: input.beneficiaryId } }]
        : []),
    ],
    em,
  );
  return { referral };
}

export async function changeStatus(ctx: RequestContext, em: EntityManager, input: ChangeReferralStatusInput) {
  const current = await getReferral(ctx, input.id, em);
  if (!NEXT[current.status].includes(input.status)) {
    refuse(
      "status",
      `A referral ${current.status.toLowerCase().replace("_", " ")} cannot become ${input.status.toLowerCase().replace("_", " ")}.`,
      "NOT_ALLOWED",
      { allowed: NEXT[current.status] },
    );
  }
  const referral = await updateVersioned(em, Referral, "Referral", input.id, input.version, { status: input.status });
  await em.insert(ReferralStatusChange, {
    referralId: input.id,
    fromStatus: current.status,
    toStatus: input.status,
    changedBy: actorId(ctx),
  });
  await audit(
    ctx,
    { action: "CHANGE_STATUS", entityType: "Referral", entityId: input.id, details: { from: current.status, to: input.status } },
    em,
  );
  return { referral };
}

/**
 * Her consent in force to share her data with a receiver (a partner, or a body by name), or null;
 * NOT_FOUND when she is outside the viewer's reach.
 */
export async function consentToShare(ctx: RequestContext, beneficiaryId: string, receiver: { partnerId?: string; receiverName?: string }) {
  await getBeneficiary(ctx, beneficiaryId);
  if (!receiver.partnerId && !receiver.receiverName?.trim()) return null;
  return sharingConsent(ctx.db.manager, beneficiaryId, receiver);
}

/** Referrals made between two days, by their status now. */
export function referralsByStatus(ctx: RequestContext, from: string, to: string): Promise<KeyCount[]> {
  const q = ctx.db.getRepository(Referral).createQueryBuilder("r").where("r.referred_at::date BETWEEN :from AND :to", { from, to });
  return countsBy(q, "r.status");
}
