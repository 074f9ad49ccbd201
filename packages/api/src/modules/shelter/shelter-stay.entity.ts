import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, unitReach } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";
import { ShelterBed } from "./shelter-bed.entity";

/** A stay in the shelter. At most one open stay per woman, and per bed. */
@ObjectType({ description: "A stay of a woman (and her children) in the shelter. Sensitive: every read is audited." })
@Allow(...CASE_READERS)
@Entity({ name: "shelter_stay" })
@Index("shelter_stay_one_open_per_woman", ["beneficiaryId"], { unique: true, where: "discharged_on IS NULL" })
@Index("shelter_stay_one_open_per_bed", ["bedId"], { unique: true, where: "discharged_on IS NULL" })
// Her stays, latest first; and the list's default order.
@Index("shelter_stay_beneficiary_admitted_idx", ["beneficiaryId", "admittedOn", "id"])
@Index("shelter_stay_admitted_idx", ["admittedOn", "id"])
export class ShelterStay extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case)
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  /** The shelter unit. */
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Field({ description: "Day of admission." })
  @Column({ name: "admitted_on", type: "date" })
  admittedOn: string;

  @Field(() => String, { nullable: true, description: "Day discharge is planned for." })
  @Column({ name: "planned_discharge_on", type: "date", nullable: true })
  plannedDischargeOn: string | null;

  @Field(() => String, { nullable: true, description: "Day of discharge; null while she stays." })
  @Column({ name: "discharged_on", type: "date", nullable: true })
  dischargedOn: string | null;

  @Field(() => Int, { description: "Children staying with her." })
  @Column({ name: "accompanying_children", type: "smallint", default: 0 })
  accompanyingChildren: number;

  /** The bed; always one of the stay's unit. */
  @Column({ name: "bed_id", type: "uuid" })
  bedId: string;

  @ManyToOne(() => ShelterBed)
  @JoinColumn({ name: "bed_id" })
  bedRef?: ShelterBed;

  @Field(() => String, { nullable: true, description: "Notes. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  notes: string | null;
}

/** A case worker reaches the shelter stays of her units. */
declareReach(ShelterStay, unitReach("ShelterStay", "Shelter stay"));
