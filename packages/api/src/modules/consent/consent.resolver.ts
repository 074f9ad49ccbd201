import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { Allow, PERSONAL_DATA } from "../../core/access";
import type { Context } from "../../core/context";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Partner } from "../organisation/partner.entity";
import { staffMember } from "../users/staff-member.loader";
import { StaffMember } from "../users/staff-member.type";
import { Consent } from "./consent.entity";
import { RecordConsentInput, WithdrawConsentInput } from "./consent.inputs";
import * as service from "./consent.service";

@ObjectType({ description: "Result of recording or withdrawing a consent." })
@Allow(...PERSONAL_DATA)
class ConsentPayload {
  @Field(() => Consent, { nullable: true, description: "The consent as saved; null when refused." })
  consent?: Consent;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Mutation(() => ConsentPayload, {
    description:
      "Records a consent she gave: to receive services, to share her data with a named receiver, or to be counted in anonymous statistics.",
  })
  @Allow(...PERSONAL_DATA)
  recordConsent(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordConsentInput) {
    return runMutation(ctx, input, (em) => service.recordConsent(ctx, em, input));
  }

  @Mutation(() => ConsentPayload, { description: "Records that she withdrew a consent; the consent itself is kept." })
  @Allow(...PERSONAL_DATA)
  withdrawConsent(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: WithdrawConsentInput) {
    return runMutation(ctx, input, (em) => service.withdrawConsent(ctx, em, input));
  }

  @FieldResolver(() => Partner, { nullable: true, description: "For SHARING with a partner: the partner." })
  partner(@Root() c: Consent, @Ctx() ctx: Context) {
    return c.partnerId ? ctx.loaders.byId(Partner, "Partner").load(c.partnerId) : null;
  }

  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: "The staff member who recorded it; null for records made before this was kept.",
  })
  recordedBy(@Root() c: Consent, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, c.recordedBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "The staff member who recorded the withdrawal; null while it holds." })
  withdrawnBy(@Root() c: Consent, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, c.withdrawnBy);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryConsentResolver {
  @FieldResolver(() => [Consent], { description: "Every consent she gave, withdrawn ones included, oldest first." })
  consents(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Consent, "Consent", "beneficiaryId", { givenAt: "ASC" }).load(b.id);
  }
}
