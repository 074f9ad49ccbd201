import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { District } from "../geography/district.entity";
import { Unit } from "../organisation/unit.entity";

/** A programme of NK's work, with its goal, target groups and indicators. */
@ObjectType({ description: "A programme of NK's work: goal, target groups, period, units, districts and indicators." })
@Allow(...STAFF)
@Entity({ name: "program" })
export class Program {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, e.g. VDV-SERVICES." })
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field({ description: "Title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field({ description: "What the programme aims to change." })
  @Column({ type: "text" })
  goal: string;

  @Field(() => [String], { description: "Who it is for, e.g. survivors of domestic violence, young women." })
  @Column({ name: "target_groups", type: "varchar", array: true, length: 120, default: () => "'{}'" })
  targetGroups: string[];

  @Field({ description: "First day of the programme (Asia/Dushanbe)." })
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => String, { nullable: true, description: "Last day, if the programme has an end." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn: string | null;

  @ManyToMany(() => Unit)
  @JoinTable({ name: "program_unit", joinColumn: { name: "program_id" }, inverseJoinColumn: { name: "unit_id" } })
  units?: Unit[];

  @ManyToMany(() => District)
  @JoinTable({ name: "program_district", joinColumn: { name: "program_id" }, inverseJoinColumn: { name: "district_id" } })
  districts?: District[];

  @Field({ description: "Incremented by every change; pass it back to update." })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date, { nullable: true, description: "Set when archived." })
  @Column({ name: "archived_at", type: "timestamptz", nullable: true })
  archivedAt: Date | null;

  @Field({ description: "When the record was created." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "When the record last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
