import { IsDate, IsIn, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ConsentScope } from "./consent.entity";

@InputType({ description: "A consent a woman gave." })
export class RecordConsentInput {
  @Field(() => ID, { description: "The beneficiary." })
  @IsUUID("all", { message: "beneficiaryId must be an id." })
  beneficiaryId: string;

  @Field(() => ConsentScope, { description: "What she consents to." })
  @IsIn(Object.values(ConsentScope))
  scope: ConsentScope;

  @Field(() => ID, { nullable: true, description: "For SHARING with a partner on record: the partner." })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId?: string;

  @Field({ nullable: true, description: "For SHARING with a body that is not a partner: its name." })
  @IsOptional()
  @Length(2, 200, { message: "The receiver's name must be 2 to 200 characters." })
  receiverName?: string;

  @Field({ nullable: true, description: "When she gave it; now by default. Not in the future." })
  @IsOptional()
  @IsDate()
  givenAt?: Date;

  @Field(() => String, {
    nullable: true,
    description: "A note on how she gave it or its limits, at most 2000 characters. Encrypted at rest.",
  })
  @IsOptional()
  @MaxLength(2000, { message: "The note must be at most 2000 characters." })
  note?: string | null;
}

@InputType({ description: "A consent to withdraw." })
export class WithdrawConsentInput {
  @Field(() => ID, { description: "Which consent." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;

  @Field({ nullable: true, description: "When she withdrew it; now by default." })
  @IsOptional()
  @IsDate()
  withdrawnAt?: Date;
}
