import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";
import { Community } from "../geography/community.entity";
import { District } from "../geography/district.entity";
import { Partner } from "../organisation/partner.entity";

/** Staff who manage coalition work. */
export const COALITION_STAFF = ["ADMIN", "COORDINATOR"] as const;
/** Who may read coalition work: staff, and partner keys allowed to read campaigns (services narrow them to their own). */
export const COALITION_READERS = [...STAFF, "PARTNER:READ_CAMPAIGNS"] as const;

/** A coalition of organisations, e.g. the National Coalition of Women "From Equality de jure to equality de facto". */
@ObjectType({
  description: 'A coalition of organisations, e.g. the National Coalition of Women "From Equality de jure to equality de facto".',
})
@Allow(...COALITION_READERS)
@Entity({ name: "coalition" })
export class Coalition extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Name." })
  @Column({ type: "varchar", length: 300, unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: "What it works for." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

/** A council of a coalition, e.g. its Kulob regional council. */
@ObjectType({ description: "A council of a coalition in a region, its chair and its members." })
@Allow(...COALITION_READERS)
@Entity({ name: "council" })
export class Council extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("council_coalition_idx")
  @Column({ name: "coalition_id", type: "uuid" })
  coalitionId: string;

  @ManyToOne(() => Coalition)
  @JoinColumn({ name: "coalition_id" })
  coalitionRef?: Coalition;

  @Field({ description: "Name, e.g. Kulob regional Council." })
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field({ description: "Region it covers." })
  @Column({ type: "varchar", length: 100 })
  region: string;

  @Field({ description: "True when NK chairs it." })
  @Column({ name: "chaired_by_nk", type: "boolean", default: false })
  chairedByNk: boolean;

  @Column({ name: "chair_partner_id", type: "uuid", nullable: true })
  chairPartnerId: string | null;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "chair_partner_id" })
  chairPartnerRef?: Partner;
}

/** A partner's membership of a council. */
@ObjectType({ description: "A partner's membership of a council, with its dates." })
@Allow(...COALITION_READERS)
@Entity({ name: "council_member" })
export class CouncilMember {
  @PrimaryColumn({ name: "council_id", type: "uuid" })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: "CASCADE" })
  @JoinColumn({ name: "council_id" })
  councilRef?: Council;

  @PrimaryColumn({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @Field({ description: "Day the partner joined." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: "Day the partner left, if it did." })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn: string | null;
}

export enum CampaignStatus {
  PLANNED = "PLANNED",
  ONGOING = "ONGOING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(CampaignStatus, { name: "CampaignStatus", description: "Where a campaign stands." });

export enum PartnerRole {
  LEAD = "LEAD",
  CO_ORGANISER = "CO_ORGANISER",
  PARTICIPANT = "PARTICIPANT",
  SUPPORTER = "SUPPORTER",
}
registerEnumType(PartnerRole, { name: "PartnerRole", description: "A partner's part in a campaign or forum." });

/** A joint campaign, e.g. the 16 Days of Activism against Gender-Based Violence. */
@ObjectType({
  description:
    "A joint campaign, e.g. the 16 Days of Activism against Gender-Based Violence. Partner keys see only the campaigns their organisation takes part in.",
})
@Allow(...COALITION_READERS)
@Entity({ name: "campaign" })
export class Campaign extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Title." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field({ description: "What it aims at." })
  @Column({ type: "text" })
  aims: string;

  @Field({ description: "First day." })
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field({ description: "Last day." })
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => CampaignStatus, { description: "Where it stands." })
  @Column({ type: "varchar", length: 12, default: CampaignStatus.PLANNED })
  status: CampaignStatus;

  @Field({ description: "True when NK leads it (otherwise the partner with role LEAD does)." })
  @Column({ name: "led_by_nk", type: "boolean", default: true })
  ledByNk: boolean;
}

/** A partner taking part in a campaign. */
@Entity({ name: "campaign_partner" })
export class CampaignPartner {
  @PrimaryColumn({ name: "campaign_id", type: "uuid" })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: "CASCADE" })
  @JoinColumn({ name: "campaign_id" })
  campaignRef?: Campaign;

  @Index("campaign_partner_partner_idx")
  @PrimaryColumn({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @Column({ type: "varchar", length: 20 })
  role: PartnerRole;
}

/** A district a campaign works in. */
@Entity({ name: "campaign_district" })
export class CampaignDistrict {
  @PrimaryColumn({ name: "campaign_id", type: "uuid" })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: "CASCADE" })
  @JoinColumn({ name: "campaign_id" })
  campaignRef?: Campaign;

  @PrimaryColumn({ name: "district_id", type: "uuid" })
  districtId: string;

  @ManyToOne(() => District)
  @JoinColumn({ name: "district_id" })
  districtRef?: District;
}

