import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import { today } from "../../core/clock";
import type { Context } from "../../core/context";
import { CASE_READERS } from "../cases/case.entity";
import * as service from "./caseload.service";

@ObjectType({ description: "How many, of one kind." })
@Allow(...CASE_READERS, "ANALYST")
class Count {
  @Field({ description: "The kind counted, e.g. HIGH or LEGAL." })
  key: string;

  @Field(() => Int, { description: "How many." })
  count: number;
}

@ObjectType({ description: "A staff member's case load: what needs attention." })
@Allow(...CASE_READERS)
class Caseload {
  @Field(() => [Count], { description: "My open cases by risk level." })
  myOpenCasesByRisk: Count[];

  @Field(() => Int, { description: "Follow-ups past their deadline, in the cases and services I can reach." })
  overdueFollowUps: number;

  @Field(() => Int, { description: "Cases whose closing awaits a coordinator's decision, that I can reach." })
  awaitingClosure: number;
}

@ObjectType({ description: "Counts of case work over a period, for reporting inside NK: no personal data." })
@Allow(...CASE_READERS, "ANALYST")
class AssistanceCounts {
  @Field(() => [Count], { description: "Cases opened in the period, by risk level at opening." })
  casesOpenedByRisk: Count[];

  @Field(() => [Count], { description: "Incidents reported in the period, by type of violence." })
  incidentsByType: Count[];

  @Field(() => [Count], { description: "Incidents reported in the period, by the perpetrator's relation." })
  incidentsByPerpetrator: Count[];

  @Field(() => [Count], { description: "Services given in the period, by kind." })
  servicesByKind: Count[];

  @Field(() => [Count], { description: "Referrals made in the period, by status now." })
  referralsByStatus: Count[];

  @Field(() => Int, { description: "Shelter admissions in the period." })
  shelterAdmissions: number;
}

@Resolver()
export class CaseloadResolver {
  @Query(() => Caseload, { description: "What needs my attention: my open cases by risk, overdue follow-ups, cases awaiting closing." })
  @Allow(...CASE_READERS)
  caseload(@Ctx() ctx: Context): Promise<Caseload> {
    return service.caseload(ctx);
  }

  @Query(() => AssistanceCounts, {
    description: "Counts of case work between two days (inclusive), for reports inside NK. Analysts see these counts and nothing personal.",
  })
  @Allow(...CASE_READERS, "ANALYST")
  assistanceCounts(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD." }) to: string,
  ): Promise<AssistanceCounts> {
    return service.assistanceCounts(ctx, from, to);
  }
}
