import { Initial1795936023429 } from "./1795936023429-Initial";
import { AuditAppendOnly1795936100000 } from "./1795936100000-AuditAppendOnly";
import { CaseManagement1795939330932 } from "./1795939330932-CaseManagement";
import { Assistance1795939560157 } from "./1795939560157-Assistance";
import { Erasure1795939707295 } from "./1795939707295-Erasure";
import { LearningAndCommunity1795940366556 } from "./1795940366556-LearningAndCommunity";
import { Coalition1795941152941 } from "./1795941152941-Coalition";
import { IdempotencyKeys1795942000000 } from "./1795942000000-IdempotencyKeys";
import { StatisticsReleases1796119451011 } from "./1796119451011-StatisticsReleases";
import { EncryptedPhones1796119937128 } from "./1796119937128-EncryptedPhones";
import { CaseClosureSteps1796120141684 } from "./1796120141684-CaseClosureSteps";
import { FoldDjInNames1796121000000 } from "./1796121000000-FoldDjInNames";
import { IndicatorMeasures1796122733000 } from "./1796122733000-IndicatorMeasures";
import { Households1796130983149 } from "./1796130983149-Households";
import { FoldHardSignInNames1796131000000 } from "./1796131000000-FoldHardSignInNames";
import { PageIndexes1796131098617 } from "./1796131098617-PageIndexes";
import { LoginThrottleAndMfa1796131244478 } from "./1796131244478-LoginThrottleAndMfa";
import { CaseNotes1796132685512 } from "./1796132685512-CaseNotes";
import { ShelterBeds1796134146312 } from "./1796134146312-ShelterBeds";
import { AttendanceByEnrolment1796134694920 } from "./1796134694920-AttendanceByEnrolment";
import { ServiceReachRollup1796140000000 } from "./1796140000000-ServiceReachRollup";
import { ConsentNotes1796141037853 } from "./1796141037853-ConsentNotes";
import { AuditLogIndexes1796141039160 } from "./1796141039160-AuditLogIndexes";
import { GroupStageChangedBy1796141039719 } from "./1796141039719-GroupStageChangedBy";
import { DashboardFigures1796142000000 } from "./1796142000000-DashboardFigures";
import { CampaignActivityMonths1796142100000 } from "./1796142100000-CampaignActivityMonths";
import { EnrolmentAttendance1796142200000 } from "./1796142200000-EnrolmentAttendance";
import { Invitations1796152359094 } from "./1796152359094-Invitations";
import { ServiceReachDays1796153000000 } from "./1796153000000-ServiceReachDays";
import { EnrolmentPeriods1796153100000 } from "./1796153100000-EnrolmentPeriods";
import { CaseLoadIndexes1796181303607 } from "./1796181303607-CaseLoadIndexes";
import { AuditEventRecords1796206644837 } from "./1796206644837-AuditEventRecords";
import { AuditIdsUncompressed1796300000000 } from "./1796300000000-AuditIdsUncompressed";

/** Every migration, in order. A new one is added here as well as in its file. */
export const migrations: Function[] = [
  Initial1795936023429,
  AuditAppendOnly1795936100000,
  CaseManagement1795939330932,
  Assistance1795939560157,
  Erasure1795939707295,
  LearningAndCommunity1795940366556,
  Coalition1795941152941,
  IdempotencyKeys1795942000000,
  StatisticsReleases1796119451011,
  EncryptedPhones1796119937128,
  CaseClosureSteps1796120141684,
  FoldDjInNames1796121000000,
  IndicatorMeasures1796122733000,
  Households1796130983149,
  FoldHardSignInNames1796131000000,
  PageIndexes1796131098617,
  LoginThrottleAndMfa1796131244478,
  CaseNotes1796132685512,
  ShelterBeds1796134146312,
  AttendanceByEnrolment1796134694920,
  ServiceReachRollup1796140000000,
  ConsentNotes1796141037853,
  AuditLogIndexes1796141039160,
  GroupStageChangedBy1796141039719,
  DashboardFigures1796142000000,
  CampaignActivityMonths1796142100000,
  EnrolmentAttendance1796142200000,
  Invitations1796152359094,
  ServiceReachDays1796153000000,
  EnrolmentPeriods1796153100000,
  CaseLoadIndexes1796181303607,
  AuditEventRecords1796206644837,
  AuditIdsUncompressed1796300000000,
];
