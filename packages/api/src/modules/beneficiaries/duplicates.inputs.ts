import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import { Beneficiary } from "./beneficiary.entity";

export enum DuplicateReason {
  NAME = "NAME",
  NAME_REVERSED = "NAME_REVERSED",
  BIRTH_YEAR = "BIRTH_YEAR",
  COMMUNITY = "COMMUNITY",
  PHONE = "PHONE",
}
registerEnumType(DuplicateReason, {
  name: "DuplicateReason",
  description:
    "Why a registered woman may be the one being registered: NAME (same first and last name, folded: Tajik/Russian letters, дж/ҷ), NAME_REVERSED (the two given the other way round), BIRTH_YEAR (within a year), COMMUNITY, PHONE.",
});

@InputType({ description: "What is known of a woman about to be registered." })
export class BeneficiaryDuplicateInput {
  @Field({ description: "First name." })
  @Length(1, 100)
  firstName: string;

  @Field({ description: "Last name." })
  @Length(1, 100)
  lastName: string;

  @Field(() => Int, { nullable: true, description: "Year of birth." })
  @IsOptional()
  @IsInt()
  @Min(1920)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => ID, { nullable: true, description: "Community she lives in." })
  @IsOptional()
  @IsUUID("all")
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: "Phone, +992 followed by 9 digits." })
  @IsOptional()
  @Matches(/^\+992\d{9}$/, { context: { format: "PHONE" } })
  phone?: string | null;
}

@ObjectType({ description: "A registered woman who may be the one being registered, and why." })
@Allow(...PERSONAL_DATA)
export class BeneficiaryMatch {
  @Field(() => Beneficiary, { description: "The registered woman (only the fields the viewer may read)." })
  beneficiary: Beneficiary;

  @Field(() => [DuplicateReason], { description: "What matched; NAME or NAME_REVERSED or PHONE is always among them." })
  reasons: DuplicateReason[];
}
