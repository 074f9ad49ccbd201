import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { auditReads } from "../../core/audit";
import type { Context } from "../../core/context";
import { AnswersLink, AnswersNestedPage, AnswersPage } from "../../core/graphql/answer-plan";
import { type NodeFields, Reads, SelectedNodes } from "../../core/graphql/columns";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { SortDirectionEnum } from "../../core/graphql/sort";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Unit } from "../organisation/unit.entity";
import { staffMember } from "../users/staff-member.loader";
import { StaffMember } from "../users/staff-member.type";
import { CASE_READERS, Case, CaseRiskChange } from "./case.entity";
import {
  AddCaseNoteInput,
  CaseFilter,
  CaseSortField,
  CaseStepInput,
  ChangeCaseRiskInput,
  DecideCaseClosureInput,
  OpenCaseInput,
  RecordIncidentInput,
  UpdateCaseInput,
} from "./case.inputs";
import * as service from "./case.service";
import { Incident, ReportingDelay, reportingDelay } from "./incident.entity";

const CaseConnection = connectionType(Case, "Case", [...CASE_READERS]);

@InputType({ description: "How to order a list of cases; ties are broken by id." })
class CaseSort {
  @Field(() => CaseSortField, { defaultValue: CaseSortField.OPENED_AT, description: "Key to order by." })
  field: CaseSortField;

  @Field(() => SortDirectionEnum, { defaultValue: SortDirectionEnum.DESC, description: "Direction." })
  direction: SortDirectionEnum;
}

@ObjectType({ description: "Result of a mutation on a case." })
@Allow(...CASE_READERS)
export class CasePayload {
  @Field(() => Case, { nullable: true, description: "The case as saved; null when refused." })
  case?: Case;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of recording an incident." })
@Allow(...CASE_READERS)
class IncidentPayload {
  @Field(() => Incident, { nullable: true, description: "The incident as saved; null when refused." })
  incident?: Incident;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, {
    description: "Cases the viewer may see (case workers: their units'); each case listed is an audited read.",
  })
  @Allow(...CASE_READERS)
  @AnswersPage(service.caseList)
  cases(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CaseFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CaseFilter,
    @Arg("sort", () => CaseSort, { nullable: true, description: "Order of the items; ties are broken by id." }) sort?: CaseSort,
    @SelectedNodes() nodes?: NodeFields,
  ) {
    return service.listCases(ctx, filter, sort, page, nodes);
  }

  @Query(() => Case, { description: "One case; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...CASE_READERS)
  case(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readCase(ctx, id);
  }

  @Query(() => Incident, { description: "One incident; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...CASE_READERS)
  incident(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readIncident(ctx, id);
  }

  @Mutation(() => CasePayload, { description: "Opens a case for a beneficiary." })
  @Allow(...CASE_READERS)
  openCase(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: OpenCaseInput) {
    return runMutation(ctx, input, (em) => service.openCase(ctx, em, input));
  }

  @Mutation(() => CasePayload, {
    description: "Changes an open case: workflow stage, plan, notes, case worker, or marks it transferred or a duplicate.",
  })
  @Allow(...CASE_READERS)
  updateCase(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateCaseInput) {
    return runMutation(ctx, input, (em) => service.updateCase(ctx, em, input));
  }

  @Mutation(() => CasePayload, { description: "Sets a new risk level, kept in the case's risk history with the reason." })
  @Allow(...CASE_READERS)
  changeCaseRisk(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: ChangeCaseRiskInput) {
    return runMutation(ctx, input, (em) => service.changeRisk(ctx, em, input));
  }

  @Mutation(() => CasePayload, { description: "Asks a coordinator to close the case." })
  @Allow(...CASE_READERS)
  requestCaseClosure(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CaseStepInput) {
    return runMutation(ctx, input, (em) => service.requestClosure(ctx, em, input));
  }

  @Mutation(() => CasePayload, { description: "Approves (closing the case) or rejects a request to close it." })
  @Allow("ADMIN", "COORDINATOR")
  decideCaseClosure(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: DecideCaseClosureInput) {
    return runMutation(ctx, input, (em) => service.decideClosure(ctx, em, input));
  }

  @Mutation(() => CasePayload, { description: "Reopens a closed case at the case-plan stage." })
  @Allow(...CASE_READERS)
  reopenCase(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CaseStepInput) {
    return runMutation(ctx, input, (em) => service.reopen(ctx, em, input));
  }

  @Mutation(() => CasePayload, { description: "Adds a note to an open case, kept with who wrote it and when." })
  @Allow(...CASE_READERS)
  addCaseNote(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AddCaseNoteInput) {
    return runMutation(ctx, input, (em) => service.addNote(ctx, em, input));
  }

  @Mutation(() => IncidentPayload, { description: "Records an incident on an open case." })
  @Allow(...CASE_READERS)
  recordIncident(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: RecordIncidentInput) {
    return runMutation(ctx, input, (em) => service.recordIncident(ctx, em, input));
  }

  @FieldResolver(() => Beneficiary, { description: "The woman the case is about." })
  @Reads("beneficiaryId")
  @AnswersLink(Beneficiary, "beneficiaryId")
  beneficiary(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(c.beneficiaryId);
  }

  @FieldResolver(() => Unit, { description: "Unit handling the case." })
  @Reads("unitId")
  @AnswersLink(Unit, "unitId")
  unit(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(c.unitId);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Case worker in charge." })
  @Reads("caseWorkerId")
  caseWorker(@Root() c: Case, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, c.caseWorkerId);
  }

  @FieldResolver(() => [CaseRiskChange], { description: "Every risk level the case has had, oldest first." })
  riskHistory(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CaseRiskChange, "CaseRiskChange", "caseId", { changedAt: "ASC" }).load(c.id);
  }

  @FieldResolver(() => [Incident], { description: "Incidents recorded on the case, latest first; each is an audited read." })
  async incidents(@Root() c: Case, @Ctx() ctx: Context) {
    const incidents = await ctx.loaders.manyBy(Incident, "Incident", "caseId", { occurredOn: "DESC" }).load(c.id);
    await auditReads(
      ctx,
      "Incident",
      incidents.map((i) => i.id),
    );
    return incidents;
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryCasesResolver {
  @FieldResolver(() => CaseConnection, {
    description:
      "Her cases that the viewer may see, latest opened first; the pages of a whole list of women come from one SQL statement. Each is an audited read.",
  })
  @Allow(...CASE_READERS)
  @Reads()
  @AnswersNestedPage(service.caseList, "beneficiary_id")
  cases(
    @Root() b: Beneficiary,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CaseFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CaseFilter,
    @Arg("sort", () => CaseSort, { nullable: true, description: "Order of the items; ties are broken by id." }) sort?: CaseSort,
    @SelectedNodes() nodes?: NodeFields,
  ) {
    return service.casesOf(ctx, b.id, filter, sort, page, nodes);
  }
}

@Resolver(() => Incident)
export class IncidentResolver {
  @FieldResolver(() => ReportingDelay, { description: "Time between the incident and its report, derived from the two dates." })
  reportingDelay(@Root() i: Incident) {
    return reportingDelay(i.occurredOn, i.reportedOn);
  }
}
