import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, PERSONAL_DATA } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { hashedPhone } from "../../core/phone";
import { declareReach, viewerUnits } from "../../core/reach";
import { Community } from "../geography/community.entity";
import { Unit } from "../organisation/unit.entity";
import { Program } from "../programs/program.entity";

export enum BeneficiaryStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
}
registerEnumType(BeneficiaryStatus, {
  name: "BeneficiaryStatus",
  description: "Whether NK is currently working with the woman.",
  valuesConfig: {
    ACTIVE: { description: "Currently supported." },
    INACTIVE: { description: "No current support (moved away, no contact, support finished)." },
  },
});

export enum Vulnerability {
  DOMESTIC_VIOLENCE_SURVIVOR = "DOMESTIC_VIOLENCE_SURVIVOR",
  WIDOW = "WIDOW",
  SINGLE_MOTHER = "SINGLE_MOTHER",
  ABANDONED_BY_MIGRANT_HUSBAND = "ABANDONED_BY_MIGRANT_HUSBAND",
  DISABILITY = "DISABILITY",
  NO_IDENTITY_DOCUMENTS = "NO_IDENTITY_DOCUMENTS",
  LOW_INCOME = "LOW_INCOME",
  YOUNG_WOMAN = "YOUNG_WOMAN",
}
registerEnumType(Vulnerability, { name: "Vulnerability", description: "Circumstances that shape the support a woman needs." });

hashedPhone("beneficiary");

/** Staff who see only the code and first name of a beneficiary. */
export const MINIMAL_VIEW = ["TRAINER", "FACILITATOR"] as const;

/**
 * A woman NK supports. Known across the platform by a pseudonymous code (NK-2026-00042); her
 * name and contacts are personal data.
 */
@ObjectType({
  description:
    "A woman NK supports, known by a pseudonymous code (e.g. NK-2026-00042). Names and contacts are personal data, readable by admins, coordinators and case workers of her unit; trainers and facilitators see the code and first name only.",
})
@Allow(...PERSONAL_DATA)
@Entity({ name: "beneficiary" })
@Index("beneficiary_unit_idx", ["unitId"])
// A community's women, newest first (and by community alone).
@Index("beneficiary_community_registered_idx", ["communityId", "registeredOn", "id"])
// Her community by her id, without reading her row (the figures counted from services; INCLUDE, made by migration DashboardFigures).
@Index("beneficiary_id_community_idx", { synchronize: false })
export class Beneficiary extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @Allow(...PERSONAL_DATA, ...MINIMAL_VIEW)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Pseudonymous code, e.g. NK-2026-00042; the way to refer to her outside her file." })
  @Allow(...PERSONAL_DATA, ...MINIMAL_VIEW)
  @Column({ type: "varchar", length: 20, unique: true })
  code: string;

  @Field({ description: "First name." })
  @Allow(...PERSONAL_DATA, ...MINIMAL_VIEW)
  @Column({ name: "first_name", type: "varchar", length: 100 })
  firstName: string;

  @Field({ description: "Last name." })
  @Column({ name: "last_name", type: "varchar", length: 100 })
  lastName: string;

  @Field(() => String, { nullable: true, description: "Patronymic, if known." })
  @Column({ type: "varchar", length: 100, nullable: true })
  patronymic: string | null;

  @Field(() => Int, { nullable: true, description: "Year of birth." })
  @Column({ name: "birth_year", type: "smallint", nullable: true })
  birthYear: number | null;

  /** Encrypted at rest like sensitive text; found by `phoneHash`. */
  @Field(() => String, { nullable: true, description: "Phone number in international form, +992…" })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  phone: string | null;

  /** HMAC-SHA-256 of the normalised number under a key derived from the data key (core/phone.ts): exact look-up and duplicate checks. */
  @Index("beneficiary_phone_hash_idx")
  @Column({ name: "phone_hash", type: "varchar", length: 80, nullable: true })
  phoneHash: string | null;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  /** The unit that registered her; case workers see the beneficiaries of their units. */
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: "unit_id" })
  unitRef?: Unit;

  @Field(() => BeneficiaryStatus, { description: "Whether NK is currently working with her." })
  @Column({ type: "varchar", length: 20, default: BeneficiaryStatus.ACTIVE })
  status: BeneficiaryStatus;

  @Field(() => [Vulnerability], { description: "Circumstances that shape the support she needs." })
  @Column({ type: "varchar", array: true, length: 40, default: () => "'{}'" })
  vulnerabilities: Vulnerability[];

  @Field({ description: "Day she was registered with NK." })
  @Column({ name: "registered_on", type: "date", default: () => "CURRENT_DATE" })
  registeredOn: string;

  @ManyToMany(() => Program)
  @JoinTable({ name: "beneficiary_program", joinColumn: { name: "beneficiary_id" }, inverseJoinColumn: { name: "program_id" } })
  programs?: Program[];

  @Field(() => Date, {
    nullable: true,
    description: "Set when her personal data was erased at her request; the record keeps only coded facts under an anonymous code.",
  })
  @Column({ name: "erased_at", type: "timestamptz", nullable: true })
  erasedAt: Date | null;

  /** Lower-cased, Tajik letters folded to Russian ones: what name search matches against. */
  @Column({ name: "search_text", type: "text", select: false })
  searchText: string;

  /** Code and first name only, folded the same way: what the minimal view may search. */
  @Column({ name: "search_text_minimal", type: "text", select: false })
  searchTextMinimal: string;
}

/**
 * A case worker reaches the women her units registered, and those her units work with: a case,
 * a service or a shelter stay there. Everyone else who may read beneficiaries reaches them all.
 */
declareReach(Beneficiary, {
  entityType: "Beneficiary",
  where(viewer, b) {
    const units = viewerUnits(viewer);
    if (!units) return null;
    return {
      sql: `(${b}.unit_id = ANY(:reachUnits)
        OR EXISTS (SELECT 1 FROM "case" rc WHERE rc.beneficiary_id = ${b}.id AND rc.unit_id = ANY(:reachUnits))
        OR EXISTS (SELECT 1 FROM service rs WHERE rs.beneficiary_id = ${b}.id AND rs.unit_id = ANY(:reachUnits))
        OR EXISTS (SELECT 1 FROM shelter_stay rst WHERE rst.beneficiary_id = ${b}.id AND rst.unit_id = ANY(:reachUnits)))`,
      params: { reachUnits: units },
    };
  },
});
