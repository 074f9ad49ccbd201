import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsDay } from "../../core/graphql/validators";
import { HouseholdRelation } from "./household.entity";

const anId = (name: string) => ({ message: `${name} must be an id.` });
const RELATIONS = Object.values(HouseholdRelation);
const MAX_CHILDREN = 30;

@InputType({ description: "A new household, made around the woman who lives in it." })
export class CreateHouseholdInput {
  @Field(() => ID, { description: "The woman (a registered beneficiary) who lives in it; the household is in her community." })
  @IsUUID("all", anId("beneficiaryId"))
  beneficiaryId: string;

  @Field(() => HouseholdRelation, { description: "Her relation to the head; HEAD makes her the head." })
  @IsIn(RELATIONS)
  relationToHead: HouseholdRelation;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: `Children living in it (0–${MAX_CHILDREN}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CHILDREN)
  childrenCount?: number;

  @Field({ nullable: true, description: "Day she joined it, YYYY-MM-DD; today when left out; not in the future." })
  @IsOptional()
  @IsDay("joinedOn")
  joinedOn?: string;
}

@InputType({ description: "Changes to a household; fields left out stay as they are." })
export class UpdateHouseholdInput {
  @Field(() => ID, { description: "Which household." })
  @IsUUID("all", anId("id"))
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field(() => Int, { nullable: true, description: `Children living in it (0–${MAX_CHILDREN}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CHILDREN)
  childrenCount?: number;
}

@InputType({ description: "Which household, at which version." })
class HouseholdChange {
  @Field(() => ID, { description: "Which household." })
  @IsUUID("all", anId("householdId"))
  householdId: string;

  @Field(() => Int, { description: "The household's version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

@InputType({ description: "A woman coming to live in a household." })
export class AddHouseholdMemberInput extends HouseholdChange {
  @Field(() => ID, { description: "The woman; she may live in one household at a time, in its community." })
  @IsUUID("all", anId("beneficiaryId"))
  beneficiaryId: string;

  @Field(() => HouseholdRelation, { description: "Her relation to the head; HEAD makes her the head." })
  @IsIn(RELATIONS)
  relationToHead: HouseholdRelation;

  @Field({ nullable: true, description: "Day she joined it, YYYY-MM-DD; today when left out; not in the future." })
  @IsOptional()
  @IsDay("joinedOn")
  joinedOn?: string;
}

@InputType({ description: "A woman leaving a household (she is kept as a former member)." })
export class RemoveHouseholdMemberInput extends HouseholdChange {
  @Field(() => ID, { description: "The woman, a current member." })
  @IsUUID("all", anId("beneficiaryId"))
  beneficiaryId: string;

  @Field({ nullable: true, description: "Day she left, YYYY-MM-DD; today when left out; not before she joined, not in the future." })
  @IsOptional()
  @IsDay("leftOn")
  leftOn?: string;
}

@InputType({ description: "Who heads a household." })
export class SetHouseholdHeadInput extends HouseholdChange {
  @Field(() => ID, {
    nullable: true,
    description: "A current member; null when the head is not a woman registered with NK (e.g. her husband).",
  })
  @IsOptional()
  @IsUUID("all", anId("beneficiaryId"))
  beneficiaryId?: string | null;

  @Field(() => HouseholdRelation, {
    nullable: true,
    defaultValue: HouseholdRelation.OTHER_RELATIVE,
    description: "The former head's relation to the new one, when the former head still lives there.",
  })
  @IsOptional()
  @IsIn(RELATIONS.filter((r) => r !== HouseholdRelation.HEAD))
  formerHeadRelation?: HouseholdRelation;
}
