import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, unitReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Unit } from "../organisation/unit.entity";

/** Who may reach case records: coordinators and admins all, case workers those of their units. */
export const CASE_READERS = ["ADMIN", "COORDINATOR", "CASE_WORKER"] as const;

export enum CaseStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  TRANSFERRED = "TRANSFERRED",
  DUPLICATE = "DUPLICATE",
}
registerEnumType(CaseStatus, { name: "CaseStatus", description: "Whether NK is working on the case." });

export enum CaseStage {
  NEW = "NEW",
  CASE_PLAN = "CASE_PLAN",
  SERVICE_PROVISION = "SERVICE_PROVISION",
  SERVICES_IMPLEMENTED = "SERVICES_IMPLEMENTED",
  CLOSED = "CLOSED",
}
registerEnumType(CaseStage, {
  name: "CaseStage",
  description: "Workflow of a case: new → case plan → service provision → services implemented → closed (a closed case can be reopened).",
});

export enum RiskLevel {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}
registerEnumType(RiskLevel, { name: "RiskLevel", description: "How much danger the woman is in, as the case worker assesses it." });

export enum ClosureDecision {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(ClosureDecision, {
  name: "ClosureDecision",
  description: "Where a request to close a case stands; a coordinator decides.",
});

/** A crisis or domestic-violence case of a beneficiary, handled by a unit and its case worker. */
@ObjectType({
  description:
    "A crisis or domestic-violence case of a beneficiary, handled in a unit by a case worker. Sensitive: every read is audited; case workers reach the cases of their units only.",
})
@Allow(...CASE_READERS)
@Entity({ name: "case" })
@Index("case_unit_status_idx", ["unitId", "status"])
// A case worker's case load, latest first.
@Index("case_worker_status_opened_idx", ["caseWorkerId", "status", "openedAt", "id"])
// Her cases, latest first: the nested page of each woman.
@Index("case_beneficiary_opened_idx", ["beneficiaryId", "openedAt", "id"])
// The list's default order.
@Index("case_opened_idx", ["openedAt", "id"])
// A case worker's open cases by risk (her case load), read from the index alone.
@Index("case_worker_open_risk_idx", ["caseWorkerId", "riskLevel"], { where: "status = 'OPEN' AND archived_at IS NULL" })
// Open cases whose closing awaits a coordinator, by unit (the case load's count).
@Index("case_closure_requested_idx", ["unitId"], { where: "status = 'OPEN' AND closure_decision = 'REQUESTED' AND archived_at IS NULL" })
export class Case extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Column({ name: "case_worker_id", type: "uuid", nullable: true })
  caseWorkerId: string | null;

  @Field(() => CaseStatus, { description: "Whether NK is working on the case." })
  @Column({ type: "varchar", length: 20, default: CaseStatus.OPEN })
  status: CaseStatus;

  @Field(() => CaseStage, { description: "Where the case is in its workflow." })
  @Column({ type: "varchar", length: 30, default: CaseStage.NEW })
  stage: CaseStage;

  @Field(() => RiskLevel, { description: "Current risk level; its changes are in riskHistory." })
  @Column({ name: "risk_level", type: "varchar", length: 10 })
  riskLevel: RiskLevel;

  @Field(() => String, { nullable: true, description: "The case plan. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  plan: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Notes written as one text (kept as written); dated notes with their authors are in caseNotes. Encrypted at rest.",
  })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  notes: string | null;

  @Field({ description: "When the case was opened." })
  @Column({ name: "opened_at", type: "timestamptz", default: () => "now()" })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the case was last closed." })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Field(() => ClosureDecision, { nullable: true, description: "The latest request to close the case, if any." })
  @Column({ name: "closure_decision", type: "varchar", length: 10, nullable: true })
  closureDecision: ClosureDecision | null;

  @Field(() => String, {
    nullable: true,
    description: "Why closing was asked for, in the latest request. Encrypted at rest. Every step is in closureHistory.",
  })
  @Column({ name: "closure_reason", type: "text", nullable: true, transformer: encrypted })
  closureReason: string | null;

  @Field(() => String, { nullable: true, description: "Why the coordinator approved or rejected the latest request. Encrypted at rest." })
  @Column({ name: "closure_decision_reason", type: "text", nullable: true, transformer: encrypted })
  closureDecisionReason: string | null;

  @Column({ name: "closure_requested_by", type: "uuid", nullable: true })
  closureRequestedBy: string | null;

  @Field(() => Date, { nullable: true, description: "When closing was asked for." })
  @Column({ name: "closure_requested_at", type: "timestamptz", nullable: true })
  closureRequestedAt: Date | null;

  @Column({ name: "closure_decided_by", type: "uuid", nullable: true })
  closureDecidedBy: string | null;

  @Field(() => Date, { nullable: true, description: "When a coordinator approved or rejected closing." })
  @Column({ name: "closure_decided_at", type: "timestamptz", nullable: true })
  closureDecidedAt: Date | null;
}

/** One change of a case's risk level: who, when, why. */
@ObjectType({ description: "One change of a case's risk level." })
@Allow(...CASE_READERS)
@Entity({ name: "case_risk_change" })
export class CaseRiskChange {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("case_risk_change_case_idx")
  @Column({ name: "case_id", type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  @Field(() => RiskLevel, { nullable: true, description: "Level before the change; null when the case opened." })
  @Column({ name: "previous_level", type: "varchar", length: 10, nullable: true })
  previousLevel: RiskLevel | null;

  @Field(() => RiskLevel, { description: "Level set." })
  @Column({ type: "varchar", length: 10 })
  level: RiskLevel;

  @Field(() => String, { nullable: true, description: "Why. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  reason: string | null;

  @Column({ name: "changed_by", type: "uuid", nullable: true })
  changedBy: string | null;

  @Field({ description: "When." })
  @Column({ name: "changed_at", type: "timestamptz", default: () => "now()" })
  changedAt: Date;
}

/** A case worker reaches the cases of her units. */
declareReach(Case, unitReach("Case"));
