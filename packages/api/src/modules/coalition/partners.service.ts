import type DataLoader from "dataloader";
import type { RequestContext } from "../../core/context";
import { selectRows } from "../../core/db/query";
import type { Partner } from "../organisation/partner.entity";
import { partnersById } from "../organisation/partner.service";
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
    const byId = await partnersById(
      ctx,
      rows.map((r) => r.p),
    );
    return ids.map((id) =>
      rows
        .filter((r) => r.o === id && byId.has(r.p))
        .map((r) => ({ partner: byId.get(r.p) as Partner, role: r.role }))
        .sort((a, b) => a.role.localeCompare(b.role) || a.partner.name.localeCompare(b.partner.name)),
    );
  });
}
