import type { RequestContext } from "../../core/context";
import { type Figure, figure, selectOne, selectRows } from "../../core/db/query";
import { checkPeriod, floorCounts, floorOf } from "../../core/floor";
import { AdvocacyResult, GROUP_STAFF, GroupStage, SelfHelpGroup } from "./group.entity";

/**
 * Figures of self-help groups, advocacy and support services between two days (inclusive):
 * groups by stage on the last day, members per group, advocacy results, people helped. Members
 * per group are floored for roles outside group staff (core/floor.ts).
 */
export async function communityFigures(ctx: RequestContext, from: string, to: string) {
  const floor = floorOf(ctx, GROUP_STAFF);
  checkPeriod(from, to, floor);
  const [stages, members, results, helped] = await Promise.all([
    // Each group's stage on `to`: the latest change on or before it (one change a day at most).
    selectRows<{ key: string; n: number }>(
      ctx.db,
      `SELECT s.to_stage AS key, count(*)::int AS n FROM (
         SELECT DISTINCT ON (c.group_id) c.group_id, c.to_stage
           FROM group_stage_change c JOIN self_help_group g ON g.id = c.group_id
          WHERE c.changed_on <= $1 AND g.founded_on <= $1 AND g.archived_at IS NULL
          ORDER BY c.group_id, c.changed_on DESC) s
       GROUP BY 1`,
      [to],
    ),
    // A woman is a member from the day she joined until the day before she left.
    selectRows<{ id: string; n: number }>(
      ctx.db,
      `SELECT g.id, count(m.id)::int AS n FROM self_help_group g
         LEFT JOIN group_membership m ON m.group_id = g.id AND m.joined_on <= $1 AND (m.left_on IS NULL OR m.left_on > $1)
        WHERE g.founded_on <= $1 AND g.archived_at IS NULL
        GROUP BY g.id, g.name ORDER BY g.name, g.id`,
      [to],
    ),
    selectRows<{ key: string; n: number }>(
      ctx.db,
      `SELECT a.result AS key, count(*)::int AS n FROM advocacy_action a JOIN self_help_group g ON g.id = a.group_id
        WHERE a.acted_on BETWEEN $1 AND $2 AND g.archived_at IS NULL GROUP BY 1`,
      [from, to],
    ),
    selectOne<{ n: number }>(
      ctx.db,
      `SELECT COALESCE(sum(a.people_helped), 0)::int AS n FROM support_service_activity a
         JOIN support_service s ON s.id = a.support_service_id
        WHERE a.month BETWEEN date_trunc('month', $1::date)::date AND $2::date AND s.archived_at IS NULL`,
      [from, to],
    ),
  ]);
  const count = (rows: { key: string; n: number }[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;
  const groups = await ctx.loaders.byId(SelfHelpGroup, "SelfHelpGroup").loadMany(members.map((r) => r.id));
  return {
    from,
    to,
    groupsByStage: Object.values(GroupStage).map((stage) => ({ stage, count: count(stages, stage) })),
    autonomousGroups: count(stages, GroupStage.AUTONOMOUS),
    membersPerGroup: floorCounts(
      members.map((r) => r.n),
      floor,
    ).map((c, i) => ({ group: groups[i] as SelfHelpGroup, members: c.count, suppressed: c.suppressed })),
    advocacyActionsByResult: Object.values(AdvocacyResult).map((result) => ({ result, count: count(results, result) })),
    supportServicePeopleHelped: helped.n,
    minimumCount: floor,
  };
}

/** Self-help groups founded by `to`, by stage, in `districtId` (null: all). */
export function groupsByStageIn(districtId: string | null, to: string): Figure<{ key: string; n: number }> {
  return figure(
    `SELECT g.stage AS key, count(*)::int AS n
       FROM self_help_group g JOIN community com ON com.id = g.community_id
      WHERE g.archived_at IS NULL AND g.founded_on <= $2::date AND ($1::uuid IS NULL OR com.district_id = $1::uuid)
      GROUP BY 1`,
    [districtId, to],
  );
}
