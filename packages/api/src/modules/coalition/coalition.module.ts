import { seedCoalition } from "../../../seed/coalition";
import { defineModule } from "../../core/module";
import { activityExport } from "./activity.export";
import { CampaignActivityResolver } from "./activity.resolver";
import { CampaignResolver } from "./campaign.resolver";
import {
  Campaign,
  CampaignActivity,
  CampaignDistrict,
  CampaignPartner,
  COALITION_STAFF,
  Coalition,
  Council,
  CouncilMember,
  Forum,
  ForumPartner,
  PartnerDistrict,
} from "./coalition.entity";
import { CoalitionResolver, CouncilMemberResolver, CouncilResolver, PartnerDistrictsResolver } from "./council.resolver";
import { ForumResolver } from "./forum.resolver";

/** Coalitions, councils, campaigns, forums and partners' activities. */
export const coalitionModule = defineModule({
  name: "coalition",
  resolvers: [
    CoalitionResolver,
    CouncilResolver,
    CouncilMemberResolver,
    PartnerDistrictsResolver,
    CampaignResolver,
    ForumResolver,
    CampaignActivityResolver,
  ],
  entities: [
    Coalition,
    Council,
    CouncilMember,
    Campaign,
    CampaignPartner,
    CampaignDistrict,
    Forum,
    ForumPartner,
    CampaignActivity,
    PartnerDistrict,
  ],
  archivable: [
    { entity: Campaign, name: "Campaign", grants: [...COALITION_STAFF] },
    { entity: Forum, name: "Forum", grants: [...COALITION_STAFF] },
  ],
  exports: [activityExport],
  demoData: seedCoalition,
});
