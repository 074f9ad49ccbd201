import type DataLoader from "dataloader";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import { Partner } from "../organisation/partner.entity";
import type { PartnerRole } from "./coalition.entity";
import type { PartnerInRole } from "./coalition.types";

/** Loads `[{partner, role}]` per owner from a join table (campaign_partner, forum_partner): two queries per request. */
export function partnersInRole(
  ctx: RequestContext,
  table: "campaign_partner" | "forum_partner",
  ownerColumn: string,
): DataLoader<string, PartnerInRole[]> {
  return ctx.loaders.get<string, PartnerInRole[]>(`coalition:${table}`, async (ids) => {
    const rows = await selectRows<{ o: string; p: string; role: PartnerRole }>(
      ctx.db,
      `SELECT ${ownerColumn} AS o, partner_id AS p, role FROM ${table} WHERE ${ownerColumn} = ANY($1)`,
      [ids],
    );
    const partners = await ctx.loaders.byId(Partner, "Partner").loadMany(rows.map((r) => r.p));
    const byId = new Map(partners.filter((p): p is Partner => p instanceof Partner).map((p) => [p.id, p]));
    return ids.map((id) =>
      rows
        .filter((r) => r.o === id && byId.has(r.p))
        .map((r) => ({ partner: byId.get(r.p) as Partner, role: r.role }))
        .sort((a, b) => a.role.localeCompare(b.role) || a.partner.name.localeCompare(b.partner.name)),
    );
  });
}
