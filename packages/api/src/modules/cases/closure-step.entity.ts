import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { CASE_READERS, Case } from "./case.entity";

export enum ClosureStepKind {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  REOPENED = "REOPENED",
}
registerEnumType(ClosureStepKind, {
  name: "ClosureStepKind",
  description: "A step in closing a case: asked for, approved or rejected by a coordinator, or reopened.",
});

/** One step of closing (or reopening) a case, kept with its reason, so no reason overwrites another. */
@ObjectType({ description: "One step in closing or reopening a case: who took it, when and why." })
@Allow(...CASE_READERS)
@Entity({ name: "case_closure_step" })
export class CaseClosureStep {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("case_closure_step_case_idx")
  @Column({ name: "case_id", type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  @Field(() => ClosureStepKind, { description: "What was done." })
  @Column({ type: "varchar", length: 10 })
  step: ClosureStepKind;

  @Field(() => String, { nullable: true, description: "Why. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  reason: string | null;

  @Column({ name: "taken_by", type: "uuid", nullable: true })
  takenBy: string | null;

  @Field({ description: "When." })
  @Column({ name: "taken_at", type: "timestamptz", default: () => "now()" })
  takenAt: Date;
}
