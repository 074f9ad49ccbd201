import { IsEmail, IsIn, IsInt, IsOptional, IsUrl, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { PartnerKind } from "./partner.entity";

@InputType({ description: "Narrows a list of partners." })
export class PartnerFilter {
  @Field({ nullable: true, description: "Text in the name or acronym." })
  search?: string;

  @Field(() => PartnerKind, { nullable: true, description: "Only partners of this kind." })
  kind?: PartnerKind;

  @Field(() => ID, { nullable: true, description: "Only partners working in this district." })
  @IsOptional()
  @IsUUID("all", { message: "districtId must be an id." })
  districtId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived partners instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "Fields of a partner organisation." })
export class PartnerFields {
  @Field({ nullable: true, description: "Full name." })
  @IsOptional()
  @Length(2, 200, { message: "Name must be 2 to 200 characters." })
  name?: string;

  @Field(() => String, { nullable: true, description: "Short name." })
  @IsOptional()
  @Length(1, 40, { message: "Acronym must be 1 to 40 characters." })
  acronym?: string | null;

  @Field(() => PartnerKind, { nullable: true, description: "What kind of organisation." })
  @IsOptional()
  @IsIn(Object.values(PartnerKind))
  kind?: PartnerKind;

  @Field(() => String, { nullable: true, description: "Contact email of the organisation." })
  @IsOptional()
  @IsEmail({}, { message: "Contact email is not a valid address." })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "Contact phone, international form." })
  @IsOptional()
  @Matches(/^\+\d{8,15}$/, { message: "Contact phone must be + and 8 to 15 digits.", context: { format: "PHONE" } })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Web site." })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: "Website must be a full URL (https://…)." })
  website?: string | null;
}

@InputType({ description: "A new partner organisation." })
export class CreatePartnerInput extends PartnerFields {
  @Field({ description: "Full name." })
  @Length(2, 200, { message: "Name must be 2 to 200 characters." })
  override name: string;

  @Field(() => PartnerKind, { description: "What kind of organisation." })
  @IsIn(Object.values(PartnerKind))
  override kind: PartnerKind;
}

@InputType({ description: "Changes to a partner; fields left out stay as they are." })
export class UpdatePartnerInput extends PartnerFields {
  @Field(() => ID, { description: "Which partner." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}
