import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { Program } from "./program.entity";

/** Something a programme measures, e.g. "women who received legal assistance". */
@ObjectType({ description: "Something a programme measures, with a baseline and targets per period." })
@Allow(...STAFF)
@Entity({ name: "indicator" })
export class Indicator {
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

  @Field(() => Float, { nullable: true, description: "Value reached, once known." })
  @Column({ type: "numeric", nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  actual: number | null;
}
