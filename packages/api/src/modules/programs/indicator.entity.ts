import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { Program } from "./program.entity";

/**
 * What the platform counts for an indicator, from its own records, for each target's period (and
 * the programme's districts, when it names any). An indicator without one takes manual values.
 */
export enum IndicatorMeasure {
  /** Distinct women who received any service in the period. */
  WOMEN_SUPPORTED = "WOMEN_SUPPORTED",
  WOMEN_LEGAL = "WOMEN_LEGAL",
  WOMEN_PSYCHOLOGICAL = "WOMEN_PSYCHOLOGICAL",
  WOMEN_MEDICAL = "WOMEN_MEDICAL",
  WOMEN_ECONOMIC = "WOMEN_ECONOMIC",
  /** Distinct women who completed a course that ended in the period. */
  WOMEN_COMPLETED_TRAINING = "WOMEN_COMPLETED_TRAINING",
  /** Self-help groups that became active in the period. */
  GROUPS_ACTIVE = "GROUPS_ACTIVE",
  /** Self-help groups that became autonomous in the period. */
  GROUPS_AUTONOMOUS = "GROUPS_AUTONOMOUS",
}
registerEnumType(IndicatorMeasure, {
  name: "IndicatorMeasure",
  description: "What the platform counts from its records for an indicator's actual value, per target period.",
  valuesConfig: {
    WOMEN_SUPPORTED: { description: "Distinct women who received any kind of service in the period." },
    WOMEN_LEGAL: { description: "Distinct women who received legal assistance in the period." },
    WOMEN_PSYCHOLOGICAL: { description: "Distinct women who received psychological assistance in the period." },
    WOMEN_MEDICAL: { description: "Distinct women who received medical assistance in the period." },
    WOMEN_ECONOMIC: { description: "Distinct women who received economic assistance in the period." },
    WOMEN_COMPLETED_TRAINING: { description: "Distinct women who completed a training course that ended in the period." },
    GROUPS_ACTIVE: { description: "Self-help groups that reached the active stage in the period." },
    GROUPS_AUTONOMOUS: { description: "Self-help groups that reached the autonomous stage in the period." },
  },
});

/** Something a programme measures, e.g. "women who received legal assistance". */
@ObjectType({ description: "Something a programme measures, with a baseline and targets per period." })
@Allow(...STAFF)
@Entity({ name: "indicator" })
export class Indicator extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("indicator_program_idx")
  @Column({ name: "program_id", type: "uuid" })
  programId: string;

  @ManyToOne(() => Program, { onDelete: "CASCADE" })
  @JoinColumn({ name: "program_id" })
  program?: Program;

  @Field({ description: "Short code, unique within the programme." })
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Field({ description: "What is measured." })
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field({ description: "Unit of measure, e.g. women, groups, %." })
  @Column({ type: "varchar", length: 40 })
  unit: string;

  @Field(() => Float, { nullable: true, description: "Value at the start of the programme." })
  @Column({ type: "numeric", nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  baseline: number | null;

  @Field(() => IndicatorMeasure, {
    nullable: true,
    description: "What the platform counts for the actual values; null: they are entered by hand.",
  })
  @Column({ type: "varchar", length: 32, nullable: true })
  measure: IndicatorMeasure | null;
}

/** The value an indicator should reach in a period, and what it reached. */
@ObjectType({ description: "The value an indicator should reach in a period, and the value reached." })
@Allow(...STAFF)
@Entity({ name: "indicator_target" })
export class IndicatorTarget {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("indicator_target_indicator_idx")
  @Column({ name: "indicator_id", type: "uuid" })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: "CASCADE" })
  @JoinColumn({ name: "indicator_id" })
  indicator?: Indicator;

  @Field({ description: "Label of the period, e.g. 2026 or 2026-Q3." })
  @Column({ type: "varchar", length: 20 })
  period: string;

  @Field({ description: "First day of the period." })
  @Column({ name: "period_start", type: "date" })
  periodStart: string;

  @Field({ description: "Last day of the period." })
  @Column({ name: "period_end", type: "date" })
  periodEnd: string;

  @Field(() => Float, { description: "Value to reach." })
  @Column({ type: "numeric", transformer: { to: (v) => v, from: (v) => Number(v) } })
  target: number;

  /** The value entered by hand; the `actual` field resolves the computed one for a measured indicator. */
  @Column({ type: "numeric", nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  actual: number | null;
}
