import type { RequestContext } from "../../core/context";
import { checkPeriod, floorCounts, floorKeyCounts, floorOf } from "../../core/floor";
import { countOverdue, servicesByKind } from "../assistance/service.service";
import { CASE_READERS } from "../cases/case.entity";
import { casesOpenedByRisk, countAwaitingClosure, incidentsBy, myOpenCasesByRisk } from "../cases/case.service";
import { referralsByStatus } from "../referrals/referral.service";
import { countAdmissions } from "../shelter/shelter.service";

/** What needs the viewer's attention, each count from the module that owns the records. */
export async function caseload(ctx: RequestContext) {
  const [myOpenCasesByRisk_, overdueFollowUps, awaitingClosure] = await Promise.all([
    myOpenCasesByRisk(ctx),
    countOverdue(ctx),
    countAwaitingClosure(ctx),
  ]);
  return { myOpenCasesByRisk: floorKeyCounts(myOpenCasesByRisk_, null), overdueFollowUps, awaitingClosure };
}

/**
 * Counts of case work between two days (inclusive), for reports inside NK: exact for case roles,
 * floored for everyone else (whole ended months, small counts withheld; core/floor.ts).
 */
export async function assistanceCounts(ctx: RequestContext, from: string, to: string) {
  const floor = floorOf(ctx, CASE_READERS);
  checkPeriod(from, to, floor);
  const [casesOpenedByRisk_, incidentsByType, incidentsByPerpetrator, servicesByKind_, referralsByStatus_, shelterAdmissions] =
    await Promise.all([
      casesOpenedByRisk(ctx, from, to),
      incidentsBy(ctx, "gbv_type", from, to),
      incidentsBy(ctx, "perpetrator_relation", from, to),
      servicesByKind(ctx, from, to),
      referralsByStatus(ctx, from, to),
      countAdmissions(ctx, from, to),
    ]);
  const [admissions] = floorCounts([shelterAdmissions], floor);
  return {
    casesOpenedByRisk: floorKeyCounts(casesOpenedByRisk_, floor),
    incidentsByType: floorKeyCounts(incidentsByType, floor),
    incidentsByPerpetrator: floorKeyCounts(incidentsByPerpetrator, floor),
    servicesByKind: floorKeyCounts(servicesByKind_, floor),
    referralsByStatus: floorKeyCounts(referralsByStatus_, floor),
    shelterAdmissions: admissions?.count ?? null,
    shelterAdmissionsSuppressed: admissions?.suppressed ?? false,
    minimumCount: floor,
  };
}
