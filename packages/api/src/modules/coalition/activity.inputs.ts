import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";
import { ActivityKind } from "./coalition.entity";

const reach = { message: "A number of people reached must be between 0 and 100000." };
const materials = { message: "Materials must be between 0 and 10000000." };

@InputType({ description: "Narrows a list of campaign activities; all given conditions must hold." })
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: "Only activities in this district." })
  districtId?: string;

  @Field(() => ActivityKind, { nullable: true, description: "Only activities of this kind." })
  kind?: ActivityKind;

  @Field(() => ID, { nullable: true, description: "Only activities reported by this partner." })
  reportedByPartnerId?: string;

  @Field({ nullable: true, description: "Only activities NK itself reported." })
  reportedByNk?: boolean;
}

@InputType({ description: "Narrows the activities of every campaign the viewer reaches; all given conditions must hold." })
export class CampaignActivitiesFilter extends ActivityFilter {
  @Field(() => ID, { nullable: true, description: "Only activities of this campaign." })
  campaignId?: string;
}

@InputType({ description: "What an activity was and whom it reached (aggregates, no names)." })
export class ActivityFields {
  @Field(() => ActivityKind, { nullable: true, description: "What it was." })
  @IsOptional()
  @IsIn(Object.values(ActivityKind))
  kind?: ActivityKind;

  @Field({ nullable: true, description: "Short title." })
  @IsOptional()
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  title?: string;

  @Field(() => ID, { nullable: true, description: "District; must be one of the campaign's." })
  @IsOptional()
  @IsUUID("all", { message: "districtId must be an id." })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Community in that district, or null." })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id." })
  communityId?: string | null;

  @Field({ nullable: true, description: "Day it took place, YYYY-MM-DD: within the campaign, not in the future." })
  @IsOptional()
  @IsDay("heldOn")
  heldOn?: string;

  @Field(() => Int, { nullable: true, description: "Women and girls under 18 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  womenUnder18?: number;

  @Field(() => Int, { nullable: true, description: "Women 18 to 29 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  women18to29?: number;

  @Field(() => Int, { nullable: true, description: "Women 30 to 49 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  women30to49?: number;

  @Field(() => Int, { nullable: true, description: "Women 50 and over reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  women50plus?: number;

  @Field(() => Int, { nullable: true, description: "Men and boys under 18 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  menUnder18?: number;

  @Field(() => Int, { nullable: true, description: "Men 18 to 29 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  men18to29?: number;

  @Field(() => Int, { nullable: true, description: "Men 30 to 49 reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  men30to49?: number;

  @Field(() => Int, { nullable: true, description: "Men 50 and over reached (0 to 100000)." })
  @IsOptional()
  @IsInt(reach)
  @Min(0, reach)
  @Max(100_000, reach)
  men50plus?: number;

  @Field(() => Int, { nullable: true, description: "Leaflets, posters and other materials handed out (0 or more)." })
  @IsOptional()
  @IsInt(materials)
  @Min(0, materials)
  @Max(10_000_000, materials)
  materials?: number;
}

@InputType({ description: "An activity to report for a campaign." })
export class ReportCampaignActivityInput extends ActivityFields {
  @Field(() => ID, { description: "The campaign; a partner key may report only for campaigns its organisation takes part in." })
  @IsUUID("all", { message: "campaignId must be an id." })
  campaignId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Staff: the partner it is reported for (it must take part in the campaign), or null for NK. Partner keys report for their own organisation.",
  })
  @IsOptional()
  @IsUUID("all", { message: "reportedByPartnerId must be an id." })
  reportedByPartnerId?: string | null;

  @Field(() => ActivityKind, { description: "What it was." })
  @IsIn(Object.values(ActivityKind))
  override kind: ActivityKind;

  @Field({ description: "Short title." })
  @Length(2, 300, { message: "Title must be 2 to 300 characters." })
  override title: string;

  @Field(() => ID, { description: "District; must be one of the campaign's." })
  @IsUUID("all", { message: "districtId must be an id." })
  override districtId: string;

  @Field({ description: "Day it took place, YYYY-MM-DD: within the campaign, not in the future." })
  @IsDay("heldOn")
  override heldOn: string;
}

@InputType({ description: "A correction to a reported activity; fields left out stay as they are." })
export class CorrectCampaignActivityInput extends ActivityFields {
  @Field(() => ID, { description: "Which activity; a partner key may correct only its own organisation's." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}
