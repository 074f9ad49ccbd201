import type { EntityManager } from "typeorm";
import { Service, ServiceKind, ServiceOutcome, SUBTYPES } from "../src/modules/assistance/service.entity";
import { Case, CaseRiskChange, CaseStage, CaseStatus, ClosureDecision, RiskLevel } from "../src/modules/cases/case.entity";
import { CaseClosureStep, ClosureStepKind } from "../src/modules/cases/closure-step.entity";
import { GbvType, Incident, PerpetratorRelation, PlaceType } from "../src/modules/cases/incident.entity";
import { Consent, ConsentScope } from "../src/modules/consent/consent.entity";
import { ReceiverKind, Referral, ReferralStatus, ReferralStatusChange } from "../src/modules/referrals/referral.entity";
import { ShelterStay } from "../src/modules/shelter/shelter-stay.entity";
import { daysFromToday, random } from "./helpers";

// Made-up narratives, plainly marked as such, in the languages staff write in.
const NARRATIVES = [
  "Намуна: муж кричал и угрожал выгнать её из дома; соседи вызвали участкового.",
  "Намуна: свекровь отбирает у неё деньги, присланные из России, и не даёт выходить из дома.",
  "Намуна: шавҳараш ӯро латукӯб кард; кӯдакон дар хона буданд.",
  "Намуна: после развода бывший муж не платит алименты и угрожает забрать детей.",
  "Намуна: её хотели выдать замуж в 16 лет; она сбежала к тёте.",
];
const PLANS = [
  "Намуна: юридическая консультация по алиментам, психолог раз в неделю, группа взаимопомощи.",
  "Намуна: безопасное жильё в приюте, медицинский осмотр, восстановление паспорта.",
  "Намуна: консультация по малому бизнесу, обучение шитью, сопровождение в суд.",
];
const GBV = [
  GbvType.PHYSICAL_ASSAULT,
  GbvType.PSYCHOLOGICAL_ABUSE,
  GbvType.DENIAL_OF_RESOURCES,
  GbvType.FORCED_MARRIAGE,
  GbvType.SEXUAL_ASSAULT,
  GbvType.PHYSICAL_ASSAULT,
];
const RELATIONS = [
  PerpetratorRelation.INTIMATE_PARTNER,
  PerpetratorRelation.INTIMATE_PARTNER,
  PerpetratorRelation.IN_LAW,
  PerpetratorRelation.FORMER_PARTNER,
  PerpetratorRelation.FAMILY_MEMBER,
];
const PLACES = [PlaceType.HOME, PlaceType.IN_LAWS_HOME, PlaceType.HOME, PlaceType.PUBLIC_PLACE];

const day = daysFromToday;

/**
 * Demo case work, all made up: cases at every stage and risk level with incidents, services of
 * the four kinds (some follow-ups overdue), referrals in every status, consents, shelter stays.
 */
