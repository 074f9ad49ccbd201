import { nameIn } from "../../core/export/columns";
import { defineExport } from "../../core/export/csv-export";
import { communityNameSql } from "../geography/geography.service";
import { activityList } from "./activity.service";
import type { CampaignActivity } from "./coalition.entity";

/**
 * `/exports/campaign-activities.csv`: what was done for the campaigns, where, by whom, and the
 * people reached by sex and age band (aggregates, no names). A partner key's: its campaigns only.
 */
export const activityExport = defineExport<object, string, CampaignActivity>({
  name: "campaign-activities",
  root: "campaignActivities",
  list: activityList,
  columns: [
    { field: "heldOn", heading: { tg: "Сана", ru: "Дата", en: "Day" } },
    {
      field: "campaign",
      heading: { tg: "Маърака", ru: "Кампания", en: "Campaign" },
      sql: "(SELECT ec.title FROM campaign ec WHERE ec.id = a.campaign_id)",
    },
    { field: "title", heading: { tg: "Чӣ анҷом дода шуд", ru: "Что сделано", en: "What was done" } },
    { field: "kind", heading: { tg: "Намуд", ru: "Вид", en: "Kind" } },
    {
      field: "district",
      heading: { tg: "Ноҳия", ru: "Район", en: "District" },
      sql: (language) => `(SELECT ed.${nameIn(language)} FROM district ed WHERE ed.id = a.district_id)`,
    },
    { field: "community", heading: { tg: "Ҷамоат", ru: "Сообщество", en: "Community" }, sql: communityNameSql("a.community_id") },
    {
      field: "reportedBy",
      heading: { tg: "Гузориш дод", ru: "Кто сообщил", en: "Reported by" },
      sql: "COALESCE((SELECT ep.name FROM partner ep WHERE ep.id = a.reported_by_partner_id), 'NK')",
    },
    { field: "womenUnder18", heading: { tg: "Занон то 18", ru: "Женщины до 18", en: "Women under 18" } },
    { field: "women18to29", heading: { tg: "Занон 18–29", ru: "Женщины 18–29", en: "Women 18–29" } },
    { field: "women30to49", heading: { tg: "Занон 30–49", ru: "Женщины 30–49", en: "Women 30–49" } },
    { field: "women50plus", heading: { tg: "Занон 50+", ru: "Женщины 50+", en: "Women 50+" } },
    { field: "menUnder18", heading: { tg: "Мардон то 18", ru: "Мужчины до 18", en: "Men under 18" } },
    { field: "men18to29", heading: { tg: "Мардон 18–29", ru: "Мужчины 18–29", en: "Men 18–29" } },
    { field: "men30to49", heading: { tg: "Мардон 30–49", ru: "Мужчины 30–49", en: "Men 30–49" } },
    { field: "men50plus", heading: { tg: "Мардон 50+", ru: "Мужчины 50+", en: "Men 50+" } },
  ],
});
