import { AuditEvent } from "./core/audit";
import { ApiKey } from "./core/auth/api-key.entity";
import { Session } from "./core/auth/session.entity";
import { User } from "./core/auth/user.entity";
import { Service } from "./modules/assistance/service.entity";
import { Beneficiary } from "./modules/beneficiaries/beneficiary.entity";
import { Case, CaseRiskChange } from "./modules/cases/case.entity";
import { CaseClosureStep } from "./modules/cases/closure-step.entity";
import { Incident } from "./modules/cases/incident.entity";
import {
  Campaign,
  CampaignActivity,
  CampaignDistrict,
  CampaignPartner,
  Coalition,
  Council,
  CouncilMember,
  Forum,
  ForumPartner,
  PartnerDistrict,
} from "./modules/coalition/coalition.entity";
import {
  AdvocacyAction,
  GroupMeeting,
  GroupMeetingAttendance,
  GroupMembership,
  GroupStageChange,
  SelfHelpGroup,
  SupportService,
  SupportServiceActivity,
} from "./modules/community/group.entity";
import { Consent } from "./modules/consent/consent.entity";
import { Community } from "./modules/geography/community.entity";
import { District } from "./modules/geography/district.entity";
import { Attendance, Enrollment, SelfAssessment, Training, TrainingCourse, TrainingSession } from "./modules/learning/training.entity";
import { Partner } from "./modules/organisation/partner.entity";
import { Unit } from "./modules/organisation/unit.entity";
import { Indicator, IndicatorTarget } from "./modules/programs/indicator.entity";
import { Program } from "./modules/programs/program.entity";
import { Referral, ReferralStatusChange } from "./modules/referrals/referral.entity";
import { ShelterStay } from "./modules/shelter/shelter-stay.entity";

/** Every TypeORM entity; migrations are checked against this list. */
export const entities = [
  User,
  Session,
  ApiKey,
  AuditEvent,
  Unit,
  Partner,
  District,
  Community,
  Program,
  Indicator,
  IndicatorTarget,
  Beneficiary,
  Case,
  CaseRiskChange,
  CaseClosureStep,
  Incident,
  Consent,
  Service,
  Referral,
  ReferralStatusChange,
  ShelterStay,
  Training,
  TrainingCourse,
  TrainingSession,
  Enrollment,
  Attendance,
  SelfAssessment,
  SelfHelpGroup,
  GroupStageChange,
  GroupMembership,
  GroupMeeting,
  GroupMeetingAttendance,
  AdvocacyAction,
  SupportService,
  SupportServiceActivity,
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
];