/** A forum: a meeting of organisations and people on women's rights. */
@ObjectType({
  description: "A forum: date, place, organisers and participating partners, participants by sex, resolutions and follow-ups.",
})
@Allow(...COALITION_READERS)
@Entity({ name: "forum" })
export class Forum extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Title." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field({ description: "Day it was held." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field({ description: "Place." })
  @Column({ type: "varchar", length: 200 })
  place: string;

  @Column({ name: "campaign_id", type: "uuid", nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign)
  @JoinColumn({ name: "campaign_id" })
  campaignRef?: Campaign;

  @Field(() => Int, { description: "Women taking part (as counted at the forum)." })
  @Column({ name: "participants_women", type: "int", default: 0 })
  participantsWomen: number;

  @Field(() => Int, { description: "Men taking part (as counted at the forum)." })
  @Column({ name: "participants_men", type: "int", default: 0 })
  participantsMen: number;

  @Field(() => [String], { description: "Resolutions adopted." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  resolutions: string[];

  @Field(() => [String], { description: "Follow-ups agreed." })
  @Column({ name: "follow_ups", type: "text", array: true, default: () => "'{}'" })
  followUps: string[];
}

/** A partner organising or taking part in a forum. */
@Entity({ name: "forum_partner" })
export class ForumPartner {
  @PrimaryColumn({ name: "forum_id", type: "uuid" })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: "CASCADE" })
  @JoinColumn({ name: "forum_id" })
  forumRef?: Forum;

  @Index("forum_partner_partner_idx")
  @PrimaryColumn({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @Column({ type: "varchar", length: 20 })
  role: PartnerRole;
}

export enum ActivityKind {
  EVENT = "EVENT",
  TRAINING = "TRAINING",
  MEDIA = "MEDIA",
  DOOR_TO_DOOR = "DOOR_TO_DOOR",
  MEETING_WITH_AUTHORITIES = "MEETING_WITH_AUTHORITIES",
  OTHER = "OTHER",
}
registerEnumType(ActivityKind, { name: "ActivityKind", description: "What a campaign activity was." });

/** Something done for a campaign, with the people reached by sex and age band (aggregates reported by its organiser). */
@ObjectType({
  description: "Something done for a campaign by NK or a partner, where and when, with the people reached by sex and age band as reported.",
})
// A key that may only report still reads back what it reported.
@Allow(...COALITION_READERS, "PARTNER:REPORT_ACTIVITIES")
@Entity({ name: "campaign_activity" })
@Index("campaign_activity_campaign_idx", ["campaignId", "heldOn"])
export class CampaignActivity extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "campaign_id", type: "uuid" })
  campaignId: string;

  @ManyToOne(() => Campaign)
  @JoinColumn({ name: "campaign_id" })
  campaignRef?: Campaign;

  /** Null when NK itself reported it. */
  @Index("campaign_activity_partner_idx")
  @Column({ name: "reported_by_partner_id", type: "uuid", nullable: true })
  reportedByPartnerId: string | null;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "reported_by_partner_id" })
  reportedByPartnerRef?: Partner;

  @Field(() => ActivityKind, { description: "What it was." })
  @Column({ type: "varchar", length: 30 })
  kind: ActivityKind;

  @Field({ description: "Short title." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Column({ name: "district_id", type: "uuid" })
  districtId: string;

  @ManyToOne(() => District)
  @JoinColumn({ name: "district_id" })
  districtRef?: District;

  @Column({ name: "community_id", type: "uuid", nullable: true })
  communityId: string | null;

  @ManyToOne(() => Community)
  @JoinColumn({ name: "community_id" })
  communityRef?: Community;

  @Field({ description: "Day it took place." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field(() => Int, { description: "Women and girls under 18 reached." })
  @Column({ name: "women_under_18", type: "int", default: 0 })
  womenUnder18: number;

  @Field(() => Int, { description: "Women 18 to 29 reached." })
  @Column({ name: "women_18_29", type: "int", default: 0 })
  women18to29: number;

  @Field(() => Int, { description: "Women 30 to 49 reached." })
  @Column({ name: "women_30_49", type: "int", default: 0 })
  women30to49: number;

  @Field(() => Int, { description: "Women 50 and over reached." })
  @Column({ name: "women_50_plus", type: "int", default: 0 })
  women50plus: number;

  @Field(() => Int, { description: "Men and boys under 18 reached." })
  @Column({ name: "men_under_18", type: "int", default: 0 })
  menUnder18: number;

  @Field(() => Int, { description: "Men 18 to 29 reached." })
  @Column({ name: "men_18_29", type: "int", default: 0 })
  men18to29: number;

  @Field(() => Int, { description: "Men 30 to 49 reached." })
  @Column({ name: "men_30_49", type: "int", default: 0 })
  men30to49: number;

  @Field(() => Int, { description: "Men 50 and over reached." })
  @Column({ name: "men_50_plus", type: "int", default: 0 })
  men50plus: number;

  @Field(() => Int, { description: "Leaflets, posters and other materials handed out." })
  @Column({ name: "materials", type: "int", default: 0 })
  materials: number;
}

/** A district a partner works in. */
@Entity({ name: "partner_district" })
export class PartnerDistrict {
  @PrimaryColumn({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @PrimaryColumn({ name: "district_id", type: "uuid" })
  districtId: string;

  @ManyToOne(() => District)
  @JoinColumn({ name: "district_id" })
  districtRef?: District;
}
