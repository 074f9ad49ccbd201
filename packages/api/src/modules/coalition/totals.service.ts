import type { RequestContext } from "../../core/context";
import { type Figure, figure, selectRows } from "../../core/db/query";
import type { District } from "../geography/district.entity";
import { districtsById } from "../geography/geography.service";
import { AgeBand, type CampaignTotals, type Reach, Sex } from "./coalition.types";

interface Row {
  c: string;
  d: string | null;
  m: string | null;
  activities: number;
  women: number;
  men: number;
  materials: number;
  u18w: number;
  u18m: number;
  a18w: number;
  a18m: number;
  a30w: number;
  a30m: number;
  a50w: number;
  a50m: number;
}

const WOMEN = "women_under_18 + women_18_29 + women_30_49 + women_50_plus";
const MEN = "men_under_18 + men_18_29 + men_30_49 + men_50_plus";
const MONTH = "to_char(month, 'YYYY-MM')";

/**
 * Totals of every campaign asked for in this request, in one SQL statement over the rollup of
 * activities by campaign, district and month that the activity triggers keep (migration
 * CampaignActivityMonths): GROUPING SETS give the overall sums (district and month null), by
 * district, and by month.
 */
const SQL = `
SELECT campaign_id AS c, district_id AS d, ${MONTH} AS m,
       sum(activities)::int AS activities, sum(${WOMEN})::int AS women, sum(${MEN})::int AS men, sum(materials)::int AS materials,
       sum(women_under_18)::int AS u18w, sum(men_under_18)::int AS u18m, sum(women_18_29)::int AS a18w, sum(men_18_29)::int AS a18m,
       sum(women_30_49)::int AS a30w, sum(men_30_49)::int AS a30m, sum(women_50_plus)::int AS a50w, sum(men_50_plus)::int AS a50m
FROM campaign_activity_month
WHERE campaign_id = ANY($1) AND activities > 0
GROUP BY GROUPING SETS ((campaign_id), (campaign_id, district_id), (campaign_id, ${MONTH}))`;

const reach = (r: Row | undefined): Reach => ({
  activities: r?.activities ?? 0,
  women: r?.women ?? 0,
  men: r?.men ?? 0,
  total: (r?.women ?? 0) + (r?.men ?? 0),
});

/** The totals of a campaign, batched over the campaigns of the request. */
export function campaignTotals(ctx: RequestContext, campaignId: string): Promise<CampaignTotals> {
  return ctx.loaders
    .get<string, CampaignTotals>("coalition:campaignTotals", async (ids) => {
      const rows = await selectRows<Row>(ctx.db, SQL, [ids]);
      const districtIds = [...new Set(rows.flatMap((r) => (r.d ? [r.d] : [])))];
      const byId = await districtsById(ctx, districtIds);
      return ids.map((id) => {
        const own = rows.filter((r) => r.c === id);
        const all = own.find((r) => r.d === null && r.m === null);
        const band = (ageBand: AgeBand, women: number, men: number) => ({ ageBand, women, men, total: women + men });
        return {
          overall: reach(all),
          materials: all?.materials ?? 0,
          byDistrict: own
            .filter((r) => r.d !== null && byId.has(r.d))
            .map((r) => ({ ...reach(r), district: byId.get(r.d as string) as District }))
            .sort((a, b) => a.district.name.localeCompare(b.district.name)),
          bySex: [
            { sex: Sex.WOMEN, reached: all?.women ?? 0 },
            { sex: Sex.MEN, reached: all?.men ?? 0 },
          ],
          byAgeBand: [
            band(AgeBand.UNDER_18, all?.u18w ?? 0, all?.u18m ?? 0),
            band(AgeBand.AGE_18_29, all?.a18w ?? 0, all?.a18m ?? 0),
            band(AgeBand.AGE_30_49, all?.a30w ?? 0, all?.a30m ?? 0),
            band(AgeBand.AGE_50_PLUS, all?.a50w ?? 0, all?.a50m ?? 0),
          ],
          byMonth: own
            .filter((r) => r.m !== null)
            .map((r) => ({ ...reach(r), month: r.m as string }))
            .sort((a, b) => a.month.localeCompare(b.month)),
        };
      });
    })
    .load(campaignId);
}

/** Campaign activities held in the period in `districtId` (null: all), and the women and men they reached. */
export function campaignReachIn(
  districtId: string | null,
  from: string,
  to: string,
): Figure<{ activities: number; women: number; men: number }> {
  return figure(
    `SELECT count(*)::int AS activities,
            COALESCE(sum(women_under_18 + women_18_29 + women_30_49 + women_50_plus), 0)::int AS women,
            COALESCE(sum(men_under_18 + men_18_29 + men_30_49 + men_50_plus), 0)::int AS men
       FROM campaign_activity
      WHERE held_on BETWEEN $2::date AND $3::date AND archived_at IS NULL AND ($1::uuid IS NULL OR district_id = $1::uuid)`,
    [districtId, from, to],
  );
}
