import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import { today } from "../../core/clock";
import type { Context } from "../../core/context";
import { badInput } from "../../core/errors";
import { actorId, viewerUnits } from "../../core/reach";
import { CASE_READERS } from "../cases/case.entity";

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

const counts = (rows: { key: string; count: number }[]): Count[] => rows.map((r) => ({ key: r.key, count: Number(r.count) }));

/** " AND column = ANY($n)" for a case worker's units (pushing them onto `params`), or nothing. */
function scope(ctx: Context, column: string, params: unknown[]): string {
  const units = viewerUnits(ctx);
  if (!units) return "";
  params.push(units);
  return ` AND ${column} = ANY($${params.length})`;
}

@Resolver()
export class CaseloadResolver {
  @Query(() => Caseload, { description: "What needs my attention: my open cases by risk, overdue follow-ups, cases awaiting closing." })
  @Allow(...CASE_READERS)
  async caseload(@Ctx() ctx: Context): Promise<Caseload> {
    const me = actorId(ctx);
    const byRisk = await ctx.db.query(
      `SELECT risk_level AS key, count(*)::int AS count FROM "case" WHERE case_worker_id = $1 AND status = 'OPEN' AND archived_at IS NULL GROUP BY 1 ORDER BY 1`,
      [me],
    );
    const p1: unknown[] = [today()];
    const [overdue] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM service WHERE follow_up_due_on < $1 AND follow_up_done_at IS NULL AND archived_at IS NULL${scope(ctx, "unit_id", p1)}`,
      p1,
    );
    const p2: unknown[] = [];
    const [awaiting] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM "case" WHERE closure_decision = 'REQUESTED' AND status = 'OPEN'${scope(ctx, "unit_id", p2)}`,
      p2,
    );
    return { myOpenCasesByRisk: counts(byRisk), overdueFollowUps: overdue.n, awaitingClosure: awaiting.n };
  }

  @Query(() => AssistanceCounts, {
    description: "Counts of case work between two days (inclusive), for reports inside NK. Analysts see these counts and nothing personal.",
  })
  @Allow(...CASE_READERS, "ANALYST")
  async assistanceCounts(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD." }) to: string,
  ): Promise<AssistanceCounts> {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    if (!date.test(from) || !date.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)))
      throw badInput("from and to must be dates, YYYY-MM-DD.");
    if (to < from) throw badInput("to must not be before from.", "to");
    const q = (sql: string) => ctx.db.query(sql, [from, to]);
    const [opened, types, relations, kinds, referrals, [stays]] = await Promise.all([
      q(`SELECT r.level AS key, count(*)::int AS count FROM case_risk_change r JOIN "case" c ON c.id = r.case_id
          WHERE r.previous_level IS NULL AND c.opened_at::date BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`),
      q("SELECT gbv_type AS key, count(*)::int AS count FROM incident WHERE reported_on BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1"),
      q(
        "SELECT perpetrator_relation AS key, count(*)::int AS count FROM incident WHERE reported_on BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1",
      ),
      q("SELECT kind AS key, count(*)::int AS count FROM service WHERE provided_on BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1"),
      q("SELECT status AS key, count(*)::int AS count FROM referral WHERE referred_at::date BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1"),
      q("SELECT count(*)::int AS n FROM shelter_stay WHERE admitted_on BETWEEN $1 AND $2"),
    ]);
    return {
      casesOpenedByRisk: counts(opened),
      incidentsByType: counts(types),
      incidentsByPerpetrator: counts(relations),
      servicesByKind: counts(kinds),
      referralsByStatus: counts(referrals),
      shelterAdmissions: stays.n,
    };
  }
}
