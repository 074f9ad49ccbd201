import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";
import { CampaignStatus, PartnerRole } from "./coalition.entity";

@InputType({ description: "Narrows a list of campaigns; all given conditions must hold." })
export class CampaignFilter {
  @Field(() => CampaignStatus, { nullable: true, description: "Only campaigns with this status." })
  status?: CampaignStatus;

  @Field(() => ID, { nullable: true, description: "Only campaigns working in this district." })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Only campaigns this partner takes part in." })
  partnerId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived campaigns instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A partner and its part." })
export class PartnerRoleInput {
  @Field(() => ID, { description: "The partner." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field(() => PartnerRole, { description: "Its part." })
  @IsIn(Object.values(PartnerRole))
  role: PartnerRole;
}

@InputType({ description: "Fields of a campaign." })
export class CampaignFields {
  @Field({ nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  title?: string;

  @Field({ nullable: true, description: "What it aims at." })
  @IsOptional()
  @Length(2, 5000, { message: "Aims must be 2 to 5000 characters." })
  aims?: string;

  @Field({ nullable: true, description: "First day, YYYY-MM-DD." })
  @IsOptional()
  @IsDay("startsOn")
  startsOn?: string;

  @Field({ nullable: true, description: "Last day, YYYY-MM-DD." })
  @IsOptional()
  @IsDay("endsOn")
  endsOn?: string;

  @Field(() => CampaignStatus, { nullable: true, description: "Where it stands." })
  @IsOptional()
  @IsIn(Object.values(CampaignStatus))
  status?: CampaignStatus;

  @Field({ nullable: true, description: "True when NK leads it." })
  @IsOptional()
  @IsBoolean()
  ledByNk?: boolean;
}

@InputType({ description: "A new campaign." })
export class CreateCampaignInput extends CampaignFields {
  @Field({ description: "Title." })
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  override title: string;

  @Field({ description: "What it aims at." })
  @Length(2, 5000, { message: "Aims must be 2 to 5000 characters." })
  override aims: string;

  @Field({ description: "First day, YYYY-MM-DD." })
  @IsDay("startsOn")
  override startsOn: string;

  @Field({ description: "Last day, YYYY-MM-DD." })
  @IsDay("endsOn")
  override endsOn: string;

  @Field(() => [ID], { nullable: true, description: "Districts it works in." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true, message: "districtIds must be ids." })
  districtIds?: string[];

  @Field(() => [PartnerRoleInput], { nullable: true, description: "Partners taking part, with their parts." })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  partners?: PartnerRoleInput[];
}

@InputType({ description: "Changes to a campaign; fields left out stay as they are." })
export class UpdateCampaignInput extends CampaignFields {
  @Field(() => ID, { description: "Which campaign." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

@InputType({ description: "The partners of a campaign (replaces the list)." })
export class SetCampaignPartnersInput {
  @Field(() => ID, { description: "Which campaign." })
  @IsUUID("all", { message: "campaignId must be an id." })
  campaignId: string;

  @Field(() => Int, { nullable: true, description: "The version you read; when given, a stale one is refused with CONFLICT." })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [PartnerRoleInput], { description: "Partners taking part, with their parts; at most one LEAD." })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  partners: PartnerRoleInput[];
}

@InputType({ description: "The districts of a campaign (replaces the list)." })
export class SetCampaignDistrictsInput {
  @Field(() => ID, { description: "Which campaign." })
  @IsUUID("all", { message: "campaignId must be an id." })
  campaignId: string;

  @Field(() => Int, { nullable: true, description: "The version you read; when given, a stale one is refused with CONFLICT." })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [ID], { description: "Districts it works in; one with reported activities cannot be removed." })
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true, message: "districtIds must be ids." })
  districtIds: string[];
}

@InputType({ description: "Narrows a list of forums; all given conditions must hold." })
export class ForumFilter {
  @Field(() => ID, { nullable: true, description: "Only forums of this campaign." })
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: "Only forums this partner organised or took part in." })
  partnerId?: string;

  @Field({ nullable: true, description: "Only forums held on or after this day, YYYY-MM-DD." })
  from?: string;

  @Field({ nullable: true, description: "Only forums held on or before this day, YYYY-MM-DD." })
  to?: string;
}

const count = { message: "A count must be between 0 and 100000." };

@InputType({ description: "Fields of a forum." })
export class ForumFields {
  @Field({ nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  title?: string;

  @Field({ nullable: true, description: "Day it was held, YYYY-MM-DD." })
  @IsOptional()
  @IsDay("heldOn")
  heldOn?: string;

  @Field({ nullable: true, description: "Place." })
  @IsOptional()
  @Length(2, 200, { message: "Place must be 2 to 200 characters." })
  place?: string;

  @Field(() => ID, { nullable: true, description: "The campaign it belongs to, or null." })
  @IsOptional()
  @IsUUID("all", { message: "campaignId must be an id." })
  campaignId?: string | null;

  @Field(() => Int, { nullable: true, description: "Women taking part." })
  @IsOptional()
  @IsInt(count)
  @Min(0, count)
  @Max(100_000, count)
  participantsWomen?: number;

  @Field(() => Int, { nullable: true, description: "Men taking part." })
  @IsOptional()
  @IsInt(count)
  @Min(0, count)
  @Max(100_000, count)
  participantsMen?: number;

  @Field(() => [String], { nullable: true, description: "Resolutions adopted (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(2000, { each: true, message: "A resolution must be at most 2000 characters." })
  resolutions?: string[];

  @Field(() => [String], { nullable: true, description: "Follow-ups agreed (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(2000, { each: true, message: "A follow-up must be at most 2000 characters." })
  followUps?: string[];
}

@InputType({ description: "A new forum." })
export class CreateForumInput extends ForumFields {
  @Field({ description: "Title." })
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  override title: string;

  @Field({ description: "Day it was held, YYYY-MM-DD." })
  @IsDay("heldOn")
  override heldOn: string;

  @Field({ description: "Place." })
  @Length(2, 200, { message: "Place must be 2 to 200 characters." })
  override place: string;

  @Field(() => [PartnerRoleInput], { nullable: true, description: "Partners organising or taking part, with their parts." })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  partners?: PartnerRoleInput[];
}

@InputType({ description: "Changes to a forum; fields left out stay as they are." })
export class UpdateForumInput extends ForumFields {
  @Field(() => ID, { description: "Which forum." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

@InputType({ description: "The partners of a forum (replaces the list)." })
export class SetForumPartnersInput {
  @Field(() => ID, { description: "Which forum." })
  @IsUUID("all", { message: "forumId must be an id." })
  forumId: string;

  @Field(() => Int, { nullable: true, description: "The version you read; when given, a stale one is refused with CONFLICT." })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [PartnerRoleInput], { description: "Partners organising or taking part, with their parts." })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  partners: PartnerRoleInput[];
}
