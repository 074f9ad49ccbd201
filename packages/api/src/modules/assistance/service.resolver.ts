import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { AnswersLink, AnswersNestedPage, AnswersPage } from "../../core/graphql/answer-plan";
import { type NodeFields, Reads, SelectedNodes } from "../../core/graphql/columns";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";
import { staffMember } from "../users/staff-member.loader";
import { StaffMember } from "../users/staff-member.type";
import { Service, ServiceKind, ServiceSubtype } from "./service.entity";
import { CompleteFollowUpInput, RecordServiceInput, ServiceFilter, ServiceSort, UpdateServiceInput } from "./service.inputs";
import * as assistance from "./service.service";

const ServiceConnection = connectionType(Service, "Service", [...CASE_READERS]);

@ObjectType({ description: "Result of a mutation on a service." })
@Allow(...CASE_READERS)
class ServicePayload {
  @Field(() => Service, { nullable: true, description: "The service as saved; null when refused." })
  service?: Service;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "A kind of service with the subtypes it allows." })
@Allow(...CASE_READERS)
class ServiceKindSubtypes {
  @Field(() => ServiceKind, { description: "The kind." })
  kind: ServiceKind;

  @Field(() => [ServiceSubtype], { description: "Its subtypes, in the order a form offers them (OTHER last)." })
  subtypes: ServiceSubtype[];
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [ServiceKindSubtypes], { description: "Each kind of service with the subtypes it allows." })
  @Allow(...CASE_READERS)
  serviceKinds(): ServiceKindSubtypes[] {
    return assistance.serviceKinds();
  }

  @Query(() => [StaffMember], {
    description:
      "Who may be named as a service's provider: the case workers of the unit (by default of the viewer's units; none for a unit not hers), and every coordinator and admin. Active accounts, by name.",
  })
  @Allow(...CASE_READERS)
  serviceProviders(
    @Ctx() ctx: Context,
    @Arg("unitId", () => ID, { nullable: true, description: "The unit giving the service." }) unitId?: string,
  ): Promise<StaffMember[]> {
    return assistance.serviceProviders(ctx, unitId);
  }

  @Query(() => ServiceConnection, {
    description: "Services the viewer may see (case workers: their units'), latest first; each service listed is an audited read.",
  })
  @Allow(...CASE_READERS)
  @AnswersPage(assistance.serviceList)
  services(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ServiceFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ServiceFilter,
    @Arg("sort", () => ServiceSort, { nullable: true, description: "Order of the items; ties are broken by id." }) sort?: ServiceSort,
    @SelectedNodes() nodes?: NodeFields,
  ) {
    return assistance.listServices(ctx, filter, sort, page, nodes);
  }

  @Query(() => Service, { description: "One service; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...CASE_READERS)
  service(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return assistance.readService(ctx, id);
  }

  @Mutation(() => ServicePayload, { description: "Records legal, psychological, medical or economic help given to a beneficiary." })
  @Allow(...CASE_READERS)
  recordService(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordServiceInput) {
    return runMutation(ctx, input, (em) => assistance.recordService(ctx, em, input));
  }

  @Mutation(() => ServicePayload, {
    description: "Changes a service's outcome, subtype, follow-up deadline or notes; refused with CONFLICT when `version` is stale.",
  })
  @Allow(...CASE_READERS)
  updateService(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateServiceInput) {
    return runMutation(ctx, input, (em) => assistance.updateService(ctx, em, input));
  }

  @Mutation(() => ServicePayload, { description: "Marks a service's follow-up as done now." })
  @Allow(...CASE_READERS)
  completeFollowUp(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CompleteFollowUpInput) {
    return runMutation(ctx, input, (em) => assistance.completeFollowUp(ctx, em, input));
  }

  @FieldResolver(() => Beneficiary, { description: "The woman who received the service." })
  @Reads("beneficiaryId")
  @AnswersLink(Beneficiary, "beneficiaryId")
  beneficiary(@Root() s: Service, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(s.beneficiaryId);
  }

  @FieldResolver(() => Unit, { description: "Unit that gave the service." })
  @Reads("unitId")
  @AnswersLink(Unit, "unitId")
  unit(@Root() s: Service, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(s.unitId);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Staff member who gave the service." })
  @Reads("providerId")
  provider(@Root() s: Service, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, s.providerId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: "The case the service was recorded on; null when none or outside the viewer's reach. An audited read.",
  })
  case(@Root() s: Service, @Ctx() ctx: Context) {
    return assistance.caseOfService(ctx, s);
  }

  @FieldResolver(() => Boolean, {
    description: "True when the follow-up deadline is before today (in Dushanbe) and the follow-up is not done.",
  })
  @Reads("followUpDueOn", "followUpDoneAt")
  overdue(@Root() s: Service) {
    return assistance.isOverdue(s);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryServicesResolver {
  @FieldResolver(() => ServiceConnection, {
    description:
      "Services she received that the viewer may see, latest first (e.g. `first: 5` for her last five); the pages of a whole list of women come from one SQL statement. Each is an audited read.",
  })
  @Allow(...CASE_READERS)
  @Reads()
  @AnswersNestedPage(assistance.serviceList, "beneficiary_id")
  services(
    @Root() b: Beneficiary,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ServiceFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ServiceFilter,
    @Arg("sort", () => ServiceSort, { nullable: true, description: "Order of the items; ties are broken by id." }) sort?: ServiceSort,
    @SelectedNodes() nodes?: NodeFields,
  ) {
    return assistance.servicesOf(ctx, b.id, filter, sort, page, nodes);
  }
}

@Resolver(() => Case)
export class CaseServicesResolver {
  @FieldResolver(() => [Service], {
    description: "Services recorded on the case that the viewer may see, latest first; each is an audited read.",
  })
  @Allow(...CASE_READERS)
  services(@Root() c: Case, @Ctx() ctx: Context) {
    return assistance.servicesOfCase(ctx, c.id);
  }
}
