import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, unitReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";

export enum ServiceKind {
  LEGAL = "LEGAL",
  PSYCHOLOGICAL = "PSYCHOLOGICAL",
  MEDICAL = "MEDICAL",
  ECONOMIC = "ECONOMIC",
}
registerEnumType(ServiceKind, { name: "ServiceKind", description: "The four kinds of help NK gives." });

export enum ServiceSubtype {
  // legal
  IDENTITY_DOCUMENTS = "IDENTITY_DOCUMENTS",
  ALIMONY = "ALIMONY",
  PROPERTY_SHARING = "PROPERTY_SHARING",
  DIVORCE = "DIVORCE",
  COURT_REPRESENTATION = "COURT_REPRESENTATION",
  // psychological
  INDIVIDUAL_COUNSELLING = "INDIVIDUAL_COUNSELLING",
  GROUP_SUPPORT = "GROUP_SUPPORT",
  CRISIS_INTERVENTION = "CRISIS_INTERVENTION",
  // medical
  MEDICAL_EXAMINATION = "MEDICAL_EXAMINATION",
  FORENSIC_EXAMINATION = "FORENSIC_EXAMINATION",
  REPRODUCTIVE_HEALTH = "REPRODUCTIVE_HEALTH",
  HIV_COUNSELLING = "HIV_COUNSELLING",
  // economic
  SMALL_BUSINESS_ADVICE = "SMALL_BUSINESS_ADVICE",
  VOCATIONAL_TRAINING = "VOCATIONAL_TRAINING",
  // any kind
  OTHER = "OTHER",
}
registerEnumType(ServiceSubtype, {
  name: "ServiceSubtype",
  description: "What exactly was given; each kind has its own subtypes (OTHER fits all).",
});

/** The subtypes each kind allows. */
export const SUBTYPES: Record<ServiceKind, ServiceSubtype[]> = {
  [ServiceKind.LEGAL]: [
    ServiceSubtype.IDENTITY_DOCUMENTS,
    ServiceSubtype.ALIMONY,
    ServiceSubtype.PROPERTY_SHARING,
    ServiceSubtype.DIVORCE,
    ServiceSubtype.COURT_REPRESENTATION,
    ServiceSubtype.OTHER,
  ],
  [ServiceKind.PSYCHOLOGICAL]: [
    ServiceSubtype.INDIVIDUAL_COUNSELLING,
    ServiceSubtype.GROUP_SUPPORT,
    ServiceSubtype.CRISIS_INTERVENTION,
    ServiceSubtype.OTHER,
  ],
  [ServiceKind.MEDICAL]: [
    ServiceSubtype.MEDICAL_EXAMINATION,
    ServiceSubtype.FORENSIC_EXAMINATION,
    ServiceSubtype.REPRODUCTIVE_HEALTH,
    ServiceSubtype.HIV_COUNSELLING,
    ServiceSubtype.OTHER,
  ],
  [ServiceKind.ECONOMIC]: [ServiceSubtype.SMALL_BUSINESS_ADVICE, ServiceSubtype.VOCATIONAL_TRAINING, ServiceSubtype.OTHER],
};

export enum ServiceOutcome {
  PROVIDED = "PROVIDED",
  REFERRED = "REFERRED",
  RECEIVED_ELSEWHERE = "RECEIVED_ELSEWHERE",
  DECLINED = "DECLINED",
  UNAVAILABLE = "UNAVAILABLE",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}
registerEnumType(ServiceOutcome, {
  name: "ServiceOutcome",
  description: "What came of a service.",
  valuesConfig: {
    PROVIDED: { description: "Provided by NK." },
    REFERRED: { description: "Referred to another provider." },
    RECEIVED_ELSEWHERE: { description: "Already received elsewhere." },
    DECLINED: { description: "Declined by the woman." },
    UNAVAILABLE: { description: "Not available." },
    NOT_APPLICABLE: { description: "Not applicable." },
  },
});

/** Help given to a beneficiary, with or without a case. */
@ObjectType({ description: "Legal, psychological, medical or economic help given to a beneficiary, with or without a case. Sensitive." })
@Allow(...CASE_READERS)
@Entity({ name: "service" })
@Index("service_follow_up_idx", ["followUpDueOn", "followUpDoneAt"])
// Her services, latest first: the nested page of each woman.
@Index("service_beneficiary_provided_idx", ["beneficiaryId", "providedOn", "id"])
// The list's default order.
@Index("service_provided_idx", ["providedOn", "id"])
// Figures over a period (women by kind): read from the index alone.
@Index("service_period_idx", ["providedOn", "kind", "beneficiaryId"], { where: "archived_at IS NULL" })
// Open follow-ups by unit and deadline: the overdue count of a case load, from the index alone.
@Index("service_open_follow_up_idx", ["unitId", "followUpDueOn"], {
  where: "follow_up_due_on IS NOT NULL AND follow_up_done_at IS NULL AND archived_at IS NULL",
})
export class Service extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Index("service_case_idx")
  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case)
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Column({ name: "provider_id", type: "uuid", nullable: true })
  providerId: string | null;

  @Field(() => ServiceKind, { description: "Kind of help." })
  @Column({ type: "varchar", length: 20 })
  kind: ServiceKind;

  @Field(() => ServiceSubtype, { description: "What exactly." })
  @Column({ type: "varchar", length: 30 })
  subtype: ServiceSubtype;

  @Field({ description: "Day it was given." })
  @Column({ name: "provided_on", type: "date" })
  providedOn: string;

  @Field(() => ServiceOutcome, { description: "What came of it." })
  @Column({ type: "varchar", length: 20 })
  outcome: ServiceOutcome;

  @Field(() => String, { nullable: true, description: "Follow-up deadline, if one is needed." })
  @Column({ name: "follow_up_due_on", type: "date", nullable: true })
  followUpDueOn: string | null;

  @Field(() => Date, { nullable: true, description: "When the follow-up was done." })
  @Column({ name: "follow_up_done_at", type: "timestamptz", nullable: true })
  followUpDoneAt: Date | null;

  @Field(() => String, { nullable: true, description: "Notes. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  notes: string | null;
}

/** A case worker reaches the services of her units. */
declareReach(Service, unitReach("Service"));
