import { defineModule } from "../../core/module";
import { CommunityFiguresResolver } from "./figures.resolver";
import {
  AdvocacyAction,
  GROUP_STAFF,
  GroupMeeting,
  GroupMeetingAttendance,
  GroupMembership,
  GroupStageChange,
  SelfHelpGroup,
  SupportService,
  SupportServiceActivity,
} from "./group.entity";
import { groupExport } from "./group.export";
import {
  GroupMeetingResolver,
  GroupMembershipResolver,
  GroupStageChangeResolver,
  MeetingAttendanceResolver,
  SelfHelpGroupResolver,
} from "./group.resolver";
import { memberExport } from "./member.export";
import { SupportServiceResolver } from "./support-service.resolver";

/** Self-help groups and support services for women. */
export const communityModule = defineModule({
  name: "community",
  resolvers: [
    SelfHelpGroupResolver,
    GroupStageChangeResolver,
    GroupMembershipResolver,
    GroupMeetingResolver,
    MeetingAttendanceResolver,
    SupportServiceResolver,
    CommunityFiguresResolver,
  ],
  entities: [
    SelfHelpGroup,
    GroupStageChange,
    GroupMembership,
    GroupMeeting,
    GroupMeetingAttendance,
    AdvocacyAction,
    SupportService,
    SupportServiceActivity,
  ],
  exports: [groupExport, memberExport],
  archivable: [
    { entity: SelfHelpGroup, name: "SelfHelpGroup", grants: [...GROUP_STAFF] },
    { entity: SupportService, name: "SupportService", grants: [...GROUP_STAFF] },
  ],
});
