import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateRange } from "../../core/graphql/filters";
import { IsDay } from "../../core/graphql/validators";
import { CaseStage, CaseStatus, ClosureDecision, RiskLevel } from "./case.entity";
import { GbvType, PerpetratorRelation, PlaceType } from "./incident.entity";

const LONG_TEXT = 20_000;
const long = (name: string) => ({ message: `${name} must be at most ${LONG_TEXT} characters.` });

@InputType({ description: "Narrows a list of cases; all given conditions must hold." })
export class CaseFilter {
  @Field({ nullable: true, description: "Only the cases assigned to me." })
  mine?: boolean;

  @Field(() => CaseStatus, { nullable: true, description: "Only cases with this status." })
  status?: CaseStatus;

  @Field(() => CaseStage, { nullable: true, description: "Only cases at this workflow stage." })
  stage?: CaseStage;

  @Field(() => RiskLevel, { nullable: true, description: "Only cases at this risk level." })
  riskLevel?: RiskLevel;

  @Field(() => ID, { nullable: true, description: "Only the cases of this unit." })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: "Only the cases of this beneficiary." })
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true, description: "Only the cases of women living in this district." })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Only the cases in this case worker's charge." })
  caseWorkerId?: string;

  @Field(() => DateRange, { nullable: true, description: "Only the cases opened on these days (in Dushanbe)." })
  openedOn?: DateRange;

  @Field(() => ClosureDecision, { nullable: true, description: "Only cases whose closing stands so (REQUESTED: awaiting approval)." })
  closureDecision?: ClosureDecision;

  @Field({ nullable: true, defaultValue: false, description: "List archived cases instead of current ones." })
  archived?: boolean;
}

@InputType({ description: "Narrows the staff who may be in charge of cases." })
export class CaseWorkerFilter {
  @Field(() => ID, { nullable: true, description: "Only those who may hold the cases of this unit (its case workers, and coordinators)." })
  unitId?: string;
}

export enum CaseSortField {
  RISK = "RISK",
  OPENED_AT = "OPENED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(CaseSortField, { name: "CaseSortField", description: "Orders for a list of cases (RISK: high first when descending)." });

@InputType({ description: "A new case for a beneficiary." })
export class OpenCaseInput {
  @Field(() => ID, { description: "The beneficiary." })
  @IsUUID("all", { message: "beneficiaryId must be an id." })
  beneficiaryId: string;

  @Field(() => ID, { description: "Unit handling the case; case workers may use their own units only." })
  @IsUUID("all", { message: "unitId must be an id." })
  unitId: string;

  @Field(() => ID, { nullable: true, description: "Case worker in charge; by default the case worker opening it." })
  @IsOptional()
  @IsUUID("all", { message: "caseWorkerId must be an id." })
  caseWorkerId?: string;

  @Field(() => RiskLevel, { description: "Risk level at opening." })
  @IsIn(Object.values(RiskLevel))
  riskLevel: RiskLevel;

  @Field({ nullable: true, description: "The case plan. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("The plan"))
  plan?: string;

  @Field({ nullable: true, description: "Case notes. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("Notes"))
  notes?: string;
}

@InputType({ description: "Changes to a case; fields left out stay as they are." })
export class UpdateCaseInput {
  @Field(() => ID, { description: "Which case." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field(() => CaseStage, {
    nullable: true,
    description: "Move the case forward in its workflow (closing goes through requestCaseClosure).",
  })
  @IsOptional()
  @IsIn(Object.values(CaseStage))
  stage?: CaseStage;

  @Field(() => CaseStatus, { nullable: true, description: "TRANSFERRED or DUPLICATE; closing and reopening have their own mutations." })
  @IsOptional()
  @IsIn([CaseStatus.TRANSFERRED, CaseStatus.DUPLICATE], { message: "status can be set to TRANSFERRED or DUPLICATE here." })
  status?: CaseStatus;

  @Field(() => String, { nullable: true, description: "The case plan. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("The plan"))
  plan?: string | null;

  @Field(() => String, { nullable: true, description: "Case notes. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("Notes"))
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: "Hand the case to another case worker." })
  @IsOptional()
  @IsUUID("all", { message: "caseWorkerId must be an id." })
  caseWorkerId?: string;
}

@InputType({ description: "A step of a case that needs a reason: a risk change, a closing request or decision, a reopening." })
export class CaseStepInput {
  @Field(() => ID, { description: "Which case." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field({ description: "Why. Encrypted at rest." })
  @Length(1, 2000, { message: "Give a reason of 1 to 2000 characters." })
  reason: string;
}

@InputType({ description: "A new risk level for a case, with the reason." })
export class ChangeCaseRiskInput extends CaseStepInput {
  @Field(() => RiskLevel, { description: "The new level." })
  @IsIn(Object.values(RiskLevel))
  level: RiskLevel;
}

@InputType({ description: "A coordinator's decision on a request to close a case." })
export class DecideCaseClosureInput extends CaseStepInput {
  @Field({ description: "True to close the case, false to keep it open." })
  @IsBoolean()
  approve: boolean;
}

@InputType({ description: "A note to add to a case." })
export class AddCaseNoteInput {
  @Field(() => ID, { description: "The case." })
  @IsUUID("all", { message: "caseId must be an id." })
  caseId: string;

  @Field({ description: "What to write. Encrypted at rest." })
  @Length(1, LONG_TEXT, { message: `Write a note of 1 to ${LONG_TEXT} characters.` })
  text: string;
}

@InputType({ description: "An incident to record on a case." })
export class RecordIncidentInput {
  @Field(() => ID, { description: "The case." })
  @IsUUID("all", { message: "caseId must be an id." })
  caseId: string;

  @Field({ description: "Day it happened, YYYY-MM-DD; not in the future." })
  @IsDay("occurredOn")
  occurredOn: string;

  @Field({ nullable: true, description: "Day it was reported to NK, YYYY-MM-DD; today by default." })
  @IsOptional()
  @IsDay("reportedOn")
  reportedOn?: string;

  @Field(() => GbvType, { description: "Type of violence." })
  @IsIn(Object.values(GbvType))
  gbvType: GbvType;

  @Field(() => PerpetratorRelation, { description: "How the alleged perpetrator is related to her." })
  @IsIn(Object.values(PerpetratorRelation))
  perpetratorRelation: PerpetratorRelation;

  @Field(() => PlaceType, { description: "Kind of place." })
  @IsIn(Object.values(PlaceType))
  placeType: PlaceType;

  @Field({ nullable: true, description: "What happened. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("The narrative"))
  narrative?: string;

  @Field({ nullable: true, description: "Details of the alleged perpetrator. Encrypted at rest." })
  @IsOptional()
  @MaxLength(2000, { message: "Perpetrator details must be at most 2000 characters." })
  perpetratorDetails?: string;
}
