import type { Context } from "../../core/context";
import { badInput } from "../../core/errors";
import { countOverdue, servicesByKind } from "../assistance/service.service";
import { casesOpenedByRisk, countAwaitingClosure, incidentsBy, myOpenCasesByRisk } from "../cases/case.service";
import { referralsByStatus } from "../referrals/referral.service";
import { countAdmissions } from "../shelter/shelter.service";

/** What needs the viewer's attention, each count from the module that owns the records. */
export async function caseload(ctx: Context) {
  const [myOpenCasesByRisk_, overdueFollowUps, awaitingClosure] = await Promise.all([
    myOpenCasesByRisk(ctx),
    countOverdue(ctx),
    countAwaitingClosure(ctx),
  ]);
  return { myOpenCasesByRisk: myOpenCasesByRisk_, overdueFollowUps, awaitingClosure };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Counts of case work between two days (inclusive), for reports inside NK. */
export async function assistanceCounts(ctx: Context, from: string, to: string) {
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)))
    throw badInput("from and to must be dates, YYYY-MM-DD.");
  if (to < from) throw badInput("to must not be before from.", "to");
  const [casesOpenedByRisk_, incidentsByType, incidentsByPerpetrator, servicesByKind_, referralsByStatus_, shelterAdmissions] =
    await Promise.all([
      casesOpenedByRisk(ctx, from, to),
      incidentsBy(ctx, "gbv_type", from, to),
      incidentsBy(ctx, "perpetrator_relation", from, to),
      servicesByKind(ctx, from, to),
      referralsByStatus(ctx, from, to),
      countAdmissions(ctx, from, to),
    ]);
  return {
    casesOpenedByRisk: casesOpenedByRisk_,
    incidentsByType,
    incidentsByPerpetrator,
    servicesByKind: servicesByKind_,
    referralsByStatus: referralsByStatus_,
    shelterAdmissions,
  };
}
