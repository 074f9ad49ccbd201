import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { refuse } from "../../core/graphql/mutation";
import { actorId } from "../../core/reach";
import { getBeneficiary } from "../beneficiaries/beneficiary.service";
import { currentPartner } from "../organisation/partner.service";
import { Consent, ConsentScope } from "./consent.entity";
import type { RecordConsentInput, WithdrawConsentInput } from "./consent.inputs";

export async function recordConsent(ctx: RequestContext, em: EntityManager, input: RecordConsentInput) {
  await getBeneficiary(ctx, input.beneficiaryId, em).catch(() => refuse("beneficiaryId", "No such beneficiary.", "NOT_FOUND"));
  const givenAt = input.givenAt ?? new Date();
  if (givenAt.getTime() > Date.now() + 60_000)
    refuse("givenAt", "A consent cannot be given in the future.", "IN_FUTURE", { latest: new Date().toISOString() });
  if (input.scope === ConsentScope.SHARING) {
    if (Boolean(input.partnerId) === Boolean(input.receiverName)) {
      refuse("partnerId", "Consent to share names one receiver: a partner or the name of another body.", "REQUIRED");
    }
    if (input.partnerId) {
      await currentPartner(em, input.partnerId, "partnerId");
    }
  } else if (input.partnerId || input.receiverName) {
    refuse("scope", "Only a consent to share names a receiver.", "NOT_APPLICABLE", { field: "scope", value: input.scope });
  }
  const consent = await em.save(
    Consent,
    em.create(Consent, {
      beneficiaryId: input.beneficiaryId,
      scope: input.scope,
      partnerId: input.partnerId ?? null,
      receiverName: input.receiverName?.trim() ?? null,
      givenAt,
      recordedBy: actorId(ctx),
      note: input.note?.trim() || null,
    }),
  );
  await audit(ctx, { action: "CREATE", entityType: "Consent", entityId: consent.id, details: { scope: input.scope } }, em);
  return { consent };
}

export async function withdrawConsent(ctx: RequestContext, em: EntityManager, input: WithdrawConsentInput) {
  const consent = await em.findOneBy(Consent, { id: input.id });
  if (!consent) refuse("id", "No such consent.", "NOT_FOUND");
  await getBeneficiary(ctx, consent.beneficiaryId, em).catch(() => refuse("id", "No such consent.", "NOT_FOUND"));
  if (consent.withdrawnAt) refuse("id", "This consent was withdrawn already.", "INVALID_STATE", { state: "WITHDRAWN" });
  const withdrawnAt = input.withdrawnAt ?? new Date();
  if (withdrawnAt < consent.givenAt)
    refuse("withdrawnAt", "A consent cannot be withdrawn before it was given.", "TOO_EARLY", {
      earliest: consent.givenAt.toISOString(),
      reference: "givenAt",
    });
  if (withdrawnAt.getTime() > Date.now() + 60_000)
    refuse("withdrawnAt", "A withdrawal cannot be in the future.", "IN_FUTURE", { latest: new Date().toISOString() });
  await em.update(Consent, { id: consent.id }, { withdrawnAt, withdrawnBy: actorId(ctx) });
  await audit(ctx, { action: "WITHDRAW", entityType: "Consent", entityId: consent.id, details: { scope: consent.scope } }, em);
  return { consent: await em.findOneByOrFail(Consent, { id: consent.id }) };
}

/** The consent in force to share her data with a receiver (a partner, or a body by name), if any. */
export async function sharingConsent(
  em: EntityManager,
  beneficiaryId: string,
  receiver: { partnerId?: string | null; receiverName?: string | null },
): Promise<Consent | null> {
  const q = em
    .getRepository(Consent)
    .createQueryBuilder("c")
    .where("c.beneficiary_id = :beneficiaryId AND c.scope = :scope AND c.withdrawn_at IS NULL", {
      beneficiaryId,
      scope: ConsentScope.SHARING,
    });
  if (receiver.partnerId) q.andWhere("c.partner_id = :partnerId", { partnerId: receiver.partnerId });
  else q.andWhere("lower(c.receiver_name) = lower(:name)", { name: receiver.receiverName?.trim() ?? "" });
  return q.orderBy("c.given_at", "DESC").getOne();
}
