import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, unitReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Consent } from "../consent/consent.entity";
import { Partner } from "../organisation/partner.entity";
import { Unit } from "../organisation/unit.entity";

export enum ReceiverKind {
  PARTNER = "PARTNER",
  HOSPITAL = "HOSPITAL",
  POLICE = "POLICE",
  LEGAL_AID = "LEGAL_AID",
  NGO = "NGO",
  STATE_BODY = "STATE_BODY",
  OTHER = "OTHER",
}
registerEnumType(ReceiverKind, {
  name: "ReceiverKind",
  description:
    "What kind of body a referral goes to, whether it is a registered partner (then named by partnerId) or not (then by receiverName). PARTNER: a registered partner of no other kind listed here.",
});

export enum ReferralStatus {
  IN_PROGRESS = "IN_PROGRESS",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  DONE = "DONE",
  REVOKED = "REVOKED",
}
registerEnumType(ReferralStatus, {
  name: "ReferralStatus",
  description: "In progress → accepted or rejected by the receiver → done; or revoked by NK before it is done.",
});

/** A referral of a beneficiary to a partner or an external body. */
@ObjectType({ description: "A referral of a beneficiary to a partner or an external body, with the consent it relies on. Sensitive." })
@Allow(...CASE_READERS)
@Entity({ name: "referral" })
// Her referrals, newest first: the nested page of each woman; and the list's default order.
@Index("referral_beneficiary_referred_idx", ["beneficiaryId", "referredAt", "id"])
@Index("referral_referred_idx", ["referredAt", "id"])
export class Referral extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Index("referral_case_idx")
  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case)
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  /** The referring unit: case workers reach the referrals of their units. */
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Field(() => ReceiverKind, { description: "Kind of receiver." })
  @Column({ name: "receiver_kind", type: "varchar", length: 20 })
  receiverKind: ReceiverKind;

  @Column({ name: "partner_id", type: "uuid", nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @Field(() => String, { nullable: true, description: "Name of an external receiver (not a partner on record)." })
  @Column({ name: "receiver_name", type: "varchar", length: 200, nullable: true })
  receiverName: string | null;

  @Field(() => String, { nullable: true, description: "Why she is referred. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  reason: string | null;

  @Field({ description: "Whether her personal data is shared with the receiver." })
  @Column({ name: "shares_personal_data", type: "boolean" })
  sharesPersonalData: boolean;

  @Column({ name: "consent_id", type: "uuid", nullable: true })
  consentId: string | null;

  @ManyToOne(() => Consent)
  @JoinColumn({ name: "consent_id" })
  consentRef?: Consent;

  @Field(() => String, {
    nullable: true,
    description: "Why data was shared without consent to this receiver (audited). Encrypted at rest.",
  })
  @Column({ name: "consent_override_reason", type: "text", nullable: true, transformer: encrypted })
  consentOverrideReason: string | null;

  @Field(() => ReferralStatus, { description: "Where the referral stands." })
  @Column({ type: "varchar", length: 20, default: ReferralStatus.IN_PROGRESS })
  status: ReferralStatus;

  @Field({ description: "When the referral was made." })
  @Column({ name: "referred_at", type: "timestamptz", default: () => "now()" })
  referredAt: Date;
}

/** One change of a referral's status. */
@ObjectType({ description: "One change of a referral's status, timestamped." })
@Allow(...CASE_READERS)
@Entity({ name: "referral_status_change" })
export class ReferralStatusChange {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("referral_status_change_referral_idx")
  @Column({ name: "referral_id", type: "uuid" })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: "CASCADE" })
  @JoinColumn({ name: "referral_id" })
  referralRef?: Referral;

  @Field(() => ReferralStatus, { nullable: true, description: "Status before; null when the referral was made." })
  @Column({ name: "from_status", type: "varchar", length: 20, nullable: true })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus, { description: "Status after." })
  @Column({ name: "to_status", type: "varchar", length: 20 })
  toStatus: ReferralStatus;

  @Column({ name: "changed_by", type: "uuid", nullable: true })
  changedBy: string | null;

  @Field({ description: "When." })
  @Column({ name: "changed_at", type: "timestamptz", default: () => "now()" })
  changedAt: Date;
}

/** A case worker reaches the referrals of her units. */
declareReach(Referral, unitReach("Referral"));
