import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateRange } from "../../core/graphql/filters";
import { IsDay } from "../../core/graphql/validators";

const LONG_TEXT = 20_000;
const MAX_CHILDREN = 15;

const children = {
  min: { message: "The number of children cannot be negative." },
  max: { message: `At most ${MAX_CHILDREN} children can stay with her.` },
  int: { message: "The number of children must be a whole number." },
};
const notes = { message: `Notes must be at most ${LONG_TEXT} characters.` };

@InputType({ description: "Narrows a list of shelter stays; all given conditions must hold." })
export class ShelterStayFilter {
  @Field(() => ID, { nullable: true, description: "Only the stays of this woman." })
  beneficiaryId?: string;

  @Field({ nullable: true, description: "True: only the women staying now (not discharged); false: only past stays." })
  current?: boolean;

  @Field(() => DateRange, { nullable: true, description: "Only the stays that began on these days." })
  admittedOn?: DateRange;

  @Field({ nullable: true, defaultValue: false, description: "List archived stays instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "A woman (and her children) to admit to the shelter." })
export class AdmitToShelterInput {
  @Field(() => ID, { description: "The woman; she must be registered and within your reach." })
  @IsUUID("all", { message: "beneficiaryId must be an id." })
  beneficiaryId: string;

  @Field(() => ID, { nullable: true, description: "Her case the stay belongs to, if any; it must be about her." })
  @IsOptional()
  @IsUUID("all", { message: "caseId must be an id." })
  caseId?: string;

  @Field(() => ID, { description: "The free bed she gets (see `shelterBeds`); case workers may admit to their own units' beds only." })
  @IsUUID("all", { message: "bedId must be an id." })
  bedId: string;

  @Field({ description: "Day of admission, YYYY-MM-DD; not in the future." })
  @IsDay("admittedOn")
  admittedOn: string;

  @Field({ nullable: true, description: "Day discharge is planned for, YYYY-MM-DD; not before admission." })
  @IsOptional()
  @IsDay("plannedDischargeOn")
  plannedDischargeOn?: string;

  @Field(() => Int, { defaultValue: 0, description: `Children staying with her, 0 to ${MAX_CHILDREN}.` })
  @IsInt(children.int)
  @Min(0, children.min)
  @Max(MAX_CHILDREN, children.max)
  accompanyingChildren: number;

  @Field({ nullable: true, description: "Notes. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, notes)
  notes?: string;
}

@InputType({ description: "Changes to a shelter stay; fields left out stay as they are." })
export class UpdateShelterStayInput {
  @Field(() => ID, { description: "Which stay." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt({ message: "version must be a whole number." })
  version: number;

  @Field(() => String, { nullable: true, description: "Day discharge is planned for, YYYY-MM-DD; null clears it." })
  @IsOptional()
  @IsDay("plannedDischargeOn")
  plannedDischargeOn?: string | null;

  @Field(() => Int, { nullable: true, description: `Children staying with her, 0 to ${MAX_CHILDREN}.` })
  @IsOptional()
  @IsInt(children.int)
  @Min(0, children.min)
  @Max(MAX_CHILDREN, children.max)
  accompanyingChildren?: number | null;

  @Field(() => ID, { nullable: true, description: "Move her to another free bed of the same shelter." })
  @IsOptional()
  @IsUUID("all", { message: "bedId must be an id." })
  bedId?: string | null;

  @Field(() => String, { nullable: true, description: "Notes. Encrypted at rest; null clears them." })
  @IsOptional()
  @MaxLength(LONG_TEXT, notes)
  notes?: string | null;
}

@InputType({ description: "The end of a stay in the shelter." })
export class DischargeFromShelterInput {
  @Field(() => ID, { description: "Which stay." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt({ message: "version must be a whole number." })
  version: number;

  @Field({ description: "Day she left, YYYY-MM-DD; not before admission and not in the future." })
  @IsDay("dischargedOn")
  dischargedOn: string;
}

@InputType({ description: "Narrows the list of beds; all given conditions must hold." })
export class ShelterBedFilter {
  @Field(() => ID, { nullable: true, description: "Only the beds of this shelter unit." })
  unitId?: string;

  @Field({ nullable: true, description: "True: only the beds nobody sleeps in now; false: only the taken ones." })
  free?: boolean;

  @Field({ nullable: true, defaultValue: false, description: "List beds taken out of use instead of those in use." })
  archived?: boolean;
}

export enum OccupancyInterval {
  DAY = "DAY",
  MONTH = "MONTH",
}
registerEnumType(OccupancyInterval, { name: "OccupancyInterval", description: "How occupancy over time is grouped." });
