import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateRange } from "../../core/graphql/filters";
import { ReceiverKind, ReferralStatus } from "./referral.entity";

@InputType({ description: "Narrows a list of referrals; all given conditions must hold." })
export class ReferralFilter {
  @Field(() => ID, { nullable: true, description: "Only the referrals of this beneficiary." })
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true, description: "Only the referrals made on this case." })
  caseId?: string;

  @Field(() => ReferralStatus, { nullable: true, description: "Only referrals with this status." })
  status?: ReferralStatus;

  @Field({ nullable: true, description: "Only referrals still open (in progress or accepted)." })
  open?: boolean;

  @Field(() => DateRange, { nullable: true, description: "Only the referrals made on these days (in Dushanbe)." })
  referredOn?: DateRange;

  @Field(() => ID, { nullable: true, description: "Only the referrals to this partner." })
  partnerId?: string;

  @Field(() => ReceiverKind, { nullable: true, description: "Only the referrals to receivers of this kind." })
  receiverKind?: ReceiverKind;

  @Field(() => ID, { nullable: true, description: "Only the referrals made by this unit." })
  unitId?: string;
}

@InputType({ description: "A referral to make." })
export class MakeReferralInput {
  @Field(() => ID, { description: "The beneficiary referred." })
  @IsUUID("all", { message: "beneficiaryId must be an id." })
  beneficiaryId: string;

  @Field(() => ID, { nullable: true, description: "The case it belongs to, if any; it must be open." })
  @IsOptional()
  @IsUUID("all", { message: "caseId must be an id." })
  caseId?: string;

  @Field(() => ID, { description: "The referring unit; case workers may use their own units only." })
  @IsUUID("all", { message: "unitId must be an id." })
  unitId: string;

  @Field(() => ReceiverKind, {
    description:
      "Kind of receiver (a hospital, the police, an NGO …), whether a registered partner or not; PARTNER needs partnerId, the others partnerId or receiverName.",
  })
  @IsIn(Object.values(ReceiverKind))
  receiverKind: ReceiverKind;

  @Field(() => ID, { nullable: true, description: "The registered partner receiving her, of whatever kind; then no receiverName." })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId?: string;

  @Field({ nullable: true, description: "Name of a receiver that is not a registered partner, e.g. Kulob regional hospital." })
  @IsOptional()
  @Length(2, 200, { message: "The receiver's name must be 2 to 200 characters." })
  receiverName?: string;

  @Field({ nullable: true, description: "Why she is referred. Encrypted at rest." })
  @IsOptional()
  @MaxLength(20_000, { message: "The reason must be at most 20000 characters." })
  reason?: string;

  @Field({ description: "Whether her personal data goes to the receiver; then her consent to share with that receiver is needed." })
  @IsBoolean()
  sharesPersonalData: boolean;

  @Field({ nullable: true, description: "To share without that consent: why (at least 20 characters). Audited." })
  @IsOptional()
  @Length(20, 2000, { message: "An override needs a reason of 20 to 2000 characters." })
  consentOverrideReason?: string;
}

@InputType({ description: "A new status for a referral." })
export class ChangeReferralStatusInput {
  @Field(() => ID, { description: "Which referral." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @IsInt()
  version: number;

  @Field(() => ReferralStatus, { description: "The new status." })
  @IsIn(Object.values(ReferralStatus))
  status: ReferralStatus;
}
