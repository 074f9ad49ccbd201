import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, PERSONAL_DATA } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, reachOf } from "../../core/reach";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Community } from "../geography/community.entity";

export enum HouseholdRelation {
  HEAD = "HEAD",
  WIFE = "WIFE",
  DAUGHTER = "DAUGHTER",
  DAUGHTER_IN_LAW = "DAUGHTER_IN_LAW",
  MOTHER = "MOTHER",
  MOTHER_IN_LAW = "MOTHER_IN_LAW",
  SISTER = "SISTER",
  GRANDDAUGHTER = "GRANDDAUGHTER",
  OTHER_RELATIVE = "OTHER_RELATIVE",
  NOT_RELATED = "NOT_RELATED",
}
registerEnumType(HouseholdRelation, {
  name: "HouseholdRelation",
  description: "How a member is related to the head of her household; HEAD for the head herself.",
});

/**
 * The family a woman lives in (the unit NK counts families by). Which household she belongs to is
 * personal data: only staff who may read her name may read it.
 */
@ObjectType({
  description:
    "A household: the women NK supports who live together, its head, and its size. Personal data, like the names of its members.",
})
@Allow(...PERSONAL_DATA)
@Entity({ name: "household" })
@Index("household_community_idx", ["communityId"])
export class Household extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Code of the household, e.g. HH-2026-00012." })
  @Column({ type: "varchar", length: 20, unique: true })
  code: string;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  /** A current member, or null when the head is not a woman registered with NK (often her husband or father-in-law). */
  @Column({ name: "head_id", type: "uuid", nullable: true })
  headId: string | null;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "head_id" })
  headRef?: Beneficiary;

  @Field(() => Int, { description: "Children (under 18) living in the household, who are not registered themselves." })
  @Column({ name: "children_count", type: "smallint", default: 0 })
  childrenCount: number;
}

/** A woman's place in a household, from the day she joined it until she left. */
@ObjectType({ description: "A woman's membership of a household, with her relation to its head." })
@Allow(...PERSONAL_DATA)
@Entity({ name: "household_member" })
@Index("household_member_one_current", ["beneficiaryId"], { unique: true, where: "left_on IS NULL" })
export class HouseholdMember {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("household_member_household_idx")
  @Column({ name: "household_id", type: "uuid" })
  householdId: string;

  @ManyToOne(() => Household)
  @JoinColumn({ name: "household_id" })
  householdRef?: Household;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Field(() => HouseholdRelation, { description: "Her relation to the head of the household." })
  @Column({ name: "relation_to_head", type: "varchar", length: 20 })
  relationToHead: HouseholdRelation;

  @Field({ description: "Day she joined the household." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: "Day she left it; null while she lives there." })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn: string | null;
}

/**
 * A household is reached through its members: whoever reaches one of the women who live or lived
 * in it (the beneficiary's own rule) reaches the household.
 */
declareReach(Household, {
  entityType: "Household",
  where(viewer, h, purpose) {
    const member = reachOf(Beneficiary).where(viewer, "hrb", purpose);
    if (!member) return null;
    return {
      sql: `EXISTS (SELECT 1 FROM household_member hrm JOIN beneficiary hrb ON hrb.id = hrm.beneficiary_id
        WHERE hrm.household_id = ${h}.id AND ${member.sql})`,
      params: member.params,
    };
  },
});
