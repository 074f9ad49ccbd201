import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { StaffMember } from "../users/staff-member.type";
import { CASE_READERS } from "./case.entity";
import { CaseWorkerFilter } from "./case.inputs";
import { listCaseWorkers } from "./case-worker.list";

const CaseWorkerConnection = connectionType(StaffMember, "CaseWorker", [...CASE_READERS]);

@Resolver()
export class CaseWorkerResolver {
  @Query(() => CaseWorkerConnection, {
    description: "Staff who may be in charge of cases (case workers and coordinators), by name: for choosing or filtering by one.",
  })
  @Allow(...CASE_READERS)
  caseWorkers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => CaseWorkerFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CaseWorkerFilter,
  ) {
    return listCaseWorkers(ctx, filter, page);
  }
}
