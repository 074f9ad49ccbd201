import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { SortDirectionEnum } from "../../core/graphql/sort";
import { IsDay } from "../../core/graphql/validators";
import { IndicatorMeasure } from "./indicator.entity";

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const CODE_MESSAGE = "Code must be 2 to 40 capital letters, digits or dashes, e.g. VDV-SERVICES.";

@InputType({ description: "Narrows a list of programmes." })
export class ProgramFilter {
  @Field({ nullable: true, description: "Text in the code, title or goal." })
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only programmes this unit takes part in." })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived programmes instead of current ones." })
  archived?: boolean;
}

export enum ProgramSortField {
  CODE = "CODE",
  TITLE = "TITLE",
  STARTS_ON = "STARTS_ON",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ProgramSortField, { name: "ProgramSortField", description: "Orders for a list of programmes." });

@InputType({ description: "How to order a list of programmes; ties are broken by id." })
export class ProgramSort {
  @Field(() => ProgramSortField, { defaultValue: ProgramSortField.CODE, description: "Key to order by." })
  field: ProgramSortField;

  @Field(() => SortDirectionEnum, { defaultValue: SortDirectionEnum.ASC, description: "Direction." })
  direction: SortDirectionEnum;
}

@InputType({ description: "Fields of a programme." })
export class ProgramFields {
  @Field({ nullable: true, description: "Title." })
  @IsOptional()
  @Length(2, 200, { message: "Title must be 2 to 200 characters." })
  title?: string;

  @Field({ nullable: true, description: "What the programme aims to change." })
  @IsOptional()
  @Length(2, 2000, { message: "Goal must be 2 to 2000 characters." })
  goal?: string;

  @Field(() => [String], { nullable: true, description: "Who it is for." })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true, message: "A target group must be at most 120 characters." })
  targetGroups?: string[];

  @Field({ nullable: true, description: "First day, YYYY-MM-DD." })
  @IsOptional()
  @IsDay("startsOn")
  startsOn?: string;

  @Field(() => String, { nullable: true, description: "Last day, YYYY-MM-DD, or null for no end." })
  @IsOptional()
  @IsDay("endsOn")
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true, description: "Units that run it (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID("all", { each: true, message: "unitIds must be ids." })
  unitIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Districts it works in (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true, message: "districtIds must be ids." })
  districtIds?: string[];
}

@InputType({ description: "A new programme." })
export class CreateProgramInput extends ProgramFields {
  @Field({ description: "Short code, unique, e.g. VDV-SERVICES." })
  @Matches(CODE, { message: CODE_MESSAGE, context: { format: "CODE" } })
  code: string;

  @Field({ description: "Title." })
  @Length(2, 200, { message: "Title must be 2 to 200 characters." })
  override title: string;

  @Field({ description: "What the programme aims to change." })
  @Length(2, 2000, { message: "Goal must be 2 to 2000 characters." })
  override goal: string;

  @Field({ description: "First day, YYYY-MM-DD." })
  @IsDay("startsOn")
  override startsOn: string;
}

@InputType({ description: "Changes to a programme; fields left out stay as they are." })
export class UpdateProgramInput extends ProgramFields {
  @Field(() => ID, { description: "Which programme." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}

@InputType({ description: "The value an indicator should reach in one period." })
export class TargetInput {
  @Field({ description: "Label of the period, e.g. 2026 or 2026-Q3; unique within the indicator." })
  @Length(1, 20, { message: "Period must be 1 to 20 characters." })
  period: string;

  @Field({ description: "First day of the period, YYYY-MM-DD." })
  @IsDay("periodStart")
  periodStart: string;

  @Field({ description: "Last day of the period, YYYY-MM-DD." })
  @IsDay("periodEnd")
  periodEnd: string;

  @Field(() => Float, { description: "Value to reach." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target: number;

  @Field(() => Float, { nullable: true, description: "Value reached, once known." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  actual?: number | null;
}

@InputType({ description: "An indicator of a programme with its targets; without id it is added, with id it is replaced." })
export class SaveIndicatorInput {
  @Field(() => ID, { description: "Programme the indicator belongs to." })
  @IsUUID("all", { message: "programId must be an id." })
  programId: string;

  @Field(() => ID, { nullable: true, description: "The indicator to change; leave out to add one." })
  @IsOptional()
  @IsUUID("all", { message: "id must be an id." })
  id?: string;

  @Field({ description: "Short code, unique within the programme." })
  @Matches(CODE, { message: CODE_MESSAGE, context: { format: "CODE" } })
  code: string;

  @Field({ description: "What is measured." })
  @Length(2, 300, { message: "Name must be 2 to 300 characters." })
  name: string;

  @Field({ description: "Unit of measure, e.g. women, groups, %." })
  @Length(1, 40, { message: "Unit must be 1 to 40 characters." })
  unit: string;

  @Field(() => Float, { nullable: true, description: "Value at the start of the programme." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number | null;

  @Field(() => Int, { nullable: true, description: "The version you read, required with id; a stale one is refused with CONFLICT." })
  @IsOptional()
  @IsInt()
  version?: number | null;

  @Field(() => IndicatorMeasure, {
    nullable: true,
    description: "What the platform counts for the actual values; leave out to enter them by hand (then targets may carry actual).",
  })
  @IsOptional()
  measure?: IndicatorMeasure | null;

  @Field(() => [TargetInput], { description: "Targets per period (replaces the list)." })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  targets: TargetInput[];
}
