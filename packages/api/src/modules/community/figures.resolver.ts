import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { checkPeriod, floorCounts, floorOf } from "../../core/floor";
import { AdvocacyResult, GROUP_STAFF, GroupStage, SelfHelpGroup } from "./group.entity";

const FIGURE_READERS = [...GROUP_STAFF, "ANALYST" as const];

@ObjectType({ description: "How many groups were at one stage." })
@Allow(...FIGURE_READERS)
class GroupStageCount {
  @Field(() => GroupStage, { description: "The stage." })
  stage: GroupStage;

  @Field(() => Int, { description: "How many groups." })
  count: number;
}

@ObjectType({ description: "How many women one group had." })
@Allow(...FIGURE_READERS)
class GroupMemberCount {
  @Field(() => SelfHelpGroup, { description: "The group." })
  group: SelfHelpGroup;

  @Field(() => Int, {
    nullable: true,
    description: "Its members on the last day of the period; null when withheld (see CommunityFigures.minimumCount).",
  })
  members: number | null;

  @Field({ description: "True when members is withheld: small enough to point at a woman, or the complement of one that is." })
  suppressed: boolean;
}

@ObjectType({ description: "How many advocacy actions had one result." })
@Allow(...FIGURE_READERS)
class AdvocacyResultCount {
  @Field(() => AdvocacyResult, { description: "The result." })
  result: AdvocacyResult;

  @Field(() => Int, { description: "How many actions." })
  count: number;
}

@ObjectType({ description: "What NK reports of its community work over a period: counts only, no personal data." })
@Allow(...FIGURE_READERS)
class CommunityFigures {
  @Field({ description: "First day of the period." })
  from: string;

  @Field({ description: "Last day of the period." })
  to: string;

  @Field(() => [GroupStageCount], {
    description: "Groups founded by the last day, by their stage on that day (from the stage history); every stage is listed.",
  })
  groupsByStage: GroupStageCount[];

  @Field(() => Int, { description: "Groups that were autonomous on the last day." })
  autonomousGroups: number;

  @Field(() => [GroupMemberCount], { description: "Each group founded by the last day with its members on that day, by name." })
  membersPerGroup: GroupMemberCount[];

  @Field(() => [AdvocacyResultCount], { description: "Advocacy actions taken in the period, by result; every result is listed." })
  advocacyActionsByResult: AdvocacyResultCount[];

  @Field(() => Int, { description: "People the support services helped in the months the period touches." })
  supportServicePeopleHelped: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Smallest count of women shown (NK_INTERNAL_SUPPRESSION_MIN) when the figures are floored for your role (analysts: whole ended months, small member counts withheld); null for group staff, who get exact figures.",
  })
  minimumCount: number | null;
}

@Resolver()
export class CommunityFiguresResolver {
  @Query(() => CommunityFigures, {
    description:
      "Figures of self-help groups, advocacy and support services between two days (inclusive), for NK's reports. Archived groups are left out. Analysts get them over whole calendar months that have ended, with small member counts withheld.",
  })
  @Allow(...FIGURE_READERS)
  async communityFigures(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD." }) to: string,
  ): Promise<CommunityFigures> {
    const floor = floorOf(ctx, GROUP_STAFF);
    checkPeriod(from, to, floor);
    const [stages, members, results, [helped]] = await Promise.all([
      // Each group's stage on `to`: the latest change on or before it (one change a day at most).
      ctx.db.query(
        `SELECT s.to_stage AS key, count(*)::int AS n FROM (
           SELECT DISTINCT ON (c.group_id) c.group_id, c.to_stage
             FROM group_stage_change c JOIN self_help_group g ON g.id = c.group_id
            WHERE c.changed_on <= $1 AND g.founded_on <= $1 AND g.archived_at IS NULL
            ORDER BY c.group_id, c.changed_on DESC) s
         GROUP BY 1`,
        [to],
      ),
      // A woman is a member from the day she joined until the day before she left.
      ctx.db.query(
        `SELECT g.id, count(m.id)::int AS n FROM self_help_group g
           LEFT JOIN group_membership m ON m.group_id = g.id AND m.joined_on <= $1 AND (m.left_on IS NULL OR m.left_on > $1)
          WHERE g.founded_on <= $1 AND g.archived_at IS NULL
          GROUP BY g.id, g.name ORDER BY g.name, g.id`,
        [to],
      ),
      ctx.db.query(
        `SELECT a.result AS key, count(*)::int AS n FROM advocacy_action a JOIN self_help_group g ON g.id = a.group_id
          WHERE a.acted_on BETWEEN $1 AND $2 AND g.archived_at IS NULL GROUP BY 1`,
        [from, to],
      ),
      ctx.db.query(
        `SELECT COALESCE(sum(a.people_helped), 0)::int AS n FROM support_service_activity a
           JOIN support_service s ON s.id = a.support_service_id
          WHERE a.month BETWEEN date_trunc('month', $1::date)::date AND $2::date AND s.archived_at IS NULL`,
        [from, to],
      ),
    ]);
    const count = (rows: { key: string; n: number }[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;
    const groups = await ctx.loaders.byId(SelfHelpGroup, "SelfHelpGroup").loadMany(members.map((r: { id: string }) => r.id));
    return {
      from,
      to,
      groupsByStage: Object.values(GroupStage).map((stage) => ({ stage, count: count(stages, stage) })),
      autonomousGroups: count(stages, GroupStage.AUTONOMOUS),
      membersPerGroup: floorCounts(
        members.map((r: { n: number }) => r.n),
        floor,
      ).map((c, i) => ({ group: groups[i] as SelfHelpGroup, members: c.count, suppressed: c.suppressed })),
      advocacyActionsByResult: Object.values(AdvocacyResult).map((result) => ({ result, count: count(results, result) })),
      supportServicePeopleHelped: helped.n,
      minimumCount: floor,
    };
  }
}
