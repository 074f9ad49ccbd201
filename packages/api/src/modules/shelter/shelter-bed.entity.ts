import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, unitReach } from "../../core/reach";
import { CASE_READERS } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";

/** A real bed of a shelter unit: admissions name one, so a bed is never typed twice differently. */
@ObjectType({ description: "A bed of a shelter unit. Its code is no personal data; who sleeps in it is." })
@Allow(...CASE_READERS)
@Entity({ name: "shelter_bed" })
@Index("shelter_bed_code_per_unit", ["unitId", "code"], { unique: true })
export class ShelterBed extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Field({ description: "The bed's code as written on the door, e.g. B3." })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => Int, { description: "Place on the occupancy board, room by room." })
  @Column({ type: "int" })
  position: number;
}

/** A case worker reaches the beds of her units. */
declareReach(ShelterBed, unitReach("ShelterBed", "Bed"));
