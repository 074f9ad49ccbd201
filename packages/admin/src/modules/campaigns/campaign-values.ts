import type { ActivityKind, AgeBand, CampaignStatus, PartnerRole } from "../../gql/graphql";

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ["PLANNED", "ONGOING", "COMPLETED", "CANCELLED"];
export const ACTIVITY_KINDS: readonly ActivityKind[] = ["EVENT", "DOOR_TO_DOOR", "TRAINING", "MEDIA", "MEETING_WITH_AUTHORITIES", "OTHER"];
export const AGE_BANDS: readonly AgeBand[] = ["UNDER_18", "AGE_18_29", "AGE_30_49", "AGE_50_PLUS"];

/** The reach counts of an activity, by sex and age band, as the API names them. */
export const REACH_FIELDS = {
  women: { UNDER_18: "womenUnder18", AGE_18_29: "women18to29", AGE_30_49: "women30to49", AGE_50_PLUS: "women50plus" },
  men: { UNDER_18: "menUnder18", AGE_18_29: "men18to29", AGE_30_49: "men30to49", AGE_50_PLUS: "men50plus" },
} as const;
export type ReachField = (typeof REACH_FIELDS)[keyof typeof REACH_FIELDS][AgeBand];
export const ALL_REACH_FIELDS: readonly ReachField[] = [...Object.values(REACH_FIELDS.women), ...Object.values(REACH_FIELDS.men)];

export const PARTNER_ROLES: readonly PartnerRole[] = ["LEAD", "CO_ORGANISER", "PARTICIPANT", "SUPPORTER"];
/** A row of the partners-in-role editor; `partnerId` is null until she picks one. */
export interface PartnerInRoleValue {
  partnerId: string | null;
  role: PartnerRole;
}
/** "Only one partner can lead" says more than the general "choose at most 1". */
export const ONE_LEAD = { partners: { TOO_MANY: "campaigns.form.oneLead" } } as const;
