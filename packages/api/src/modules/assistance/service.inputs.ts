import { IsIn, IsInt, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateRange } from "../../core/graphql/filters";
import { SortDirectionEnum } from "../../core/graphql/sort";
import { IsDay } from "../../core/graphql/validators";
import { ServiceKind, ServiceOutcome, ServiceSubtype } from "./service.entity";

const LONG_TEXT = 20_000;
const long = (name: string) => ({ message: `${name} must be at most ${LONG_TEXT} characters.` });

@InputType({ description: "Narrows a list of services; all given conditions must hold." })
export class ServiceFilter {
  @Field(() => ID, { nullable: true, description: "Only the services given to this beneficiary." })
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true, description: "Only the services recorded on this case." })
  caseId?: string;

  @Field(() => ServiceKind, { nullable: true, description: "Only services of this kind." })
  kind?: ServiceKind;

  @Field(() => ServiceOutcome, { nullable: true, description: "Only services with this outcome." })
  outcome?: ServiceOutcome;

  @Field(() => ID, { nullable: true, description: "Only the services of this unit." })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: "Only the services given to women living in this district." })
  districtId?: string;

  @Field(() => DateRange, { nullable: true, description: "Only the services given on these days." })
  providedOn?: DateRange;

  @Field({
    nullable: true,
    description:
      "True: only services whose follow-up deadline is before today (in Dushanbe) and not done. False: only those without an overdue follow-up.",
  })
  overdue?: boolean;

  @Field({ nullable: true, description: "Only the services I provided." })
  mine?: boolean;

  @Field(() => ID, { nullable: true, description: "Only the services this staff member provided." })
  providerId?: string;

  @Field({ nullable: true, defaultValue: false, description: "List archived services instead of current ones." })
  archived?: boolean;
}

export enum ServiceSortField {
  PROVIDED_ON = "PROVIDED_ON",
  FOLLOW_UP_DUE_ON = "FOLLOW_UP_DUE_ON",
}
registerEnumType(ServiceSortField, {
  name: "ServiceSortField",
  description: "Orders for a list of services (FOLLOW_UP_DUE_ON: services without a follow-up come last when ascending).",
});

@InputType({ description: "How to order a list of services; ties are broken by id." })
export class ServiceSort {
  @Field(() => ServiceSortField, { defaultValue: ServiceSortField.PROVIDED_ON, description: "Key to order by." })
  field: ServiceSortField;

  @Field(() => SortDirectionEnum, { defaultValue: SortDirectionEnum.DESC, description: "Direction." })
  direction: SortDirectionEnum;
}

@InputType({ description: "Help given to a beneficiary, to record." })
export class RecordServiceInput {
  @Field(() => ID, { description: "The beneficiary who received it." })
  @IsUUID("all", { message: "beneficiaryId must be an id." })
  beneficiaryId: string;

  @Field(() => ID, { nullable: true, description: "Her case this service belongs to, if any." })
  @IsOptional()
  @IsUUID("all", { message: "caseId must be an id." })
  caseId?: string;

  @Field(() => ID, { description: "Unit that gave the service; case workers may use their own units only." })
  @IsUUID("all", { message: "unitId must be an id." })
  unitId: string;

  @Field(() => ServiceKind, { description: "Kind of help." })
  @IsIn(Object.values(ServiceKind))
  kind: ServiceKind;

  @Field(() => ServiceSubtype, { description: "What exactly; must be one the kind allows (OTHER fits all)." })
  @IsIn(Object.values(ServiceSubtype))
  subtype: ServiceSubtype;

  @Field({ description: "Day it was given, YYYY-MM-DD; not in the future." })
  @IsDay("providedOn")
  providedOn: string;

  @Field(() => ServiceOutcome, { description: "What came of it." })
  @IsIn(Object.values(ServiceOutcome))
  outcome: ServiceOutcome;

  @Field({ nullable: true, description: "Follow-up deadline, YYYY-MM-DD; not before the day the service was given." })
  @IsOptional()
  @IsDay("followUpDueOn")
  followUpDueOn?: string;

  @Field({ nullable: true, description: "Notes. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("Notes"))
  notes?: string;

  @Field(() => ID, { nullable: true, description: "Staff member who gave the service; by default the one recording it." })
  @IsOptional()
  @IsUUID("all", { message: "providerId must be an id." })
  providerId?: string;
}

@InputType({ description: "Changes to a service; fields left out stay as they are." })
export class UpdateServiceInput {
  @Field(() => ID, { description: "Which service." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field(() => ServiceOutcome, { nullable: true, description: "What came of it." })
  @IsOptional()
  @IsIn(Object.values(ServiceOutcome))
  outcome?: ServiceOutcome | null;

  @Field(() => ServiceSubtype, { nullable: true, description: "What exactly; must be one the service's kind allows." })
  @IsOptional()
  @IsIn(Object.values(ServiceSubtype))
  subtype?: ServiceSubtype | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Follow-up deadline, YYYY-MM-DD, not before the day the service was given; null removes it. A new deadline schedules a new follow-up (not yet done).",
  })
  @IsOptional()
  @IsDay("followUpDueOn")
  followUpDueOn?: string | null;

  @Field(() => String, { nullable: true, description: "Notes. Encrypted at rest." })
  @IsOptional()
  @MaxLength(LONG_TEXT, long("Notes"))
  notes?: string | null;
}

@InputType({ description: "Which service's follow-up was done." })
export class CompleteFollowUpInput {
  @Field(() => ID, { description: "Which service." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;
}
