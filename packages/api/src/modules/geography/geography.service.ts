import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../core/context";
import { nameIn } from "../../core/export/columns";
import type { ExportLanguage } from "../../core/export/csv-export";
import type { PageArgs } from "../../core/graphql/connection";
import { equals, search, textIn } from "../../core/graphql/filters";
import { defineList } from "../../core/graphql/list";
import { loadAlongside } from "../../core/loaders";
import { declareReach, openReach } from "../../core/reach";
import { Community } from "./community.entity";
import { District } from "./district.entity";

declareReach(District, openReach("District"));
declareReach(Community, openReach("Community"));
// A community is seldom shown without its district: both come in one statement.
loadAlongside(Community, "districtId", District, "District");

/** Districts where NK works, by name. */
export const districtList = defineList<{ search?: string }, "NAME">({
  node: "District",
  entity: District,
  alias: "d",
  filters: { search: search(textIn(["d.name", "d.name_ru", "d.name_tg"], "name")) },
  sorts: { NAME: { expression: "d.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

/** Communities NK works in, by name. */
export const communityList = defineList<{ search?: string; districtId?: string }, "NAME">({
  node: "Community",
  entity: Community,
  alias: "c",
  filters: {
    search: search(textIn(["c.name", "c.name_ru", "c.name_tg"], "name")),
    districtId: equals("c.district_id", "district"),
  },
  sorts: { NAME: { expression: "c.name", reads: ["name"] } },
  defaultSort: { field: "NAME", direction: "ASC" },
});

export function listDistricts(ctx: RequestContext, filter?: { search?: string }, page?: PageArgs) {
  return districtList.page<District>(ctx, filter, null, page);
}

export function listCommunities(ctx: RequestContext, filter?: { search?: string; districtId?: string }, page?: PageArgs) {
  return communityList.page<Community>(ctx, filter, null, page);
}

/** For exports: the name of the community `communityId` in the export's language. */
export const communityNameSql = (communityId: string) => (language: ExportLanguage) =>
  `(SELECT ec.${nameIn(language)} FROM community ec WHERE ec.id = ${communityId})`;

/** Every district by name, or the one named by `districtId`. */
export function districtsIn(ctx: RequestContext, districtId: string | null): Promise<District[]> {
  return ctx.db.getRepository(District).find({ where: districtId ? { id: districtId } : {}, order: { name: "ASC" } });
}

/** Whether `id` names a community (in `districtId`, when given), read in the caller's transaction. */
export function communityExists(em: EntityManager, id: string, districtId?: string): Promise<boolean> {
  return em.existsBy(Community, districtId ? { id, districtId } : { id });
}

/** How many of `ids` (distinct) name a district. */
export function countDistricts(em: EntityManager, ids: string[]): Promise<number> {
  return ids.length
    ? em.countBy(
        District,
        ids.map((id) => ({ id })),
      )
    : Promise.resolve(0);
}

/** The districts `ids` name, by id, through the request's loader (one query per request). */
export async function districtsById(ctx: RequestContext, ids: string[]): Promise<Map<string, District>> {
  const districts = await ctx.loaders.byId(District, "District").loadMany(ids);
  return new Map(districts.filter((d): d is District => d instanceof District).map((d) => [d.id, d]));
}
