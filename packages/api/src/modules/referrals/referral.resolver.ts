import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { auditReads } from "../../core/audit";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Consent } from "../consent/consent.entity";
import { Partner } from "../organisation/partner.entity";
import { Unit } from "../organisation/unit.entity";
import { staffMember } from "../users/staff-member.loader";
import { StaffMember } from "../users/staff-member.type";
import { Referral, ReferralStatus, ReferralStatusChange } from "./referral.entity";
import { ChangeReferralStatusInput, MakeReferralInput, ReferralFilter } from "./referral.inputs";
import * as service from "./referral.service";

const ReferralConnection = connectionType(Referral, "Referral", [...CASE_READERS]);

@ObjectType({ description: "Result of a mutation on a referral." })
@Allow(...CASE_READERS)
class ReferralPayload {
  @Field(() => Referral, { nullable: true, description: "The referral as saved; null when refused." })
  referral?: Referral;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, {
    description: "Referrals the viewer may see (case workers: their units'), newest first; each listed is an audited read.",
  })
  @Allow(...CASE_READERS)
  referrals(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ReferralFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ReferralFilter,
  ) {
    return service.listReferrals(ctx, filter, page);
  }

  @Query(() => Referral, { description: "One referral; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...CASE_READERS)
  referral(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readReferral(ctx, id);
  }

  @Query(() => Consent, {
    nullable: true,
    description:
      "Her consent in force to share her data with this receiver (a registered partner, or a body by name), or null when she has given none: a referral sharing her data then needs an audited override. NOT_FOUND when she is outside the viewer's reach.",
  })
  @Allow(...CASE_READERS)
  consentToShare(
    @Ctx() ctx: Context,
    @Arg("beneficiaryId", () => ID, { description: "The woman." }) beneficiaryId: string,
    @Arg("partnerId", () => ID, { nullable: true, description: "The registered partner receiving her data." }) partnerId?: string,
    @Arg("receiverName", () => String, { nullable: true, description: "Or the name of a body that is not a partner." })
    receiverName?: string,
  ) {
    return service.consentToShare(ctx, beneficiaryId, { partnerId, receiverName });
  }

  @Mutation(() => ReferralPayload, {
    description:
      "Refers a beneficiary to a partner or an external body; sharing her data needs her consent to that receiver, or an audited override.",
  })
  @Allow(...CASE_READERS)
  makeReferral(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: MakeReferralInput) {
    return runMutation(ctx, input, (em) => service.makeReferral(ctx, em, input));
  }

  @Mutation(() => ReferralPayload, { description: "Moves a referral on: in progress → accepted / rejected → done, or revoked." })
  @Allow(...CASE_READERS)
  changeReferralStatus(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ChangeReferralStatusInput) {
    return runMutation(ctx, input, (em) => service.changeStatus(ctx, em, input));
  }

  @FieldResolver(() => Beneficiary, { description: "The woman referred." })
  beneficiary(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(r.beneficiaryId);
  }

  @FieldResolver(() => Unit, { description: "The referring unit." })
  unit(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(r.unitId);
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The receiving partner, for receiver kind PARTNER." })
  partner(@Root() r: Referral, @Ctx() ctx: Context) {
    return r.partnerId ? ctx.loaders.byId(Partner, "Partner").load(r.partnerId) : null;
  }

  @FieldResolver(() => Consent, { nullable: true, description: "The consent the sharing relies on." })
  consent(@Root() r: Referral, @Ctx() ctx: Context) {
    return r.consentId ? ctx.loaders.byId(Consent, "Consent").load(r.consentId) : null;
  }

  @FieldResolver(() => [ReferralStatus], { description: "The statuses it may move to now; empty once done, rejected or revoked." })
  nextStatuses(@Root() r: Referral): ReferralStatus[] {
    return service.nextStatuses(r);
  }

  @FieldResolver(() => [ReferralStatusChange], { description: "Every status the referral has had, with its time, oldest first." })
  history(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(ReferralStatusChange, "ReferralStatusChange", "referralId", { changedAt: "ASC" }).load(r.id);
  }
}

@Resolver(() => ReferralStatusChange)
export class ReferralStatusChangeResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: "Who changed the status; null for the system." })
  changedBy(@Root() change: ReferralStatusChange, @Ctx() ctx: Context) {
    return staffMember(ctx, change.changedBy);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryReferralsResolver {
  @FieldResolver(() => ReferralConnection, {
    description:
      "Referrals made for her that the viewer may see, newest first; the pages of a whole list of women come from one SQL statement. Each is an audited read.",
  })
  @Allow(...CASE_READERS)
  referrals(
    @Root() b: Beneficiary,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ReferralFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ReferralFilter,
  ) {
    return service.referralsOf(ctx, b.id, filter, page);
  }
}

@Resolver(() => Case)
export class CaseReferralsResolver {
  @FieldResolver(() => [Referral], { description: "Referrals made on the case, newest first; each is an audited read." })
  async referrals(@Root() c: Case, @Ctx() ctx: Context) {
    const referrals = await ctx.loaders.manyBy(Referral, "Referral", "caseId", { referredAt: "DESC" }).load(c.id);
    await auditReads(
      ctx,
      "Referral",
      referrals.map((r) => r.id),
    );
    return referrals;
  }
}
