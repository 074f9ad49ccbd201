import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { District } from "../geography/district.entity";
import { Unit } from "../organisation/unit.entity";

/** A programme of NK's work, with its goal, target groups and indicators. */
@ObjectType({ description: "A programme of NK's work: goal, target groups, period, units, districts and indicators." })
@Allow(...STAFF)
@Entity({ name: "program" })
export class Program extends VersionedRecord {
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
}
