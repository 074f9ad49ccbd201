import { archiveResolver } from "./core/graphql/archive";
import { Service } from "./modules/assistance/service.entity";
import { getService } from "./modules/assistance/service.service";
import { CASE_READERS } from "./modules/cases/case.entity";
import { Campaign, COALITION_STAFF, Forum } from "./modules/coalition/coalition.entity";
import { GROUP_STAFF, SelfHelpGroup, SupportService } from "./modules/community/group.entity";
import { TRAINING_STAFF, Training, TrainingCourse } from "./modules/learning/training.entity";
import { getShelterStay } from "./modules/shelter/shelter.service";
import { ShelterStay } from "./modules/shelter/shelter-stay.entity";

/** archiveX / restoreX for the records that had none of their own. */
export const archiveResolvers = [
  archiveResolver({ entity: Service, name: "Service", grants: [...CASE_READERS], reach: (ctx, em, id) => getService(ctx, id, em) }),
  archiveResolver({
    entity: ShelterStay,
    name: "ShelterStay",
    grants: [...CASE_READERS],
    reach: (ctx, em, id) => getShelterStay(ctx, id, em),
  }),
  archiveResolver({ entity: Training, name: "Training", grants: ["ADMIN", "COORDINATOR"] }),
  archiveResolver({ entity: TrainingCourse, name: "TrainingCourse", grants: [...TRAINING_STAFF] }),
  archiveResolver({ entity: SelfHelpGroup, name: "SelfHelpGroup", grants: [...GROUP_STAFF] }),
  archiveResolver({ entity: SupportService, name: "SupportService", grants: [...GROUP_STAFF] }),
  archiveResolver({ entity: Campaign, name: "Campaign", grants: [...COALITION_STAFF] }),
  archiveResolver({ entity: Forum, name: "Forum", grants: [...COALITION_STAFF] }),
];
