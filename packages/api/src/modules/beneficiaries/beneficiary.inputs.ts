import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { SortDirectionEnum } from "../../core/graphql/sort";
import { BeneficiaryStatus, Vulnerability } from "./beneficiary.entity";

const PHONE = /^\+992\d{9}$/;
const PHONE_MESSAGE = "Phone must be +992 followed by 9 digits, e.g. +992918000000.";
const thisYear = () => new Date().getFullYear();

@InputType({ description: "Narrows a list of beneficiaries; all given conditions must hold." })
export class BeneficiaryFilter {
  @Field({ nullable: true, description: "Text in the name or code; Tajik and Russian spellings match each other." })
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only those living in communities of this district." })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Only those living in this community." })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "Only those taking part in this programme." })
  programId?: string;

  @Field(() => ID, { nullable: true, description: "Only those registered by this unit." })
  unitId?: string;

  @Field(() => BeneficiaryStatus, { nullable: true, description: "Only those with this status." })
  status?: BeneficiaryStatus;

  @Field({ nullable: true, defaultValue: false, description: "List archived records instead of current ones." })
  archived?: boolean;
}

export enum BeneficiarySortField {
  CODE = "CODE",
  LAST_NAME = "LAST_NAME",
  REGISTERED_ON = "REGISTERED_ON",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(BeneficiarySortField, { name: "BeneficiarySortField", description: "Orders for a list of beneficiaries." });

@InputType({ description: "How to order a list of beneficiaries; ties are broken by id." })
export class BeneficiarySort {
  @Field(() => BeneficiarySortField, { defaultValue: BeneficiarySortField.CODE, description: "Key to order by." })
  field: BeneficiarySortField;

  @Field(() => SortDirectionEnum, { defaultValue: SortDirectionEnum.ASC, description: "Direction." })
  direction: SortDirectionEnum;
}

@InputType({ description: "Fields of a beneficiary that staff may set." })
class BeneficiaryFields {
  @Field({ nullable: true, description: "First name." })
  @IsOptional()
  @Length(1, 100, { message: "First name must be 1 to 100 characters." })
  firstName?: string;

  @Field({ nullable: true, description: "Last name." })
  @IsOptional()
  @Length(1, 100, { message: "Last name must be 1 to 100 characters." })
  lastName?: string;

  @Field(() => String, { nullable: true, description: "Patronymic." })
  @IsOptional()
  @MaxLength(100, { message: "Patronymic must be at most 100 characters." })
  patronymic?: string | null;

  @Field(() => Int, { nullable: true, description: "Year of birth." })
  @IsOptional()
  @IsInt()
  @Min(1920, { message: "Birth year must be 1920 or later." })
  @Max(thisYear(), { message: "Birth year cannot be in the future." })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: "Phone, +992 followed by 9 digits." })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: "Community she lives in." })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id." })
  communityId?: string;

  @Field(() => BeneficiaryStatus, { nullable: true, description: "Whether NK is currently working with her." })
  @IsOptional()
  @IsIn(Object.values(BeneficiaryStatus))
  status?: BeneficiaryStatus;

  @Field(() => [Vulnerability], { nullable: true, description: "Circumstances that shape the support she needs." })
  @IsOptional()
  @ArrayMaxSize(20)
  vulnerabilities?: Vulnerability[];

  @Field(() => [ID], { nullable: true, description: "Programmes she takes part in (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "programIds must be ids." })
  programIds?: string[];
}

@InputType({ description: "A new beneficiary. Her code is given by the system." })
export class CreateBeneficiaryInput extends BeneficiaryFields {
  @Field({ description: "First name." })
  @Length(1, 100, { message: "First name must be 1 to 100 characters." })
  override firstName: string;

  @Field({ description: "Last name." })
  @Length(1, 100, { message: "Last name must be 1 to 100 characters." })
  override lastName: string;

  @Field(() => ID, { description: "Community she lives in." })
  @IsUUID("all", { message: "communityId must be an id." })
  override communityId: string;

  @Field(() => ID, { description: "Unit registering her; case workers may use their own units only." })
  @IsUUID("all", { message: "unitId must be an id." })
  unitId: string;
}

@InputType({ description: "Changes to a beneficiary; fields left out stay as they are." })
export class UpdateBeneficiaryInput extends BeneficiaryFields {
  @Field(() => ID, { description: "Which beneficiary." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}