export async function seedAssistance(em: EntityManager): Promise<void> {
  const r = random(2026);
  const units = new Map((await em.query("SELECT id, code, capacity FROM unit")).map((u: { code: string }) => [u.code, u])) as Map<
    string,
    { id: string; capacity: number | null }
  >;
  const crisis = units.get("CRISIS")?.id as string;
  const shelter = units.get("SHELTER")?.id as string;
  const women: { id: string; unit_id: string }[] = await em.query("SELECT id, unit_id FROM beneficiary ORDER BY code");
  const partners: { id: string }[] = await em.query("SELECT id FROM partner WHERE kind = 'NGO' ORDER BY name");

  // Anonymous statistics count only those who agreed: about three in four.
  await em.insert(
    Consent,
    women
      .filter(() => r.next() < 0.75)
      .map((w) => ({ beneficiaryId: w.id, scope: ConsentScope.STATISTICS, givenAt: new Date(`${day(-400)}T09:00:00Z`) })),
  );

  const caseWomen = women.filter((w) => w.unit_id === crisis || w.unit_id === shelter).slice(0, 48);
  const stages = [CaseStage.NEW, CaseStage.CASE_PLAN, CaseStage.SERVICE_PROVISION, CaseStage.SERVICES_IMPLEMENTED];
  const risks = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];
  const beds: { id: string }[] = await em.query("SELECT id FROM shelter_bed WHERE unit_id = $1 ORDER BY position", [shelter]);
  let stays = 0;
  for (const [i, w] of caseWomen.entries()) {
    const closed = i % 6 === 5;
    // Opened up to a year and a half ago, so that ended quarters have figures to publish.
    const openedAgo = 30 + Math.floor(r.next() * 520);
    const opened = day(-openedAgo);
    const risk = r.pick(risks);
    const c = await em.save(
      Case,
      em.create(Case, {
        beneficiaryId: w.id,
        unitId: w.unit_id,
        riskLevel: risk,
        status: closed ? CaseStatus.CLOSED : CaseStatus.OPEN,
        stage: closed ? CaseStage.CLOSED : stages[i % stages.length],
        plan: i % 4 === 0 ? null : r.pick(PLANS),
        openedAt: new Date(`${opened}T08:00:00Z`),
        closedAt: closed ? new Date() : null,
        closureDecision: closed ? ClosureDecision.APPROVED : i % 7 === 3 ? ClosureDecision.REQUESTED : null,
        closureRequestedAt: closed || i % 7 === 3 ? new Date() : null,
      }),
    );
    await em.insert(CaseRiskChange, { caseId: c.id, previousLevel: null, level: risk, changedAt: new Date(`${opened}T08:00:00Z`) });
    if (c.closureRequestedAt)
      await em.insert(CaseClosureStep, { caseId: c.id, step: ClosureStepKind.REQUESTED, reason: null, takenAt: c.closureRequestedAt });
    if (closed)
      await em.insert(CaseClosureStep, {
        caseId: c.id,
        step: ClosureStepKind.APPROVED,
        reason: null,
        takenAt: c.closureRequestedAt ?? new Date(),
      });
    await em.insert(Incident, {
      caseId: c.id,
      occurredOn: day(-openedAgo - Math.floor(r.next() * 20)),
      reportedOn: opened,
      gbvType: r.pick(GBV),
      perpetratorRelation: r.pick(RELATIONS),
      placeType: r.pick(PLACES),
      narrative: r.pick(NARRATIVES),
      perpetratorDetails: "Намуна: данные выдуманы",
    });
    await em.insert(Consent, { beneficiaryId: w.id, scope: ConsentScope.SERVICES, givenAt: new Date(`${opened}T08:00:00Z`) });

    for (const kind of [ServiceKind.LEGAL, ServiceKind.PSYCHOLOGICAL, r.pick([ServiceKind.MEDICAL, ServiceKind.ECONOMIC])]) {
      const overdue = i % 5 === 0 && kind === ServiceKind.LEGAL;
      await em.insert(Service, {
        beneficiaryId: w.id,
        caseId: c.id,
        unitId: w.unit_id,
        kind,
        subtype: r.pick(SUBTYPES[kind]),
        providedOn: day(-10 - Math.floor(r.next() * (openedAgo - 10))),
        outcome: r.pick([
          ServiceOutcome.PROVIDED,
          ServiceOutcome.PROVIDED,
          ServiceOutcome.PROVIDED,
          ServiceOutcome.REFERRED,
          ServiceOutcome.DECLINED,
        ]),
        followUpDueOn: overdue ? day(-3) : i % 3 === 0 ? day(14) : null,
      });
    }

    const status = [
      ReferralStatus.IN_PROGRESS,
      ReferralStatus.ACCEPTED,
      ReferralStatus.REJECTED,
      ReferralStatus.DONE,
      ReferralStatus.REVOKED,
    ][i % 5] as ReferralStatus;
    if (i % 2 === 0 && !closed) {
      const toPartner = i % 4 === 0 && partners.length > 0;
      const partnerId = toPartner ? r.pick(partners).id : null;
      let consentId: string | null = null;
      if (partnerId) {
        const consent = await em.save(
          Consent,
          em.create(Consent, { beneficiaryId: w.id, scope: ConsentScope.SHARING, partnerId, givenAt: new Date() }),
        );
        consentId = consent.id;
      }
      const referral = await em.save(
        Referral,
        em.create(Referral, {
          beneficiaryId: w.id,
          caseId: c.id,
          unitId: w.unit_id,
          receiverKind: partnerId ? ReceiverKind.PARTNER : r.pick([ReceiverKind.HOSPITAL, ReceiverKind.POLICE, ReceiverKind.LEGAL_AID]),
          partnerId,
          receiverName: partnerId ? null : "Намуна: районная служба",
          reason: "Намуна: направлена за помощью",
          sharesPersonalData: Boolean(partnerId),
          consentId,
          status,
        }),
      );
      const path = { IN_PROGRESS: [], ACCEPTED: ["ACCEPTED"], REJECTED: ["REJECTED"], DONE: ["ACCEPTED", "DONE"], REVOKED: ["REVOKED"] }[
        status
      ] as ReferralStatus[];
      let from: ReferralStatus | null = null;
      for (const to of [ReferralStatus.IN_PROGRESS, ...path]) {
        await em.insert(ReferralStatusChange, { referralId: referral.id, fromStatus: from, toStatus: to });
        from = to;
      }
    }

    if (w.unit_id === shelter && stays < 18) {
      const current = stays < 8;
      const admitted = current ? day(-5 - stays * 3) : day(-200 + stays * 7);
      await em.insert(ShelterStay, {
        beneficiaryId: w.id,
        caseId: c.id,
        unitId: shelter,
        admittedOn: admitted,
        plannedDischargeOn: current ? day(20) : null,
        dischargedOn: current ? null : day(-190 + stays * 7),
        accompanyingChildren: Math.floor(r.next() * 3),
        bedId: (beds[stays % beds.length] as { id: string }).id,
      });
      stays++;
    }
  }
}
