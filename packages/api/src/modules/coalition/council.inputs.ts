import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";

@InputType({ description: "A new coalition." })
export class CreateCoalitionInput {
  @Field({ description: "Name, unique." })
  @Length(2, 300, { message: "Name must be 2 to 300 characters." })
  name: string;

  @Field(() => String, { nullable: true, description: "What it works for." })
  @IsOptional()
  @MaxLength(5000, { message: "Description must be at most 5000 characters." })
  description?: string | null;
}

@InputType({ description: "Fields of a council." })
export class CouncilFields {
  @Field({ nullable: true, description: "Name, e.g. Kulob regional Council." })
  @IsOptional()
  @Length(2, 300, { message: "Name must be 2 to 300 characters." })
  name?: string;

  @Field({ nullable: true, description: "Region it covers." })
  @IsOptional()
  @Length(2, 100, { message: "Region must be 2 to 100 characters." })
  region?: string;

  @Field({ nullable: true, description: "True when NK chairs it (then no chair partner)." })
  @IsOptional()
  @IsBoolean()
  chairedByNk?: boolean;

  @Field(() => ID, { nullable: true, description: "The partner chairing it, or null." })
  @IsOptional()
  @IsUUID("all", { message: "chairPartnerId must be an id." })
  chairPartnerId?: string | null;
}

@InputType({ description: "A new council of a coalition." })
export class CreateCouncilInput extends CouncilFields {
  @Field(() => ID, { description: "The coalition it belongs to." })
  @IsUUID("all", { message: "coalitionId must be an id." })
  coalitionId: string;

  @Field({ description: "Name, e.g. Kulob regional Council." })
  @Length(2, 300, { message: "Name must be 2 to 300 characters." })
  override name: string;

  @Field({ description: "Region it covers." })
  @Length(2, 100, { message: "Region must be 2 to 100 characters." })
  override region: string;
}

@InputType({ description: "Changes to a council; fields left out stay as they are." })
export class UpdateCouncilInput extends CouncilFields {
  @Field(() => ID, { description: "Which council." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

@InputType({ description: "A partner joining a council." })
export class AddCouncilMemberInput {
  @Field(() => ID, { description: "Which council." })
  @IsUUID("all", { message: "councilId must be an id." })
  councilId: string;

  @Field(() => ID, { description: "The partner joining." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field({ description: "Day it joined, YYYY-MM-DD." })
  @IsDay("joinedOn")
  joinedOn: string;
}

@InputType({ description: "A partner leaving a council; its membership is kept with the day it left." })
export class RemoveCouncilMemberInput {
  @Field(() => ID, { description: "Which council." })
  @IsUUID("all", { message: "councilId must be an id." })
  councilId: string;

  @Field(() => ID, { description: "The partner leaving." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field({ description: "Day it left, YYYY-MM-DD." })
  @IsDay("leftOn")
  leftOn: string;
}

@InputType({ description: "The districts a partner works in (replaces the list)." })
export class SetPartnerDistrictsInput {
  @Field(() => ID, { description: "Which partner." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field(() => [ID], { description: "Its districts; an empty list clears them." })
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true, message: "districtIds must be ids." })
  districtIds: string[];
}
