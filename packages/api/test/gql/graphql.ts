/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The invited person accepts: the token from her link, her email and the password she chooses. */
export type AcceptInvitationInput = {
  /** Her sign-in email, as NK's admin entered it: a link alone does not open the account. */
  email: string;
  /** Her password, at least 12 characters. */
  password: string;
  /** The token of the link /invite/<token>. */
  token: string;
};

/** What a campaign activity was. */
export type ActivityKind =
  | 'DOOR_TO_DOOR'
  | 'EVENT'
  | 'MEDIA'
  | 'MEETING_WITH_AUTHORITIES'
  | 'OTHER'
  | 'TRAINING';

/** A note to add to a case. */
export type AddCaseNoteInput = {
  /** The case. */
  caseId: string | number;
  /** What to write. Encrypted at rest. */
  text: string;
};

/** A partner joining a council. */
export type AddCouncilMemberInput = {
  /** Which council. */
  councilId: string | number;
  /** Day it joined, YYYY-MM-DD. */
  joinedOn: string;
  /** The partner joining. */
  partnerId: string | number;
};

/** A woman joining a group. */
export type AddGroupMemberInput = {
  /** The woman (a registered beneficiary); she must not be a current member already. */
  beneficiaryId: string | number;
  /** Which group. */
  groupId: string | number;
  /** Day she joined, YYYY-MM-DD: not before the group was founded, not in the future. */
  joinedOn: string;
};

/** A woman coming to live in a household. */
export type AddHouseholdMemberInput = {
  /** The woman; she may live in one household at a time, in its community. */
  beneficiaryId: string | number;
  /** Which household. */
  householdId: string | number;
  /** Day she joined it, YYYY-MM-DD; today when left out; not in the future. */
  joinedOn?: string | null | undefined;
  /** Her relation to the head; HEAD makes her the head. */
  relationToHead: HouseholdRelation;
  /** The household's version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** A woman (and her children) to admit to the shelter. */
export type AdmitToShelterInput = {
  /** Children staying with her, 0 to 15. */
  accompanyingChildren?: number;
  /** Day of admission, YYYY-MM-DD; not in the future. */
  admittedOn: string;
  /** The free bed she gets (see `shelterBeds`); case workers may admit to their own units' beds only. */
  bedId: string | number;
  /** The woman; she must be registered and within your reach. */
  beneficiaryId: string | number;
  /** Her case the stay belongs to, if any; it must be about her. */
  caseId?: string | number | null | undefined;
  /** Notes. Encrypted at rest. */
  notes?: string | null | undefined;
  /** Day discharge is planned for, YYYY-MM-DD; not before admission. */
  plannedDischargeOn?: string | null | undefined;
};

/** What came of an advocacy action. */
export type AdvocacyResult =
  | 'ACHIEVED'
  | 'PARTLY_ACHIEVED'
  | 'PENDING'
  | 'REFUSED';

/** Whom a group asked. */
export type AdvocacyTarget =
  | 'CLINIC'
  | 'COURT'
  | 'EMPLOYER'
  | 'JAMOAT'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'POLICE'
  | 'SCHOOL';

/** Age band of people reached: under 18, 18–29, 30–49, 50 and over. */
export type AgeBand =
  | 'AGE_18_29'
  | 'AGE_30_49'
  | 'AGE_50_PLUS'
  | 'UNDER_18';

/** What a partner API key may do. */
export type ApiKeyScope =
  /** Read the campaigns and forums the partner takes part in. */
  | 'READ_CAMPAIGNS'
  /** Read aggregated statistics with small counts suppressed. */
  | 'READ_STATISTICS'
  /** Report and correct the partner's own campaign activities. */
  | 'REPORT_ACTIVITIES';

/** Self-assessment before or after a course. */
export type AssessmentPhase =
  | 'AFTER'
  | 'BEFORE';

/** One self-assessment score. */
export type AssessmentScoreInput = {
  /** The item, exactly as the training lists it. */
  item: string;
  /** Score, within the training's scale. */
  score: number;
};

/** Narrows the audit log; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only this action, e.g. READ or LOGIN_FAILED. */
  action?: string | null | undefined;
  /** Only events by this user or API key. */
  actorId?: string | number | null | undefined;
  /** Only events about this record: alone (`entityId`) or among the records an event names (`entityIds`). */
  entityId?: string | number | null | undefined;
  /** Only events about this kind of record, e.g. Beneficiary. */
  entityType?: string | null | undefined;
  /** Only events at or after this time. */
  from?: string | null | undefined;
  /** Only events before this time. */
  to?: string | null | undefined;
};

/** Enrolling an authenticator asks for the password again, so nobody at an unattended desk can. */
export type BeginMfaEnrolmentInput = {
  /** The signed-in staff member's password. */
  password: string;
};

/** What is known of a woman about to be registered. */
export type BeneficiaryDuplicateInput = {
  /** Year of birth. */
  birthYear?: number | null | undefined;
  /** Community she lives in. */
  communityId?: string | number | null | undefined;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Phone, +992 followed by 9 digits. */
  phone?: string | null | undefined;
};

/** Narrows a list of beneficiaries; all given conditions must hold. */
export type BeneficiaryFilter = {
  /** List archived records instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only those living in this community. */
  communityId?: string | number | null | undefined;
  /** Only those living in communities of this district. */
  districtId?: string | number | null | undefined;
  /** Only the woman with exactly this phone number (+992 and 9 digits; spaces and dashes are ignored). Matched by a keyed hash: phones are stored encrypted. Not for trainers and facilitators. */
  phone?: string | null | undefined;
  /** Only those taking part in this programme. */
  programId?: string | number | null | undefined;
  /** Text in the name or code; Tajik and Russian spellings match each other. */
  search?: string | null | undefined;
  /** Only those with this status. */
  status?: BeneficiaryStatus | null | undefined;
  /** Only those registered by this unit. */
  unitId?: string | number | null | undefined;
};

/** How to order a list of beneficiaries; ties are broken by id. */
export type BeneficiarySort = {
  /** Direction. */
  direction?: SortDirection;
  /** Key to order by. */
  field?: BeneficiarySortField;
};

/** Orders for a list of beneficiaries. */
export type BeneficiarySortField =
  | 'CODE'
  | 'LAST_NAME'
  | 'REGISTERED_ON'
  | 'UPDATED_AT';

/** Whether NK is currently working with the woman. */
export type BeneficiaryStatus =
  /** Currently supported. */
  | 'ACTIVE'
  /** No current support (moved away, no contact, support finished). */
  | 'INACTIVE';

/** Narrows the activities of every campaign the viewer reaches; all given conditions must hold. */
export type CampaignActivitiesFilter = {
  /** Only activities of this campaign. */
  campaignId?: string | number | null | undefined;
  /** Only activities in this district. */
  districtId?: string | number | null | undefined;
  /** Only activities of this kind. */
  kind?: ActivityKind | null | undefined;
  /** Only activities NK itself reported. */
  reportedByNk?: boolean | null | undefined;
  /** Only activities reported by this partner. */
  reportedByPartnerId?: string | number | null | undefined;
};

/** Where a campaign stands. */
export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

/** Narrows a list of cases; all given conditions must hold. */
export type CaseFilter = {
  /** List archived cases instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only the cases of this beneficiary. */
  beneficiaryId?: string | number | null | undefined;
  /** Only the cases in this case worker's charge. */
  caseWorkerId?: string | number | null | undefined;
  /** Only cases whose closing stands so (REQUESTED: awaiting approval). */
  closureDecision?: ClosureDecision | null | undefined;
  /** Only the cases of women living in this district. */
  districtId?: string | number | null | undefined;
  /** Only the cases assigned to me. */
  mine?: boolean | null | undefined;
  /** Only the cases opened on these days (in Dushanbe). */
  openedOn?: DateRange | null | undefined;
  /** Only cases at this risk level. */
  riskLevel?: RiskLevel | null | undefined;
  /** Only cases at this workflow stage. */
  stage?: CaseStage | null | undefined;
  /** Only cases with this status. */
  status?: CaseStatus | null | undefined;
  /** Only the cases of this unit. */
  unitId?: string | number | null | undefined;
};

/** Workflow of a case: new → case plan → service provision → services implemented → closed (a closed case can be reopened). */
export type CaseStage =
  | 'CASE_PLAN'
  | 'CLOSED'
  | 'NEW'
  | 'SERVICES_IMPLEMENTED'
  | 'SERVICE_PROVISION';

/** Whether NK is working on the case. */
export type CaseStatus =
  | 'CLOSED'
  | 'DUPLICATE'
  | 'OPEN'
  | 'TRANSFERRED';

/** A step of a case that needs a reason: a risk change, a closing request or decision, a reopening. */
export type CaseStepInput = {
  /** Which case. */
  id: string | number;
  /** Why. Encrypted at rest. */
  reason: string;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** A new risk level for a case, with the reason. */
export type ChangeCaseRiskInput = {
  /** Which case. */
  id: string | number;
  /** The new level. */
  level: RiskLevel;
  /** Why. Encrypted at rest. */
  reason: string;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** A group's move to another stage. */
export type ChangeGroupStageInput = {
  /** Day of the change, YYYY-MM-DD: after the group's previous stage change (so after its founding) and not in the future. */
  changedOn: string;
  /** Which group. */
  id: string | number;
  /** Why; required to go back a stage (e.g. AUTONOMOUS → ACTIVE). */
  reason?: string | null | undefined;
  /** The new stage; it must differ from the current one. */
  stage: GroupStage;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** A new status for a referral. */
export type ChangeReferralStatusInput = {
  /** Which referral. */
  id: string | number;
  /** The new status. */
  status: ReferralStatus;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Where a request to close a case stands; a coordinator decides. */
export type ClosureDecision =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

/** A step in closing a case: asked for, approved or rejected by a coordinator, or reopened. */
export type ClosureStepKind =
  | 'APPROVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'REQUESTED';

/** Which service's follow-up was done. */
export type CompleteFollowUpInput = {
  /** Which service. */
  id: string | number;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** What a woman consented to. */
export type ConsentScope =
  /** Receiving NK's services. */
  | 'SERVICES'
  /** Sharing her data with one named receiver (a partner or an external body). */
  | 'SHARING'
  /** Being counted in anonymous statistics that leave NK. */
  | 'STATISTICS';

/** A correction to a reported activity; fields left out stay as they are. */
export type CorrectCampaignActivityInput = {
  /** Community in that district, or null. */
  communityId?: string | number | null | undefined;
  /** District; must be one of the campaign's. */
  districtId?: string | number | null | undefined;
  /** Day it took place, YYYY-MM-DD: within the campaign, not in the future. */
  heldOn?: string | null | undefined;
  /** Which activity; a partner key may correct only its own organisation's. */
  id: string | number;
  /** What it was. */
  kind?: ActivityKind | null | undefined;
  /** Leaflets, posters and other materials handed out (0 or more). */
  materials?: number | null | undefined;
  /** Men 18 to 29 reached (0 to 100000). */
  men18to29?: number | null | undefined;
  /** Men 30 to 49 reached (0 to 100000). */
  men30to49?: number | null | undefined;
  /** Men 50 and over reached (0 to 100000). */
  men50plus?: number | null | undefined;
  /** Men and boys under 18 reached (0 to 100000). */
  menUnder18?: number | null | undefined;
  /** Short title. */
  title?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
  /** Women 18 to 29 reached (0 to 100000). */
  women18to29?: number | null | undefined;
  /** Women 30 to 49 reached (0 to 100000). */
  women30to49?: number | null | undefined;
  /** Women 50 and over reached (0 to 100000). */
  women50plus?: number | null | undefined;
  /** Women and girls under 18 reached (0 to 100000). */
  womenUnder18?: number | null | undefined;
};

/** A corrected release to publish: the table, the ended period, and why. */
export type CorrectStatisticsInput = {
  /** The period, as for statisticsTable. */
  period: StatisticsPeriodInput;
  /** Why the correction is published (kept in the release and the audit log; not shown to readers). */
  reason: string;
  /** The table. */
  table: StatisticsTableName;
};

/** Narrows a list of courses; all given conditions must hold. */
export type CourseFilter = {
  /** List archived courses instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only courses held in this community. */
  communityId?: string | number | null | undefined;
  /** Only courses still running on or after this day (their last day is not before it), YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Only the courses I give. */
  mine?: boolean | null | undefined;
  /** Only courses begun on or before this day, YYYY-MM-DD. */
  to?: string | null | undefined;
  /** Only courses given by this trainer. */
  trainerId?: string | number | null | undefined;
  /** Only courses of this training. */
  trainingId?: string | number | null | undefined;
};

/** Language a course is taught in. */
export type CourseLanguage =
  | 'EN'
  | 'RU'
  | 'TG';

/** A new API key for a partner. */
export type CreateApiKeyInput = {
  /** A label, e.g. the integration that will use it. */
  name: string;
  /** Partner the key belongs to. */
  partnerId: string | number;
  /** Rate budget of the key in points per minute, 1 to 6000 (a request spends its query cost / 100, at least 1). */
  rateLimitPerMinute?: number;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
};

/** A new beneficiary. Her code is given by the system. */
export type CreateBeneficiaryInput = {
  /** Year of birth. */
  birthYear?: number | null | undefined;
  /** Community she lives in. */
  communityId: string | number;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Patronymic. */
  patronymic?: string | null | undefined;
  /** Phone, +992 followed by 9 digits. */
  phone?: string | null | undefined;
  /** Programmes she takes part in (replaces the list). */
  programIds?: Array<string | number> | null | undefined;
  /** Whether NK is currently working with her. */
  status?: BeneficiaryStatus | null | undefined;
  /** Unit registering her; case workers may use their own units only. */
  unitId: string | number;
  /** Circumstances that shape the support she needs. */
  vulnerabilities?: Array<Vulnerability> | null | undefined;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** What it aims at. */
  aims: string;
  /** Districts it works in. */
  districtIds?: Array<string | number> | null | undefined;
  /** Last day, YYYY-MM-DD. */
  endsOn: string;
  /** True when NK leads it. */
  ledByNk?: boolean | null | undefined;
  /** Partners taking part, with their parts. */
  partners?: Array<PartnerRoleInput> | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** Where it stands. */
  status?: CampaignStatus | null | undefined;
  /** Title. */
  title: string;
};

/** A new council of a coalition. */
export type CreateCouncilInput = {
  /** The partner chairing it, or null. */
  chairPartnerId?: string | number | null | undefined;
  /** True when NK chairs it (then no chair partner). */
  chairedByNk?: boolean | null | undefined;
  /** The coalition it belongs to. */
  coalitionId: string | number;
  /** Name, e.g. Kulob regional Council. */
  name: string;
  /** Region it covers. */
  region: string;
};

/** A new course of a training. */
export type CreateCourseInput = {
  /** How many women can enrol, 1 to 500. */
  capacity: number;
  /** Community it is held in, if any. */
  communityId?: string | number | null | undefined;
  /** Last day, YYYY-MM-DD; not before the first. */
  endsOn: string;
  /** Language it is taught in; TG by default. */
  language?: CourseLanguage | null | undefined;
  /** Place, e.g. NK's building in Kulob or a school. */
  place?: string | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** Trainer: an active user with role TRAINER or COORDINATOR. On creation, by default the trainer or coordinator creating it. */
  trainerId?: string | number | null | undefined;
  /** The training it teaches. */
  trainingId: string | number;
};

/** A new forum. */
export type CreateForumInput = {
  /** The campaign it belongs to, or null. */
  campaignId?: string | number | null | undefined;
  /** Follow-ups agreed (replaces the list). */
  followUps?: Array<string> | null | undefined;
  /** Day it was held, YYYY-MM-DD. */
  heldOn: string;
  /** Men taking part. */
  participantsMen?: number | null | undefined;
  /** Women taking part. */
  participantsWomen?: number | null | undefined;
  /** Partners organising or taking part, with their parts. */
  partners?: Array<PartnerRoleInput> | null | undefined;
  /** Place. */
  place: string;
  /** Resolutions adopted (replaces the list). */
  resolutions?: Array<string> | null | undefined;
  /** Title. */
  title: string;
};

/** A new household, made around the woman who lives in it. */
export type CreateHouseholdInput = {
  /** The woman (a registered beneficiary) who lives in it; the household is in her community. */
  beneficiaryId: string | number;
  /** Children living in it (0–30). */
  childrenCount?: number | null | undefined;
  /** Day she joined it, YYYY-MM-DD; today when left out; not in the future. */
  joinedOn?: string | null | undefined;
  /** Her relation to the head; HEAD makes her the head. */
  relationToHead: HouseholdRelation;
};

/** A new partner organisation. */
export type CreatePartnerInput = {
  /** Short name. */
  acronym?: string | null | undefined;
  /** Contact email of the organisation. */
  contactEmail?: string | null | undefined;
  /** Contact phone, international form. */
  contactPhone?: string | null | undefined;
  /** What kind of organisation. */
  kind: PartnerKind;
  /** Full name. */
  name: string;
  /** Web site. */
  website?: string | null | undefined;
};

/** A new programme. */
export type CreateProgramInput = {
  /** Short code, unique, e.g. VDV-SERVICES. */
  code: string;
  /** Districts it works in (replaces the list). */
  districtIds?: Array<string | number> | null | undefined;
  /** Last day, YYYY-MM-DD, or null for no end. */
  endsOn?: string | null | undefined;
  /** What the programme aims to change. */
  goal: string;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** Who it is for. */
  targetGroups?: Array<string> | null | undefined;
  /** Title. */
  title: string;
  /** Units that run it (replaces the list). */
  unitIds?: Array<string | number> | null | undefined;
};

/** A new self-help group. */
export type CreateSelfHelpGroupInput = {
  /** Community the group meets in. */
  communityId: string | number;
  /** Facilitator: an active facilitator or coordinator. By default the facilitator recording the group, else none. */
  facilitatorId?: string | number | null | undefined;
  /** Day it was founded, YYYY-MM-DD; not in the future. */
  foundedOn: string;
  /** Name of the group, 2 to 200 characters; unique. */
  name: string;
  /** Stage at founding; FORMING unless given. */
  stage?: GroupStage;
};

/** A new support service for women (SSW). */
export type CreateSupportServiceInput = {
  /** Community it serves. */
  communityId: string | number;
  /** Volunteers or contact people, as they agreed to be listed. */
  contacts?: Array<string>;
  /** Kind, e.g. legal advice point; 2 to 100 characters. */
  kind: string;
  /** Name, 2 to 200 characters; unique. */
  name: string;
  /** What it offers. */
  offers: string;
  /** When it is open, e.g. Mon–Thu 9:00–13:00. */
  openingHours?: string | null | undefined;
};

/** A new training (curriculum). */
export type CreateTrainingInput = {
  /** What the training aims at. */
  aims: string;
  /** Self-assessment items (replaces the list); each at most once. */
  assessmentItems?: Array<string> | null | undefined;
  /** Short code, unique, e.g. I-AND-LEADERSHIP. */
  code: string;
  /** Share of the sessions, in percent (1 to 100), a woman must attend to complete a course. */
  completionPercent?: number | null | undefined;
  /** Programme the training belongs to; null for none. */
  programId?: string | number | null | undefined;
  /** Highest score of the self-assessment scale, 1 to 100; above scaleMin. */
  scaleMax?: number | null | undefined;
  /** Lowest score of the self-assessment scale, 0 to 10. */
  scaleMin?: number | null | undefined;
  /** Number of sessions a course has, 1 to 100; completion is measured against it. */
  sessionCount: number;
  /** Title. */
  title: string;
  /** Topics, in order (replaces the list). */
  topics?: Array<string> | null | undefined;
};

/** A new staff account. */
export type CreateUserInput = {
  /** Sign-in email. */
  email: string;
  /** Name shown to colleagues. */
  fullName: string;
  /** Initial password, at least 12 characters; tell it to the user in person. */
  password: string;
  /** What the user may do. */
  role: Role;
  /** Units the user works in (case workers see these units' records). */
  unitIds?: Array<string | number>;
};

/** The period (whole days, inclusive) and, optionally, the district the dashboard covers. */
export type DashboardScope = {
  /** Only this district (women by their home community; groups, courses and activities by theirs). */
  districtId?: string | number | null | undefined;
  /** First day, YYYY-MM-DD. Analysts: the first day of a month. */
  from: string;
  /** Last day, YYYY-MM-DD. Analysts: the last day of a month. */
  to: string;
};

/** A span of days, both ends included; either end may be left open. */
export type DateRange = {
  /** First day, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Last day, YYYY-MM-DD. */
  to?: string | null | undefined;
};

/** A coordinator's decision on a request to close a case. */
export type DecideCaseClosureInput = {
  /** True to close the case, false to keep it open. */
  approve: boolean;
  /** Which case. */
  id: string | number;
  /** Why. Encrypted at rest. */
  reason: string;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** The end of a stay in the shelter. */
export type DischargeFromShelterInput = {
  /** Day she left, YYYY-MM-DD; not before admission and not in the future. */
  dischargedOn: string;
  /** Which stay. */
  id: string | number;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Why a registered woman may be the one being registered: NAME (same first and last name, folded: Tajik/Russian letters, дж/ҷ), NAME_REVERSED (the two given the other way round), BIRTH_YEAR (within a year), COMMUNITY, PHONE. */
export type DuplicateReason =
  | 'BIRTH_YEAR'
  | 'COMMUNITY'
  | 'NAME'
  | 'NAME_REVERSED'
  | 'PHONE';

/** Women to enrol in a course; those enrolled already are skipped. */
export type EnrollInCourseInput = {
  /** Beneficiaries to enrol, at most 200. */
  beneficiaryIds: Array<string | number>;
  /** The course. */
  courseId: string | number;
};

/** Narrows a list of enrolments; all given conditions must hold. */
export type EnrollmentFilter = {
  /** Only the women of this course. */
  courseId?: string | number | null | undefined;
};

/** Whose personal data to erase, and why. */
export type EraseBeneficiaryInput = {
  /** Which beneficiary. */
  id: string | number;
  /** Why (e.g. her written request of a date); no personal data. Kept in the audit log. */
  reason: string;
};

/** The six core types of gender-based violence (GBVIMS), or not GBV. */
export type GbvType =
  /** Denial of resources, opportunities or services. */
  | 'DENIAL_OF_RESOURCES'
  | 'FORCED_MARRIAGE'
  /** The incident is not gender-based violence. */
  | 'NOT_GBV'
  | 'PHYSICAL_ASSAULT'
  /** Psychological or emotional abuse. */
  | 'PSYCHOLOGICAL_ABUSE'
  | 'RAPE'
  | 'SEXUAL_ASSAULT';

/** Narrows a list of group memberships; all given conditions must hold. */
export type GroupMemberFilter = {
  /** True: current members only; false: those who left only. */
  current?: boolean | null | undefined;
  /** Only the memberships of this group. */
  groupId?: string | number | null | undefined;
};

/** Forming → active → autonomous (going back needs a reason). */
export type GroupStage =
  | 'ACTIVE'
  | 'AUTONOMOUS'
  | 'FORMING';

/** How a member is related to the head of her household; HEAD for the head herself. */
export type HouseholdRelation =
  | 'DAUGHTER'
  | 'DAUGHTER_IN_LAW'
  | 'GRANDDAUGHTER'
  | 'HEAD'
  | 'MOTHER'
  | 'MOTHER_IN_LAW'
  | 'NOT_RELATED'
  | 'OTHER_RELATIVE'
  | 'SISTER'
  | 'WIFE';

/** Which record to archive or restore. */
export type IdInput = {
  /** Id of the record. */
  id: string | number;
};

/** What the platform counts from its records for an indicator's actual value, per target period. */
export type IndicatorMeasure =
  /** Self-help groups that reached the active stage in the period. */
  | 'GROUPS_ACTIVE'
  /** Self-help groups that reached the autonomous stage in the period. */
  | 'GROUPS_AUTONOMOUS'
  /** Distinct women who completed a training course that ended in the period. */
  | 'WOMEN_COMPLETED_TRAINING'
  /** Distinct women who received economic assistance in the period. */
  | 'WOMEN_ECONOMIC'
  /** Distinct women who received legal assistance in the period. */
  | 'WOMEN_LEGAL'
  /** Distinct women who received medical assistance in the period. */
  | 'WOMEN_MEDICAL'
  /** Distinct women who received psychological assistance in the period. */
  | 'WOMEN_PSYCHOLOGICAL'
  /** Distinct women who received any kind of service in the period. */
  | 'WOMEN_SUPPORTED';

/** Where an invitation link stands. */
export type InvitationState =
  /** Cancelled, or replaced by a newer link. */
  | 'CANCELLED'
  /** Its days have passed; the admin can issue a new link. */
  | 'EXPIRED'
  /** Works: she may choose her password with it. */
  | 'OPEN'
  /** She has chosen her password with it already. */
  | 'USED';

/** Whose invitation: the invited account. */
export type InvitationUserInput = {
  /** Id of the invited user. */
  userId: string | number;
};

/** A staff member to invite: her account is made without a password; she chooses one from the link. */
export type InviteUserInput = {
  /** Her sign-in email. */
  email: string;
  /** Name shown to colleagues (and to her on the invitation page). */
  fullName: string;
  /** What she may do. */
  role: Role;
  /** Units she works in (case workers see these units' records). */
  unitIds?: Array<string | number>;
};

/** Staff sign-in. */
export type LoginInput = {
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** What failed sign-ins are counted against. */
export type LoginLockKind =
  /** One account from every address: locked at the account ceiling. */
  | 'ACCOUNT'
  /** One address, whatever the account: locked at the address ceiling. */
  | 'ADDRESS'
  /** One account from one address: each failure past the free ones doubles the wait. */
  | 'PAIR';

/** A referral to make. */
export type MakeReferralInput = {
  /** The beneficiary referred. */
  beneficiaryId: string | number;
  /** The case it belongs to, if any; it must be open. */
  caseId?: string | number | null | undefined;
  /** To share without that consent: why (at least 20 characters). Audited. */
  consentOverrideReason?: string | null | undefined;
  /** The registered partner receiving her, of whatever kind; then no receiverName. */
  partnerId?: string | number | null | undefined;
  /** Why she is referred. Encrypted at rest. */
  reason?: string | null | undefined;
  /** Kind of receiver (a hospital, the police, an NGO …), whether a registered partner or not; PARTNER needs partnerId, the others partnerId or receiverName. */
  receiverKind: ReceiverKind;
  /** Name of a receiver that is not a registered partner, e.g. Kulob regional hospital. */
  receiverName?: string | null | undefined;
  /** Whether her personal data goes to the receiver; then her consent to share with that receiver is needed. */
  sharesPersonalData: boolean;
  /** The referring unit; case workers may use their own units only. */
  unitId: string | number;
};

/** A code from the authenticator app. */
export type MfaCodeInput = {
  /** The 6-digit code the app shows now. */
  code: string;
};

/** How occupancy over time is grouped. */
export type OccupancyInterval =
  | 'DAY'
  | 'MONTH';

/** A new case for a beneficiary. */
export type OpenCaseInput = {
  /** The beneficiary. */
  beneficiaryId: string | number;
  /** Case worker in charge; by default the case worker opening it. */
  caseWorkerId?: string | number | null | undefined;
  /** Case notes. Encrypted at rest. */
  notes?: string | null | undefined;
  /** The case plan. Encrypted at rest. */
  plan?: string | null | undefined;
  /** Risk level at opening. */
  riskLevel: RiskLevel;
  /** Unit handling the case; case workers may use their own units only. */
  unitId: string | number;
};

/** What kind of organisation a partner is. */
export type PartnerKind =
  | 'DONOR'
  | 'NGO'
  | 'OTHER'
  | 'STATE_BODY'
  | 'UN_AGENCY';

/** A partner's part in a campaign or forum. */
export type PartnerRole =
  | 'CO_ORGANISER'
  | 'LEAD'
  | 'PARTICIPANT'
  | 'SUPPORTER';

/** A partner and its part. */
export type PartnerRoleInput = {
  /** The partner. */
  partnerId: string | number;
  /** Its part. */
  role: PartnerRole;
};

/** How the alleged perpetrator is related to the woman. */
export type PerpetratorRelation =
  | 'EMPLOYER'
  | 'FAMILY_MEMBER'
  | 'FORMER_PARTNER'
  | 'FRIEND_OR_NEIGHBOUR'
  | 'INTIMATE_PARTNER'
  | 'IN_LAW'
  | 'OTHER'
  | 'SERVICE_PROVIDER'
  | 'STRANGER'
  | 'TEACHER'
  | 'UNKNOWN';

/** Kind of place where the incident happened. */
export type PlaceType =
  | 'FIELD'
  | 'HEALTH_FACILITY'
  | 'HOME'
  | 'IN_LAWS_HOME'
  | 'OTHER'
  | 'PERPETRATOR_HOME'
  | 'PUBLIC_PLACE'
  | 'SCHOOL'
  | 'WORKPLACE';

/** How to order a list of programmes; ties are broken by id. */
export type ProgramSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Key to order by. */
  field?: ProgramSortField;
};

/** Orders for a list of programmes. */
export type ProgramSortField =
  | 'CODE'
  | 'STARTS_ON'
  | 'TITLE'
  | 'UPDATED_AT';

/** Women and girls, or men and boys. */
export type ReachSex =
  | 'MEN'
  | 'WOMEN';

/** What kind of body a referral goes to, whether it is a registered partner (then named by partnerId) or not (then by receiverName). PARTNER: a registered partner of no other kind listed here. */
export type ReceiverKind =
  | 'HOSPITAL'
  | 'LEGAL_AID'
  | 'NGO'
  | 'OTHER'
  | 'PARTNER'
  | 'POLICE'
  | 'STATE_BODY';

/** Something a group asked of an authority or institution. */
export type RecordAdvocacyActionInput = {
  /** Day the group acted, YYYY-MM-DD: not before it was founded, not in the future. */
  actedOn: string;
  /** Which group acted. */
  groupId: string | number;
  /** What the group asked for. */
  request: string;
  /** What came of it; PENDING unless given. */
  result?: AdvocacyResult;
  /** What was obtained or said. */
  resultNote?: string | null | undefined;
  /** Kind of body asked. */
  targetKind: AdvocacyTarget;
  /** Who exactly, e.g. Jamoat Dahana; 2 to 200 characters. */
  targetName: string;
};

/** The attendance sheet of one session: who was there and who was not. */
export type RecordAttendanceInput = {
  /** Beneficiaries (enrolled in the course) who were absent. */
  absent?: Array<string | number> | null | undefined;
  /** Beneficiaries (enrolled in the course) who were present. */
  present: Array<string | number>;
  /** The session. */
  sessionId: string | number;
};

/** A consent a woman gave. */
export type RecordConsentInput = {
  /** The beneficiary. */
  beneficiaryId: string | number;
  /** When she gave it; now by default. Not in the future. */
  givenAt?: string | null | undefined;
  /** A note on how she gave it or its limits, at most 2000 characters. Encrypted at rest. */
  note?: string | null | undefined;
  /** For SHARING with a partner on record: the partner. */
  partnerId?: string | number | null | undefined;
  /** For SHARING with a body that is not a partner: its name. */
  receiverName?: string | null | undefined;
  /** What she consents to. */
  scope: ConsentScope;
};

/** A meeting a group held. */
export type RecordGroupMeetingInput = {
  /** Decisions taken. */
  decisions?: string | null | undefined;
  /** Which group. */
  groupId: string | number;
  /** Day it was held, YYYY-MM-DD: not before the group was founded, not in the future. */
  heldOn: string;
  /** Women present; each must be a member of the group on that day. */
  presentBeneficiaryIds?: Array<string | number>;
  /** Topics discussed, each at most 200 characters. */
  topics?: Array<string>;
};

/** An incident to record on a case. */
export type RecordIncidentInput = {
  /** The case. */
  caseId: string | number;
  /** Type of violence. */
  gbvType: GbvType;
  /** What happened. Encrypted at rest. */
  narrative?: string | null | undefined;
  /** Day it happened, YYYY-MM-DD; not in the future. */
  occurredOn: string;
  /** Details of the alleged perpetrator. Encrypted at rest. */
  perpetratorDetails?: string | null | undefined;
  /** How the alleged perpetrator is related to her. */
  perpetratorRelation: PerpetratorRelation;
  /** Kind of place. */
  placeType: PlaceType;
  /** Day it was reported to NK, YYYY-MM-DD; today by default. */
  reportedOn?: string | null | undefined;
};

/** A woman's self-assessment before or after a course; scores given replace earlier ones for the same items. */
export type RecordSelfAssessmentInput = {
  /** Her enrolment. */
  enrollmentId: string | number;
  /** Before or after the course. */
  phase: AssessmentPhase;
  /** Scores, one per item. */
  scores: Array<AssessmentScoreInput>;
};

/** Help given to a beneficiary, to record. */
export type RecordServiceInput = {
  /** The beneficiary who received it. */
  beneficiaryId: string | number;
  /** Her case this service belongs to, if any. */
  caseId?: string | number | null | undefined;
  /** Follow-up deadline, YYYY-MM-DD; not before the day the service was given. */
  followUpDueOn?: string | null | undefined;
  /** Kind of help. */
  kind: ServiceKind;
  /** Notes. Encrypted at rest. */
  notes?: string | null | undefined;
  /** What came of it. */
  outcome: ServiceOutcome;
  /** Day it was given, YYYY-MM-DD; not in the future. */
  providedOn: string;
  /** Staff member who gave the service; by default the one recording it. */
  providerId?: string | number | null | undefined;
  /** What exactly; must be one the kind allows (OTHER fits all). */
  subtype: ServiceSubtype;
  /** Unit that gave the service; case workers may use their own units only. */
  unitId: string | number;
};

/** How many people a support service helped in a month; recording a month again replaces its count. */
export type RecordSupportServiceActivityInput = {
  /** The month, YYYY-MM; not a future month. */
  month: string;
  /** People helped that month, 0 or more. */
  peopleHelped: number;
  /** Which service. */
  supportServiceId: string | number;
};

/** Narrows a list of referrals; all given conditions must hold. */
export type ReferralFilter = {
  /** Only the referrals of this beneficiary. */
  beneficiaryId?: string | number | null | undefined;
  /** Only the referrals made on this case. */
  caseId?: string | number | null | undefined;
  /** Only referrals still open (in progress or accepted). */
  open?: boolean | null | undefined;
  /** Only the referrals to this partner. */
  partnerId?: string | number | null | undefined;
  /** Only the referrals to receivers of this kind. */
  receiverKind?: ReceiverKind | null | undefined;
  /** Only the referrals made on these days (in Dushanbe). */
  referredOn?: DateRange | null | undefined;
  /** Only referrals with this status. */
  status?: ReferralStatus | null | undefined;
  /** Only the referrals made by this unit. */
  unitId?: string | number | null | undefined;
};

/** In progress → accepted or rejected by the receiver → done; or revoked by NK before it is done. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REVOKED';

/** A partner leaving a council; its membership is kept with the day it left. */
export type RemoveCouncilMemberInput = {
  /** Which council. */
  councilId: string | number;
  /** Day it left, YYYY-MM-DD. */
  leftOn: string;
  /** The partner leaving. */
  partnerId: string | number;
};

/** A woman leaving a group. */
export type RemoveGroupMemberInput = {
  /** Day she left, YYYY-MM-DD: not before she joined, not in the future. She is a member until the day before. */
  leftOn: string;
  /** Which membership (GroupMembership.id). */
  membershipId: string | number;
};

/** A woman leaving a household (she is kept as a former member). */
export type RemoveHouseholdMemberInput = {
  /** The woman, a current member. */
  beneficiaryId: string | number;
  /** Which household. */
  householdId: string | number;
  /** Day she left, YYYY-MM-DD; today when left out; not before she joined, not in the future. */
  leftOn?: string | null | undefined;
  /** The household's version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** An activity to report for a campaign. */
export type ReportCampaignActivityInput = {
  /** The campaign; a partner key may report only for campaigns its organisation takes part in. */
  campaignId: string | number;
  /** Community in that district, or null. */
  communityId?: string | number | null | undefined;
  /** District; must be one of the campaign's. */
  districtId: string | number;
  /** Day it took place, YYYY-MM-DD: within the campaign, not in the future. */
  heldOn: string;
  /** What it was. */
  kind: ActivityKind;
  /** Leaflets, posters and other materials handed out (0 or more). */
  materials?: number | null | undefined;
  /** Men 18 to 29 reached (0 to 100000). */
  men18to29?: number | null | undefined;
  /** Men 30 to 49 reached (0 to 100000). */
  men30to49?: number | null | undefined;
  /** Men 50 and over reached (0 to 100000). */
  men50plus?: number | null | undefined;
  /** Men and boys under 18 reached (0 to 100000). */
  menUnder18?: number | null | undefined;
  /** Staff: the partner it is reported for (it must take part in the campaign), or null for NK. Partner keys report for their own organisation. */
  reportedByPartnerId?: string | number | null | undefined;
  /** Short title. */
  title: string;
  /** Women 18 to 29 reached (0 to 100000). */
  women18to29?: number | null | undefined;
  /** Women 30 to 49 reached (0 to 100000). */
  women30to49?: number | null | undefined;
  /** Women 50 and over reached (0 to 100000). */
  women50plus?: number | null | undefined;
  /** Women and girls under 18 reached (0 to 100000). */
  womenUnder18?: number | null | undefined;
};

/** Time between the incident and its report, in the GBVIMS buckets. */
export type ReportingDelay =
  | 'DAYS_0_3'
  | 'DAYS_4_5'
  | 'DAYS_6_14'
  | 'OVER_MONTH'
  | 'WEEKS_2_TO_MONTH';

/** How much danger the woman is in, as the case worker assesses it. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** What a staff member may do. */
export type Role =
  /** Manages users, partner API keys and reads the audit log; sees everything. */
  | 'ADMIN'
  /** Reads aggregates only, never personal data. */
  | 'ANALYST'
  /** Works with the beneficiaries and cases of their own units. */
  | 'CASE_WORKER'
  /** Sees all programmes, people and reports. */
  | 'COORDINATOR'
  /** Runs self-help groups and support services; minimal view of members. */
  | 'FACILITATOR'
  /** Runs trainings; sees participants by code and first name only. */
  | 'TRAINER';

/** An indicator of a programme with its targets; without id it is added, with id it is replaced. */
export type SaveIndicatorInput = {
  /** Value at the start of the programme. */
  baseline?: number | null | undefined;
  /** Short code, unique within the programme. */
  code: string;
  /** The indicator to change; leave out to add one. */
  id?: string | number | null | undefined;
  /** What the platform counts for the actual values; leave out to enter them by hand (then targets may carry actual). */
  measure?: IndicatorMeasure | null | undefined;
  /** What is measured. */
  name: string;
  /** Programme the indicator belongs to. */
  programId: string | number;
  /** Targets per period (replaces the list). */
  targets: Array<TargetInput>;
  /** Unit of measure, e.g. women, groups, %. */
  unit: string;
  /** The version you read, required with id; a stale one is refused with CONFLICT. */
  version?: number | null | undefined;
};

/** A session to add to a course. */
export type ScheduleSessionInput = {
  /** The course. */
  courseId: string | number;
  /** Day it is held, YYYY-MM-DD, within the course's dates. */
  heldOn: string;
  /** Topic. */
  topic: string;
  /** Trainer of this session; by default the course's trainer. */
  trainerId?: string | number | null | undefined;
};

/** Narrows a list of self-help groups; all given conditions must hold. */
export type SelfHelpGroupFilter = {
  /** List archived groups instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only the groups of this community. */
  communityId?: string | number | null | undefined;
  /** Only the groups in communities of this district. */
  districtId?: string | number | null | undefined;
  /** Only the groups this staff member facilitates. */
  facilitatorId?: string | number | null | undefined;
  /** True: only the groups I facilitate. */
  mine?: boolean | null | undefined;
  /** Only the groups at this stage now. */
  stage?: GroupStage | null | undefined;
};

/** Narrows a list of services; all given conditions must hold. */
export type ServiceFilter = {
  /** List archived services instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only the services given to this beneficiary. */
  beneficiaryId?: string | number | null | undefined;
  /** Only the services recorded on this case. */
  caseId?: string | number | null | undefined;
  /** Only the services given to women living in this district. */
  districtId?: string | number | null | undefined;
  /** Only services of this kind. */
  kind?: ServiceKind | null | undefined;
  /** Only the services I provided. */
  mine?: boolean | null | undefined;
  /** Only services with this outcome. */
  outcome?: ServiceOutcome | null | undefined;
  /** True: only services whose follow-up deadline is before today (in Dushanbe) and not done. False: only those without an overdue follow-up. */
  overdue?: boolean | null | undefined;
  /** Only the services given on these days. */
  providedOn?: DateRange | null | undefined;
  /** Only the services this staff member provided. */
  providerId?: string | number | null | undefined;
  /** Only the services of this unit. */
  unitId?: string | number | null | undefined;
};

/** The four kinds of help NK gives. */
export type ServiceKind =
  | 'ECONOMIC'
  | 'LEGAL'
  | 'MEDICAL'
  | 'PSYCHOLOGICAL';

/** What came of a service. */
export type ServiceOutcome =
  /** Declined by the woman. */
  | 'DECLINED'
  /** Not applicable. */
  | 'NOT_APPLICABLE'
  /** Provided by NK. */
  | 'PROVIDED'
  /** Already received elsewhere. */
  | 'RECEIVED_ELSEWHERE'
  /** Referred to another provider. */
  | 'REFERRED'
  /** Not available. */
  | 'UNAVAILABLE';

/** How to order a list of services; ties are broken by id. */
export type ServiceSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Key to order by. */
  field?: ServiceSortField;
};

/** Orders for a list of services (FOLLOW_UP_DUE_ON: services without a follow-up come last when ascending). */
export type ServiceSortField =
  | 'FOLLOW_UP_DUE_ON'
  | 'PROVIDED_ON';

/** What exactly was given; each kind has its own subtypes (OTHER fits all). */
export type ServiceSubtype =
  | 'ALIMONY'
  | 'COURT_REPRESENTATION'
  | 'CRISIS_INTERVENTION'
  | 'DIVORCE'
  | 'FORENSIC_EXAMINATION'
  | 'GROUP_SUPPORT'
  | 'HIV_COUNSELLING'
  | 'IDENTITY_DOCUMENTS'
  | 'INDIVIDUAL_COUNSELLING'
  | 'MEDICAL_EXAMINATION'
  | 'OTHER'
  | 'PROPERTY_SHARING'
  | 'REPRODUCTIVE_HEALTH'
  | 'SMALL_BUSINESS_ADVICE'
  | 'VOCATIONAL_TRAINING';

/** The districts of a campaign (replaces the list). */
export type SetCampaignDistrictsInput = {
  /** Which campaign. */
  campaignId: string | number;
  /** Districts it works in; one with reported activities cannot be removed. */
  districtIds: Array<string | number>;
  /** The version you read; when given, a stale one is refused with CONFLICT. */
  version?: number | null | undefined;
};

/** The partners of a campaign (replaces the list). */
export type SetCampaignPartnersInput = {
  /** Which campaign. */
  campaignId: string | number;
  /** Partners taking part, with their parts; at most one LEAD. */
  partners: Array<PartnerRoleInput>;
  /** The version you read; when given, a stale one is refused with CONFLICT. */
  version?: number | null | undefined;
};

/** Who heads a household. */
export type SetHouseholdHeadInput = {
  /** A current member; null when the head is not a woman registered with NK (e.g. her husband). */
  beneficiaryId?: string | number | null | undefined;
  /** The former head's relation to the new one, when the former head still lives there. */
  formerHeadRelation?: HouseholdRelation | null | undefined;
  /** Which household. */
  householdId: string | number;
  /** The household's version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** The districts a partner works in (replaces the list). */
export type SetPartnerDistrictsInput = {
  /** Its districts; an empty list clears them. */
  districtIds: Array<string | number>;
  /** Which partner. */
  partnerId: string | number;
};

/** Narrows a list of shelter stays; all given conditions must hold. */
export type ShelterStayFilter = {
  /** Only the stays that began on these days. */
  admittedOn?: DateRange | null | undefined;
  /** List archived stays instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only the stays of this woman. */
  beneficiaryId?: string | number | null | undefined;
  /** True: only the women staying now (not discharged); false: only past stays. */
  current?: boolean | null | undefined;
};

/** Where a sign-in stands once the password (or the code) was accepted. */
export type SignInStep =
  /** Signed in, but her role requires a second step she has not set up: only the enrolment operations are open. */
  | 'MFA_ENROLMENT_REQUIRED'
  /** The password was right; send an authenticator or recovery code to verifyMfa with mfaChallenge. */
  | 'MFA_REQUIRED'
  /** Signed in; the session cookie is set. */
  | 'SIGNED_IN';

/** Ascending or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A whole calendar period: a year, a quarter of a year or a month of a year (give at most one of quarter and month), or the same as first and last day. Day ranges that are not a whole month, quarter or year are refused. */
export type StatisticsPeriodInput = {
  /** Instead of year: the first day, YYYY-MM-DD, of a month, quarter or year. */
  from?: string | null | undefined;
  /** A month of that year, 1 to 12. */
  month?: number | null | undefined;
  /** A quarter of that year, 1 to 4. */
  quarter?: number | null | undefined;
  /** With from: the last day, YYYY-MM-DD, of the same month, quarter or year. */
  to?: string | null | undefined;
  /** The calendar year, e.g. 2026. */
  year?: number | null | undefined;
};

/** Which table of statistics, over which period. */
export type StatisticsTableInput = {
  /** The period counted: a whole calendar month, quarter or year that has ended. */
  period: StatisticsPeriodInput;
  /** An earlier release to read, by number; the latest when omitted. */
  release?: number | null | undefined;
  /** The table. */
  table: StatisticsTableName;
};

/** The tables of statistics NK publishes; each is districts (rows) by one other dimension (columns). */
export type StatisticsTableName =
  /** Women admitted to the shelter in the quarter, by month of admission (columns) and district (rows). Published by quarter. */
  | 'SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT'
  /** Women who completed a course that ended in the year, by training (columns) and district (rows). Published by year. */
  | 'TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT'
  /** Women given a service in the quarter, by kind of assistance (columns) and district of her community (rows). Published by quarter. */
  | 'WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT';

/** Narrows a list of support services; all given conditions must hold. */
export type SupportServiceFilter = {
  /** List archived services instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only the services of this community. */
  communityId?: string | number | null | undefined;
  /** Only the services in communities of this district. */
  districtId?: string | number | null | undefined;
};

/** The value an indicator should reach in one period. */
export type TargetInput = {
  /** Value reached, once known. */
  actual?: number | null | undefined;
  /** Label of the period, e.g. 2026 or 2026-Q3; unique within the indicator. */
  period: string;
  /** Last day of the period, YYYY-MM-DD. */
  periodEnd: string;
  /** First day of the period, YYYY-MM-DD. */
  periodStart: string;
  /** Value to reach. */
  target: number;
};

/** What came of an advocacy action; fields left out stay as they are. */
export type UpdateAdvocacyActionInput = {
  /** Which action. */
  id: string | number;
  /** What came of it. */
  result?: AdvocacyResult | null | undefined;
  /** What was obtained or said; null clears it. */
  resultNote?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a beneficiary; fields left out stay as they are. */
export type UpdateBeneficiaryInput = {
  /** Year of birth. */
  birthYear?: number | null | undefined;
  /** Community she lives in. */
  communityId?: string | number | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Which beneficiary. */
  id: string | number;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Patronymic. */
  patronymic?: string | null | undefined;
  /** Phone, +992 followed by 9 digits. */
  phone?: string | null | undefined;
  /** Programmes she takes part in (replaces the list). */
  programIds?: Array<string | number> | null | undefined;
  /** Whether NK is currently working with her. */
  status?: BeneficiaryStatus | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
  /** Circumstances that shape the support she needs. */
  vulnerabilities?: Array<Vulnerability> | null | undefined;
};

/** Changes to a campaign; fields left out stay as they are. */
export type UpdateCampaignInput = {
  /** What it aims at. */
  aims?: string | null | undefined;
  /** Last day, YYYY-MM-DD. */
  endsOn?: string | null | undefined;
  /** Which campaign. */
  id: string | number;
  /** True when NK leads it. */
  ledByNk?: boolean | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Where it stands. */
  status?: CampaignStatus | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a case; fields left out stay as they are. */
export type UpdateCaseInput = {
  /** Hand the case to another case worker. */
  caseWorkerId?: string | number | null | undefined;
  /** Which case. */
  id: string | number;
  /** Case notes. Encrypted at rest. */
  notes?: string | null | undefined;
  /** The case plan. Encrypted at rest. */
  plan?: string | null | undefined;
  /** Move the case forward in its workflow (closing goes through requestCaseClosure). */
  stage?: CaseStage | null | undefined;
  /** TRANSFERRED or DUPLICATE; closing and reopening have their own mutations. */
  status?: CaseStatus | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a council; fields left out stay as they are. */
export type UpdateCouncilInput = {
  /** The partner chairing it, or null. */
  chairPartnerId?: string | number | null | undefined;
  /** True when NK chairs it (then no chair partner). */
  chairedByNk?: boolean | null | undefined;
  /** Which council. */
  id: string | number;
  /** Name, e.g. Kulob regional Council. */
  name?: string | null | undefined;
  /** Region it covers. */
  region?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a course; fields left out stay as they are. */
export type UpdateCourseInput = {
  /** How many women can enrol, 1 to 500. */
  capacity?: number | null | undefined;
  /** Community it is held in, if any. */
  communityId?: string | number | null | undefined;
  /** Last day, YYYY-MM-DD; not before the first. */
  endsOn?: string | null | undefined;
  /** Which course. */
  id: string | number;
  /** Language it is taught in; TG by default. */
  language?: CourseLanguage | null | undefined;
  /** Place, e.g. NK's building in Kulob or a school. */
  place?: string | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Trainer: an active user with role TRAINER or COORDINATOR. On creation, by default the trainer or coordinator creating it. */
  trainerId?: string | number | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a meeting; fields left out stay as they are. */
export type UpdateGroupMeetingInput = {
  /** Decisions taken; null clears them. */
  decisions?: string | null | undefined;
  /** Day it was held, YYYY-MM-DD; the women present must be members on that day. */
  heldOn?: string | null | undefined;
  /** Which meeting. */
  id: string | number;
  /** Women present (replaces the list); each must be a member on the meeting's day. */
  presentBeneficiaryIds?: Array<string | number> | null | undefined;
  /** Topics discussed (replaces the list). */
  topics?: Array<string> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a household; fields left out stay as they are. */
export type UpdateHouseholdInput = {
  /** Children living in it (0–30). */
  childrenCount?: number | null | undefined;
  /** Which household. */
  id: string | number;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a programme; fields left out stay as they are. */
export type UpdateProgramInput = {
  /** Districts it works in (replaces the list). */
  districtIds?: Array<string | number> | null | undefined;
  /** Last day, YYYY-MM-DD, or null for no end. */
  endsOn?: string | null | undefined;
  /** What the programme aims to change. */
  goal?: string | null | undefined;
  /** Which programme. */
  id: string | number;
  /** First day, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Who it is for. */
  targetGroups?: Array<string> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Units that run it (replaces the list). */
  unitIds?: Array<string | number> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a group; fields left out stay as they are. Its stage changes with changeGroupStage. */
export type UpdateSelfHelpGroupInput = {
  /** New facilitator: an active facilitator or coordinator; null leaves the group without one. */
  facilitatorId?: string | number | null | undefined;
  /** Which group. */
  id: string | number;
  /** New name, 2 to 200 characters; unique. */
  name?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a service; fields left out stay as they are. */
export type UpdateServiceInput = {
  /** Follow-up deadline, YYYY-MM-DD, not before the day the service was given; null removes it. A new deadline schedules a new follow-up (not yet done). */
  followUpDueOn?: string | null | undefined;
  /** Which service. */
  id: string | number;
  /** Notes. Encrypted at rest. */
  notes?: string | null | undefined;
  /** What came of it. */
  outcome?: ServiceOutcome | null | undefined;
  /** What exactly; must be one the service's kind allows. */
  subtype?: ServiceSubtype | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a session; fields left out stay as they are. */
export type UpdateSessionInput = {
  /** Day it is held, YYYY-MM-DD, within the course's dates. */
  heldOn?: string | null | undefined;
  /** Which session. */
  id: string | number;
  /** Topic. */
  topic?: string | null | undefined;
  /** Trainer of this session. */
  trainerId?: string | number | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a shelter stay; fields left out stay as they are. */
export type UpdateShelterStayInput = {
  /** Children staying with her, 0 to 15. */
  accompanyingChildren?: number | null | undefined;
  /** Move her to another free bed of the same shelter. */
  bedId?: string | number | null | undefined;
  /** Which stay. */
  id: string | number;
  /** Notes. Encrypted at rest; null clears them. */
  notes?: string | null | undefined;
  /** Day discharge is planned for, YYYY-MM-DD; null clears it. */
  plannedDischargeOn?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a support service; fields left out stay as they are. */
export type UpdateSupportServiceInput = {
  /** Community it serves. */
  communityId?: string | number | null | undefined;
  /** Contact people (replaces the list). */
  contacts?: Array<string> | null | undefined;
  /** Which service. */
  id: string | number;
  /** Kind, e.g. legal advice point. */
  kind?: string | null | undefined;
  /** Name, 2 to 200 characters; unique. */
  name?: string | null | undefined;
  /** What it offers. */
  offers?: string | null | undefined;
  /** When it is open; null clears it. */
  openingHours?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a training; fields left out stay as they are. */
export type UpdateTrainingInput = {
  /** What the training aims at. */
  aims?: string | null | undefined;
  /** Self-assessment items (replaces the list); each at most once. */
  assessmentItems?: Array<string> | null | undefined;
  /** Share of the sessions, in percent (1 to 100), a woman must attend to complete a course. */
  completionPercent?: number | null | undefined;
  /** Which training. */
  id: string | number;
  /** Programme the training belongs to; null for none. */
  programId?: string | number | null | undefined;
  /** Highest score of the self-assessment scale, 1 to 100; above scaleMin. */
  scaleMax?: number | null | undefined;
  /** Lowest score of the self-assessment scale, 0 to 10. */
  scaleMin?: number | null | undefined;
  /** Number of sessions a course has, 1 to 100; completion is measured against it. */
  sessionCount?: number | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Topics, in order (replaces the list). */
  topics?: Array<string> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Changes to a staff account; fields left out stay as they are. */
export type UpdateUserInput = {
  /** Name shown to colleagues. */
  fullName?: string | null | undefined;
  /** Which user. */
  id: string | number;
  /** What the user may do. */
  role?: Role | null | undefined;
  /** Units the user works in (replaces the list). */
  unitIds?: Array<string | number> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Why an input was refused; each code has its own `params` shape. */
export type UserErrorCode =
  /** The referenced record is archived. params: null. */
  | 'ARCHIVED'
  /** There is not enough room. params: {capacity, free, requested}. */
  | 'CAPACITY_EXCEEDED'
  /** Someone changed the record since it was read. params: null. */
  | 'CONFLICT'
  /** The value is taken or given twice. params: null. */
  | 'DUPLICATE'
  /** The value is not acceptable (no more specific reason applies). params: null. */
  | 'INVALID'
  /** The text holds characters that cannot be stored: a NUL byte, an unpaired surrogate, a control character, or a line break in a one-line field. params: null. */
  | 'INVALID_CHARACTERS'
  /** The authenticator code or recovery code is not correct, or was used already. params: null. */
  | 'INVALID_CODE'
  /** The email or password is not correct. params: null. */
  | 'INVALID_CREDENTIALS'
  /** The value is not written in the expected form. params: {format}, e.g. PHONE, UUID, DATE, MONTH. */
  | 'INVALID_FORMAT'
  /** The record's current state does not allow this. params: {state}. */
  | 'INVALID_STATE'
  /** The date cannot be in the future. params: {latest} (the last day or instant accepted). */
  | 'IN_FUTURE'
  /** Other records still depend on this. params: {by, count} (e.g. REFERRALS, 2). */
  | 'IN_USE'
  /** The value does not agree with another field. params: {field}. */
  | 'MISMATCH'
  /** The value is not one of those accepted here. params: {allowed: [values]}. */
  | 'NOT_ALLOWED'
  /** The value may not be given together with another choice. params: {field, value}. */
  | 'NOT_APPLICABLE'
  /** The referenced record does not exist (or is out of the caller's reach). params: null. */
  | 'NOT_FOUND'
  /** She or it is not part of what the operation needs. params: {of, day} (of: UNIT, GROUP, COURSE, CAMPAIGN, DISTRICT). */
  | 'NOT_MEMBER'
  /** The date must fall within a period. params: {from, to} (inclusive days). */
  | 'OUTSIDE_PERIOD'
  /** The number is outside the accepted range. params: {min, max} (either may be null). */
  | 'OUT_OF_RANGE'
  /** The caller may not act for this unit or organisation. params: null. */
  | 'OUT_OF_REACH'
  /** A value is needed here. params: null. */
  | 'REQUIRED'
  /** This cannot be done to one's own account. params: null. */
  | 'SELF'
  /** The date comes before a date it must follow. params: {earliest, reference} (the field or record date it follows). */
  | 'TOO_EARLY'
  /** The list has too few entries. params: {min, max} entries. */
  | 'TOO_FEW'
  /** The text is too long. params: {min, max} characters (either may be null). */
  | 'TOO_LONG'
  /** The list has too many entries. params: {min, max} entries. */
  | 'TOO_MANY'
  /** The text is too short. params: {min, max} characters (either may be null). */
  | 'TOO_SHORT'
  /** The record has this value already. params: {value}. */
  | 'UNCHANGED';

/** Narrows a list of users. */
export type UserFilter = {
  /** List archived accounts instead of current ones. */
  archived?: boolean | null | undefined;
  /** Only users with this role. */
  role?: Role | null | undefined;
  /** Text in the name or email. */
  search?: string | null | undefined;
  /** Only users who work in this unit. */
  unitId?: string | number | null | undefined;
};

/** Where a staff account stands. */
export type UserStatus =
  /** Signs in with her password. */
  | 'ACTIVE'
  /** Archived: cannot sign in. */
  | 'DEACTIVATED'
  /** Invited, not yet accepted: cannot sign in until she chooses her password from the link. */
  | 'INVITED';

/** The second step of a sign-in: an authenticator code, or one of the recovery codes. */
export type VerifyMfaInput = {
  /** mfaChallenge.token from login. */
  challenge: string;
  /** The 6-digit code the authenticator app shows. */
  code?: string | null | undefined;
  /** A recovery code (used once), instead of code. */
  recoveryCode?: string | null | undefined;
};

/** Who is calling: a staff user or a partner API key. */
export type ViewerKind =
  | 'PARTNER'
  | 'USER';

/** Circumstances that shape the support a woman needs. */
export type Vulnerability =
  | 'ABANDONED_BY_MIGRANT_HUSBAND'
  | 'DISABILITY'
  | 'DOMESTIC_VIOLENCE_SURVIVOR'
  | 'LOW_INCOME'
  | 'NO_IDENTITY_DOCUMENTS'
  | 'SINGLE_MOTHER'
  | 'WIDOW'
  | 'YOUNG_WOMAN';

/** A consent to withdraw. */
export type WithdrawConsentInput = {
  /** Which consent. */
  id: string | number;
  /** When she withdrew it; now by default. */
  withdrawnAt?: string | null | undefined;
};

/** Which enrolment ends. */
export type WithdrawFromCourseInput = {
  /** The enrolment. */
  enrollmentId: string | number;
};

export type ArchiveServicesListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveServicesListedQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ArchiveArchiveServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveArchiveServiceMutation = { archiveService: { service: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArchiveRestoreServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveRestoreServiceMutation = { restoreService: { service: { archivedAt: string | null } | null } };

export type ArchiveArchiveService2MutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveArchiveService2Mutation = { archiveService: { service: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArchiveArchiveCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveArchiveCampaignMutation = { archiveCampaign: { campaign: { id: string } | null } };

export type ArchiveArchiveCampaign2MutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveArchiveCampaign2Mutation = { archiveCampaign: { campaign: { archivedAt: string | null, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArchiveCampaignsListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveCampaignsListedQuery = { campaigns: { edges: Array<{ node: { id: string } }> } };

export type UserErrorsCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type UserErrorsCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type UserErrorsUpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UserErrorsUpdateCaseMutation = { updateCase: { case: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type UserErrorsCreateSelfHelpGroupMutationVariables = Exact<{
  input: CreateSelfHelpGroupInput;
}>;


export type UserErrorsCreateSelfHelpGroupMutation = { createSelfHelpGroup: { userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type UserErrorsRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type UserErrorsRecordServiceMutation = { recordService: { service: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type UserErrorsChangeCaseRiskMutationVariables = Exact<{
  input: ChangeCaseRiskInput;
}>;


export type UserErrorsChangeCaseRiskMutation = { changeCaseRisk: { case: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type ApiKeyApiKeysQueryVariables = Exact<{
  partnerId?: string | number | null | undefined;
}>;


export type ApiKeyApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, prefix: string, scopes: Array<ApiKeyScope>, lastUsedAt: string | null, revokedAt: string | null, partner: { id: string } } }> } };

export type ApiKeyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewerQuery = { viewer: { kind: ViewerKind, scopes: Array<ApiKeyScope>, partner: { id: string } | null } | null };

export type ApiKeyBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyBeneficiaryQuery = { beneficiary: { code: string, firstName: string } };

export type ApiKeyBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyBeneficiariesQuery = { beneficiaries: { totalCount: number } };

export type ApiKeyRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyRevokeApiKeyMutation = { revokeApiKey: { apiKey: { revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ApiKeyViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer2Query = { viewer: { kind: ViewerKind } | null };

export type ApiKeyArchivePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyArchivePartnerMutation = { archivePartner: { partner: { archivedAt: string | null } | null } };

export type ApiKeyViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer3Query = { viewer: { kind: ViewerKind } | null };

export type ApiKeyViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer4Query = { viewer: { kind: ViewerKind } | null };

export type ApiKeyViewer5QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer5Query = { viewer: { kind: ViewerKind } | null };

export type ApiKeyCreatePartnerMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyCreatePartnerMutation = { createPartner: { partner: { id: string } | null } };

export type ApiKeyArchivePartner2MutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyArchivePartner2Mutation = { archivePartner: { partner: { id: string } | null } };

export type ApiKeyCreateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyCreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ApiKeyCreateApiKey2MutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyCreateApiKey2Mutation = { createApiKey: { secret: string | null } };

export type ApiKeyViewer6QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer6Query = { viewer: { kind: ViewerKind } | null };

export type ApiKeyViewer7QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyViewer7Query = { viewer: { kind: ViewerKind } | null };

export type ServiceRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type ServiceRecordServiceMutation = { recordService: { service: { id: string, kind: ServiceKind, subtype: ServiceSubtype, outcome: ServiceOutcome, providedOn: string, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, version: number, overdue: boolean, beneficiary: { id: string }, unit: { code: string }, provider: { id: string, fullName: string } | null, case: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ServiceUpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type ServiceUpdateServiceMutation = { updateService: { service: { id: string, kind: ServiceKind, subtype: ServiceSubtype, outcome: ServiceOutcome, providedOn: string, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, version: number, overdue: boolean, beneficiary: { id: string }, unit: { code: string }, provider: { id: string, fullName: string } | null, case: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ServiceCompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type ServiceCompleteFollowUpMutation = { completeFollowUp: { service: { id: string, followUpDoneAt: string | null, overdue: boolean, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ServiceOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type ServiceOpenCaseMutation = { openCase: { case: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ServiceCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ServiceCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ServiceServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceServiceQuery = { service: { notes: string | null } };

export type ServiceService2QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceService2Query = { service: { outcome: ServiceOutcome, notes: string | null, version: number } };

export type ServicesOverdueQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
}>;


export type ServicesOverdueQuery = { services: { totalCount: number, edges: Array<{ node: { id: string, overdue: boolean } }> } };

export type ServicesMineQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
}>;


export type ServicesMineQuery = { services: { edges: Array<{ node: { id: string, providedOn: string } }> } };

export type ServicesFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesFirstPageQuery = { services: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { providedOn: string } }> } };

export type ServicesNextPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ServicesNextPageQuery = { services: { edges: Array<{ node: { providedOn: string } }> } };

export type ServiceCreateBeneficiary2MutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ServiceCreateBeneficiary2Mutation = { createBeneficiary: { beneficiary: { id: string } | null } };

export type ServicesFilteredQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
  sort?: ServiceSort | null | undefined;
}>;


export type ServicesFilteredQuery = { services: { edges: Array<{ node: { id: string, followUpDueOn: string | null } }> } };

export type ServiceKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceKindsQuery = { serviceKinds: Array<{ kind: ServiceKind, subtypes: Array<ServiceSubtype> }> };

export type ServiceProvidersQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type ServiceProvidersQuery = { serviceProviders: Array<{ id: string, fullName: string, role: Role }> };

export type ServiceService3QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceService3Query = { service: { id: string } };

export type ServiceService4QueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceService4Query = { service: { id: string } };

export type ServicesOfOtherUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesOfOtherUnitsQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ServiceService5QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceService5Query = { service: { id: string, notes: string | null } };

export type ServiceServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceServicesQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ServiceService6QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceService6Query = { service: { kind: ServiceKind, notes: string | null } };

export type ServiceServices2QueryVariables = Exact<{
  w: string | number;
}>;


export type ServiceServices2Query = { services: { edges: Array<{ node: { id: string } }> } };

export type ServiceServices3QueryVariables = Exact<{
  w: string | number;
}>;


export type ServiceServices3Query = { services: { totalCount: number } };

export type ServiceCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceCaseQuery = { case: { services: Array<{ id: string, notes: string | null }> } };

export type ServiceService7QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceService7Query = { service: { case: { id: string } | null } };

export type ServiceCase2QueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceCase2Query = { case: { id: string, services: Array<{ id: string, kind: ServiceKind, subtype: ServiceSubtype, outcome: ServiceOutcome, providedOn: string, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, version: number, overdue: boolean, beneficiary: { id: string }, unit: { code: string }, provider: { id: string, fullName: string } | null, case: { id: string } | null }> } };

export type CaseServiceIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseServiceIdsQuery = { case: { services: Array<{ id: string }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, actorType: string, actorId: string | null, actorName: string | null, entityType: string | null, entityId: string | null } }> } };

export type AuditCreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type AuditCreateProgramMutation = { createProgram: { program: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { kind: ViewerKind, user: { email: string, role: Role } | null } | null };

export type AuthLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutMutation = { logout: { ok: boolean } };

export type AuthUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthUsersQuery = { users: { totalCount: number } };

export type AuthArchiveUserMutationVariables = Exact<{
  input: IdInput;
}>;


export type AuthArchiveUserMutation = { archiveUser: { userErrors: Array<{ message: string }> } };

export type AuthViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewer2Query = { viewer: { kind: ViewerKind } | null };

export type AuthViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewer3Query = { viewer: { kind: ViewerKind } | null };

export type AuthBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthBeneficiariesQuery = { beneficiaries: { totalCount: number } };

export type LockoutLoginLocksQueryVariables = Exact<{ [key: string]: never; }>;


export type LockoutLoginLocksQuery = { loginLocks: { totalCount: number, edges: Array<{ node: { id: string, kind: LoginLockKind, account: string | null, address: string | null, failures: number, lockedUntil: string | null, user: { email: string, fullName: string } | null } }> } };

export type LockoutLiftLoginLockMutationVariables = Exact<{
  input: IdInput;
}>;


export type LockoutLiftLoginLockMutation = { liftLoginLock: { lock: { id: string, failures: number, lockedUntil: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { step: SignInStep | null, viewer: { user: { email: string } | null, session: { mfa: boolean, enrolmentRequired: boolean } | null } | null, mfaChallenge: { token: string, expiresAt: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type VerifyMutationVariables = Exact<{
  input: VerifyMfaInput;
}>;


export type VerifyMutation = { verifyMfa: { step: SignInStep | null, viewer: { user: { email: string } | null, session: { mfa: boolean, enrolmentRequired: boolean } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type BeginMutationVariables = Exact<{
  input: BeginMfaEnrolmentInput;
}>;


export type BeginMutation = { beginMfaEnrolment: { enrolment: { secret: string, otpauthUri: string, qrCodeDataUrl: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ConfirmMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type ConfirmMutation = { confirmMfaEnrolment: { recoveryCodes: Array<string> | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type DisableMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type DisableMutation = { disableMfa: { ok: boolean | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type ResetMutationVariables = Exact<{
  input: IdInput;
}>;


export type ResetMutation = { resetUserMfa: { user: { id: string, mfaEnabled: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type MfaViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MfaViewerQuery = { viewer: { session: { mfa: boolean, enrolmentRequired: boolean } | null, mfa: { enabled: boolean, required: boolean, enabledAt: string | null, recoveryCodesLeft: number } | null } | null };

export type MfaCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MfaCasesQuery = { cases: { totalCount: number } };

export type MfaViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type MfaViewer2Query = { viewer: { kind: ViewerKind, session: { mfa: boolean } | null, mfa: { enabled: boolean } | null } | null, campaigns: { totalCount: number } };

export type BeneficiaryBeneficiariesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: BeneficiaryFilter | null | undefined;
  sort?: BeneficiarySort | null | undefined;
}>;


export type BeneficiaryBeneficiariesQuery = { beneficiaries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, firstName: string, lastName: string, version: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type BeneficiaryCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type BeneficiaryCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string, firstName: string, lastName: string, phone: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BeneficiaryUpdateBeneficiaryMutationVariables = Exact<{
  input: UpdateBeneficiaryInput;
}>;


export type BeneficiaryUpdateBeneficiaryMutation = { updateBeneficiary: { beneficiary: { id: string, firstName: string, phone: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BeneficiaryBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryBeneficiaryQuery = { beneficiary: { phone: string | null } };

export type BeneficiaryArchiveBeneficiaryMutationVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryArchiveBeneficiaryMutation = { archiveBeneficiary: { beneficiary: { archivedAt: string | null, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type BeneficiaryRestoreBeneficiaryMutationVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryRestoreBeneficiaryMutation = { restoreBeneficiary: { beneficiary: { archivedAt: string | null } | null } };

export type BeneficiaryBeneficiary2QueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryBeneficiary2Query = { beneficiary: { code: string } };

export type BeneficiaryBeneficiary3QueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryBeneficiary3Query = { beneficiary: { code: string } };

export type BeneficiaryBeneficiary4QueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryBeneficiary4Query = { beneficiary: { code: string, firstName: string, community: { name: string } } };

export type BeneficiaryBeneficiary5QueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryBeneficiary5Query = { beneficiary: { code: string } };

export type BeneficiaryBeneficiaries2QueryVariables = Exact<{
  first: number;
}>;


export type BeneficiaryBeneficiaries2Query = { beneficiaries: { edges: Array<{ node: { code: string, unit: { code: string }, community: { name: string, district: { name: string, communities: Array<{ name: string }> } }, programs: Array<{ code: string, indicators: Array<{ code: string }> }> } }> } };

export type DuplicatesCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type DuplicatesCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type DuplicatesBeneficiaryDuplicatesQueryVariables = Exact<{
  input: BeneficiaryDuplicateInput;
}>;


export type DuplicatesBeneficiaryDuplicatesQuery = { beneficiaryDuplicates: Array<{ reasons: Array<DuplicateReason>, beneficiary: { id: string, code: string, firstName: string } }> };

export type DuplicatesBeneficiaryDuplicates2QueryVariables = Exact<{
  input: BeneficiaryDuplicateInput;
}>;


export type DuplicatesBeneficiaryDuplicates2Query = { beneficiaryDuplicates: Array<{ beneficiary: { phone: string | null } }> };

export type DuplicatesBeneficiariesQueryVariables = Exact<{
  search: string;
}>;


export type DuplicatesBeneficiariesQuery = { beneficiaries: { edges: Array<{ node: { id: string } }> } };

export type ErasureCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ErasureCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string } | null, userErrors: Array<{ message: string }> } };

export type ErasureOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type ErasureOpenCaseMutation = { openCase: { case: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ErasureRecordIncidentMutationVariables = Exact<{
  input: RecordIncidentInput;
}>;


export type ErasureRecordIncidentMutation = { recordIncident: { userErrors: Array<{ message: string }> } };

export type ErasureRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type ErasureRecordConsentMutation = { recordConsent: { userErrors: Array<{ message: string }> } };

export type ErasureMakeReferralMutationVariables = Exact<{
  input: MakeReferralInput;
}>;


export type ErasureMakeReferralMutation = { makeReferral: { referral: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ErasureEraseBeneficiaryMutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type ErasureEraseBeneficiaryMutation = { eraseBeneficiary: { beneficiary: { code: string, erasedAt: string | null } | null, userErrors: Array<{ message: string }> } };

export type ErasureBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasureBeneficiariesQuery = { beneficiaries: { totalCount: number } };

export type ErasureEraseBeneficiary2MutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type ErasureEraseBeneficiary2Mutation = { eraseBeneficiary: { userErrors: Array<{ message: string }> } };

export type ErasureCreateBeneficiary2MutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ErasureCreateBeneficiary2Mutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ErasureEraseBeneficiary3MutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type ErasureEraseBeneficiary3Mutation = { eraseBeneficiary: { userErrors: Array<{ message: string }> } };

export type PhoneCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type PhoneCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string, phone: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PhoneBeneficiariesQueryVariables = Exact<{
  phone: string;
}>;


export type PhoneBeneficiariesQuery = { beneficiaries: { totalCount: number, edges: Array<{ node: { id: string, phone: string | null } }> } };

export type PhoneBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type PhoneBeneficiaryQuery = { beneficiary: { phone: string | null } };

export type PhoneUpdateBeneficiaryMutationVariables = Exact<{
  input: UpdateBeneficiaryInput;
}>;


export type PhoneUpdateBeneficiaryMutation = { updateBeneficiary: { userErrors: Array<{ message: string }> } };

export type PhoneEraseBeneficiaryMutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type PhoneEraseBeneficiaryMutation = { eraseBeneficiary: { userErrors: Array<{ message: string }> } };

export type CaseloadOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type CaseloadOpenCaseMutation = { openCase: { case: { id: string } | null, userErrors: Array<{ message: string }> } };

export type CaseloadCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadCaseloadQuery = { caseload: { awaitingClosure: number, myOpenCasesByRisk: Array<{ key: string, count: number | null }> } };

export type CaseloadCaseload2QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadCaseload2Query = { caseload: { overdueFollowUps: number, awaitingClosure: number, myOpenCasesByRisk: Array<{ key: string, count: number | null }> } };

export type CaseloadAssistanceCounts2QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadAssistanceCounts2Query = { assistanceCounts: { minimumCount: number | null, casesOpenedByRisk: Array<{ key: string, count: number | null }> } };

export type CaseloadCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadCasesQuery = { cases: { totalCount: number } };

export type CaseloadAssistanceCounts3QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadAssistanceCounts3Query = { assistanceCounts: { shelterAdmissions: number | null } };

export type CaseloadAssistanceCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadAssistanceCountsQuery = { assistanceCounts: { minimumCount: number | null, servicesByKind: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type FloorAssistanceCountsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FloorAssistanceCountsQuery = { assistanceCounts: { shelterAdmissions: number | null, shelterAdmissionsSuppressed: boolean, minimumCount: number | null, servicesByKind: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type CaseHistoryOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type CaseHistoryOpenCaseMutation = { openCase: { case: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CaseHistoryChangeRiskMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  level: RiskLevel;
}>;


export type CaseHistoryChangeRiskMutation = { changeCaseRisk: { case: { version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CaseHistoryRequestClosureMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CaseHistoryRequestClosureMutation = { requestCaseClosure: { case: { version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CaseHistoryDecideClosureMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  approve: boolean;
}>;


export type CaseHistoryDecideClosureMutation = { decideCaseClosure: { case: { version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CaseHistoryReopenMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CaseHistoryReopenMutation = { reopenCase: { case: { version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CaseHistoryCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseHistoryCaseQuery = { case: { status: CaseStatus, closureDecision: ClosureDecision | null, closureReason: string | null, closureDecisionReason: string | null, closureRequestedBy: { id: string, fullName: string } | null, closureDecidedBy: { id: string, fullName: string } | null, riskHistory: Array<{ previousLevel: RiskLevel | null, level: RiskLevel, reason: string | null, changedBy: { id: string, fullName: string, role: Role } | null }>, closureHistory: Array<{ step: ClosureStepKind, reason: string | null, takenBy: { id: string, fullName: string } | null }> } };

export type CasesByStageQueryVariables = Exact<{
  stage: CaseStage;
  unitId?: string | number | null | undefined;
}>;


export type CasesByStageQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, stage: CaseStage } }> } };

export type CaseWorkersQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type CaseWorkersQuery = { caseWorkers: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, role: Role } }> } };

export type OpenForNotesMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenForNotesMutation = { openCase: { case: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AddNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddNoteMutation = { addCaseNote: { case: { id: string, caseNotes: Array<{ text: string | null, writtenBy: { id: string, fullName: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type CaseNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseNotesQuery = { case: { caseNotes: Array<{ id: string, text: string | null, writtenAt: string, writtenBy: { id: string } | null }> } };

export type EraseForNotesMutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type EraseForNotesMutation = { eraseBeneficiary: { userErrors: Array<{ code: UserErrorCode }> } };

export type CaseOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type CaseOpenCaseMutation = { openCase: { case: { id: string, status: CaseStatus, stage: CaseStage, riskLevel: RiskLevel, plan: string | null, version: number, caseWorker: { fullName: string } | null, riskHistory: Array<{ previousLevel: RiskLevel | null, level: RiskLevel }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseRecordIncidentMutationVariables = Exact<{
  input: RecordIncidentInput;
}>;


export type CaseRecordIncidentMutation = { recordIncident: { incident: { id: string, gbvType: GbvType, narrative: string | null, perpetratorDetails: string | null, reportingDelay: ReportingDelay } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseChangeRiskMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  level: RiskLevel;
}>;


export type CaseChangeRiskMutation = { changeCaseRisk: { case: { status: CaseStatus, stage: CaseStage, riskLevel: RiskLevel, closureDecision: ClosureDecision | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseRequestClosureMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CaseRequestClosureMutation = { requestCaseClosure: { case: { status: CaseStatus, stage: CaseStage, riskLevel: RiskLevel, closureDecision: ClosureDecision | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseDecideClosureMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  approve: boolean;
}>;


export type CaseDecideClosureMutation = { decideCaseClosure: { case: { status: CaseStatus, stage: CaseStage, riskLevel: RiskLevel, closureDecision: ClosureDecision | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseReopenMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CaseReopenMutation = { reopenCase: { case: { status: CaseStatus, stage: CaseStage, riskLevel: RiskLevel, closureDecision: ClosureDecision | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCaseQuery = { case: { riskLevel: RiskLevel, incidents: Array<{ gbvType: GbvType }> } };

export type CaseIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseIncidentQuery = { incident: { gbvType: GbvType } };

export type CaseCase2QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCase2Query = { case: { id: string } };

export type CaseCase3QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCase3Query = { case: { id: string } };

export type CaseCases5QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases5Query = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseCase4QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCase4Query = { case: { id: string } };

export type CaseBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseBeneficiaryQuery = { beneficiary: { code: string, lastName: string } };

export type CaseUpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type CaseUpdateCaseMutation = { updateCase: { case: { stage: CaseStage, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CaseCase5QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCase5Query = { case: { riskHistory: Array<{ previousLevel: RiskLevel | null, level: RiskLevel, reason: string | null }> } };

export type CaseCases3QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases3Query = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseCases4QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases4Query = { cases: { edges: Array<{ node: { riskLevel: RiskLevel } }> } };

export type CaseCase6QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCase6Query = { case: { plan: string | null } };

export type CampaignCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CampaignCreateCampaignMutation = { createCampaign: { campaign: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CampaignReportCampaignActivityMutationVariables = Exact<{
  input: ReportCampaignActivityInput;
}>;


export type CampaignReportCampaignActivityMutation = { reportCampaignActivity: { activity: { id: string, version: number, heldOn: string, reached: number, reportedByNk: boolean, reportedBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CampaignCorrectCampaignActivityMutationVariables = Exact<{
  input: CorrectCampaignActivityInput;
}>;


export type CampaignCorrectCampaignActivityMutation = { correctCampaignActivity: { activity: { id: string, version: number, title: string, womenUnder18: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CampaignCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaignQuery = { campaign: { totals: { materials: number, overall: { activities: number, women: number, men: number, total: number }, byDistrict: Array<{ activities: number, women: number, men: number, total: number, district: { id: string } }>, bySex: Array<{ sex: ReachSex, reached: number }>, byAgeBand: Array<{ ageBand: AgeBand, women: number, men: number, total: number }>, byMonth: Array<{ month: string, activities: number, women: number, men: number, total: number }> } } };

export type CampaignSetCampaignPartnersMutationVariables = Exact<{
  input: SetCampaignPartnersInput;
}>;


export type CampaignSetCampaignPartnersMutation = { setCampaignPartners: { userErrors: Array<{ code: UserErrorCode }> } };

export type CampaignCampaign3QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaign3Query = { campaign: { id: string } };

export type CampaignCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CampaignCampaigns2QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignCampaigns2Query = { campaigns: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CampaignCampaign4QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaign4Query = { campaign: { id: string, title: string } };

export type CampaignCampaign5QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaign5Query = { campaign: { id: string, title: string } };

export type CampaignCampaigns3QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignCampaigns3Query = { campaigns: { totalCount: number } };

export type CampaignCampaign2QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaign2Query = { campaign: { partners: Array<{ role: PartnerRole, partner: { id: string, name: string, acronym: string | null, kind: PartnerKind, contactEmail: string | null, districts: Array<{ name: string }> } }>, activities: { totalCount: number, edges: Array<{ node: { title: string, reportedByNk: boolean, reportedBy: { id: string } | null, district: { name: string }, community: { name: string } | null } }> } } };

export type CampaignCreateForumMutationVariables = Exact<{
  input: CreateForumInput;
}>;


export type CampaignCreateForumMutation = { createForum: { forum: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CampaignForumQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignForumQuery = { forum: { title: string, campaign: { id: string } | null, partners: Array<{ role: PartnerRole, partner: { id: string } }> } };

export type CampaignForums2QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignForums2Query = { forums: { totalCount: number } };

export type CampaignForums3QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignForums3Query = { forums: { totalCount: number } };

export type CampaignForums4QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignForums4Query = { forums: { totalCount: number } };

export type CampaignForums5QueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignForums5Query = { forums: { totalCount: number } };

export type CampaignForum2QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignForum2Query = { forum: { id: string } };

export type CampaignForum3QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignForum3Query = { forum: { campaign: { id: string } | null } };

export type CampaignUpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type CampaignUpdateCampaignMutation = { updateCampaign: { campaign: { id: string, version: number, startsOn: string, endsOn: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CampaignSetPartnersMutationVariables = Exact<{
  input: SetCampaignPartnersInput;
}>;


export type CampaignSetPartnersMutation = { setCampaignPartners: { campaign: { id: string, version: number, partners: Array<{ role: PartnerRole, partner: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CampaignSetDistrictsMutationVariables = Exact<{
  input: SetCampaignDistrictsInput;
}>;


export type CampaignSetDistrictsMutation = { setCampaignDistricts: { campaign: { id: string, version: number, districts: Array<{ id: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CampaignEditReadQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignEditReadQuery = { campaign: { id: string, version: number, title: string, startsOn: string, endsOn: string, archivedAt: string | null, districts: Array<{ id: string }>, partners: Array<{ role: PartnerRole, partner: { id: string } }> } };

export type CampaignEditListedQueryVariables = Exact<{
  archived?: boolean | null | undefined;
}>;


export type CampaignEditListedQuery = { campaigns: { edges: Array<{ node: { id: string } }> } };

export type CampaignEditArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignEditArchiveMutation = { archiveCampaign: { campaign: { archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CampaignEditRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignEditRestoreMutation = { restoreCampaign: { campaign: { archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CouncilCreateCoalitionMutationVariables = Exact<{ [key: string]: never; }>;


export type CouncilCreateCoalitionMutation = { createCoalition: { coalition: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CouncilCreateCoalition2MutationVariables = Exact<{ [key: string]: never; }>;


export type CouncilCreateCoalition2Mutation = { createCoalition: { userErrors: Array<{ code: UserErrorCode }> } };

export type CouncilCreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CouncilCreateCouncilMutation = { createCouncil: { council: { id: string, version: number, name: string, chairedByNk: boolean, chairPartner: { id: string } | null, members: Array<{ joinedOn: string, leftOn: string | null, partner: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CouncilByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilByIdQuery = { council: { id: string, version: number, name: string, region: string, chairedByNk: boolean, coalition: { id: string } } };

export type CouncilAddCouncilMemberMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type CouncilAddCouncilMemberMutation = { addCouncilMember: { council: { id: string, version: number, name: string, chairedByNk: boolean, chairPartner: { id: string } | null, members: Array<{ joinedOn: string, leftOn: string | null, partner: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CouncilRemoveCouncilMemberMutationVariables = Exact<{
  input: RemoveCouncilMemberInput;
}>;


export type CouncilRemoveCouncilMemberMutation = { removeCouncilMember: { council: { id: string, version: number, name: string, chairedByNk: boolean, chairPartner: { id: string } | null, members: Array<{ joinedOn: string, leftOn: string | null, partner: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CouncilUpdateCouncilMutationVariables = Exact<{
  input: UpdateCouncilInput;
}>;


export type CouncilUpdateCouncilMutation = { updateCouncil: { council: { id: string, version: number, name: string, chairedByNk: boolean, chairPartner: { id: string } | null, members: Array<{ joinedOn: string, leftOn: string | null, partner: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CouncilCoalitionQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilCoalitionQuery = { coalition: { name: string, councils: Array<{ name: string, members: Array<{ partner: { name: string } }> }> } };

export type CouncilSetPartnerDistrictsMutationVariables = Exact<{
  input: SetPartnerDistrictsInput;
}>;


export type CouncilSetPartnerDistrictsMutation = { setPartnerDistricts: { partner: { districts: Array<{ name: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CouncilPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilPartnerQuery = { partner: { districts: Array<{ name: string }> } };

export type CouncilPartnersInDistrictQueryVariables = Exact<{
  districtId: string | number;
}>;


export type CouncilPartnersInDistrictQuery = { partners: { totalCount: number, edges: Array<{ node: { id: string, districts: Array<{ id: string }> } }> } };

export type CommunityFiguresCreateSelfHelpGroupMutationVariables = Exact<{
  input: CreateSelfHelpGroupInput;
}>;


export type CommunityFiguresCreateSelfHelpGroupMutation = { createSelfHelpGroup: { selfHelpGroup: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresChangeGroupStageMutationVariables = Exact<{
  input: ChangeGroupStageInput;
}>;


export type CommunityFiguresChangeGroupStageMutation = { changeGroupStage: { selfHelpGroup: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresAddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type CommunityFiguresAddGroupMemberMutation = { addGroupMember: { membership: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresRemoveGroupMemberMutationVariables = Exact<{
  input: RemoveGroupMemberInput;
}>;


export type CommunityFiguresRemoveGroupMemberMutation = { removeGroupMember: { membership: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresRecordAdvocacyActionMutationVariables = Exact<{
  input: RecordAdvocacyActionInput;
}>;


export type CommunityFiguresRecordAdvocacyActionMutation = { recordAdvocacyAction: { advocacyAction: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresUpdateAdvocacyActionMutationVariables = Exact<{
  input: UpdateAdvocacyActionInput;
}>;


export type CommunityFiguresUpdateAdvocacyActionMutation = { updateAdvocacyAction: { advocacyAction: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresCreateSupportServiceMutationVariables = Exact<{
  input: CreateSupportServiceInput;
}>;


export type CommunityFiguresCreateSupportServiceMutation = { createSupportService: { supportService: { id: string, name: string, kind: string, contacts: Array<string>, openingHours: string | null, offers: string, version: number, community: { id: string } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresUpdateSupportServiceMutationVariables = Exact<{
  input: UpdateSupportServiceInput;
}>;


export type CommunityFiguresUpdateSupportServiceMutation = { updateSupportService: { supportService: { id: string, name: string, openingHours: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresRecordSupportServiceActivityMutationVariables = Exact<{
  input: RecordSupportServiceActivityInput;
}>;


export type CommunityFiguresRecordSupportServiceActivityMutation = { recordSupportServiceActivity: { activity: { month: string, peopleHelped: number } | null, supportService: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityFiguresCommunityFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CommunityFiguresCommunityFiguresQuery = { communityFigures: { from: string, to: string, autonomousGroups: number, supportServicePeopleHelped: number, groupsByStage: Array<{ stage: GroupStage, count: number }>, membersPerGroup: Array<{ members: number | null, group: { id: string, name: string } }>, advocacyActionsByResult: Array<{ result: AdvocacyResult, count: number }> } };

export type CommunityFiguresCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type CommunityFiguresCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type CommunityFiguresSupportServicesQueryVariables = Exact<{
  filter?: SupportServiceFilter | null | undefined;
}>;


export type CommunityFiguresSupportServicesQuery = { supportServices: { edges: Array<{ node: { id: string } }> } };

export type CommunityFiguresSupportServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityFiguresSupportServiceQuery = { supportService: { name: string, contacts: Array<string> } };

export type CommunityFiguresSupportService2QueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityFiguresSupportService2Query = { supportService: { y2019: Array<{ month: string, peopleHelped: number }>, all: Array<{ month: string }> } };

export type CommunityFiguresCommunityFigures2QueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityFiguresCommunityFigures2Query = { communityFigures: { membersPerGroup: Array<{ members: number | null, group: { members: Array<{ id: string }> } }> } };

export type CommunityFiguresSelfHelpGroupsQueryVariables = Exact<{
  first: number;
}>;


export type CommunityFiguresSelfHelpGroupsQuery = { selfHelpGroups: { edges: Array<{ node: { name: string, community: { name: string }, facilitator: { fullName: string } | null, stageHistory: Array<{ toStage: GroupStage }>, members: Array<{ joinedOn: string, beneficiary: { code: string, firstName: string } }>, meetings: Array<{ attendance: { count: number, women: Array<{ code: string }> } }>, advocacyActions: Array<{ result: AdvocacyResult }> } }> } };

export type CommunityCreateSelfHelpGroupMutationVariables = Exact<{
  input: CreateSelfHelpGroupInput;
}>;


export type CommunityCreateSelfHelpGroupMutation = { createSelfHelpGroup: { selfHelpGroup: { id: string, name: string, foundedOn: string, stage: GroupStage, version: number, community: { id: string }, facilitator: { id: string, role: Role } | null, stageHistory: Array<{ fromStage: GroupStage | null, toStage: GroupStage, changedOn: string, reason: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityUpdateSelfHelpGroupMutationVariables = Exact<{
  input: UpdateSelfHelpGroupInput;
}>;


export type CommunityUpdateSelfHelpGroupMutation = { updateSelfHelpGroup: { selfHelpGroup: { id: string, name: string, foundedOn: string, stage: GroupStage, version: number, community: { id: string }, facilitator: { id: string, role: Role } | null, stageHistory: Array<{ fromStage: GroupStage | null, toStage: GroupStage, changedOn: string, reason: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityChangeGroupStageMutationVariables = Exact<{
  input: ChangeGroupStageInput;
}>;


export type CommunityChangeGroupStageMutation = { changeGroupStage: { selfHelpGroup: { id: string, name: string, foundedOn: string, stage: GroupStage, version: number, community: { id: string }, facilitator: { id: string, role: Role } | null, stageHistory: Array<{ fromStage: GroupStage | null, toStage: GroupStage, changedOn: string, reason: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityAddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type CommunityAddGroupMemberMutation = { addGroupMember: { membership: { id: string, joinedOn: string, leftOn: string | null, beneficiary: { id: string, code: string, firstName: string } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityRemoveGroupMemberMutationVariables = Exact<{
  input: RemoveGroupMemberInput;
}>;


export type CommunityRemoveGroupMemberMutation = { removeGroupMember: { membership: { id: string, joinedOn: string, leftOn: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityRecordGroupMeetingMutationVariables = Exact<{
  input: RecordGroupMeetingInput;
}>;


export type CommunityRecordGroupMeetingMutation = { recordGroupMeeting: { meeting: { id: string, heldOn: string, topics: Array<string>, decisions: string | null, version: number, attendance: { count: number, women: Array<{ id: string, code: string }> } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityUpdateGroupMeetingMutationVariables = Exact<{
  input: UpdateGroupMeetingInput;
}>;


export type CommunityUpdateGroupMeetingMutation = { updateGroupMeeting: { meeting: { id: string, heldOn: string, topics: Array<string>, decisions: string | null, version: number, attendance: { count: number } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityRecordAdvocacyActionMutationVariables = Exact<{
  input: RecordAdvocacyActionInput;
}>;


export type CommunityRecordAdvocacyActionMutation = { recordAdvocacyAction: { advocacyAction: { id: string, actedOn: string, targetKind: AdvocacyTarget, targetName: string, result: AdvocacyResult, resultNote: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityUpdateAdvocacyActionMutationVariables = Exact<{
  input: UpdateAdvocacyActionInput;
}>;


export type CommunityUpdateAdvocacyActionMutation = { updateAdvocacyAction: { advocacyAction: { id: string, result: AdvocacyResult, resultNote: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CommunityCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type CommunityCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type CommunitySelfHelpGroupsQueryVariables = Exact<{
  filter?: SelfHelpGroupFilter | null | undefined;
}>;


export type CommunitySelfHelpGroupsQuery = { selfHelpGroups: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CommunitySelfHelpGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunitySelfHelpGroupQuery = { selfHelpGroup: { current: Array<{ beneficiary: { id: string } }>, all: Array<{ leftOn: string | null, beneficiary: { id: string } }> } };

export type CommunitySelfHelpGroup2QueryVariables = Exact<{
  id: string | number;
}>;


export type CommunitySelfHelpGroup2Query = { selfHelpGroup: { advocacyActions: Array<{ id: string, result: AdvocacyResult, targetName: string }> } };

export type CommunityMembersMinimalQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityMembersMinimalQuery = { selfHelpGroup: { members: Array<{ beneficiary: { id: string, code: string, firstName: string } }> } };

export type CommunitySelfHelpGroup3QueryVariables = Exact<{
  id: string | number;
}>;


export type CommunitySelfHelpGroup3Query = { selfHelpGroup: { meetings: Array<{ attendance: { count: number, women: Array<{ code: string, lastName: string }> } }> } };

export type CommunityMembersFullQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityMembersFullQuery = { selfHelpGroup: { members: Array<{ beneficiary: { lastName: string } }> } };

export type CommunitySelfHelpGroup4QueryVariables = Exact<{
  id: string | number;
}>;


export type CommunitySelfHelpGroup4Query = { selfHelpGroup: { name: string, stage: GroupStage, stageHistory: Array<{ toStage: GroupStage }> } };

export type CommunityCommunityFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityCommunityFiguresQuery = { communityFigures: { autonomousGroups: number } };

export type CommunitySelfHelpGroups2QueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitySelfHelpGroups2Query = { selfHelpGroups: { totalCount: number } };

export type CommunityCommunityFigures2QueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityCommunityFigures2Query = { communityFigures: { autonomousGroups: number } };

export type GroupReachCreateMutationVariables = Exact<{
  input: CreateSelfHelpGroupInput;
}>;


export type GroupReachCreateMutation = { createSelfHelpGroup: { selfHelpGroup: { id: string, version: number, stageHistory: Array<{ toStage: GroupStage, changedBy: { id: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type GroupReachStageMutationVariables = Exact<{
  input: ChangeGroupStageInput;
}>;


export type GroupReachStageMutation = { changeGroupStage: { selfHelpGroup: { id: string, version: number, stage: GroupStage, stageHistory: Array<{ fromStage: GroupStage | null, toStage: GroupStage, changedOn: string, reason: string | null, changedBy: { id: string, fullName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type GroupReachListQueryVariables = Exact<{
  filter?: SelfHelpGroupFilter | null | undefined;
}>;


export type GroupReachListQuery = { selfHelpGroups: { edges: Array<{ node: { id: string } }> } };

export type GroupReachArchiveMutationVariables = Exact<{
  input: IdInput;
}>;


export type GroupReachArchiveMutation = { archiveSelfHelpGroup: { selfHelpGroup: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GroupReachRestoreMutationVariables = Exact<{
  input: IdInput;
}>;


export type GroupReachRestoreMutation = { restoreSelfHelpGroup: { selfHelpGroup: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GroupReachMeetingMutationVariables = Exact<{
  input: RecordGroupMeetingInput;
}>;


export type GroupReachMeetingMutation = { recordGroupMeeting: { meeting: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GroupReachActMutationVariables = Exact<{
  input: RecordAdvocacyActionInput;
}>;


export type GroupReachActMutation = { recordAdvocacyAction: { advocacyAction: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GroupReachUpdateActMutationVariables = Exact<{
  input: UpdateAdvocacyActionInput;
}>;


export type GroupReachUpdateActMutation = { updateAdvocacyAction: { advocacyAction: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GroupReachFacilitatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupReachFacilitatorsQuery = { groupFacilitators: Array<{ id: string, fullName: string, role: Role }> };

export type ConsentRecordMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type ConsentRecordMutation = { recordConsent: { consent: { id: string, scope: ConsentScope, givenAt: string, note: string | null, receiverName: string | null, withdrawnAt: string | null, partner: { id: string, name: string } | null, recordedBy: { id: string, fullName: string } | null, withdrawnBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ConsentWithdrawMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type ConsentWithdrawMutation = { withdrawConsent: { consent: { id: string, withdrawnAt: string | null, withdrawnBy: { id: string, fullName: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ConsentTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentTimelineQuery = { beneficiary: { id: string, consents: Array<{ id: string, scope: ConsentScope, givenAt: string, note: string | null, withdrawnAt: string | null, recordedBy: { id: string } | null, withdrawnBy: { id: string } | null }> } };

export type ConsentNestedStaysQueryVariables = Exact<{
  first: number;
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type ConsentNestedStaysQuery = { beneficiaries: { edges: Array<{ node: { id: string, shelterStays: { totalCount: number, edges: Array<{ node: { id: string, admittedOn: string, dischargedOn: string | null } }> } } }> } };

export type ConsentHerStaysQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentHerStaysQuery = { beneficiary: { id: string, shelterStays: { totalCount: number, edges: Array<{ node: { id: string } }> } } };

export type ConsentStaysOfQueryVariables = Exact<{
  filter?: ShelterStayFilter | null | undefined;
}>;


export type ConsentStaysOfQuery = { shelterStays: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type DashboardDashboardQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type DashboardDashboardQuery = { dashboard: { from: string, to: string, suppressionMin: number | null, district: { name: string } | null, womenSupported: { byDistrict: Array<{ district: { name: string }, byKind: Array<{ key: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, byKind: Array<{ key: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }, openCasesByRisk: { items: Array<{ key: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }, overdueFollowUps: { value: number | null, suppressed: boolean }, shelter: { beds: number | null, bedsTaken: { value: number | null, suppressed: boolean }, accompanyingChildren: { value: number | null, suppressed: boolean } }, trainings: Array<{ courses: number, training: { code: string }, enrolled: { value: number | null, suppressed: boolean }, completed: { value: number | null, suppressed: boolean } }>, selfHelpGroupsByStage: Array<{ key: string, value: number | null, suppressed: boolean }>, campaignReach: { activities: number, women: number, men: number, total: number } } };

export type DashboardCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type DashboardCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type DashboardRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type DashboardRecordServiceMutation = { recordService: { service: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type DashboardOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type DashboardOpenCaseMutation = { openCase: { case: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type DashboardAdmitToShelterMutationVariables = Exact<{
  input: AdmitToShelterInput;
}>;


export type DashboardAdmitToShelterMutation = { admitToShelter: { shelterStay: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RollupDashboardQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type RollupDashboardQuery = { dashboard: { womenSupported: { byDistrict: Array<{ district: { name: string }, byKind: Array<{ key: string, value: number | null }>, total: { value: number | null } }>, byKind: Array<{ key: string, value: number | null }>, total: { value: number | null } } } };

export type RollupCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type RollupCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupUpdateBeneficiaryMutationVariables = Exact<{
  input: UpdateBeneficiaryInput;
}>;


export type RollupUpdateBeneficiaryMutation = { updateBeneficiary: { beneficiary: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type RollupRecordServiceMutation = { recordService: { service: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RollupArchiveServiceMutationVariables = Exact<{
  input: IdInput;
}>;


export type RollupArchiveServiceMutation = { archiveService: { service: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupRestoreServiceMutationVariables = Exact<{
  input: IdInput;
}>;


export type RollupRestoreServiceMutation = { restoreService: { service: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupDashboardNowQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type RollupDashboardNowQuery = { dashboard: { openCasesByRisk: { items: Array<{ key: string, value: number | null }>, total: { value: number | null } }, overdueFollowUps: { value: number | null } } };

export type RollupCompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type RollupCompleteFollowUpMutation = { completeFollowUp: { service: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupServiceVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type RollupServiceVersionQuery = { service: { id: string, version: number } };

export type RollupOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type RollupOpenCaseMutation = { openCase: { case: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupChangeRiskMutationVariables = Exact<{
  input: ChangeCaseRiskInput;
}>;


export type RollupChangeRiskMutation = { changeCaseRisk: { case: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupRequestClosureMutationVariables = Exact<{
  input: CaseStepInput;
}>;


export type RollupRequestClosureMutation = { requestCaseClosure: { case: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupDecideClosureMutationVariables = Exact<{
  input: DecideCaseClosureInput;
}>;


export type RollupDecideClosureMutation = { decideCaseClosure: { case: { id: string, version: number, status: CaseStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RollupReopenCaseMutationVariables = Exact<{
  input: CaseStepInput;
}>;


export type RollupReopenCaseMutation = { reopenCase: { case: { id: string, version: number, status: CaseStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type HouseholdCreateMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type HouseholdCreateMutation = { createHousehold: { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type HouseholdUpdateMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type HouseholdUpdateMutation = { updateHousehold: { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type HouseholdAddMemberMutationVariables = Exact<{
  input: AddHouseholdMemberInput;
}>;


export type HouseholdAddMemberMutation = { addHouseholdMember: { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type HouseholdRemoveMemberMutationVariables = Exact<{
  input: RemoveHouseholdMemberInput;
}>;


export type HouseholdRemoveMemberMutation = { removeHouseholdMember: { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type HouseholdSetHeadMutationVariables = Exact<{
  input: SetHouseholdHeadInput;
}>;


export type HouseholdSetHeadMutation = { setHouseholdHead: { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type HouseholdHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdHouseholdQuery = { household: { id: string, code: string, version: number, childrenCount: number, size: number, community: { id: string }, head: { id: string } | null, members: Array<{ relationToHead: HouseholdRelation, joinedOn: string, leftOn: string | null, beneficiary: { id: string } }> } };

export type HouseholdBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdBeneficiaryQuery = { beneficiary: { id: string, household: { id: string, code: string, size: number } | null } };

export type HouseholdCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type HouseholdCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type HouseholdEraseBeneficiaryMutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type HouseholdEraseBeneficiaryMutation = { eraseBeneficiary: { userErrors: Array<{ code: UserErrorCode }> } };

export type HouseholdBeneficiary2QueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdBeneficiary2Query = { beneficiary: { household: { id: string } | null } };

export type HouseholdBeneficiariesQueryVariables = Exact<{
  first: number;
}>;


export type HouseholdBeneficiariesQuery = { beneficiaries: { edges: Array<{ node: { code: string, household: { code: string, size: number, community: { name: string }, head: { code: string } | null, members: Array<{ relationToHead: HouseholdRelation, beneficiary: { code: string } }> } | null } }> } };

export type LearningFiguresCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type LearningFiguresCreateCourseMutation = { createCourse: { course: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type LearningFiguresScheduleSessionMutation = { scheduleSession: { session: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresEnrollInCourseMutationVariables = Exact<{
  input: EnrollInCourseInput;
}>;


export type LearningFiguresEnrollInCourseMutation = { enrollInCourse: { added: number | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type LearningFiguresRecordAttendanceMutation = { recordAttendance: { changed: number | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresRecordSelfAssessmentMutationVariables = Exact<{
  input: RecordSelfAssessmentInput;
}>;


export type LearningFiguresRecordSelfAssessmentMutation = { recordSelfAssessment: { enrollment: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type LearningFiguresCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type LearningFiguresCreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type LearningFiguresCreateTrainingMutation = { createTraining: { training: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresAttendanceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningFiguresAttendanceQuery = { course: { enrollments: Array<{ attendedSessions: number, completed: boolean, beneficiary: { firstName: string } }> } };

export type LearningFiguresCourseQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningFiguresCourseQuery = { course: { results: { enrolled: number } } };

export type LearningFiguresCourse2QueryVariables = Exact<{
  id: string | number;
}>;


export type LearningFiguresCourse2Query = { course: { results: { enrolled: number, withdrawn: number, completed: number, completionRate: number | null, assessed: number, averageChange: number | null, improved: number } } };

export type LearningFiguresLearningFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFiguresQuery = { learningFigures: { from: string, to: string, womenTrainedByTrainingAndDistrict: Array<{ women: number | null, training: { id: string }, district: { id: string } }>, byTraining: Array<{ courses: number, enrolled: number | null, completed: number | null, completionRate: number | null, averageSelfAssessmentChange: number | null, improved: number | null, training: { id: string, code: string } }> } };

export type LearningFiguresLearningFigures2QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFigures2Query = { learningFigures: { womenTrainedByTrainingAndDistrict: Array<{ women: number | null, training: { id: string }, district: { id: string } }> } };

export type LearningFiguresLearningFigures3QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFigures3Query = { learningFigures: { from: string } };

export type LearningFiguresLearningFigures4QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFigures4Query = { learningFigures: { minimumCount: number | null, womenTrainedByTrainingAndDistrict: Array<{ women: number | null, suppressed: boolean, training: { id: string } }>, byTraining: Array<{ courses: number, enrolled: number | null, completed: number | null, completionRate: number | null, averageSelfAssessmentChange: number | null, improved: number | null, training: { id: string } }> } };

export type LearningFiguresLearningFigures5QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFigures5Query = { learningFigures: { from: string } };

export type LearningFiguresLearningFigures6QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningFiguresLearningFigures6Query = { learningFigures: { minimumCount: number | null } };

export type LearningFiguresCourseCostQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningFiguresCourseCostQuery = { course: { results: { completed: number }, sessions: Array<{ attendance: Array<{ present: boolean, beneficiary: { firstName: string } }> }>, enrollments: Array<{ attendedSessions: number, completed: boolean, selfAssessment: Array<{ score: number }>, beneficiary: { firstName: string } }> } };

export type LearningFiguresDashboardQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type LearningFiguresDashboardQuery = { dashboard: { trainings: Array<{ courses: number, training: { code: string }, enrolled: { value: number | null }, completed: { value: number | null } }> } };

export type LearningFiguresRecordAttendanceAgainMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type LearningFiguresRecordAttendanceAgainMutation = { recordAttendance: { changed: number | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningFiguresDashboardPeriodsQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type LearningFiguresDashboardPeriodsQuery = { dashboard: { trainings: Array<{ courses: number, training: { code: string }, enrolled: { value: number | null }, completed: { value: number | null } }> } };

export type LearningFiguresWithdrawMutationVariables = Exact<{
  input: WithdrawFromCourseInput;
}>;


export type LearningFiguresWithdrawMutation = { withdrawFromCourse: { enrollment: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type LearningCourseTrainersQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningCourseTrainersQuery = { courseTrainers: Array<{ id: string, fullName: string, role: Role }> };

export type LearningScreensCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type LearningScreensCreateCourseMutation = { createCourse: { course: { id: string, startsOn: string, endsOn: string, trainer: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type LearningScreensCoursesQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
}>;


export type LearningScreensCoursesQuery = { courses: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type LearningTrainerCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type LearningTrainerCreateCourseMutation = { createCourse: { course: { id: string, version: number, trainer: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type LearningTrainerScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type LearningTrainerScheduleSessionMutation = { scheduleSession: { session: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type LearningTrainerEnrollInCourseMutationVariables = Exact<{
  input: EnrollInCourseInput;
}>;


export type LearningTrainerEnrollInCourseMutation = { enrollInCourse: { added: number | null, userErrors: Array<{ message: string }> } };

export type LearningTrainerRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type LearningTrainerRecordAttendanceMutation = { recordAttendance: { changed: number | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type LearningTrainerScheduleSession2MutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type LearningTrainerScheduleSession2Mutation = { scheduleSession: { session: { id: string } | null } };

export type LearningTrainerCreateCourse2MutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type LearningTrainerCreateCourse2Mutation = { createCourse: { course: { id: string } | null, userErrors: Array<{ message: string }> } };

export type LearningTrainerScheduleSession3MutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type LearningTrainerScheduleSession3Mutation = { scheduleSession: { session: { id: string } | null, userErrors: Array<{ message: string }> } };

export type LearningTrainerEnrollInCourse2MutationVariables = Exact<{
  input: EnrollInCourseInput;
}>;


export type LearningTrainerEnrollInCourse2Mutation = { enrollInCourse: { added: number | null } };

export type LearningTrainerRecordAttendance2MutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type LearningTrainerRecordAttendance2Mutation = { recordAttendance: { changed: number | null } };

export type LearningTrainerRecordSelfAssessmentMutationVariables = Exact<{
  input: RecordSelfAssessmentInput;
}>;


export type LearningTrainerRecordSelfAssessmentMutation = { recordSelfAssessment: { userErrors: Array<{ message: string }> } };

export type LearningTrainerCourseQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningTrainerCourseQuery = { course: { id: string, enrollments: Array<{ id: string, beneficiary: { code: string }, selfAssessment: Array<{ score: number }> }>, sessions: Array<{ id: string, attendance: Array<{ present: boolean, beneficiary: { code: string } }> }> } };

export type LearningCreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type LearningCreateTrainingMutation = { createTraining: { training: { id: string, code: string, version: number, sessionCount: number, completionPercent: number, assessmentItems: Array<string>, scaleMin: number, scaleMax: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningUpdateTrainingMutationVariables = Exact<{
  input: UpdateTrainingInput;
}>;


export type LearningUpdateTrainingMutation = { updateTraining: { training: { id: string, version: number, title: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type LearningCreateCourseMutation = { createCourse: { course: { id: string, version: number, startsOn: string, endsOn: string, capacity: number, language: CourseLanguage, trainer: { id: string, role: Role } | null, training: { id: string } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningUpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type LearningUpdateCourseMutation = { updateCourse: { course: { id: string, version: number, capacity: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type LearningScheduleSessionMutation = { scheduleSession: { session: { id: string, heldOn: string, topic: string, trainer: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningEnrollInCourseMutationVariables = Exact<{
  input: EnrollInCourseInput;
}>;


export type LearningEnrollInCourseMutation = { enrollInCourse: { added: number | null, alreadyEnrolled: number | null, course: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type LearningRecordAttendanceMutation = { recordAttendance: { changed: number | null, session: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningRecordSelfAssessmentMutationVariables = Exact<{
  input: RecordSelfAssessmentInput;
}>;


export type LearningRecordSelfAssessmentMutation = { recordSelfAssessment: { enrollment: { id: string, selfAssessment: Array<{ phase: AssessmentPhase, item: string, score: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningWithdrawFromCourseMutationVariables = Exact<{
  input: WithdrawFromCourseInput;
}>;


export type LearningWithdrawFromCourseMutation = { withdrawFromCourse: { enrollment: { id: string, withdrawnAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type LearningCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string } | null, userErrors: Array<{ message: string }> } };

export type LearningTrainingQueryVariables = Exact<{
  trainingId: string | number;
}>;


export type LearningTrainingQuery = { training: { completionPercent: number, scaleMin: number, scaleMax: number, assessmentItems: Array<string> } };

export type LearningTrainingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningTrainingsQuery = { trainings: { edges: Array<{ node: { id: string } }> } };

export type LearningCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningCoursesQuery = { courses: { edges: Array<{ node: { id: string } }> } };

export type LearningCourseQueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourseQuery = { course: { sessions: Array<{ id: string, heldOn: string, trainer: { id: string } | null }> } };

export type LearningUpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type LearningUpdateSessionMutation = { updateSession: { session: { id: string, version: number, heldOn: string, topic: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LearningCourses2QueryVariables = Exact<{
  trainingId: string | number;
}>;


export type LearningCourses2Query = { courses: { totalCount: number } };

export type LearningCourse2QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse2Query = { course: { sessions: Array<{ attendance: Array<{ present: boolean, beneficiary: { code: string, firstName: string } }> }> } };

export type LearningCourse3QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse3Query = { course: { enrollments: Array<{ id: string, attendedSessions: number, completed: boolean, beneficiary: { id: string, code: string, firstName: string } }> } };

export type LearningCourseLastNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningCourseLastNamesQuery = { course: { enrollments: Array<{ beneficiary: { code: string, lastName: string } }> } };

export type LearningCoursePhonesQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningCoursePhonesQuery = { course: { sessions: Array<{ attendance: Array<{ beneficiary: { phone: string | null } }> }> } };

export type LearningCourse4QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse4Query = { course: { enrollments: Array<{ beneficiary: { lastName: string } }> } };

export type LearningCourse5QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse5Query = { course: { enrollments: Array<{ id: string }> } };

export type LearningCourse6QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse6Query = { course: { results: { enrolled: number } } };

export type LearningCourse7QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse7Query = { course: { id: string, capacity: number } };

export type LearningCourses3QueryVariables = Exact<{ [key: string]: never; }>;


export type LearningCourses3Query = { courses: { totalCount: number } };

export type LearningCourse8QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse8Query = { course: { enrollments: Array<{ id: string }> } };

export type LearningCourse9QueryVariables = Exact<{
  courseId: string | number;
}>;


export type LearningCourse9Query = { course: { enrollments: Array<{ id: string }> } };

export type ProgramCreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type ProgramCreateProgramMutation = { createProgram: { program: { id: string, code: string, version: number, units: Array<{ code: string }>, districts: Array<{ name: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ProgramSaveIndicatorMutationVariables = Exact<{
  input: SaveIndicatorInput;
}>;


export type ProgramSaveIndicatorMutation = { saveIndicator: { indicator: { id: string, code: string, version: number, baseline: number | null, targets: Array<{ period: string, target: number, actual: number | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, params: Record<string, unknown> | null }> } };

export type ProgramProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramProgramsQuery = { programs: { totalCount: number, edges: Array<{ node: { code: string, units: Array<{ code: string }>, indicators: Array<{ code: string, targets: Array<{ period: string, target: number }> }> } }> } };

export type ProgramPrograms4QueryVariables = Exact<{
  sort: ProgramSort;
}>;


export type ProgramPrograms4Query = { programs: { edges: Array<{ node: { title: string, startsOn: string } }> } };

export type ProgramUpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type ProgramUpdateProgramMutation = { updateProgram: { program: { title: string, version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ProgramArchiveProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgramArchiveProgramMutation = { archiveProgram: { program: { archivedAt: string | null } | null } };

export type ProgramPrograms2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramPrograms2Query = { programs: { totalCount: number } };

export type ProgramRestoreProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgramRestoreProgramMutation = { restoreProgram: { program: { archivedAt: string | null } | null } };

export type ProgramPrograms3QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramPrograms3Query = { programs: { totalCount: number } };

export type ProgramProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramProgramQuery = { program: { indicators: Array<{ code: string, measure: IndicatorMeasure | null, targets: Array<{ period: string, actual: number | null, actualSuppressed: boolean }> }> } };

export type ProgramLearningFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramLearningFiguresQuery = { learningFigures: { womenTrainedByTrainingAndDistrict: Array<{ women: number | null }> } };

export type ReferralRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type ReferralRecordConsentMutation = { recordConsent: { consent: { id: string, scope: ConsentScope, receiverName: string | null, givenAt: string, withdrawnAt: string | null, partner: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralMakeReferralMutationVariables = Exact<{
  input: MakeReferralInput;
}>;


export type ReferralMakeReferralMutation = { makeReferral: { referral: { id: string, status: ReferralStatus, version: number, sharesPersonalData: boolean, consentOverrideReason: string | null, consent: { id: string } | null, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, changedAt: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralChangeReferralStatusMutationVariables = Exact<{
  input: ChangeReferralStatusInput;
}>;


export type ReferralChangeReferralStatusMutation = { changeReferralStatus: { referral: { status: ReferralStatus, version: number, nextStatuses: Array<ReferralStatus>, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralWithdrawConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithdrawConsentMutation = { withdrawConsent: { consent: { withdrawnAt: string | null } | null, userErrors: Array<{ message: string }> } };

export type ReferralWithdrawConsent2MutationVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithdrawConsent2Mutation = { withdrawConsent: { userErrors: Array<{ message: string }> } };

export type ReferralBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralBeneficiaryQuery = { beneficiary: { consents: Array<{ id: string, scope: ConsentScope, withdrawnAt: string | null }> } };

export type ReferralCreatePartnerMutationVariables = Exact<{ [key: string]: never; }>;


export type ReferralCreatePartnerMutation = { createPartner: { partner: { id: string } | null } };

export type ReferralArchivePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type ReferralArchivePartnerMutation = { archivePartner: { partner: { id: string } | null } };

export type ReferralOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type ReferralOpenCaseMutation = { openCase: { case: { id: string, version: number } | null, userErrors: Array<{ message: string }> } };

export type ReferralRequestCaseClosureMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type ReferralRequestCaseClosureMutation = { requestCaseClosure: { case: { closureDecision: ClosureDecision | null } | null, userErrors: Array<{ message: string }> } };

export type ReferralCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralCaseQuery = { case: { referrals: Array<{ status: ReferralStatus }> } };

export type ReferralCreatePartner2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReferralCreatePartner2Mutation = { createPartner: { partner: { id: string } | null } };

export type ReferralMakeReferral2MutationVariables = Exact<{
  input: MakeReferralInput;
}>;


export type ReferralMakeReferral2Mutation = { makeReferral: { referral: { id: string, receiverKind: ReceiverKind, receiverName: string | null, partner: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ReferralReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralReferralsQuery = { referrals: { edges: Array<{ node: { id: string } }> } };

export type ReferralReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralReferralQuery = { referral: { history: Array<{ toStatus: ReferralStatus, changedAt: string, changedBy: { id: string, fullName: string } | null }> } };

export type ReferralConsentToShareQueryVariables = Exact<{
  b: string | number;
  p?: string | number | null | undefined;
  n?: string | null | undefined;
}>;


export type ReferralConsentToShareQuery = { consentToShare: { id: string, withdrawnAt: string | null } | null };

export type ReferralWithdrawConsent3MutationVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithdrawConsent3Mutation = { withdrawConsent: { userErrors: Array<{ message: string }> } };

export type ReferralReferral2QueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralReferral2Query = { referral: { id: string } };

export type ReferralReferrals2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralReferrals2Query = { referrals: { totalCount: number, edges: Array<{ node: { id: string, unit: { code: string } } }> } };

export type ShelterAdmitToShelterMutationVariables = Exact<{
  input: AdmitToShelterInput;
}>;


export type ShelterAdmitToShelterMutation = { admitToShelter: { shelterStay: { id: string, version: number, bed: string, admittedOn: string, plannedDischargeOn: string | null, dischargedOn: string | null, accompanyingChildren: number, notes: string | null, shelterBed: { id: string, code: string }, beneficiary: { id: string }, unit: { code: string }, case: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ShelterUpdateShelterStayMutationVariables = Exact<{
  input: UpdateShelterStayInput;
}>;


export type ShelterUpdateShelterStayMutation = { updateShelterStay: { shelterStay: { id: string, version: number, bed: string, admittedOn: string, plannedDischargeOn: string | null, dischargedOn: string | null, accompanyingChildren: number, notes: string | null, shelterBed: { id: string, code: string }, beneficiary: { id: string }, unit: { code: string }, case: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ShelterDischargeFromShelterMutationVariables = Exact<{
  input: DischargeFromShelterInput;
}>;


export type ShelterDischargeFromShelterMutation = { dischargeFromShelter: { shelterStay: { id: string, version: number, bed: string, admittedOn: string, plannedDischargeOn: string | null, dischargedOn: string | null, accompanyingChildren: number, notes: string | null, shelterBed: { id: string, code: string }, beneficiary: { id: string }, unit: { code: string }, case: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ShelterShelterStayQueryVariables = Exact<{
  id: string | number;
}>;


export type ShelterShelterStayQuery = { shelterStay: { id: string, version: number, bed: string, admittedOn: string, plannedDischargeOn: string | null, dischargedOn: string | null, accompanyingChildren: number, notes: string | null, shelterBed: { id: string, code: string }, beneficiary: { id: string }, unit: { code: string }, case: { id: string } | null } };

export type ShelterShelterOccupancyQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterOccupancyQuery = { shelterOccupancy: Array<{ capacity: number | null, occupiedBeds: number, women: number, children: number, freeBeds: number | null, unit: { code: string } }> };

export type ShelterShelterOccupancyOverTimeQueryVariables = Exact<{
  from: string;
  to: string;
  interval: OccupancyInterval;
  unitId?: string | number | null | undefined;
}>;


export type ShelterShelterOccupancyOverTimeQuery = { shelterOccupancyOverTime: Array<{ periodStart: string, capacity: number | null, averageOccupiedBeds: number, peakOccupiedBeds: number, women: number, admissions: number }> };

export type ShelterShelterBedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterBedsQuery = { shelterBeds: { totalCount: number, edges: Array<{ node: { id: string, code: string, position: number, occupied: boolean, unit: { code: string }, currentStay: { id: string, admittedOn: string, accompanyingChildren: number, beneficiary: { id: string } } | null } }> } };

export type ShelterOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type ShelterOpenCaseMutation = { openCase: { case: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ShelterShelterOccupancy2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ShelterShelterOccupancy2Query = { shelterOccupancy: Array<{ occupiedBeds: number }> };

export type ShelterShelterOccupancy3QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ShelterShelterOccupancy3Query = { shelterOccupancy: Array<{ occupiedBeds: number }> };

export type ShelterShelterStays2QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStays2Query = { shelterStays: { totalCount: number } };

export type ShelterShelterStay2QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStay2Query = { shelterStay: { id: string } };

export type ShelterShelterBeds2QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterBeds2Query = { shelterBeds: { totalCount: number } };

export type ShelterShelterStays3QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStays3Query = { shelterStays: { edges: Array<{ node: { id: string, version: number } }> } };

export type ShelterShelterStays5QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStays5Query = { shelterStays: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ShelterShelterStays6QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStays6Query = { shelterStays: { totalCount: number } };

export type ShelterShelterBeds3QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterBeds3Query = { shelterBeds: { totalCount: number } };

export type ShelterShelterStays7QueryVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ShelterShelterStays7Query = { shelterStays: { edges: Array<{ node: { id: string, case: { id: string } | null } }> } };

export type ShelterShelterStaysQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStaysQuery = { shelterStays: { totalCount: number, edges: Array<{ node: { id: string, dischargedOn: string | null } }> } };

export type ShelterShelterBeds4QueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterBeds4Query = { shelterBeds: { edges: Array<{ node: { occupied: boolean } }> } };

export type ReleaseStatisticsTableQueryVariables = Exact<{
  input: StatisticsTableInput;
}>;


export type ReleaseStatisticsTableQuery = { statisticsTable: { minimumCount: number, rows: Array<{ key: string, label: string, cells: Array<{ column: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, columnTotals: Array<{ column: string, value: number | null, suppressed: boolean }>, grandTotal: { value: number | null, suppressed: boolean }, release: { number: number, releasedAt: string, latestNumber: number } } };

export type ReleasePublishCorrectedStatisticsMutationVariables = Exact<{
  input: CorrectStatisticsInput;
}>;


export type ReleasePublishCorrectedStatisticsMutation = { publishCorrectedStatistics: { table: { rows: Array<{ label: string, cells: Array<{ value: number | null }>, total: { value: number | null } }>, columnTotals: Array<{ value: number | null }>, grandTotal: { value: number | null }, release: { number: number, latestNumber: number } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReleaseWithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type ReleaseWithdrawConsentMutation = { withdrawConsent: { userErrors: Array<{ message: string }> } };

export type ReleaseRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type ReleaseRecordServiceMutation = { recordService: { userErrors: Array<{ message: string }> } };

export type ReleaseEraseBeneficiaryMutationVariables = Exact<{
  input: EraseBeneficiaryInput;
}>;


export type ReleaseEraseBeneficiaryMutation = { eraseBeneficiary: { userErrors: Array<{ message: string }> } };

export type StatisticsTableQueryVariables = Exact<{
  input: StatisticsTableInput;
}>;


export type StatisticsTableQuery = { statisticsTable: { table: StatisticsTableName, minimumCount: number, note: string, period: { from: string, to: string, kind: string }, columns: Array<{ key: string, label: string }>, rows: Array<{ key: string, label: string, cells: Array<{ column: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, columnTotals: Array<{ column: string, value: number | null, suppressed: boolean }>, grandTotal: { value: number | null, suppressed: boolean } } };

export type InvitationInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InvitationInviteMutation = { inviteUser: { user: { id: string, email: string, fullName: string, role: Role, status: UserStatus, invitationExpiresAt: string | null, units: Array<{ code: string }> } | null, invitation: { token: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { state: InvitationState, fullName: string | null, role: Role | null, expiresAt: string | null } | null };

export type InvitationAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type InvitationAcceptMutation = { acceptInvitation: { accepted: boolean | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type InvitationReissueMutationVariables = Exact<{
  input: InvitationUserInput;
}>;


export type InvitationReissueMutation = { reissueInvitation: { user: { id: string, status: UserStatus, invitationExpiresAt: string | null } | null, invitation: { token: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type InvitationCancelMutationVariables = Exact<{
  input: InvitationUserInput;
}>;


export type InvitationCancelMutation = { cancelInvitation: { user: { id: string, status: UserStatus, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type InvitationStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationStatusQuery = { user: { id: string, status: UserStatus, invitationExpiresAt: string | null } };

export type UserUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type UserUsersQuery = { users: { edges: Array<{ node: { id: string, fullName: string, role: Role, archivedAt: string | null, units: Array<{ code: string }> } }> } };

export type UserVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type UserVersionQuery = { user: { id: string, version: number, role: Role, archivedAt: string | null } };

export type UserUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UserUpdateMutation = { updateUser: { user: { id: string, role: Role, version: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type UserArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type UserArchiveMutation = { archiveUser: { user: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, params: Record<string, unknown> | null }> } };

export type AccessBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessBeneficiariesQuery = { beneficiaries: { edges: Array<{ node: { id: string, code: string, firstName: string } }> } };

export type AccessBeneficiaries2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessBeneficiaries2Query = { beneficiaries: { edges: Array<{ node: { firstName: string } }> } };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { kind: ViewerKind, scopes: Array<ApiKeyScope>, partner: { id: string, name: string } | null, user: { id: string } | null } | null };

export type AccessViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewer2Query = { viewer: { user: { id: string, email: string, fullName: string, role: Role, units: Array<{ code: string }> } | null } | null };

export type AccessUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessUsersQuery = { users: { edges: Array<{ node: { email: string } }> } };

export type Docker__TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type Docker__TypenameQuery = { __typename: 'Query' };

export type ExportsCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ExportsCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ExportsBeneficiaryCountQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type ExportsBeneficiaryCountQuery = { beneficiaries: { totalCount: number } };

export type ExportsCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type ExportsCreateCampaignMutation = { createCampaign: { campaign: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ExportsReportActivityMutationVariables = Exact<{
  input: ReportCampaignActivityInput;
}>;


export type ExportsReportActivityMutation = { reportCampaignActivity: { activity: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ExportsActivityCountQueryVariables = Exact<{
  filter?: CampaignActivitiesFilter | null | undefined;
}>;


export type ExportsActivityCountQuery = { campaignActivities: { totalCount: number } };

export type ExportsCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type ExportsCreateCourseMutation = { createCourse: { course: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ExportsScheduleSessionMutation = { scheduleSession: { session: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsEnrollInCourseMutationVariables = Exact<{
  input: EnrollInCourseInput;
}>;


export type ExportsEnrollInCourseMutation = { enrollInCourse: { added: number | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type ExportsRecordAttendanceMutation = { recordAttendance: { changed: number | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsRecordSelfAssessmentMutationVariables = Exact<{
  input: RecordSelfAssessmentInput;
}>;


export type ExportsRecordSelfAssessmentMutation = { recordSelfAssessment: { userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsEnrollmentsQueryVariables = Exact<{
  filter?: EnrollmentFilter | null | undefined;
}>;


export type ExportsEnrollmentsQuery = { enrollments: { totalCount: number, edges: Array<{ node: { attendedSessions: number, completed: boolean, beneficiary: { code: string } } }> } };

export type ExportsCreateGroupMutationVariables = Exact<{
  input: CreateSelfHelpGroupInput;
}>;


export type ExportsCreateGroupMutation = { createSelfHelpGroup: { selfHelpGroup: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsAddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type ExportsAddGroupMemberMutation = { addGroupMember: { membership: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsRemoveGroupMemberMutationVariables = Exact<{
  input: RemoveGroupMemberInput;
}>;


export type ExportsRemoveGroupMemberMutation = { removeGroupMember: { membership: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ExportsGroupMemberCountQueryVariables = Exact<{
  filter?: GroupMemberFilter | null | undefined;
}>;


export type ExportsGroupMemberCountQuery = { groupMembers: { totalCount: number } };

export type FaultsCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type FaultsCreatePartnerMutation = { createPartner: { partner: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type Faults__TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type Faults__TypenameQuery = { __typename: 'Query' };

export type Faults__Typename2QueryVariables = Exact<{ [key: string]: never; }>;


export type Faults__Typename2Query = { __typename: 'Query' };

export type Faults__Typename3QueryVariables = Exact<{ [key: string]: never; }>;


export type Faults__Typename3Query = { __typename: 'Query' };

export type Faults__Typename4QueryVariables = Exact<{ [key: string]: never; }>;


export type Faults__Typename4Query = { __typename: 'Query' };

export type Faults__Typename5QueryVariables = Exact<{ [key: string]: never; }>;


export type Faults__Typename5Query = { __typename: 'Query' };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { viewer: { kind: ViewerKind, user: { id: string, email: string, role: Role } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type HarnessCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type HarnessCreateUserMutation = { createUser: { user: { id: string } | null, userErrors: Array<{ message: string }> } };

export type HarnessCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type HarnessCreatePartnerMutation = { createPartner: { partner: { id: string } | null, userErrors: Array<{ message: string }> } };

export type HarnessCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type HarnessCreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string } | null, userErrors: Array<{ message: string }> } };

export type HostileInputViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputViewer2Query = { viewer: { kind: ViewerKind } | null };

export type HostileInputViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputViewer3Query = { viewer: { kind: ViewerKind } | null };

export type HostileInputViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputViewer4Query = { viewer: { kind: ViewerKind } | null };

export type HostileInputBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputBeneficiariesQuery = { beneficiaries: { totalCount: number } };

export type HostileInputBeneficiaries2QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputBeneficiaries2Query = { beneficiaries: { totalCount: number } };

export type HostileInputCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type HostileInputCreatePartnerMutation = { createPartner: { partner: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type HostileInputCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputCampaignsQuery = { campaigns: { totalCount: number } };

export type HostileInputViewer5QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputViewer5Query = { viewer: { kind: ViewerKind } | null };

export type HostileInputUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileInputUsersQuery = { users: { totalCount: number } };

export type HostileInputCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileInputCaseQuery = { case: { id: string } };

export type HostileInputUpdateBeneficiaryMutationVariables = Exact<{
  input: UpdateBeneficiaryInput;
}>;


export type HostileInputUpdateBeneficiaryMutation = { updateBeneficiary: { beneficiary: { version: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type IdempotencyCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type IdempotencyCreatePartnerMutation = { createPartner: { partner: { id: string, name: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ListPermissionsBeneficiariesQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
  sort?: BeneficiarySort | null | undefined;
}>;


export type ListPermissionsBeneficiariesQuery = { beneficiaries: { totalCount: number, edges: Array<{ node: { code: string } }> } };

export type PageColumnsWomenQueryVariables = Exact<{ [key: string]: never; }>;


export type PageColumnsWomenQuery = { beneficiaries: { edges: Array<{ node: { id: string, code: string, firstName: string, lastName: string, patronymic: string | null, birthYear: number | null, phone: string | null, status: BeneficiaryStatus, vulnerabilities: Array<Vulnerability>, registeredOn: string, erasedAt: string | null, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, services: { edges: Array<{ node: { id: string, kind: ServiceKind, subtype: ServiceSubtype, providedOn: string, outcome: ServiceOutcome, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, overdue: boolean, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, beneficiary: { id: string }, unit: { id: string } } }> }, community: { id: string }, unit: { id: string } } }> } };

export type PageColumnsWomanFragment = { id: string, code: string, firstName: string, lastName: string, patronymic: string | null, birthYear: number | null, phone: string | null, status: BeneficiaryStatus, vulnerabilities: Array<Vulnerability>, registeredOn: string, erasedAt: string | null, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, community: { id: string }, unit: { id: string } };

export type PageColumnsServiceFragment = { id: string, kind: ServiceKind, subtype: ServiceSubtype, providedOn: string, outcome: ServiceOutcome, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, overdue: boolean, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, beneficiary: { id: string }, unit: { id: string } };

export type PageColumnsWomanQueryVariables = Exact<{
  id: string | number;
}>;


export type PageColumnsWomanQuery = { beneficiary: { id: string, code: string, firstName: string, lastName: string, patronymic: string | null, birthYear: number | null, phone: string | null, status: BeneficiaryStatus, vulnerabilities: Array<Vulnerability>, registeredOn: string, erasedAt: string | null, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, community: { id: string }, unit: { id: string } } };

export type PageColumnsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PageColumnsServicesQuery = { services: { edges: Array<{ node: { id: string, kind: ServiceKind, subtype: ServiceSubtype, providedOn: string, outcome: ServiceOutcome, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, overdue: boolean, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, beneficiary: { id: string }, unit: { id: string } } }> } };

export type PageColumnsOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type PageColumnsOverdueQuery = { services: { edges: Array<{ node: { id: string, overdue: boolean, beneficiary: { code: string } } }> } };

export type PageColumnsOneServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type PageColumnsOneServiceQuery = { service: { id: string, kind: ServiceKind, subtype: ServiceSubtype, providedOn: string, outcome: ServiceOutcome, followUpDueOn: string | null, followUpDoneAt: string | null, notes: string | null, overdue: boolean, version: number, archivedAt: string | null, createdAt: string, updatedAt: string, beneficiary: { id: string }, unit: { id: string } } };

export type PageColumnsAliasedQueryVariables = Exact<{ [key: string]: never; }>;


export type PageColumnsAliasedQuery = { a: { edges: Array<{ node: { id: string, code: string } }> }, b: { edges: Array<{ node: { phone: string | null, createdAt: string, id: string } }> } };

export type PageColumnsNarrowQueryVariables = Exact<{ [key: string]: never; }>;


export type PageColumnsNarrowQuery = { beneficiaries: { edges: Array<{ node: { id: string, code: string, firstName: string, community: { name: string }, services: { edges: Array<{ node: { kind: ServiceKind } }> } } }> } };

export type PageCostBeneficiariesQueryVariables = Exact<{
  community: string | number;
  first: number;
}>;


export type PageCostBeneficiariesQuery = { beneficiaries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, firstName: string, lastName: string, registeredOn: string, community: { name: string, district: { name: string } }, services: { edges: Array<{ node: { id: string, kind: ServiceKind, subtype: ServiceSubtype, providedOn: string, outcome: ServiceOutcome } }> } } }> } };

export type PageCostCaseloadQueryVariables = Exact<{
  first: number;
}>;


export type PageCostCaseloadQuery = { caseload: { overdueFollowUps: number, awaitingClosure: number, myOpenCasesByRisk: Array<{ key: string, count: number | null }> }, cases: { edges: Array<{ node: { id: string, riskLevel: RiskLevel, stage: CaseStage, openedAt: string, beneficiary: { code: string, firstName: string, lastName: string, services: { totalCount: number, edges: Array<{ node: { kind: ServiceKind, providedOn: string } }> } } } }> } };

export type PageCostBeneficiaries2QueryVariables = Exact<{ [key: string]: never; }>;


export type PageCostBeneficiaries2Query = { beneficiaries: { edges: Array<{ node: { code: string } }> } };

export type PageCostServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PageCostServicesQuery = { services: { edges: Array<{ node: { providedOn: string } }> } };

export type PageCostServices2QueryVariables = Exact<{ [key: string]: never; }>;


export type PageCostServices2Query = { services: { edges: Array<{ node: { id: string } }> } };

export type PageCostCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PageCostCasesQuery = { cases: { edges: Array<{ node: { openedAt: string } }> } };

export type PageCostDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type PageCostDashboardQuery = { dashboard: { womenSupported: { total: { value: number | null } }, openCasesByRisk: { total: { value: number | null } }, overdueFollowUps: { value: number | null }, trainings: Array<{ completed: { value: number | null } }>, shelter: { bedsTaken: { value: number | null } }, campaignReach: { total: number } } };

export type PartnerClientCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type PartnerClientCreateCampaignMutation = { createCampaign: { campaign: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type PartnerClientSetCampaignPartnersMutationVariables = Exact<{
  input: SetCampaignPartnersInput;
}>;


export type PartnerClientSetCampaignPartnersMutation = { setCampaignPartners: { userErrors: Array<{ field: Array<string>, message: string }> } };

export type PartnerClientRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerClientRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string } | null } };

export type PartnerGuideCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type PartnerGuideCreateApiKeyMutation = { createApiKey: { secret: string | null, userErrors: Array<{ message: string }> } };

export type PartnerReachBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachBeneficiariesQuery = { beneficiaries: { totalCount: number } };

export type PartnerReachBeneficiaryQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachBeneficiaryQuery = { beneficiary: { code: string } };

export type PartnerReachCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachCasesQuery = { cases: { totalCount: number } };

export type PartnerReachReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachReferralsQuery = { referrals: { totalCount: number } };

export type PartnerReachServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachServicesQuery = { services: { totalCount: number } };

export type PartnerReachShelterStaysQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachShelterStaysQuery = { shelterStays: { totalCount: number } };

export type PartnerReachUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachUsersQuery = { users: { totalCount: number } };

export type PartnerReachAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachAuditEventsQuery = { auditEvents: { totalCount: number } };

export type PartnerReachCourseQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachCourseQuery = { course: { id: string } };

export type PartnerReachSelfHelpGroupQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReachSelfHelpGroupQuery = { selfHelpGroup: { id: string } };

export type PlatformLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type PlatformLoginMutation = { login: { step: SignInStep | null, mfaChallenge: { token: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PlatformBeginMfaEnrolmentMutationVariables = Exact<{
  input: BeginMfaEnrolmentInput;
}>;


export type PlatformBeginMfaEnrolmentMutation = { beginMfaEnrolment: { enrolment: { secret: string } | null } };

export type PlatformConfirmMfaEnrolmentMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type PlatformConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { userErrors: Array<{ code: UserErrorCode }> } };

export type PlatformVerifyMfaMutationVariables = Exact<{
  input: VerifyMfaInput;
}>;


export type PlatformVerifyMfaMutation = { verifyMfa: { step: SignInStep | null } };

export type PlatformUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformUnitsQuery = { units: { totalCount: number }, districts: { totalCount: number }, beneficiaries: { totalCount: number }, communities: { totalCount: number, edges: Array<{ node: { families: number, inhabitants: number } }> } };

export type RateBudgetCampaignsQueryVariables = Exact<{
  first: number;
}>;


export type RateBudgetCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string, districts: Array<{ name: string }>, totals: { overall: { total: number } } } }> } };

export type RateBudgetViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RateBudgetViewerQuery = { viewer: { kind: ViewerKind } | null };

export type RateBudgetViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type RateBudgetViewer2Query = { viewer: { kind: ViewerKind } | null };

export type RateBudgetViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type RateBudgetViewer3Query = { viewer: { kind: ViewerKind } | null };

export type RateBudgetCampaigns2QueryVariables = Exact<{ [key: string]: never; }>;


export type RateBudgetCampaigns2Query = { campaigns: { edges: Array<{ node: { activities: { edges: Array<{ node: { id: string, district: { name: string } } }> } } }> } };

export type ReachCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReachCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { unit: { id: string } } }> }, services: { totalCount: number, edges: Array<{ node: { unit: { id: string } } }> }, referrals: { totalCount: number }, shelterStays: { totalCount: number }, caseload: { awaitingClosure: number } };

export type ReachCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type ReachCampaignQuery = { campaign: { id: string } };

export type ReachCases2QueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type ReachCases2Query = { cases: { totalCount: number } };

export type ReachServicesQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
  sort?: ServiceSort | null | undefined;
  after?: string | null | undefined;
}>;


export type ReachServicesQuery = { services: { totalCount: number, edges: Array<{ node: { followUpDueOn: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReachReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
}>;


export type ReachReferralsQuery = { referrals: { totalCount: number } };

export type ReachShelterStaysQueryVariables = Exact<{
  filter?: ShelterStayFilter | null | undefined;
}>;


export type ReachShelterStaysQuery = { shelterStays: { totalCount: number } };

export type ReachBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReachBeneficiariesQuery = { beneficiaries: { edges: Array<{ node: { id: string, firstName: string, lastName: string, phone: string | null } }> } };

export type ReachAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type ReachAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, actorName: string | null, entityIds: Array<string> | null } }> } };

export type ReplicasViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasViewerQuery = { viewer: { user: { email: string } | null } | null };

export type ReplicasLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ReplicasLogoutMutation = { logout: { ok: boolean } };

export type ReplicasViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasViewer2Query = { viewer: { kind: ViewerKind } | null };

export type ReplicasViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasViewer3Query = { viewer: { kind: ViewerKind } | null };

export type ReplicasViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasViewer4Query = { viewer: { kind: ViewerKind } | null };

export type ReplicasCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasCampaignsQuery = { campaigns: { edges: Array<{ node: { districts: Array<{ name: string }>, partners: Array<{ partner: { name: string } }> } }> } };

export type ReplicasViewer5QueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasViewer5Query = { viewer: { kind: ViewerKind } | null };

export type RequestErrorsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestErrorsViewerQuery = { viewer: { kind: ViewerKind } | null };

export type RequestErrorsViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type RequestErrorsViewer2Query = { viewer: { kind: ViewerKind } | null };

export type RequestErrorsViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type RequestErrorsViewer3Query = { viewer: { kind: ViewerKind } | null };

export type RequestErrorsViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type RequestErrorsViewer4Query = { viewer: { kind: ViewerKind } | null };

export type RequestErrorsCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestErrorsCampaignsQuery = { campaigns: { edges: Array<{ node: { districts: Array<{ communities: Array<{ district: { communities: Array<{ district: { name: string } }> } }> }> } }> } };

export type SchemaViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaViewerQuery = { viewer: { user: { units: Array<{ id: string }> } | null } | null };

export type SchemaDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaDistrictsQuery = { districts: { edges: Array<{ node: { communities: Array<{ district: { communities: Array<{ district: { communities: Array<{ district: { communities: Array<{ district: { communities: Array<{ id: string }> } }> } }> } }> } }> } }> } };

export type SchemaEightInlineQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaEightInlineQuery = { districts: { edges: Array<{ node: { communities: Array<{ district: { communities: Array<{ district: { name: string } }> } }> } }> } };

export type SchemaEightSpreadQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaEightSpreadQuery = { districts: { edges: Array<{ node: { communities: Array<{ district: { communities: Array<{ district: { name: string } }> } }> } }> } };

export type SchemaDistrictDeepFragment = { communities: Array<{ district: { communities: Array<{ district: { name: string } }> } }> };

export type SchemaCommunityDeepFragment = { district: { communities: Array<{ district: { name: string } }> } };

export type SchemaNineSpreadQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaNineSpreadQuery = { districts: { edges: Array<{ node: { communities: Array<{ district: { communities: Array<{ district: { communities: Array<{ id: string }> } }> } }> } }> } };

export type SchemaDistrictNineFragment = { communities: Array<{ district: { communities: Array<{ district: { communities: Array<{ id: string }> } }> } }> };

export type SchemaCommunityNineFragment = { communities: Array<{ district: { communities: Array<{ id: string }> } }> };

export type SchemaViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaViewer2Query = { viewer: { kind: ViewerKind } | null };

export type SchemaViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaViewer3Query = { viewer: { kind: ViewerKind } | null };

export type Schema__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type Schema__SchemaQuery = { __schema: { queryType: { name: string | null } } };

export type Schema__Schema2QueryVariables = Exact<{ [key: string]: never; }>;


export type Schema__Schema2Query = { __schema: { queryType: { name: string | null } } };

export type SchemaViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaViewer4Query = { viewer: { kind: ViewerKind } | null };

export type SelfAndDenialsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfAndDenialsViewerQuery = { viewer: { user: { id: string, email: string } | null } | null };

export type SelfAndDenialsBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfAndDenialsBeneficiariesQuery = { beneficiaries: { edges: Array<{ node: { code: string, birthYear: number | null, phone: string | null } }> } };

export type SelfAndDenialsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfAndDenialsUsersQuery = { users: { totalCount: number } };

export type SelfAndDenialsStatisticsTableQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfAndDenialsStatisticsTableQuery = { statisticsTable: { minimumCount: number } };

export type SelfAndDenialsUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type SelfAndDenialsUsers2Query = { users: { totalCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageColumnsWomanFragmentDoc = new TypedDocumentString(`
    fragment PageColumnsWoman on Beneficiary {
  id
  code
  firstName
  lastName
  patronymic
  birthYear
  phone
  status
  vulnerabilities
  registeredOn
  erasedAt
  version
  archivedAt
  createdAt
  updatedAt
  community {
    id
  }
  unit {
    id
  }
}
    `, {"fragmentName":"PageColumnsWoman"}) as unknown as TypedDocumentString<PageColumnsWomanFragment, unknown>;
export const PageColumnsServiceFragmentDoc = new TypedDocumentString(`
    fragment PageColumnsService on Service {
  id
  kind
  subtype
  providedOn
  outcome
  followUpDueOn
  followUpDoneAt
  notes
  overdue
  version
  archivedAt
  createdAt
  updatedAt
  beneficiary {
    id
  }
  unit {
    id
  }
}
    `, {"fragmentName":"PageColumnsService"}) as unknown as TypedDocumentString<PageColumnsServiceFragment, unknown>;
export const SchemaCommunityDeepFragmentDoc = new TypedDocumentString(`
    fragment SchemaCommunityDeep on Community {
  district {
    communities {
      district {
        name
      }
    }
  }
}
    `, {"fragmentName":"SchemaCommunityDeep"}) as unknown as TypedDocumentString<SchemaCommunityDeepFragment, unknown>;
export const SchemaDistrictDeepFragmentDoc = new TypedDocumentString(`
    fragment SchemaDistrictDeep on District {
  communities {
    ...SchemaCommunityDeep
  }
}
    fragment SchemaCommunityDeep on Community {
  district {
    communities {
      district {
        name
      }
    }
  }
}`, {"fragmentName":"SchemaDistrictDeep"}) as unknown as TypedDocumentString<SchemaDistrictDeepFragment, unknown>;
export const SchemaCommunityNineFragmentDoc = new TypedDocumentString(`
    fragment SchemaCommunityNine on District {
  communities {
    district {
      communities {
        id
      }
    }
  }
}
    `, {"fragmentName":"SchemaCommunityNine"}) as unknown as TypedDocumentString<SchemaCommunityNineFragment, unknown>;
export const SchemaDistrictNineFragmentDoc = new TypedDocumentString(`
    fragment SchemaDistrictNine on District {
  communities {
    district {
      ...SchemaCommunityNine
    }
  }
}
    fragment SchemaCommunityNine on District {
  communities {
    district {
      communities {
        id
      }
    }
  }
}`, {"fragmentName":"SchemaDistrictNine"}) as unknown as TypedDocumentString<SchemaDistrictNineFragment, unknown>;
export const ArchiveServicesListedDocument = new TypedDocumentString(`
    query ArchiveServicesListed {
  services(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveServicesListedQuery, ArchiveServicesListedQueryVariables>;
export const ArchiveArchiveServiceDocument = new TypedDocumentString(`
    mutation ArchiveArchiveService($id: ID!) {
  archiveService(input: {id: $id}) {
    service {
      id
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveArchiveServiceMutation, ArchiveArchiveServiceMutationVariables>;
export const ArchiveRestoreServiceDocument = new TypedDocumentString(`
    mutation ArchiveRestoreService($id: ID!) {
  restoreService(input: {id: $id}) {
    service {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveRestoreServiceMutation, ArchiveRestoreServiceMutationVariables>;
export const ArchiveArchiveService2Document = new TypedDocumentString(`
    mutation ArchiveArchiveService2($id: ID!) {
  archiveService(input: {id: $id}) {
    service {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveArchiveService2Mutation, ArchiveArchiveService2MutationVariables>;
export const ArchiveArchiveCampaignDocument = new TypedDocumentString(`
    mutation ArchiveArchiveCampaign($id: ID!) {
  archiveCampaign(input: {id: $id}) {
    campaign {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveArchiveCampaignMutation, ArchiveArchiveCampaignMutationVariables>;
export const ArchiveArchiveCampaign2Document = new TypedDocumentString(`
    mutation ArchiveArchiveCampaign2($id: ID!) {
  archiveCampaign(input: {id: $id}) {
    campaign {
      archivedAt
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveArchiveCampaign2Mutation, ArchiveArchiveCampaign2MutationVariables>;
export const ArchiveCampaignsListedDocument = new TypedDocumentString(`
    query ArchiveCampaignsListed {
  campaigns(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveCampaignsListedQuery, ArchiveCampaignsListedQueryVariables>;
export const UserErrorsCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation UserErrorsCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      field
      message
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserErrorsCreateBeneficiaryMutation, UserErrorsCreateBeneficiaryMutationVariables>;
export const UserErrorsUpdateCaseDocument = new TypedDocumentString(`
    mutation UserErrorsUpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    case {
      id
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserErrorsUpdateCaseMutation, UserErrorsUpdateCaseMutationVariables>;
export const UserErrorsCreateSelfHelpGroupDocument = new TypedDocumentString(`
    mutation UserErrorsCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) {
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserErrorsCreateSelfHelpGroupMutation, UserErrorsCreateSelfHelpGroupMutationVariables>;
export const UserErrorsRecordServiceDocument = new TypedDocumentString(`
    mutation UserErrorsRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    service {
      id
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserErrorsRecordServiceMutation, UserErrorsRecordServiceMutationVariables>;
export const UserErrorsChangeCaseRiskDocument = new TypedDocumentString(`
    mutation UserErrorsChangeCaseRisk($input: ChangeCaseRiskInput!) {
  changeCaseRisk(input: $input) {
    case {
      id
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserErrorsChangeCaseRiskMutation, UserErrorsChangeCaseRiskMutationVariables>;
export const ApiKeyApiKeysDocument = new TypedDocumentString(`
    query ApiKeyApiKeys($partnerId: ID) {
  apiKeys(first: 10, filter: {partnerId: $partnerId, includeRevoked: true}) {
    edges {
      node {
        id
        prefix
        scopes
        lastUsedAt
        revokedAt
        partner {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyApiKeysQuery, ApiKeyApiKeysQueryVariables>;
export const ApiKeyViewerDocument = new TypedDocumentString(`
    query ApiKeyViewer {
  viewer {
    kind
    scopes
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewerQuery, ApiKeyViewerQueryVariables>;
export const ApiKeyBeneficiaryDocument = new TypedDocumentString(`
    query ApiKeyBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    code
    firstName
  }
}
    `) as unknown as TypedDocumentString<ApiKeyBeneficiaryQuery, ApiKeyBeneficiaryQueryVariables>;
export const ApiKeyBeneficiariesDocument = new TypedDocumentString(`
    query ApiKeyBeneficiaries {
  beneficiaries(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiKeyBeneficiariesQuery, ApiKeyBeneficiariesQueryVariables>;
export const ApiKeyRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ApiKeyRevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    apiKey {
      revokedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyRevokeApiKeyMutation, ApiKeyRevokeApiKeyMutationVariables>;
export const ApiKeyViewer2Document = new TypedDocumentString(`
    query ApiKeyViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer2Query, ApiKeyViewer2QueryVariables>;
export const ApiKeyArchivePartnerDocument = new TypedDocumentString(`
    mutation ApiKeyArchivePartner($id: ID!) {
  archivePartner(input: {id: $id}) {
    partner {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyArchivePartnerMutation, ApiKeyArchivePartnerMutationVariables>;
export const ApiKeyViewer3Document = new TypedDocumentString(`
    query ApiKeyViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer3Query, ApiKeyViewer3QueryVariables>;
export const ApiKeyViewer4Document = new TypedDocumentString(`
    query ApiKeyViewer4 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer4Query, ApiKeyViewer4QueryVariables>;
export const ApiKeyViewer5Document = new TypedDocumentString(`
    query ApiKeyViewer5 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer5Query, ApiKeyViewer5QueryVariables>;
export const ApiKeyCreatePartnerDocument = new TypedDocumentString(`
    mutation ApiKeyCreatePartner {
  createPartner(input: {name: "Soon archived NGO", kind: NGO}) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyCreatePartnerMutation, ApiKeyCreatePartnerMutationVariables>;
export const ApiKeyArchivePartner2Document = new TypedDocumentString(`
    mutation ApiKeyArchivePartner2($id: ID!) {
  archivePartner(input: {id: $id}) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyArchivePartner2Mutation, ApiKeyArchivePartner2MutationVariables>;
export const ApiKeyCreateApiKeyDocument = new TypedDocumentString(`
    mutation ApiKeyCreateApiKey($id: ID!) {
  createApiKey(input: {partnerId: $id, name: "k", scopes: [READ_CAMPAIGNS]}) {
    apiKey {
      id
    }
    secret
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyCreateApiKeyMutation, ApiKeyCreateApiKeyMutationVariables>;
export const ApiKeyCreateApiKey2Document = new TypedDocumentString(`
    mutation ApiKeyCreateApiKey2($id: ID!) {
  createApiKey(
    input: {partnerId: $id, name: "slow", scopes: [READ_CAMPAIGNS], rateLimitPerMinute: 3}
  ) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ApiKeyCreateApiKey2Mutation, ApiKeyCreateApiKey2MutationVariables>;
export const ApiKeyViewer6Document = new TypedDocumentString(`
    query ApiKeyViewer6 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer6Query, ApiKeyViewer6QueryVariables>;
export const ApiKeyViewer7Document = new TypedDocumentString(`
    query ApiKeyViewer7 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ApiKeyViewer7Query, ApiKeyViewer7QueryVariables>;
export const ServiceRecordServiceDocument = new TypedDocumentString(`
    mutation ServiceRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    service {
      id
      kind
      subtype
      outcome
      providedOn
      followUpDueOn
      followUpDoneAt
      notes
      version
      overdue
      beneficiary {
        id
      }
      unit {
        code
      }
      provider {
        id
        fullName
      }
      case {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceRecordServiceMutation, ServiceRecordServiceMutationVariables>;
export const ServiceUpdateServiceDocument = new TypedDocumentString(`
    mutation ServiceUpdateService($input: UpdateServiceInput!) {
  updateService(input: $input) {
    service {
      id
      kind
      subtype
      outcome
      providedOn
      followUpDueOn
      followUpDoneAt
      notes
      version
      overdue
      beneficiary {
        id
      }
      unit {
        code
      }
      provider {
        id
        fullName
      }
      case {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceUpdateServiceMutation, ServiceUpdateServiceMutationVariables>;
export const ServiceCompleteFollowUpDocument = new TypedDocumentString(`
    mutation ServiceCompleteFollowUp($input: CompleteFollowUpInput!) {
  completeFollowUp(input: $input) {
    service {
      id
      followUpDoneAt
      overdue
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceCompleteFollowUpMutation, ServiceCompleteFollowUpMutationVariables>;
export const ServiceOpenCaseDocument = new TypedDocumentString(`
    mutation ServiceOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceOpenCaseMutation, ServiceOpenCaseMutationVariables>;
export const ServiceCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation ServiceCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceCreateBeneficiaryMutation, ServiceCreateBeneficiaryMutationVariables>;
export const ServiceServiceDocument = new TypedDocumentString(`
    query ServiceService($id: ID!) {
  service(id: $id) {
    notes
  }
}
    `) as unknown as TypedDocumentString<ServiceServiceQuery, ServiceServiceQueryVariables>;
export const ServiceService2Document = new TypedDocumentString(`
    query ServiceService2($id: ID!) {
  service(id: $id) {
    outcome
    notes
    version
  }
}
    `) as unknown as TypedDocumentString<ServiceService2Query, ServiceService2QueryVariables>;
export const ServicesOverdueDocument = new TypedDocumentString(`
    query ServicesOverdue($filter: ServiceFilter) {
  services(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesOverdueQuery, ServicesOverdueQueryVariables>;
export const ServicesMineDocument = new TypedDocumentString(`
    query ServicesMine($filter: ServiceFilter) {
  services(first: 100, filter: $filter) {
    edges {
      node {
        id
        providedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesMineQuery, ServicesMineQueryVariables>;
export const ServicesFirstPageDocument = new TypedDocumentString(`
    query ServicesFirstPage {
  services(first: 1) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        providedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesFirstPageQuery, ServicesFirstPageQueryVariables>;
export const ServicesNextPageDocument = new TypedDocumentString(`
    query ServicesNextPage($after: String) {
  services(first: 100, after: $after) {
    edges {
      node {
        providedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesNextPageQuery, ServicesNextPageQueryVariables>;
export const ServiceCreateBeneficiary2Document = new TypedDocumentString(`
    mutation ServiceCreateBeneficiary2($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceCreateBeneficiary2Mutation, ServiceCreateBeneficiary2MutationVariables>;
export const ServicesFilteredDocument = new TypedDocumentString(`
    query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {
  services(first: 100, filter: $filter, sort: $sort) {
    edges {
      node {
        id
        followUpDueOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesFilteredQuery, ServicesFilteredQueryVariables>;
export const ServiceKindsDocument = new TypedDocumentString(`
    query ServiceKinds {
  serviceKinds {
    kind
    subtypes
  }
}
    `) as unknown as TypedDocumentString<ServiceKindsQuery, ServiceKindsQueryVariables>;
export const ServiceProvidersDocument = new TypedDocumentString(`
    query ServiceProviders($unitId: ID) {
  serviceProviders(unitId: $unitId) {
    id
    fullName
    role
  }
}
    `) as unknown as TypedDocumentString<ServiceProvidersQuery, ServiceProvidersQueryVariables>;
export const ServiceService3Document = new TypedDocumentString(`
    query ServiceService3($id: ID!) {
  service(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ServiceService3Query, ServiceService3QueryVariables>;
export const ServiceService4Document = new TypedDocumentString(`
    query ServiceService4 {
  service(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<ServiceService4Query, ServiceService4QueryVariables>;
export const ServicesOfOtherUnitsDocument = new TypedDocumentString(`
    query ServicesOfOtherUnits {
  services(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicesOfOtherUnitsQuery, ServicesOfOtherUnitsQueryVariables>;
export const ServiceService5Document = new TypedDocumentString(`
    query ServiceService5($id: ID!) {
  service(id: $id) {
    id
    notes
  }
}
    `) as unknown as TypedDocumentString<ServiceService5Query, ServiceService5QueryVariables>;
export const ServiceServicesDocument = new TypedDocumentString(`
    query ServiceServices {
  services(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceServicesQuery, ServiceServicesQueryVariables>;
export const ServiceService6Document = new TypedDocumentString(`
    query ServiceService6($id: ID!) {
  service(id: $id) {
    kind
    notes
  }
}
    `) as unknown as TypedDocumentString<ServiceService6Query, ServiceService6QueryVariables>;
export const ServiceServices2Document = new TypedDocumentString(`
    query ServiceServices2($w: ID!) {
  services(first: 10, filter: {beneficiaryId: $w}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceServices2Query, ServiceServices2QueryVariables>;
export const ServiceServices3Document = new TypedDocumentString(`
    query ServiceServices3($w: ID!) {
  services(first: 1, filter: {beneficiaryId: $w}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ServiceServices3Query, ServiceServices3QueryVariables>;
export const ServiceCaseDocument = new TypedDocumentString(`
    query ServiceCase($id: ID!) {
  case(id: $id) {
    services {
      id
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceCaseQuery, ServiceCaseQueryVariables>;
export const ServiceService7Document = new TypedDocumentString(`
    query ServiceService7($id: ID!) {
  service(id: $id) {
    case {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceService7Query, ServiceService7QueryVariables>;
export const ServiceCase2Document = new TypedDocumentString(`
    query ServiceCase2($id: ID!) {
  case(id: $id) {
    id
    services {
      id
      kind
      subtype
      outcome
      providedOn
      followUpDueOn
      followUpDoneAt
      notes
      version
      overdue
      beneficiary {
        id
      }
      unit {
        code
      }
      provider {
        id
        fullName
      }
      case {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceCase2Query, ServiceCase2QueryVariables>;
export const CaseServiceIdsDocument = new TypedDocumentString(`
    query CaseServiceIds($id: ID!) {
  case(id: $id) {
    services {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaseServiceIdsQuery, CaseServiceIdsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        actorType
        actorId
        actorName
        entityType
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditCreateProgramDocument = new TypedDocumentString(`
    mutation AuditCreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCreateProgramMutation, AuditCreateProgramMutationVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    kind
    user {
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthLogoutDocument = new TypedDocumentString(`
    mutation AuthLogout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<AuthLogoutMutation, AuthLogoutMutationVariables>;
export const AuthUsersDocument = new TypedDocumentString(`
    query AuthUsers {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthUsersQuery, AuthUsersQueryVariables>;
export const AuthArchiveUserDocument = new TypedDocumentString(`
    mutation AuthArchiveUser($input: IdInput!) {
  archiveUser(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthArchiveUserMutation, AuthArchiveUserMutationVariables>;
export const AuthViewer2Document = new TypedDocumentString(`
    query AuthViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<AuthViewer2Query, AuthViewer2QueryVariables>;
export const AuthViewer3Document = new TypedDocumentString(`
    query AuthViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<AuthViewer3Query, AuthViewer3QueryVariables>;
export const AuthBeneficiariesDocument = new TypedDocumentString(`
    query AuthBeneficiaries {
  beneficiaries(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthBeneficiariesQuery, AuthBeneficiariesQueryVariables>;
export const LockoutLoginLocksDocument = new TypedDocumentString(`
    query LockoutLoginLocks {
  loginLocks(first: 50) {
    totalCount
    edges {
      node {
        id
        kind
        account
        address
        failures
        lockedUntil
        user {
          email
          fullName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LockoutLoginLocksQuery, LockoutLoginLocksQueryVariables>;
export const LockoutLiftLoginLockDocument = new TypedDocumentString(`
    mutation LockoutLiftLoginLock($input: IdInput!) {
  liftLoginLock(input: $input) {
    lock {
      id
      failures
      lockedUntil
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LockoutLiftLoginLockMutation, LockoutLiftLoginLockMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    step
    viewer {
      user {
        email
      }
      session {
        mfa
        enrolmentRequired
      }
    }
    mfaChallenge {
      token
      expiresAt
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const VerifyDocument = new TypedDocumentString(`
    mutation Verify($input: VerifyMfaInput!) {
  verifyMfa(input: $input) {
    step
    viewer {
      user {
        email
      }
      session {
        mfa
        enrolmentRequired
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyMutation, VerifyMutationVariables>;
export const BeginDocument = new TypedDocumentString(`
    mutation Begin($input: BeginMfaEnrolmentInput!) {
  beginMfaEnrolment(input: $input) {
    enrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BeginMutation, BeginMutationVariables>;
export const ConfirmDocument = new TypedDocumentString(`
    mutation Confirm($input: MfaCodeInput!) {
  confirmMfaEnrolment(input: $input) {
    recoveryCodes
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmMutation, ConfirmMutationVariables>;
export const DisableDocument = new TypedDocumentString(`
    mutation Disable($input: MfaCodeInput!) {
  disableMfa(input: $input) {
    ok
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<DisableMutation, DisableMutationVariables>;
export const ResetDocument = new TypedDocumentString(`
    mutation Reset($input: IdInput!) {
  resetUserMfa(input: $input) {
    user {
      id
      mfaEnabled
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResetMutation, ResetMutationVariables>;
export const MfaViewerDocument = new TypedDocumentString(`
    query MfaViewer {
  viewer {
    session {
      mfa
      enrolmentRequired
    }
    mfa {
      enabled
      required
      enabledAt
      recoveryCodesLeft
    }
  }
}
    `) as unknown as TypedDocumentString<MfaViewerQuery, MfaViewerQueryVariables>;
export const MfaCasesDocument = new TypedDocumentString(`
    query MfaCases {
  cases(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MfaCasesQuery, MfaCasesQueryVariables>;
export const MfaViewer2Document = new TypedDocumentString(`
    query MfaViewer2 {
  viewer {
    kind
    session {
      mfa
    }
    mfa {
      enabled
    }
  }
  campaigns(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MfaViewer2Query, MfaViewer2QueryVariables>;
export const BeneficiaryBeneficiariesDocument = new TypedDocumentString(`
    query BeneficiaryBeneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort) {
  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      cursor
      node {
        id
        code
        firstName
        lastName
        version
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiariesQuery, BeneficiaryBeneficiariesQueryVariables>;
export const BeneficiaryCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation BeneficiaryCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      code
      firstName
      lastName
      phone
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryCreateBeneficiaryMutation, BeneficiaryCreateBeneficiaryMutationVariables>;
export const BeneficiaryUpdateBeneficiaryDocument = new TypedDocumentString(`
    mutation BeneficiaryUpdateBeneficiary($input: UpdateBeneficiaryInput!) {
  updateBeneficiary(input: $input) {
    beneficiary {
      id
      firstName
      phone
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryUpdateBeneficiaryMutation, BeneficiaryUpdateBeneficiaryMutationVariables>;
export const BeneficiaryBeneficiaryDocument = new TypedDocumentString(`
    query BeneficiaryBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    phone
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiaryQuery, BeneficiaryBeneficiaryQueryVariables>;
export const BeneficiaryArchiveBeneficiaryDocument = new TypedDocumentString(`
    mutation BeneficiaryArchiveBeneficiary($id: ID!) {
  archiveBeneficiary(input: {id: $id}) {
    beneficiary {
      archivedAt
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryArchiveBeneficiaryMutation, BeneficiaryArchiveBeneficiaryMutationVariables>;
export const BeneficiaryRestoreBeneficiaryDocument = new TypedDocumentString(`
    mutation BeneficiaryRestoreBeneficiary($id: ID!) {
  restoreBeneficiary(input: {id: $id}) {
    beneficiary {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryRestoreBeneficiaryMutation, BeneficiaryRestoreBeneficiaryMutationVariables>;
export const BeneficiaryBeneficiary2Document = new TypedDocumentString(`
    query BeneficiaryBeneficiary2($id: ID!) {
  beneficiary(id: $id) {
    code
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiary2Query, BeneficiaryBeneficiary2QueryVariables>;
export const BeneficiaryBeneficiary3Document = new TypedDocumentString(`
    query BeneficiaryBeneficiary3($id: ID!) {
  beneficiary(id: $id) {
    code
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiary3Query, BeneficiaryBeneficiary3QueryVariables>;
export const BeneficiaryBeneficiary4Document = new TypedDocumentString(`
    query BeneficiaryBeneficiary4($id: ID!) {
  beneficiary(id: $id) {
    code
    firstName
    community {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiary4Query, BeneficiaryBeneficiary4QueryVariables>;
export const BeneficiaryBeneficiary5Document = new TypedDocumentString(`
    query BeneficiaryBeneficiary5 {
  beneficiary(id: "not-a-uuid") {
    code
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiary5Query, BeneficiaryBeneficiary5QueryVariables>;
export const BeneficiaryBeneficiaries2Document = new TypedDocumentString(`
    query BeneficiaryBeneficiaries2($first: Int!) {
  beneficiaries(first: $first) {
    edges {
      node {
        code
        unit {
          code
        }
        community {
          name
          district {
            name
            communities {
              name
            }
          }
        }
        programs {
          code
          indicators {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BeneficiaryBeneficiaries2Query, BeneficiaryBeneficiaries2QueryVariables>;
export const DuplicatesCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation DuplicatesCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      code
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicatesCreateBeneficiaryMutation, DuplicatesCreateBeneficiaryMutationVariables>;
export const DuplicatesBeneficiaryDuplicatesDocument = new TypedDocumentString(`
    query DuplicatesBeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) {
  beneficiaryDuplicates(input: $input) {
    reasons
    beneficiary {
      id
      code
      firstName
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicatesBeneficiaryDuplicatesQuery, DuplicatesBeneficiaryDuplicatesQueryVariables>;
export const DuplicatesBeneficiaryDuplicates2Document = new TypedDocumentString(`
    query DuplicatesBeneficiaryDuplicates2($input: BeneficiaryDuplicateInput!) {
  beneficiaryDuplicates(input: $input) {
    beneficiary {
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicatesBeneficiaryDuplicates2Query, DuplicatesBeneficiaryDuplicates2QueryVariables>;
export const DuplicatesBeneficiariesDocument = new TypedDocumentString(`
    query DuplicatesBeneficiaries($search: String!) {
  beneficiaries(first: 20, filter: {search: $search}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicatesBeneficiariesQuery, DuplicatesBeneficiariesQueryVariables>;
export const ErasureCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation ErasureCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      code
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureCreateBeneficiaryMutation, ErasureCreateBeneficiaryMutationVariables>;
export const ErasureOpenCaseDocument = new TypedDocumentString(`
    mutation ErasureOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureOpenCaseMutation, ErasureOpenCaseMutationVariables>;
export const ErasureRecordIncidentDocument = new TypedDocumentString(`
    mutation ErasureRecordIncident($input: RecordIncidentInput!) {
  recordIncident(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureRecordIncidentMutation, ErasureRecordIncidentMutationVariables>;
export const ErasureRecordConsentDocument = new TypedDocumentString(`
    mutation ErasureRecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureRecordConsentMutation, ErasureRecordConsentMutationVariables>;
export const ErasureMakeReferralDocument = new TypedDocumentString(`
    mutation ErasureMakeReferral($input: MakeReferralInput!) {
  makeReferral(input: $input) {
    referral {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureMakeReferralMutation, ErasureMakeReferralMutationVariables>;
export const ErasureEraseBeneficiaryDocument = new TypedDocumentString(`
    mutation ErasureEraseBeneficiary($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    beneficiary {
      code
      erasedAt
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureEraseBeneficiaryMutation, ErasureEraseBeneficiaryMutationVariables>;
export const ErasureBeneficiariesDocument = new TypedDocumentString(`
    query ErasureBeneficiaries {
  beneficiaries(first: 5, filter: {search: "Тестерасова"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErasureBeneficiariesQuery, ErasureBeneficiariesQueryVariables>;
export const ErasureEraseBeneficiary2Document = new TypedDocumentString(`
    mutation ErasureEraseBeneficiary2($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureEraseBeneficiary2Mutation, ErasureEraseBeneficiary2MutationVariables>;
export const ErasureCreateBeneficiary2Document = new TypedDocumentString(`
    mutation ErasureCreateBeneficiary2($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureCreateBeneficiary2Mutation, ErasureCreateBeneficiary2MutationVariables>;
export const ErasureEraseBeneficiary3Document = new TypedDocumentString(`
    mutation ErasureEraseBeneficiary3($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureEraseBeneficiary3Mutation, ErasureEraseBeneficiary3MutationVariables>;
export const PhoneCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      code
      phone
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PhoneCreateBeneficiaryMutation, PhoneCreateBeneficiaryMutationVariables>;
export const PhoneBeneficiariesDocument = new TypedDocumentString(`
    query PhoneBeneficiaries($phone: String!) {
  beneficiaries(first: 10, filter: {phone: $phone}) {
    totalCount
    edges {
      node {
        id
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PhoneBeneficiariesQuery, PhoneBeneficiariesQueryVariables>;
export const PhoneBeneficiaryDocument = new TypedDocumentString(`
    query PhoneBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    phone
  }
}
    `) as unknown as TypedDocumentString<PhoneBeneficiaryQuery, PhoneBeneficiaryQueryVariables>;
export const PhoneUpdateBeneficiaryDocument = new TypedDocumentString(`
    mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) {
  updateBeneficiary(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PhoneUpdateBeneficiaryMutation, PhoneUpdateBeneficiaryMutationVariables>;
export const PhoneEraseBeneficiaryDocument = new TypedDocumentString(`
    mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PhoneEraseBeneficiaryMutation, PhoneEraseBeneficiaryMutationVariables>;
export const CaseloadOpenCaseDocument = new TypedDocumentString(`
    mutation CaseloadOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadOpenCaseMutation, CaseloadOpenCaseMutationVariables>;
export const CaseloadCaseloadDocument = new TypedDocumentString(`
    query CaseloadCaseload {
  caseload {
    myOpenCasesByRisk {
      key
      count
    }
    awaitingClosure
  }
}
    `) as unknown as TypedDocumentString<CaseloadCaseloadQuery, CaseloadCaseloadQueryVariables>;
export const CaseloadCaseload2Document = new TypedDocumentString(`
    query CaseloadCaseload2 {
  caseload {
    myOpenCasesByRisk {
      key
      count
    }
    overdueFollowUps
    awaitingClosure
  }
}
    `) as unknown as TypedDocumentString<CaseloadCaseload2Query, CaseloadCaseload2QueryVariables>;
export const CaseloadAssistanceCounts2Document = new TypedDocumentString(`
    query CaseloadAssistanceCounts2 {
  assistanceCounts(from: "2000-01-01", to: "2100-12-31") {
    casesOpenedByRisk {
      key
      count
    }
    minimumCount
  }
}
    `) as unknown as TypedDocumentString<CaseloadAssistanceCounts2Query, CaseloadAssistanceCounts2QueryVariables>;
export const CaseloadCasesDocument = new TypedDocumentString(`
    query CaseloadCases {
  cases(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CaseloadCasesQuery, CaseloadCasesQueryVariables>;
export const CaseloadAssistanceCounts3Document = new TypedDocumentString(`
    query CaseloadAssistanceCounts3 {
  assistanceCounts(from: "2026-12-31", to: "2026-01-01") {
    shelterAdmissions
  }
}
    `) as unknown as TypedDocumentString<CaseloadAssistanceCounts3Query, CaseloadAssistanceCounts3QueryVariables>;
export const CaseloadAssistanceCountsDocument = new TypedDocumentString(`
    query CaseloadAssistanceCounts {
  assistanceCounts(from: "2021-01-01", to: "2025-12-31") {
    servicesByKind {
      key
      count
      suppressed
    }
    minimumCount
  }
}
    `) as unknown as TypedDocumentString<CaseloadAssistanceCountsQuery, CaseloadAssistanceCountsQueryVariables>;
export const FloorAssistanceCountsDocument = new TypedDocumentString(`
    query FloorAssistanceCounts($from: String!, $to: String!) {
  assistanceCounts(from: $from, to: $to) {
    servicesByKind {
      key
      count
      suppressed
    }
    shelterAdmissions
    shelterAdmissionsSuppressed
    minimumCount
  }
}
    `) as unknown as TypedDocumentString<FloorAssistanceCountsQuery, FloorAssistanceCountsQueryVariables>;
export const CaseHistoryOpenCaseDocument = new TypedDocumentString(`
    mutation CaseHistoryOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryOpenCaseMutation, CaseHistoryOpenCaseMutationVariables>;
export const CaseHistoryChangeRiskDocument = new TypedDocumentString(`
    mutation CaseHistoryChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {
  changeCaseRisk(
    input: {id: $id, version: $version, reason: $reason, level: $level}
  ) {
    case {
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryChangeRiskMutation, CaseHistoryChangeRiskMutationVariables>;
export const CaseHistoryRequestClosureDocument = new TypedDocumentString(`
    mutation CaseHistoryRequestClosure($id: ID!, $version: Int!, $reason: String!) {
  requestCaseClosure(input: {id: $id, version: $version, reason: $reason}) {
    case {
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryRequestClosureMutation, CaseHistoryRequestClosureMutationVariables>;
export const CaseHistoryDecideClosureDocument = new TypedDocumentString(`
    mutation CaseHistoryDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {
  decideCaseClosure(
    input: {id: $id, version: $version, reason: $reason, approve: $approve}
  ) {
    case {
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryDecideClosureMutation, CaseHistoryDecideClosureMutationVariables>;
export const CaseHistoryReopenDocument = new TypedDocumentString(`
    mutation CaseHistoryReopen($id: ID!, $version: Int!, $reason: String!) {
  reopenCase(input: {id: $id, version: $version, reason: $reason}) {
    case {
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryReopenMutation, CaseHistoryReopenMutationVariables>;
export const CaseHistoryCaseDocument = new TypedDocumentString(`
    query CaseHistoryCase($id: ID!) {
  case(id: $id) {
    status
    closureDecision
    closureReason
    closureDecisionReason
    closureRequestedBy {
      id
      fullName
    }
    closureDecidedBy {
      id
      fullName
    }
    riskHistory {
      previousLevel
      level
      reason
      changedBy {
        id
        fullName
        role
      }
    }
    closureHistory {
      step
      reason
      takenBy {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseHistoryCaseQuery, CaseHistoryCaseQueryVariables>;
export const CasesByStageDocument = new TypedDocumentString(`
    query CasesByStage($stage: CaseStage!, $unitId: ID) {
  cases(first: 100, filter: {stage: $stage, unitId: $unitId}) {
    totalCount
    edges {
      node {
        id
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesByStageQuery, CasesByStageQueryVariables>;
export const CaseWorkersDocument = new TypedDocumentString(`
    query CaseWorkers($unitId: ID) {
  caseWorkers(first: 100, filter: {unitId: $unitId}) {
    totalCount
    edges {
      node {
        id
        fullName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseWorkersQuery, CaseWorkersQueryVariables>;
export const OpenForNotesDocument = new TypedDocumentString(`
    mutation OpenForNotes($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OpenForNotesMutation, OpenForNotesMutationVariables>;
export const AddNoteDocument = new TypedDocumentString(`
    mutation AddNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) {
    case {
      id
      caseNotes {
        text
        writtenBy {
          id
          fullName
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<AddNoteMutation, AddNoteMutationVariables>;
export const CaseNotesDocument = new TypedDocumentString(`
    query CaseNotes($id: ID!) {
  case(id: $id) {
    caseNotes {
      id
      text
      writtenAt
      writtenBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseNotesQuery, CaseNotesQueryVariables>;
export const EraseForNotesDocument = new TypedDocumentString(`
    mutation EraseForNotes($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EraseForNotesMutation, EraseForNotesMutationVariables>;
export const CaseOpenCaseDocument = new TypedDocumentString(`
    mutation CaseOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
      status
      stage
      riskLevel
      plan
      version
      caseWorker {
        fullName
      }
      riskHistory {
        previousLevel
        level
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseOpenCaseMutation, CaseOpenCaseMutationVariables>;
export const CaseRecordIncidentDocument = new TypedDocumentString(`
    mutation CaseRecordIncident($input: RecordIncidentInput!) {
  recordIncident(input: $input) {
    incident {
      id
      gbvType
      narrative
      perpetratorDetails
      reportingDelay
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRecordIncidentMutation, CaseRecordIncidentMutationVariables>;
export const CaseChangeRiskDocument = new TypedDocumentString(`
    mutation CaseChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {
  changeCaseRisk(
    input: {id: $id, version: $version, reason: $reason, level: $level}
  ) {
    case {
      status
      stage
      riskLevel
      closureDecision
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseChangeRiskMutation, CaseChangeRiskMutationVariables>;
export const CaseRequestClosureDocument = new TypedDocumentString(`
    mutation CaseRequestClosure($id: ID!, $version: Int!, $reason: String!) {
  requestCaseClosure(input: {id: $id, version: $version, reason: $reason}) {
    case {
      status
      stage
      riskLevel
      closureDecision
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRequestClosureMutation, CaseRequestClosureMutationVariables>;
export const CaseDecideClosureDocument = new TypedDocumentString(`
    mutation CaseDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {
  decideCaseClosure(
    input: {id: $id, version: $version, reason: $reason, approve: $approve}
  ) {
    case {
      status
      stage
      riskLevel
      closureDecision
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDecideClosureMutation, CaseDecideClosureMutationVariables>;
export const CaseReopenDocument = new TypedDocumentString(`
    mutation CaseReopen($id: ID!, $version: Int!, $reason: String!) {
  reopenCase(input: {id: $id, version: $version, reason: $reason}) {
    case {
      status
      stage
      riskLevel
      closureDecision
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseReopenMutation, CaseReopenMutationVariables>;
export const CaseCaseDocument = new TypedDocumentString(`
    query CaseCase($id: ID!) {
  case(id: $id) {
    riskLevel
    incidents {
      gbvType
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCaseQuery, CaseCaseQueryVariables>;
export const CaseIncidentDocument = new TypedDocumentString(`
    query CaseIncident($id: ID!) {
  incident(id: $id) {
    gbvType
  }
}
    `) as unknown as TypedDocumentString<CaseIncidentQuery, CaseIncidentQueryVariables>;
export const CaseCase2Document = new TypedDocumentString(`
    query CaseCase2($id: ID!) {
  case(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseCase2Query, CaseCase2QueryVariables>;
export const CaseCase3Document = new TypedDocumentString(`
    query CaseCase3 {
  case(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseCase3Query, CaseCase3QueryVariables>;
export const CaseCases5Document = new TypedDocumentString(`
    query CaseCases5 {
  cases(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCases5Query, CaseCases5QueryVariables>;
export const CaseCase4Document = new TypedDocumentString(`
    query CaseCase4($id: ID!) {
  case(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseCase4Query, CaseCase4QueryVariables>;
export const CaseBeneficiaryDocument = new TypedDocumentString(`
    query CaseBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    code
    lastName
  }
}
    `) as unknown as TypedDocumentString<CaseBeneficiaryQuery, CaseBeneficiaryQueryVariables>;
export const CaseUpdateCaseDocument = new TypedDocumentString(`
    mutation CaseUpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    case {
      stage
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseUpdateCaseMutation, CaseUpdateCaseMutationVariables>;
export const CaseCase5Document = new TypedDocumentString(`
    query CaseCase5($id: ID!) {
  case(id: $id) {
    riskHistory {
      previousLevel
      level
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCase5Query, CaseCase5QueryVariables>;
export const CaseCases3Document = new TypedDocumentString(`
    query CaseCases3 {
  cases(first: 100, filter: {closureDecision: REQUESTED}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCases3Query, CaseCases3QueryVariables>;
export const CaseCases4Document = new TypedDocumentString(`
    query CaseCases4 {
  cases(
    first: 100
    filter: {mine: true, status: OPEN}
    sort: {field: RISK, direction: DESC}
  ) {
    edges {
      node {
        riskLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCases4Query, CaseCases4QueryVariables>;
export const CaseCase6Document = new TypedDocumentString(`
    query CaseCase6($id: ID!) {
  case(id: $id) {
    plan
  }
}
    `) as unknown as TypedDocumentString<CaseCase6Query, CaseCase6QueryVariables>;
export const CampaignCreateCampaignDocument = new TypedDocumentString(`
    mutation CampaignCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    campaign {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCreateCampaignMutation, CampaignCreateCampaignMutationVariables>;
export const CampaignReportCampaignActivityDocument = new TypedDocumentString(`
    mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {
  reportCampaignActivity(input: $input) {
    activity {
      id
      version
      heldOn
      reached
      reportedByNk
      reportedBy {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignReportCampaignActivityMutation, CampaignReportCampaignActivityMutationVariables>;
export const CampaignCorrectCampaignActivityDocument = new TypedDocumentString(`
    mutation CampaignCorrectCampaignActivity($input: CorrectCampaignActivityInput!) {
  correctCampaignActivity(input: $input) {
    activity {
      id
      version
      title
      womenUnder18
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCorrectCampaignActivityMutation, CampaignCorrectCampaignActivityMutationVariables>;
export const CampaignCampaignDocument = new TypedDocumentString(`
    query CampaignCampaign($id: ID!) {
  campaign(id: $id) {
    totals {
      overall {
        activities
        women
        men
        total
      }
      materials
      byDistrict {
        district {
          id
        }
        activities
        women
        men
        total
      }
      bySex {
        sex
        reached
      }
      byAgeBand {
        ageBand
        women
        men
        total
      }
      byMonth {
        month
        activities
        women
        men
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaignQuery, CampaignCampaignQueryVariables>;
export const CampaignSetCampaignPartnersDocument = new TypedDocumentString(`
    mutation CampaignSetCampaignPartners($input: SetCampaignPartnersInput!) {
  setCampaignPartners(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignSetCampaignPartnersMutation, CampaignSetCampaignPartnersMutationVariables>;
export const CampaignCampaign3Document = new TypedDocumentString(`
    query CampaignCampaign3($id: ID!) {
  campaign(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaign3Query, CampaignCampaign3QueryVariables>;
export const CampaignCampaignsDocument = new TypedDocumentString(`
    query CampaignCampaigns {
  campaigns(first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaignsQuery, CampaignCampaignsQueryVariables>;
export const CampaignCampaigns2Document = new TypedDocumentString(`
    query CampaignCampaigns2 {
  campaigns(first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaigns2Query, CampaignCampaigns2QueryVariables>;
export const CampaignCampaign4Document = new TypedDocumentString(`
    query CampaignCampaign4($id: ID!) {
  campaign(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaign4Query, CampaignCampaign4QueryVariables>;
export const CampaignCampaign5Document = new TypedDocumentString(`
    query CampaignCampaign5($id: ID!) {
  campaign(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaign5Query, CampaignCampaign5QueryVariables>;
export const CampaignCampaigns3Document = new TypedDocumentString(`
    query CampaignCampaigns3 {
  campaigns(first: 50) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaigns3Query, CampaignCampaigns3QueryVariables>;
export const CampaignCampaign2Document = new TypedDocumentString(`
    query CampaignCampaign2($id: ID!) {
  campaign(id: $id) {
    partners {
      role
      partner {
        id
        name
        acronym
        kind
        contactEmail
        districts {
          name
        }
      }
    }
    activities(first: 100) {
      totalCount
      edges {
        node {
          title
          reportedByNk
          reportedBy {
            id
          }
          district {
            name
          }
          community {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCampaign2Query, CampaignCampaign2QueryVariables>;
export const CampaignCreateForumDocument = new TypedDocumentString(`
    mutation CampaignCreateForum($input: CreateForumInput!) {
  createForum(input: $input) {
    forum {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignCreateForumMutation, CampaignCreateForumMutationVariables>;
export const CampaignForumDocument = new TypedDocumentString(`
    query CampaignForum($id: ID!) {
  forum(id: $id) {
    title
    campaign {
      id
    }
    partners {
      role
      partner {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignForumQuery, CampaignForumQueryVariables>;
export const CampaignForums2Document = new TypedDocumentString(`
    query CampaignForums2 {
  forums(first: 10) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignForums2Query, CampaignForums2QueryVariables>;
export const CampaignForums3Document = new TypedDocumentString(`
    query CampaignForums3 {
  forums(first: 10) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignForums3Query, CampaignForums3QueryVariables>;
export const CampaignForums4Document = new TypedDocumentString(`
    query CampaignForums4 {
  forums(first: 10, filter: {from: "2026-01-20", to: "2026-01-20"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignForums4Query, CampaignForums4QueryVariables>;
export const CampaignForums5Document = new TypedDocumentString(`
    query CampaignForums5 {
  forums(first: 10, filter: {from: "soon"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignForums5Query, CampaignForums5QueryVariables>;
export const CampaignForum2Document = new TypedDocumentString(`
    query CampaignForum2($id: ID!) {
  forum(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CampaignForum2Query, CampaignForum2QueryVariables>;
export const CampaignForum3Document = new TypedDocumentString(`
    query CampaignForum3($id: ID!) {
  forum(id: $id) {
    campaign {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignForum3Query, CampaignForum3QueryVariables>;
export const CampaignUpdateCampaignDocument = new TypedDocumentString(`
    mutation CampaignUpdateCampaign($input: UpdateCampaignInput!) {
  updateCampaign(input: $input) {
    campaign {
      id
      version
      startsOn
      endsOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignUpdateCampaignMutation, CampaignUpdateCampaignMutationVariables>;
export const CampaignSetPartnersDocument = new TypedDocumentString(`
    mutation CampaignSetPartners($input: SetCampaignPartnersInput!) {
  setCampaignPartners(input: $input) {
    campaign {
      id
      version
      partners {
        role
        partner {
          id
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignSetPartnersMutation, CampaignSetPartnersMutationVariables>;
export const CampaignSetDistrictsDocument = new TypedDocumentString(`
    mutation CampaignSetDistricts($input: SetCampaignDistrictsInput!) {
  setCampaignDistricts(input: $input) {
    campaign {
      id
      version
      districts {
        id
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignSetDistrictsMutation, CampaignSetDistrictsMutationVariables>;
export const CampaignEditReadDocument = new TypedDocumentString(`
    query CampaignEditRead($id: ID!) {
  campaign(id: $id) {
    id
    version
    title
    startsOn
    endsOn
    archivedAt
    districts {
      id
    }
    partners {
      role
      partner {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignEditReadQuery, CampaignEditReadQueryVariables>;
export const CampaignEditListedDocument = new TypedDocumentString(`
    query CampaignEditListed($archived: Boolean) {
  campaigns(first: 100, filter: {archived: $archived}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignEditListedQuery, CampaignEditListedQueryVariables>;
export const CampaignEditArchiveDocument = new TypedDocumentString(`
    mutation CampaignEditArchive($id: ID!) {
  archiveCampaign(input: {id: $id}) {
    campaign {
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignEditArchiveMutation, CampaignEditArchiveMutationVariables>;
export const CampaignEditRestoreDocument = new TypedDocumentString(`
    mutation CampaignEditRestore($id: ID!) {
  restoreCampaign(input: {id: $id}) {
    campaign {
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignEditRestoreMutation, CampaignEditRestoreMutationVariables>;
export const CouncilCreateCoalitionDocument = new TypedDocumentString(`
    mutation CouncilCreateCoalition {
  createCoalition(input: {name: "National Coalition of Women"}) {
    coalition {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilCreateCoalitionMutation, CouncilCreateCoalitionMutationVariables>;
export const CouncilCreateCoalition2Document = new TypedDocumentString(`
    mutation CouncilCreateCoalition2 {
  createCoalition(input: {name: "national coalition of women"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilCreateCoalition2Mutation, CouncilCreateCoalition2MutationVariables>;
export const CouncilCreateCouncilDocument = new TypedDocumentString(`
    mutation CouncilCreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    council {
      id
      version
      name
      chairedByNk
      chairPartner {
        id
      }
      members {
        joinedOn
        leftOn
        partner {
          id
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilCreateCouncilMutation, CouncilCreateCouncilMutationVariables>;
export const CouncilByIdDocument = new TypedDocumentString(`
    query CouncilById($id: ID!) {
  council(id: $id) {
    id
    version
    name
    region
    chairedByNk
    coalition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilByIdQuery, CouncilByIdQueryVariables>;
export const CouncilAddCouncilMemberDocument = new TypedDocumentString(`
    mutation CouncilAddCouncilMember($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    council {
      id
      version
      name
      chairedByNk
      chairPartner {
        id
      }
      members {
        joinedOn
        leftOn
        partner {
          id
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilAddCouncilMemberMutation, CouncilAddCouncilMemberMutationVariables>;
export const CouncilRemoveCouncilMemberDocument = new TypedDocumentString(`
    mutation CouncilRemoveCouncilMember($input: RemoveCouncilMemberInput!) {
  removeCouncilMember(input: $input) {
    council {
      id
      version
      name
      chairedByNk
      chairPartner {
        id
      }
      members {
        joinedOn
        leftOn
        partner {
          id
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilRemoveCouncilMemberMutation, CouncilRemoveCouncilMemberMutationVariables>;
export const CouncilUpdateCouncilDocument = new TypedDocumentString(`
    mutation CouncilUpdateCouncil($input: UpdateCouncilInput!) {
  updateCouncil(input: $input) {
    council {
      id
      version
      name
      chairedByNk
      chairPartner {
        id
      }
      members {
        joinedOn
        leftOn
        partner {
          id
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilUpdateCouncilMutation, CouncilUpdateCouncilMutationVariables>;
export const CouncilCoalitionDocument = new TypedDocumentString(`
    query CouncilCoalition($id: ID!) {
  coalition(id: $id) {
    name
    councils {
      name
      members {
        partner {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilCoalitionQuery, CouncilCoalitionQueryVariables>;
export const CouncilSetPartnerDistrictsDocument = new TypedDocumentString(`
    mutation CouncilSetPartnerDistricts($input: SetPartnerDistrictsInput!) {
  setPartnerDistricts(input: $input) {
    partner {
      districts {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilSetPartnerDistrictsMutation, CouncilSetPartnerDistrictsMutationVariables>;
export const CouncilPartnerDocument = new TypedDocumentString(`
    query CouncilPartner($id: ID!) {
  partner(id: $id) {
    districts {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilPartnerQuery, CouncilPartnerQueryVariables>;
export const CouncilPartnersInDistrictDocument = new TypedDocumentString(`
    query CouncilPartnersInDistrict($districtId: ID!) {
  partners(first: 100, filter: {districtId: $districtId}) {
    totalCount
    edges {
      node {
        id
        districts {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilPartnersInDistrictQuery, CouncilPartnersInDistrictQueryVariables>;
export const CommunityFiguresCreateSelfHelpGroupDocument = new TypedDocumentString(`
    mutation CommunityFiguresCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresCreateSelfHelpGroupMutation, CommunityFiguresCreateSelfHelpGroupMutationVariables>;
export const CommunityFiguresChangeGroupStageDocument = new TypedDocumentString(`
    mutation CommunityFiguresChangeGroupStage($input: ChangeGroupStageInput!) {
  changeGroupStage(input: $input) {
    selfHelpGroup {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresChangeGroupStageMutation, CommunityFiguresChangeGroupStageMutationVariables>;
export const CommunityFiguresAddGroupMemberDocument = new TypedDocumentString(`
    mutation CommunityFiguresAddGroupMember($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) {
    membership {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresAddGroupMemberMutation, CommunityFiguresAddGroupMemberMutationVariables>;
export const CommunityFiguresRemoveGroupMemberDocument = new TypedDocumentString(`
    mutation CommunityFiguresRemoveGroupMember($input: RemoveGroupMemberInput!) {
  removeGroupMember(input: $input) {
    membership {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresRemoveGroupMemberMutation, CommunityFiguresRemoveGroupMemberMutationVariables>;
export const CommunityFiguresRecordAdvocacyActionDocument = new TypedDocumentString(`
    mutation CommunityFiguresRecordAdvocacyAction($input: RecordAdvocacyActionInput!) {
  recordAdvocacyAction(input: $input) {
    advocacyAction {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresRecordAdvocacyActionMutation, CommunityFiguresRecordAdvocacyActionMutationVariables>;
export const CommunityFiguresUpdateAdvocacyActionDocument = new TypedDocumentString(`
    mutation CommunityFiguresUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) {
  updateAdvocacyAction(input: $input) {
    advocacyAction {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresUpdateAdvocacyActionMutation, CommunityFiguresUpdateAdvocacyActionMutationVariables>;
export const CommunityFiguresCreateSupportServiceDocument = new TypedDocumentString(`
    mutation CommunityFiguresCreateSupportService($input: CreateSupportServiceInput!) {
  createSupportService(input: $input) {
    supportService {
      id
      name
      kind
      contacts
      openingHours
      offers
      version
      community {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresCreateSupportServiceMutation, CommunityFiguresCreateSupportServiceMutationVariables>;
export const CommunityFiguresUpdateSupportServiceDocument = new TypedDocumentString(`
    mutation CommunityFiguresUpdateSupportService($input: UpdateSupportServiceInput!) {
  updateSupportService(input: $input) {
    supportService {
      id
      name
      openingHours
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresUpdateSupportServiceMutation, CommunityFiguresUpdateSupportServiceMutationVariables>;
export const CommunityFiguresRecordSupportServiceActivityDocument = new TypedDocumentString(`
    mutation CommunityFiguresRecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) {
  recordSupportServiceActivity(input: $input) {
    activity {
      month
      peopleHelped
    }
    supportService {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresRecordSupportServiceActivityMutation, CommunityFiguresRecordSupportServiceActivityMutationVariables>;
export const CommunityFiguresCommunityFiguresDocument = new TypedDocumentString(`
    query CommunityFiguresCommunityFigures($from: String!, $to: String!) {
  communityFigures(from: $from, to: $to) {
    from
    to
    groupsByStage {
      stage
      count
    }
    autonomousGroups
    membersPerGroup {
      group {
        id
        name
      }
      members
    }
    advocacyActionsByResult {
      result
      count
    }
    supportServicePeopleHelped
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresCommunityFiguresQuery, CommunityFiguresCommunityFiguresQueryVariables>;
export const CommunityFiguresCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation CommunityFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresCreateBeneficiaryMutation, CommunityFiguresCreateBeneficiaryMutationVariables>;
export const CommunityFiguresSupportServicesDocument = new TypedDocumentString(`
    query CommunityFiguresSupportServices($filter: SupportServiceFilter) {
  supportServices(first: 100, filter: $filter) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresSupportServicesQuery, CommunityFiguresSupportServicesQueryVariables>;
export const CommunityFiguresSupportServiceDocument = new TypedDocumentString(`
    query CommunityFiguresSupportService($id: ID!) {
  supportService(id: $id) {
    name
    contacts
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresSupportServiceQuery, CommunityFiguresSupportServiceQueryVariables>;
export const CommunityFiguresSupportService2Document = new TypedDocumentString(`
    query CommunityFiguresSupportService2($id: ID!) {
  supportService(id: $id) {
    y2019: activity(from: "2019-01", to: "2019-12") {
      month
      peopleHelped
    }
    all: activity {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresSupportService2Query, CommunityFiguresSupportService2QueryVariables>;
export const CommunityFiguresCommunityFigures2Document = new TypedDocumentString(`
    query CommunityFiguresCommunityFigures2 {
  communityFigures(from: "2019-01-01", to: "2019-12-31") {
    membersPerGroup {
      members
      group {
        members {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresCommunityFigures2Query, CommunityFiguresCommunityFigures2QueryVariables>;
export const CommunityFiguresSelfHelpGroupsDocument = new TypedDocumentString(`
    query CommunityFiguresSelfHelpGroups($first: Int!) {
  selfHelpGroups(first: $first, filter: {mine: true}) {
    edges {
      node {
        name
        community {
          name
        }
        facilitator {
          fullName
        }
        stageHistory {
          toStage
        }
        members(current: false) {
          joinedOn
          beneficiary {
            code
            firstName
          }
        }
        meetings {
          attendance {
            count
            women {
              code
            }
          }
        }
        advocacyActions {
          result
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityFiguresSelfHelpGroupsQuery, CommunityFiguresSelfHelpGroupsQueryVariables>;
export const CommunityCreateSelfHelpGroupDocument = new TypedDocumentString(`
    mutation CommunityCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      name
      foundedOn
      stage
      version
      community {
        id
      }
      facilitator {
        id
        role
      }
      stageHistory {
        fromStage
        toStage
        changedOn
        reason
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityCreateSelfHelpGroupMutation, CommunityCreateSelfHelpGroupMutationVariables>;
export const CommunityUpdateSelfHelpGroupDocument = new TypedDocumentString(`
    mutation CommunityUpdateSelfHelpGroup($input: UpdateSelfHelpGroupInput!) {
  updateSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      name
      foundedOn
      stage
      version
      community {
        id
      }
      facilitator {
        id
        role
      }
      stageHistory {
        fromStage
        toStage
        changedOn
        reason
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityUpdateSelfHelpGroupMutation, CommunityUpdateSelfHelpGroupMutationVariables>;
export const CommunityChangeGroupStageDocument = new TypedDocumentString(`
    mutation CommunityChangeGroupStage($input: ChangeGroupStageInput!) {
  changeGroupStage(input: $input) {
    selfHelpGroup {
      id
      name
      foundedOn
      stage
      version
      community {
        id
      }
      facilitator {
        id
        role
      }
      stageHistory {
        fromStage
        toStage
        changedOn
        reason
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityChangeGroupStageMutation, CommunityChangeGroupStageMutationVariables>;
export const CommunityAddGroupMemberDocument = new TypedDocumentString(`
    mutation CommunityAddGroupMember($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) {
    membership {
      id
      joinedOn
      leftOn
      beneficiary {
        id
        code
        firstName
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityAddGroupMemberMutation, CommunityAddGroupMemberMutationVariables>;
export const CommunityRemoveGroupMemberDocument = new TypedDocumentString(`
    mutation CommunityRemoveGroupMember($input: RemoveGroupMemberInput!) {
  removeGroupMember(input: $input) {
    membership {
      id
      joinedOn
      leftOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityRemoveGroupMemberMutation, CommunityRemoveGroupMemberMutationVariables>;
export const CommunityRecordGroupMeetingDocument = new TypedDocumentString(`
    mutation CommunityRecordGroupMeeting($input: RecordGroupMeetingInput!) {
  recordGroupMeeting(input: $input) {
    meeting {
      id
      heldOn
      topics
      decisions
      version
      attendance {
        count
        women {
          id
          code
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityRecordGroupMeetingMutation, CommunityRecordGroupMeetingMutationVariables>;
export const CommunityUpdateGroupMeetingDocument = new TypedDocumentString(`
    mutation CommunityUpdateGroupMeeting($input: UpdateGroupMeetingInput!) {
  updateGroupMeeting(input: $input) {
    meeting {
      id
      heldOn
      topics
      decisions
      version
      attendance {
        count
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityUpdateGroupMeetingMutation, CommunityUpdateGroupMeetingMutationVariables>;
export const CommunityRecordAdvocacyActionDocument = new TypedDocumentString(`
    mutation CommunityRecordAdvocacyAction($input: RecordAdvocacyActionInput!) {
  recordAdvocacyAction(input: $input) {
    advocacyAction {
      id
      actedOn
      targetKind
      targetName
      result
      resultNote
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityRecordAdvocacyActionMutation, CommunityRecordAdvocacyActionMutationVariables>;
export const CommunityUpdateAdvocacyActionDocument = new TypedDocumentString(`
    mutation CommunityUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) {
  updateAdvocacyAction(input: $input) {
    advocacyAction {
      id
      result
      resultNote
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityUpdateAdvocacyActionMutation, CommunityUpdateAdvocacyActionMutationVariables>;
export const CommunityCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation CommunityCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityCreateBeneficiaryMutation, CommunityCreateBeneficiaryMutationVariables>;
export const CommunitySelfHelpGroupsDocument = new TypedDocumentString(`
    query CommunitySelfHelpGroups($filter: SelfHelpGroupFilter) {
  selfHelpGroups(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroupsQuery, CommunitySelfHelpGroupsQueryVariables>;
export const CommunitySelfHelpGroupDocument = new TypedDocumentString(`
    query CommunitySelfHelpGroup($id: ID!) {
  selfHelpGroup(id: $id) {
    current: members {
      beneficiary {
        id
      }
    }
    all: members(current: false) {
      leftOn
      beneficiary {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroupQuery, CommunitySelfHelpGroupQueryVariables>;
export const CommunitySelfHelpGroup2Document = new TypedDocumentString(`
    query CommunitySelfHelpGroup2($id: ID!) {
  selfHelpGroup(id: $id) {
    advocacyActions {
      id
      result
      targetName
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroup2Query, CommunitySelfHelpGroup2QueryVariables>;
export const CommunityMembersMinimalDocument = new TypedDocumentString(`
    query CommunityMembersMinimal($id: ID!) {
  selfHelpGroup(id: $id) {
    members {
      beneficiary {
        id
        code
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityMembersMinimalQuery, CommunityMembersMinimalQueryVariables>;
export const CommunitySelfHelpGroup3Document = new TypedDocumentString(`
    query CommunitySelfHelpGroup3($id: ID!) {
  selfHelpGroup(id: $id) {
    meetings {
      attendance {
        count
        women {
          code
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroup3Query, CommunitySelfHelpGroup3QueryVariables>;
export const CommunityMembersFullDocument = new TypedDocumentString(`
    query CommunityMembersFull($id: ID!) {
  selfHelpGroup(id: $id) {
    members {
      beneficiary {
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityMembersFullQuery, CommunityMembersFullQueryVariables>;
export const CommunitySelfHelpGroup4Document = new TypedDocumentString(`
    query CommunitySelfHelpGroup4($id: ID!) {
  selfHelpGroup(id: $id) {
    name
    stage
    stageHistory {
      toStage
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroup4Query, CommunitySelfHelpGroup4QueryVariables>;
export const CommunityCommunityFiguresDocument = new TypedDocumentString(`
    query CommunityCommunityFigures {
  communityFigures(from: "2024-01-01", to: "2024-12-31") {
    autonomousGroups
  }
}
    `) as unknown as TypedDocumentString<CommunityCommunityFiguresQuery, CommunityCommunityFiguresQueryVariables>;
export const CommunitySelfHelpGroups2Document = new TypedDocumentString(`
    query CommunitySelfHelpGroups2 {
  selfHelpGroups(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CommunitySelfHelpGroups2Query, CommunitySelfHelpGroups2QueryVariables>;
export const CommunityCommunityFigures2Document = new TypedDocumentString(`
    query CommunityCommunityFigures2 {
  communityFigures(from: "2024-01-01", to: "2024-12-31") {
    autonomousGroups
  }
}
    `) as unknown as TypedDocumentString<CommunityCommunityFigures2Query, CommunityCommunityFigures2QueryVariables>;
export const GroupReachCreateDocument = new TypedDocumentString(`
    mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      version
      stageHistory {
        toStage
        changedBy {
          id
        }
      }
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachCreateMutation, GroupReachCreateMutationVariables>;
export const GroupReachStageDocument = new TypedDocumentString(`
    mutation GroupReachStage($input: ChangeGroupStageInput!) {
  changeGroupStage(input: $input) {
    selfHelpGroup {
      id
      version
      stage
      stageHistory {
        fromStage
        toStage
        changedOn
        reason
        changedBy {
          id
          fullName
        }
      }
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachStageMutation, GroupReachStageMutationVariables>;
export const GroupReachListDocument = new TypedDocumentString(`
    query GroupReachList($filter: SelfHelpGroupFilter) {
  selfHelpGroups(first: 100, filter: $filter) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachListQuery, GroupReachListQueryVariables>;
export const GroupReachArchiveDocument = new TypedDocumentString(`
    mutation GroupReachArchive($input: IdInput!) {
  archiveSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachArchiveMutation, GroupReachArchiveMutationVariables>;
export const GroupReachRestoreDocument = new TypedDocumentString(`
    mutation GroupReachRestore($input: IdInput!) {
  restoreSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachRestoreMutation, GroupReachRestoreMutationVariables>;
export const GroupReachMeetingDocument = new TypedDocumentString(`
    mutation GroupReachMeeting($input: RecordGroupMeetingInput!) {
  recordGroupMeeting(input: $input) {
    meeting {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachMeetingMutation, GroupReachMeetingMutationVariables>;
export const GroupReachActDocument = new TypedDocumentString(`
    mutation GroupReachAct($input: RecordAdvocacyActionInput!) {
  recordAdvocacyAction(input: $input) {
    advocacyAction {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachActMutation, GroupReachActMutationVariables>;
export const GroupReachUpdateActDocument = new TypedDocumentString(`
    mutation GroupReachUpdateAct($input: UpdateAdvocacyActionInput!) {
  updateAdvocacyAction(input: $input) {
    advocacyAction {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GroupReachUpdateActMutation, GroupReachUpdateActMutationVariables>;
export const GroupReachFacilitatorsDocument = new TypedDocumentString(`
    query GroupReachFacilitators {
  groupFacilitators {
    id
    fullName
    role
  }
}
    `) as unknown as TypedDocumentString<GroupReachFacilitatorsQuery, GroupReachFacilitatorsQueryVariables>;
export const ConsentRecordDocument = new TypedDocumentString(`
    mutation ConsentRecord($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    consent {
      id
      scope
      givenAt
      note
      receiverName
      partner {
        id
        name
      }
      recordedBy {
        id
        fullName
      }
      withdrawnAt
      withdrawnBy {
        id
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentRecordMutation, ConsentRecordMutationVariables>;
export const ConsentWithdrawDocument = new TypedDocumentString(`
    mutation ConsentWithdraw($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    consent {
      id
      withdrawnAt
      withdrawnBy {
        id
        fullName
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentWithdrawMutation, ConsentWithdrawMutationVariables>;
export const ConsentTimelineDocument = new TypedDocumentString(`
    query ConsentTimeline($id: ID!) {
  beneficiary(id: $id) {
    id
    consents {
      id
      scope
      givenAt
      note
      recordedBy {
        id
      }
      withdrawnAt
      withdrawnBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentTimelineQuery, ConsentTimelineQueryVariables>;
export const ConsentNestedStaysDocument = new TypedDocumentString(`
    query ConsentNestedStays($first: Int!, $filter: BeneficiaryFilter) {
  beneficiaries(first: $first, filter: $filter) {
    edges {
      node {
        id
        shelterStays(first: 3) {
          totalCount
          edges {
            node {
              id
              admittedOn
              dischargedOn
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentNestedStaysQuery, ConsentNestedStaysQueryVariables>;
export const ConsentHerStaysDocument = new TypedDocumentString(`
    query ConsentHerStays($id: ID!) {
  beneficiary(id: $id) {
    id
    shelterStays(first: 3) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentHerStaysQuery, ConsentHerStaysQueryVariables>;
export const ConsentStaysOfDocument = new TypedDocumentString(`
    query ConsentStaysOf($filter: ShelterStayFilter) {
  shelterStays(first: 3, filter: $filter) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentStaysOfQuery, ConsentStaysOfQueryVariables>;
export const DashboardDashboardDocument = new TypedDocumentString(`
    query DashboardDashboard($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    from
    to
    suppressionMin
    district {
      name
    }
    womenSupported {
      byDistrict {
        district {
          name
        }
        byKind {
          key
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      byKind {
        key
        value
        suppressed
      }
      total {
        value
        suppressed
      }
    }
    openCasesByRisk {
      items {
        key
        value
        suppressed
      }
      total {
        value
        suppressed
      }
    }
    overdueFollowUps {
      value
      suppressed
    }
    shelter {
      beds
      bedsTaken {
        value
        suppressed
      }
      accompanyingChildren {
        value
        suppressed
      }
    }
    trainings {
      training {
        code
      }
      courses
      enrolled {
        value
        suppressed
      }
      completed {
        value
        suppressed
      }
    }
    selfHelpGroupsByStage {
      key
      value
      suppressed
    }
    campaignReach {
      activities
      women
      men
      total
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDashboardQuery, DashboardDashboardQueryVariables>;
export const DashboardCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation DashboardCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateBeneficiaryMutation, DashboardCreateBeneficiaryMutationVariables>;
export const DashboardRecordServiceDocument = new TypedDocumentString(`
    mutation DashboardRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    service {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRecordServiceMutation, DashboardRecordServiceMutationVariables>;
export const DashboardOpenCaseDocument = new TypedDocumentString(`
    mutation DashboardOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOpenCaseMutation, DashboardOpenCaseMutationVariables>;
export const DashboardAdmitToShelterDocument = new TypedDocumentString(`
    mutation DashboardAdmitToShelter($input: AdmitToShelterInput!) {
  admitToShelter(input: $input) {
    shelterStay {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAdmitToShelterMutation, DashboardAdmitToShelterMutationVariables>;
export const RollupDashboardDocument = new TypedDocumentString(`
    query RollupDashboard($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    womenSupported {
      byDistrict {
        district {
          name
        }
        byKind {
          key
          value
        }
        total {
          value
        }
      }
      byKind {
        key
        value
      }
      total {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollupDashboardQuery, RollupDashboardQueryVariables>;
export const RollupCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupCreateBeneficiaryMutation, RollupCreateBeneficiaryMutationVariables>;
export const RollupUpdateBeneficiaryDocument = new TypedDocumentString(`
    mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) {
  updateBeneficiary(input: $input) {
    beneficiary {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupUpdateBeneficiaryMutation, RollupUpdateBeneficiaryMutationVariables>;
export const RollupRecordServiceDocument = new TypedDocumentString(`
    mutation RollupRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    service {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupRecordServiceMutation, RollupRecordServiceMutationVariables>;
export const RollupArchiveServiceDocument = new TypedDocumentString(`
    mutation RollupArchiveService($input: IdInput!) {
  archiveService(input: $input) {
    service {
      id
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupArchiveServiceMutation, RollupArchiveServiceMutationVariables>;
export const RollupRestoreServiceDocument = new TypedDocumentString(`
    mutation RollupRestoreService($input: IdInput!) {
  restoreService(input: $input) {
    service {
      id
      archivedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupRestoreServiceMutation, RollupRestoreServiceMutationVariables>;
export const RollupDashboardNowDocument = new TypedDocumentString(`
    query RollupDashboardNow($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    openCasesByRisk {
      items {
        key
        value
      }
      total {
        value
      }
    }
    overdueFollowUps {
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RollupDashboardNowQuery, RollupDashboardNowQueryVariables>;
export const RollupCompleteFollowUpDocument = new TypedDocumentString(`
    mutation RollupCompleteFollowUp($input: CompleteFollowUpInput!) {
  completeFollowUp(input: $input) {
    service {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupCompleteFollowUpMutation, RollupCompleteFollowUpMutationVariables>;
export const RollupServiceVersionDocument = new TypedDocumentString(`
    query RollupServiceVersion($id: ID!) {
  service(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RollupServiceVersionQuery, RollupServiceVersionQueryVariables>;
export const RollupOpenCaseDocument = new TypedDocumentString(`
    mutation RollupOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupOpenCaseMutation, RollupOpenCaseMutationVariables>;
export const RollupChangeRiskDocument = new TypedDocumentString(`
    mutation RollupChangeRisk($input: ChangeCaseRiskInput!) {
  changeCaseRisk(input: $input) {
    case {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupChangeRiskMutation, RollupChangeRiskMutationVariables>;
export const RollupRequestClosureDocument = new TypedDocumentString(`
    mutation RollupRequestClosure($input: CaseStepInput!) {
  requestCaseClosure(input: $input) {
    case {
      id
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupRequestClosureMutation, RollupRequestClosureMutationVariables>;
export const RollupDecideClosureDocument = new TypedDocumentString(`
    mutation RollupDecideClosure($input: DecideCaseClosureInput!) {
  decideCaseClosure(input: $input) {
    case {
      id
      version
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupDecideClosureMutation, RollupDecideClosureMutationVariables>;
export const RollupReopenCaseDocument = new TypedDocumentString(`
    mutation RollupReopenCase($input: CaseStepInput!) {
  reopenCase(input: $input) {
    case {
      id
      version
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RollupReopenCaseMutation, RollupReopenCaseMutationVariables>;
export const HouseholdCreateDocument = new TypedDocumentString(`
    mutation HouseholdCreate($input: CreateHouseholdInput!) {
  createHousehold(input: $input) {
    household {
      id
      code
      version
      childrenCount
      size
      community {
        id
      }
      head {
        id
      }
      members {
        relationToHead
        joinedOn
        leftOn
        beneficiary {
          id
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdCreateMutation, HouseholdCreateMutationVariables>;
export const HouseholdUpdateDocument = new TypedDocumentString(`
    mutation HouseholdUpdate($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) {
    household {
      id
      code
      version
      childrenCount
      size
      community {
        id
      }
      head {
        id
      }
      members {
        relationToHead
        joinedOn
        leftOn
        beneficiary {
          id
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdUpdateMutation, HouseholdUpdateMutationVariables>;
export const HouseholdAddMemberDocument = new TypedDocumentString(`
    mutation HouseholdAddMember($input: AddHouseholdMemberInput!) {
  addHouseholdMember(input: $input) {
    household {
      id
      code
      version
      childrenCount
      size
      community {
        id
      }
      head {
        id
      }
      members {
        relationToHead
        joinedOn
        leftOn
        beneficiary {
          id
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdAddMemberMutation, HouseholdAddMemberMutationVariables>;
export const HouseholdRemoveMemberDocument = new TypedDocumentString(`
    mutation HouseholdRemoveMember($input: RemoveHouseholdMemberInput!) {
  removeHouseholdMember(input: $input) {
    household {
      id
      code
      version
      childrenCount
      size
      community {
        id
      }
      head {
        id
      }
      members {
        relationToHead
        joinedOn
        leftOn
        beneficiary {
          id
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdRemoveMemberMutation, HouseholdRemoveMemberMutationVariables>;
export const HouseholdSetHeadDocument = new TypedDocumentString(`
    mutation HouseholdSetHead($input: SetHouseholdHeadInput!) {
  setHouseholdHead(input: $input) {
    household {
      id
      code
      version
      childrenCount
      size
      community {
        id
      }
      head {
        id
      }
      members {
        relationToHead
        joinedOn
        leftOn
        beneficiary {
          id
        }
      }
    }
    userErrors {
      field
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdSetHeadMutation, HouseholdSetHeadMutationVariables>;
export const HouseholdHouseholdDocument = new TypedDocumentString(`
    query HouseholdHousehold($id: ID!) {
  household(id: $id) {
    id
    code
    version
    childrenCount
    size
    community {
      id
    }
    head {
      id
    }
    members {
      relationToHead
      joinedOn
      leftOn
      beneficiary {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdHouseholdQuery, HouseholdHouseholdQueryVariables>;
export const HouseholdBeneficiaryDocument = new TypedDocumentString(`
    query HouseholdBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    id
    household {
      id
      code
      size
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdBeneficiaryQuery, HouseholdBeneficiaryQueryVariables>;
export const HouseholdCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation HouseholdCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdCreateBeneficiaryMutation, HouseholdCreateBeneficiaryMutationVariables>;
export const HouseholdEraseBeneficiaryDocument = new TypedDocumentString(`
    mutation HouseholdEraseBeneficiary($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdEraseBeneficiaryMutation, HouseholdEraseBeneficiaryMutationVariables>;
export const HouseholdBeneficiary2Document = new TypedDocumentString(`
    query HouseholdBeneficiary2($id: ID!) {
  beneficiary(id: $id) {
    household {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdBeneficiary2Query, HouseholdBeneficiary2QueryVariables>;
export const HouseholdBeneficiariesDocument = new TypedDocumentString(`
    query HouseholdBeneficiaries($first: Int!) {
  beneficiaries(first: $first) {
    edges {
      node {
        code
        household {
          code
          size
          community {
            name
          }
          head {
            code
          }
          members {
            relationToHead
            beneficiary {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdBeneficiariesQuery, HouseholdBeneficiariesQueryVariables>;
export const LearningFiguresCreateCourseDocument = new TypedDocumentString(`
    mutation LearningFiguresCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCreateCourseMutation, LearningFiguresCreateCourseMutationVariables>;
export const LearningFiguresScheduleSessionDocument = new TypedDocumentString(`
    mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresScheduleSessionMutation, LearningFiguresScheduleSessionMutationVariables>;
export const LearningFiguresEnrollInCourseDocument = new TypedDocumentString(`
    mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) {
    added
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresEnrollInCourseMutation, LearningFiguresEnrollInCourseMutationVariables>;
export const LearningFiguresRecordAttendanceDocument = new TypedDocumentString(`
    mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresRecordAttendanceMutation, LearningFiguresRecordAttendanceMutationVariables>;
export const LearningFiguresRecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    enrollment {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresRecordSelfAssessmentMutation, LearningFiguresRecordSelfAssessmentMutationVariables>;
export const LearningFiguresCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCreateBeneficiaryMutation, LearningFiguresCreateBeneficiaryMutationVariables>;
export const LearningFiguresCreateTrainingDocument = new TypedDocumentString(`
    mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) {
  createTraining(input: $input) {
    training {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCreateTrainingMutation, LearningFiguresCreateTrainingMutationVariables>;
export const LearningFiguresAttendanceDocument = new TypedDocumentString(`
    query LearningFiguresAttendance($id: ID!) {
  course(id: $id) {
    enrollments {
      attendedSessions
      completed
      beneficiary {
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresAttendanceQuery, LearningFiguresAttendanceQueryVariables>;
export const LearningFiguresCourseDocument = new TypedDocumentString(`
    query LearningFiguresCourse($id: ID!) {
  course(id: $id) {
    results {
      enrolled
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCourseQuery, LearningFiguresCourseQueryVariables>;
export const LearningFiguresCourse2Document = new TypedDocumentString(`
    query LearningFiguresCourse2($id: ID!) {
  course(id: $id) {
    results {
      enrolled
      withdrawn
      completed
      completionRate
      assessed
      averageChange
      improved
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCourse2Query, LearningFiguresCourse2QueryVariables>;
export const LearningFiguresLearningFiguresDocument = new TypedDocumentString(`
    query LearningFiguresLearningFigures {
  learningFigures(from: "2025-03-01", to: "2025-03-31") {
    from
    to
    womenTrainedByTrainingAndDistrict {
      training {
        id
      }
      district {
        id
      }
      women
    }
    byTraining {
      training {
        id
        code
      }
      courses
      enrolled
      completed
      completionRate
      averageSelfAssessmentChange
      improved
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFiguresQuery, LearningFiguresLearningFiguresQueryVariables>;
export const LearningFiguresLearningFigures2Document = new TypedDocumentString(`
    query LearningFiguresLearningFigures2 {
  learningFigures(from: "2024-01-01", to: "2024-12-31") {
    womenTrainedByTrainingAndDistrict {
      training {
        id
      }
      district {
        id
      }
      women
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFigures2Query, LearningFiguresLearningFigures2QueryVariables>;
export const LearningFiguresLearningFigures3Document = new TypedDocumentString(`
    query LearningFiguresLearningFigures3 {
  learningFigures(from: "2025-12-31", to: "2025-01-01") {
    from
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFigures3Query, LearningFiguresLearningFigures3QueryVariables>;
export const LearningFiguresLearningFigures4Document = new TypedDocumentString(`
    query LearningFiguresLearningFigures4 {
  learningFigures(from: "2025-03-01", to: "2025-03-31") {
    minimumCount
    womenTrainedByTrainingAndDistrict {
      training {
        id
      }
      women
      suppressed
    }
    byTraining {
      training {
        id
      }
      courses
      enrolled
      completed
      completionRate
      averageSelfAssessmentChange
      improved
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFigures4Query, LearningFiguresLearningFigures4QueryVariables>;
export const LearningFiguresLearningFigures5Document = new TypedDocumentString(`
    query LearningFiguresLearningFigures5 {
  learningFigures(from: "2025-03-10", to: "2025-03-10") {
    from
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFigures5Query, LearningFiguresLearningFigures5QueryVariables>;
export const LearningFiguresLearningFigures6Document = new TypedDocumentString(`
    query LearningFiguresLearningFigures6 {
  learningFigures(from: "2025-03-10", to: "2025-03-10") {
    minimumCount
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresLearningFigures6Query, LearningFiguresLearningFigures6QueryVariables>;
export const LearningFiguresCourseCostDocument = new TypedDocumentString(`
    query LearningFiguresCourseCost($id: ID!) {
  course(id: $id) {
    results {
      completed
    }
    sessions {
      attendance {
        present
        beneficiary {
          firstName
        }
      }
    }
    enrollments {
      attendedSessions
      completed
      selfAssessment {
        score
      }
      beneficiary {
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresCourseCostQuery, LearningFiguresCourseCostQueryVariables>;
export const LearningFiguresDashboardDocument = new TypedDocumentString(`
    query LearningFiguresDashboard($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    trainings {
      training {
        code
      }
      courses
      enrolled {
        value
      }
      completed {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresDashboardQuery, LearningFiguresDashboardQueryVariables>;
export const LearningFiguresRecordAttendanceAgainDocument = new TypedDocumentString(`
    mutation LearningFiguresRecordAttendanceAgain($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresRecordAttendanceAgainMutation, LearningFiguresRecordAttendanceAgainMutationVariables>;
export const LearningFiguresDashboardPeriodsDocument = new TypedDocumentString(`
    query LearningFiguresDashboardPeriods($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    trainings {
      training {
        code
      }
      courses
      enrolled {
        value
      }
      completed {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresDashboardPeriodsQuery, LearningFiguresDashboardPeriodsQueryVariables>;
export const LearningFiguresWithdrawDocument = new TypedDocumentString(`
    mutation LearningFiguresWithdraw($input: WithdrawFromCourseInput!) {
  withdrawFromCourse(input: $input) {
    enrollment {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningFiguresWithdrawMutation, LearningFiguresWithdrawMutationVariables>;
export const LearningCourseTrainersDocument = new TypedDocumentString(`
    query LearningCourseTrainers {
  courseTrainers {
    id
    fullName
    role
  }
}
    `) as unknown as TypedDocumentString<LearningCourseTrainersQuery, LearningCourseTrainersQueryVariables>;
export const LearningScreensCreateCourseDocument = new TypedDocumentString(`
    mutation LearningScreensCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
      startsOn
      endsOn
      trainer {
        id
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningScreensCreateCourseMutation, LearningScreensCreateCourseMutationVariables>;
export const LearningScreensCoursesDocument = new TypedDocumentString(`
    query LearningScreensCourses($filter: CourseFilter) {
  courses(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningScreensCoursesQuery, LearningScreensCoursesQueryVariables>;
export const LearningTrainerCreateCourseDocument = new TypedDocumentString(`
    mutation LearningTrainerCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
      version
      trainer {
        id
      }
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerCreateCourseMutation, LearningTrainerCreateCourseMutationVariables>;
export const LearningTrainerScheduleSessionDocument = new TypedDocumentString(`
    mutation LearningTrainerScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerScheduleSessionMutation, LearningTrainerScheduleSessionMutationVariables>;
export const LearningTrainerEnrollInCourseDocument = new TypedDocumentString(`
    mutation LearningTrainerEnrollInCourse($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) {
    added
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerEnrollInCourseMutation, LearningTrainerEnrollInCourseMutationVariables>;
export const LearningTrainerRecordAttendanceDocument = new TypedDocumentString(`
    mutation LearningTrainerRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerRecordAttendanceMutation, LearningTrainerRecordAttendanceMutationVariables>;
export const LearningTrainerScheduleSession2Document = new TypedDocumentString(`
    mutation LearningTrainerScheduleSession2($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerScheduleSession2Mutation, LearningTrainerScheduleSession2MutationVariables>;
export const LearningTrainerCreateCourse2Document = new TypedDocumentString(`
    mutation LearningTrainerCreateCourse2($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerCreateCourse2Mutation, LearningTrainerCreateCourse2MutationVariables>;
export const LearningTrainerScheduleSession3Document = new TypedDocumentString(`
    mutation LearningTrainerScheduleSession3($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerScheduleSession3Mutation, LearningTrainerScheduleSession3MutationVariables>;
export const LearningTrainerEnrollInCourse2Document = new TypedDocumentString(`
    mutation LearningTrainerEnrollInCourse2($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) {
    added
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerEnrollInCourse2Mutation, LearningTrainerEnrollInCourse2MutationVariables>;
export const LearningTrainerRecordAttendance2Document = new TypedDocumentString(`
    mutation LearningTrainerRecordAttendance2($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerRecordAttendance2Mutation, LearningTrainerRecordAttendance2MutationVariables>;
export const LearningTrainerRecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation LearningTrainerRecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerRecordSelfAssessmentMutation, LearningTrainerRecordSelfAssessmentMutationVariables>;
export const LearningTrainerCourseDocument = new TypedDocumentString(`
    query LearningTrainerCourse($id: ID!) {
  course(id: $id) {
    id
    enrollments {
      id
      beneficiary {
        code
      }
      selfAssessment {
        score
      }
    }
    sessions {
      id
      attendance {
        present
        beneficiary {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainerCourseQuery, LearningTrainerCourseQueryVariables>;
export const LearningCreateTrainingDocument = new TypedDocumentString(`
    mutation LearningCreateTraining($input: CreateTrainingInput!) {
  createTraining(input: $input) {
    training {
      id
      code
      version
      sessionCount
      completionPercent
      assessmentItems
      scaleMin
      scaleMax
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCreateTrainingMutation, LearningCreateTrainingMutationVariables>;
export const LearningUpdateTrainingDocument = new TypedDocumentString(`
    mutation LearningUpdateTraining($input: UpdateTrainingInput!) {
  updateTraining(input: $input) {
    training {
      id
      version
      title
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningUpdateTrainingMutation, LearningUpdateTrainingMutationVariables>;
export const LearningCreateCourseDocument = new TypedDocumentString(`
    mutation LearningCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
      version
      startsOn
      endsOn
      capacity
      language
      trainer {
        id
        role
      }
      training {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCreateCourseMutation, LearningCreateCourseMutationVariables>;
export const LearningUpdateCourseDocument = new TypedDocumentString(`
    mutation LearningUpdateCourse($input: UpdateCourseInput!) {
  updateCourse(input: $input) {
    course {
      id
      version
      capacity
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningUpdateCourseMutation, LearningUpdateCourseMutationVariables>;
export const LearningScheduleSessionDocument = new TypedDocumentString(`
    mutation LearningScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
      heldOn
      topic
      trainer {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningScheduleSessionMutation, LearningScheduleSessionMutationVariables>;
export const LearningEnrollInCourseDocument = new TypedDocumentString(`
    mutation LearningEnrollInCourse($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) {
    added
    alreadyEnrolled
    course {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningEnrollInCourseMutation, LearningEnrollInCourseMutationVariables>;
export const LearningRecordAttendanceDocument = new TypedDocumentString(`
    mutation LearningRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
    session {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningRecordAttendanceMutation, LearningRecordAttendanceMutationVariables>;
export const LearningRecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation LearningRecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    enrollment {
      id
      selfAssessment {
        phase
        item
        score
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningRecordSelfAssessmentMutation, LearningRecordSelfAssessmentMutationVariables>;
export const LearningWithdrawFromCourseDocument = new TypedDocumentString(`
    mutation LearningWithdrawFromCourse($input: WithdrawFromCourseInput!) {
  withdrawFromCourse(input: $input) {
    enrollment {
      id
      withdrawnAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningWithdrawFromCourseMutation, LearningWithdrawFromCourseMutationVariables>;
export const LearningCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation LearningCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCreateBeneficiaryMutation, LearningCreateBeneficiaryMutationVariables>;
export const LearningTrainingDocument = new TypedDocumentString(`
    query LearningTraining($trainingId: ID!) {
  training(id: $trainingId) {
    completionPercent
    scaleMin
    scaleMax
    assessmentItems
  }
}
    `) as unknown as TypedDocumentString<LearningTrainingQuery, LearningTrainingQueryVariables>;
export const LearningTrainingsDocument = new TypedDocumentString(`
    query LearningTrainings {
  trainings(first: 100, filter: {search: "lead-test"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningTrainingsQuery, LearningTrainingsQueryVariables>;
export const LearningCoursesDocument = new TypedDocumentString(`
    query LearningCourses {
  courses(first: 100, filter: {mine: true}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCoursesQuery, LearningCoursesQueryVariables>;
export const LearningCourseDocument = new TypedDocumentString(`
    query LearningCourse($courseId: ID!) {
  course(id: $courseId) {
    sessions {
      id
      heldOn
      trainer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourseQuery, LearningCourseQueryVariables>;
export const LearningUpdateSessionDocument = new TypedDocumentString(`
    mutation LearningUpdateSession($input: UpdateSessionInput!) {
  updateSession(input: $input) {
    session {
      id
      version
      heldOn
      topic
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LearningUpdateSessionMutation, LearningUpdateSessionMutationVariables>;
export const LearningCourses2Document = new TypedDocumentString(`
    query LearningCourses2($trainingId: ID!) {
  courses(first: 100, filter: {trainingId: $trainingId}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LearningCourses2Query, LearningCourses2QueryVariables>;
export const LearningCourse2Document = new TypedDocumentString(`
    query LearningCourse2($courseId: ID!) {
  course(id: $courseId) {
    sessions {
      attendance {
        present
        beneficiary {
          code
          firstName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse2Query, LearningCourse2QueryVariables>;
export const LearningCourse3Document = new TypedDocumentString(`
    query LearningCourse3($courseId: ID!) {
  course(id: $courseId) {
    enrollments {
      id
      attendedSessions
      completed
      beneficiary {
        id
        code
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse3Query, LearningCourse3QueryVariables>;
export const LearningCourseLastNamesDocument = new TypedDocumentString(`
    query LearningCourseLastNames($id: ID!) {
  course(id: $id) {
    enrollments {
      beneficiary {
        code
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourseLastNamesQuery, LearningCourseLastNamesQueryVariables>;
export const LearningCoursePhonesDocument = new TypedDocumentString(`
    query LearningCoursePhones($id: ID!) {
  course(id: $id) {
    sessions {
      attendance {
        beneficiary {
          phone
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCoursePhonesQuery, LearningCoursePhonesQueryVariables>;
export const LearningCourse4Document = new TypedDocumentString(`
    query LearningCourse4($courseId: ID!) {
  course(id: $courseId) {
    enrollments {
      beneficiary {
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse4Query, LearningCourse4QueryVariables>;
export const LearningCourse5Document = new TypedDocumentString(`
    query LearningCourse5($courseId: ID!) {
  course(id: $courseId) {
    enrollments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse5Query, LearningCourse5QueryVariables>;
export const LearningCourse6Document = new TypedDocumentString(`
    query LearningCourse6($courseId: ID!) {
  course(id: $courseId) {
    results {
      enrolled
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse6Query, LearningCourse6QueryVariables>;
export const LearningCourse7Document = new TypedDocumentString(`
    query LearningCourse7($courseId: ID!) {
  course(id: $courseId) {
    id
    capacity
  }
}
    `) as unknown as TypedDocumentString<LearningCourse7Query, LearningCourse7QueryVariables>;
export const LearningCourses3Document = new TypedDocumentString(`
    query LearningCourses3 {
  courses(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LearningCourses3Query, LearningCourses3QueryVariables>;
export const LearningCourse8Document = new TypedDocumentString(`
    query LearningCourse8($courseId: ID!) {
  course(id: $courseId) {
    enrollments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse8Query, LearningCourse8QueryVariables>;
export const LearningCourse9Document = new TypedDocumentString(`
    query LearningCourse9($courseId: ID!) {
  course(id: $courseId) {
    enrollments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LearningCourse9Query, LearningCourse9QueryVariables>;
export const ProgramCreateProgramDocument = new TypedDocumentString(`
    mutation ProgramCreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program {
      id
      code
      version
      units {
        code
      }
      districts {
        name
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramCreateProgramMutation, ProgramCreateProgramMutationVariables>;
export const ProgramSaveIndicatorDocument = new TypedDocumentString(`
    mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {
  saveIndicator(input: $input) {
    indicator {
      id
      code
      version
      baseline
      targets {
        period
        target
        actual
      }
    }
    userErrors {
      field
      message
      code
      params
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramSaveIndicatorMutation, ProgramSaveIndicatorMutationVariables>;
export const ProgramProgramsDocument = new TypedDocumentString(`
    query ProgramPrograms {
  programs(first: 10) {
    totalCount
    edges {
      node {
        code
        units {
          code
        }
        indicators {
          code
          targets {
            period
            target
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramProgramsQuery, ProgramProgramsQueryVariables>;
export const ProgramPrograms4Document = new TypedDocumentString(`
    query ProgramPrograms4($sort: ProgramSort!) {
  programs(first: 10, sort: $sort) {
    edges {
      node {
        title
        startsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramPrograms4Query, ProgramPrograms4QueryVariables>;
export const ProgramUpdateProgramDocument = new TypedDocumentString(`
    mutation ProgramUpdateProgram($input: UpdateProgramInput!) {
  updateProgram(input: $input) {
    program {
      title
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramUpdateProgramMutation, ProgramUpdateProgramMutationVariables>;
export const ProgramArchiveProgramDocument = new TypedDocumentString(`
    mutation ProgramArchiveProgram($id: ID!) {
  archiveProgram(input: {id: $id}) {
    program {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramArchiveProgramMutation, ProgramArchiveProgramMutationVariables>;
export const ProgramPrograms2Document = new TypedDocumentString(`
    query ProgramPrograms2 {
  programs(first: 20, filter: {search: "renamed"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgramPrograms2Query, ProgramPrograms2QueryVariables>;
export const ProgramRestoreProgramDocument = new TypedDocumentString(`
    mutation ProgramRestoreProgram($id: ID!) {
  restoreProgram(input: {id: $id}) {
    program {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramRestoreProgramMutation, ProgramRestoreProgramMutationVariables>;
export const ProgramPrograms3Document = new TypedDocumentString(`
    query ProgramPrograms3 {
  programs(first: 20, filter: {search: "renamed"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgramPrograms3Query, ProgramPrograms3QueryVariables>;
export const ProgramProgramDocument = new TypedDocumentString(`
    query ProgramProgram($id: ID!) {
  program(id: $id) {
    indicators {
      code
      measure
      targets {
        period
        actual
        actualSuppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramProgramQuery, ProgramProgramQueryVariables>;
export const ProgramLearningFiguresDocument = new TypedDocumentString(`
    query ProgramLearningFigures {
  learningFigures(from: "2025-01-01", to: "2025-12-31") {
    womenTrainedByTrainingAndDistrict {
      women
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramLearningFiguresQuery, ProgramLearningFiguresQueryVariables>;
export const ReferralRecordConsentDocument = new TypedDocumentString(`
    mutation ReferralRecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    consent {
      id
      scope
      receiverName
      givenAt
      withdrawnAt
      partner {
        name
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralRecordConsentMutation, ReferralRecordConsentMutationVariables>;
export const ReferralMakeReferralDocument = new TypedDocumentString(`
    mutation ReferralMakeReferral($input: MakeReferralInput!) {
  makeReferral(input: $input) {
    referral {
      id
      status
      version
      sharesPersonalData
      consent {
        id
      }
      consentOverrideReason
      history {
        fromStatus
        toStatus
        changedAt
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralMakeReferralMutation, ReferralMakeReferralMutationVariables>;
export const ReferralChangeReferralStatusDocument = new TypedDocumentString(`
    mutation ReferralChangeReferralStatus($input: ChangeReferralStatusInput!) {
  changeReferralStatus(input: $input) {
    referral {
      status
      version
      nextStatuses
      history {
        fromStatus
        toStatus
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralChangeReferralStatusMutation, ReferralChangeReferralStatusMutationVariables>;
export const ReferralWithdrawConsentDocument = new TypedDocumentString(`
    mutation ReferralWithdrawConsent($id: ID!) {
  withdrawConsent(input: {id: $id}) {
    consent {
      withdrawnAt
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralWithdrawConsentMutation, ReferralWithdrawConsentMutationVariables>;
export const ReferralWithdrawConsent2Document = new TypedDocumentString(`
    mutation ReferralWithdrawConsent2($id: ID!) {
  withdrawConsent(input: {id: $id}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralWithdrawConsent2Mutation, ReferralWithdrawConsent2MutationVariables>;
export const ReferralBeneficiaryDocument = new TypedDocumentString(`
    query ReferralBeneficiary($id: ID!) {
  beneficiary(id: $id) {
    consents {
      id
      scope
      withdrawnAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralBeneficiaryQuery, ReferralBeneficiaryQueryVariables>;
export const ReferralCreatePartnerDocument = new TypedDocumentString(`
    mutation ReferralCreatePartner {
  createPartner(input: {name: "Closed NGO", kind: NGO}) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralCreatePartnerMutation, ReferralCreatePartnerMutationVariables>;
export const ReferralArchivePartnerDocument = new TypedDocumentString(`
    mutation ReferralArchivePartner($id: ID!) {
  archivePartner(input: {id: $id}) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralArchivePartnerMutation, ReferralArchivePartnerMutationVariables>;
export const ReferralOpenCaseDocument = new TypedDocumentString(`
    mutation ReferralOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
      version
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralOpenCaseMutation, ReferralOpenCaseMutationVariables>;
export const ReferralRequestCaseClosureDocument = new TypedDocumentString(`
    mutation ReferralRequestCaseClosure($id: ID!, $v: Int!) {
  requestCaseClosure(input: {id: $id, version: $v, reason: "done"}) {
    case {
      closureDecision
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralRequestCaseClosureMutation, ReferralRequestCaseClosureMutationVariables>;
export const ReferralCaseDocument = new TypedDocumentString(`
    query ReferralCase($id: ID!) {
  case(id: $id) {
    referrals {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralCaseQuery, ReferralCaseQueryVariables>;
export const ReferralCreatePartner2Document = new TypedDocumentString(`
    mutation ReferralCreatePartner2 {
  createPartner(input: {name: "Kulob Regional Hospital", kind: STATE_BODY}) {
    partner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralCreatePartner2Mutation, ReferralCreatePartner2MutationVariables>;
export const ReferralMakeReferral2Document = new TypedDocumentString(`
    mutation ReferralMakeReferral2($input: MakeReferralInput!) {
  makeReferral(input: $input) {
    referral {
      id
      receiverKind
      receiverName
      partner {
        id
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralMakeReferral2Mutation, ReferralMakeReferral2MutationVariables>;
export const ReferralReferralsDocument = new TypedDocumentString(`
    query ReferralReferrals($filter: ReferralFilter) {
  referrals(first: 100, filter: $filter) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralReferralsQuery, ReferralReferralsQueryVariables>;
export const ReferralReferralDocument = new TypedDocumentString(`
    query ReferralReferral($id: ID!) {
  referral(id: $id) {
    history {
      toStatus
      changedAt
      changedBy {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralReferralQuery, ReferralReferralQueryVariables>;
export const ReferralConsentToShareDocument = new TypedDocumentString(`
    query ReferralConsentToShare($b: ID!, $p: ID, $n: String) {
  consentToShare(beneficiaryId: $b, partnerId: $p, receiverName: $n) {
    id
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<ReferralConsentToShareQuery, ReferralConsentToShareQueryVariables>;
export const ReferralWithdrawConsent3Document = new TypedDocumentString(`
    mutation ReferralWithdrawConsent3($id: ID!) {
  withdrawConsent(input: {id: $id}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralWithdrawConsent3Mutation, ReferralWithdrawConsent3MutationVariables>;
export const ReferralReferral2Document = new TypedDocumentString(`
    query ReferralReferral2($id: ID!) {
  referral(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferralReferral2Query, ReferralReferral2QueryVariables>;
export const ReferralReferrals2Document = new TypedDocumentString(`
    query ReferralReferrals2 {
  referrals(first: 100) {
    totalCount
    edges {
      node {
        id
        unit {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralReferrals2Query, ReferralReferrals2QueryVariables>;
export const ShelterAdmitToShelterDocument = new TypedDocumentString(`
    mutation ShelterAdmitToShelter($input: AdmitToShelterInput!) {
  admitToShelter(input: $input) {
    shelterStay {
      id
      version
      bed
      shelterBed {
        id
        code
      }
      admittedOn
      plannedDischargeOn
      dischargedOn
      accompanyingChildren
      notes
      beneficiary {
        id
      }
      unit {
        code
      }
      case {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterAdmitToShelterMutation, ShelterAdmitToShelterMutationVariables>;
export const ShelterUpdateShelterStayDocument = new TypedDocumentString(`
    mutation ShelterUpdateShelterStay($input: UpdateShelterStayInput!) {
  updateShelterStay(input: $input) {
    shelterStay {
      id
      version
      bed
      shelterBed {
        id
        code
      }
      admittedOn
      plannedDischargeOn
      dischargedOn
      accompanyingChildren
      notes
      beneficiary {
        id
      }
      unit {
        code
      }
      case {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterUpdateShelterStayMutation, ShelterUpdateShelterStayMutationVariables>;
export const ShelterDischargeFromShelterDocument = new TypedDocumentString(`
    mutation ShelterDischargeFromShelter($input: DischargeFromShelterInput!) {
  dischargeFromShelter(input: $input) {
    shelterStay {
      id
      version
      bed
      shelterBed {
        id
        code
      }
      admittedOn
      plannedDischargeOn
      dischargedOn
      accompanyingChildren
      notes
      beneficiary {
        id
      }
      unit {
        code
      }
      case {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterDischargeFromShelterMutation, ShelterDischargeFromShelterMutationVariables>;
export const ShelterShelterStayDocument = new TypedDocumentString(`
    query ShelterShelterStay($id: ID!) {
  shelterStay(id: $id) {
    id
    version
    bed
    shelterBed {
      id
      code
    }
    admittedOn
    plannedDischargeOn
    dischargedOn
    accompanyingChildren
    notes
    beneficiary {
      id
    }
    unit {
      code
    }
    case {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStayQuery, ShelterShelterStayQueryVariables>;
export const ShelterShelterOccupancyDocument = new TypedDocumentString(`
    query ShelterShelterOccupancy {
  shelterOccupancy {
    unit {
      code
    }
    capacity
    occupiedBeds
    women
    children
    freeBeds
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterOccupancyQuery, ShelterShelterOccupancyQueryVariables>;
export const ShelterShelterOccupancyOverTimeDocument = new TypedDocumentString(`
    query ShelterShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!, $unitId: ID) {
  shelterOccupancyOverTime(
    from: $from
    to: $to
    interval: $interval
    unitId: $unitId
  ) {
    periodStart
    capacity
    averageOccupiedBeds
    peakOccupiedBeds
    women
    admissions
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterOccupancyOverTimeQuery, ShelterShelterOccupancyOverTimeQueryVariables>;
export const ShelterShelterBedsDocument = new TypedDocumentString(`
    query ShelterShelterBeds {
  shelterBeds(first: 100) {
    totalCount
    edges {
      node {
        id
        code
        position
        occupied
        unit {
          code
        }
        currentStay {
          id
          admittedOn
          accompanyingChildren
          beneficiary {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterBedsQuery, ShelterShelterBedsQueryVariables>;
export const ShelterOpenCaseDocument = new TypedDocumentString(`
    mutation ShelterOpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    case {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterOpenCaseMutation, ShelterOpenCaseMutationVariables>;
export const ShelterShelterOccupancy2Document = new TypedDocumentString(`
    query ShelterShelterOccupancy2($id: ID) {
  shelterOccupancy(unitId: $id) {
    occupiedBeds
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterOccupancy2Query, ShelterShelterOccupancy2QueryVariables>;
export const ShelterShelterOccupancy3Document = new TypedDocumentString(`
    query ShelterShelterOccupancy3($id: ID) {
  shelterOccupancy(unitId: $id) {
    occupiedBeds
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterOccupancy3Query, ShelterShelterOccupancy3QueryVariables>;
export const ShelterShelterStays2Document = new TypedDocumentString(`
    query ShelterShelterStays2 {
  shelterStays(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStays2Query, ShelterShelterStays2QueryVariables>;
export const ShelterShelterStay2Document = new TypedDocumentString(`
    query ShelterShelterStay2 {
  shelterStay(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStay2Query, ShelterShelterStay2QueryVariables>;
export const ShelterShelterBeds2Document = new TypedDocumentString(`
    query ShelterShelterBeds2 {
  shelterBeds(filter: {free: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterBeds2Query, ShelterShelterBeds2QueryVariables>;
export const ShelterShelterStays3Document = new TypedDocumentString(`
    query ShelterShelterStays3 {
  shelterStays(first: 100, filter: {current: true}) {
    edges {
      node {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStays3Query, ShelterShelterStays3QueryVariables>;
export const ShelterShelterStays5Document = new TypedDocumentString(`
    query ShelterShelterStays5 {
  shelterStays(first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStays5Query, ShelterShelterStays5QueryVariables>;
export const ShelterShelterStays6Document = new TypedDocumentString(`
    query ShelterShelterStays6 {
  shelterStays(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStays6Query, ShelterShelterStays6QueryVariables>;
export const ShelterShelterBeds3Document = new TypedDocumentString(`
    query ShelterShelterBeds3 {
  shelterBeds {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterBeds3Query, ShelterShelterBeds3QueryVariables>;
export const ShelterShelterStays7Document = new TypedDocumentString(`
    query ShelterShelterStays7($b: ID) {
  shelterStays(first: 10, filter: {beneficiaryId: $b}) {
    edges {
      node {
        id
        case {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStays7Query, ShelterShelterStays7QueryVariables>;
export const ShelterShelterStaysDocument = new TypedDocumentString(`
    query ShelterShelterStays {
  shelterStays(first: 100, filter: {current: true}) {
    totalCount
    edges {
      node {
        id
        dischargedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterStaysQuery, ShelterShelterStaysQueryVariables>;
export const ShelterShelterBeds4Document = new TypedDocumentString(`
    query ShelterShelterBeds4 {
  shelterBeds(first: 100, filter: {free: true}) {
    edges {
      node {
        occupied
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShelterShelterBeds4Query, ShelterShelterBeds4QueryVariables>;
export const ReleaseStatisticsTableDocument = new TypedDocumentString(`
    query ReleaseStatisticsTable($input: StatisticsTableInput!) {
  statisticsTable(input: $input) {
    minimumCount
    rows {
      key
      label
      cells {
        column
        value
        suppressed
      }
      total {
        value
        suppressed
      }
    }
    columnTotals {
      column
      value
      suppressed
    }
    grandTotal {
      value
      suppressed
    }
    release {
      number
      releasedAt
      latestNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseStatisticsTableQuery, ReleaseStatisticsTableQueryVariables>;
export const ReleasePublishCorrectedStatisticsDocument = new TypedDocumentString(`
    mutation ReleasePublishCorrectedStatistics($input: CorrectStatisticsInput!) {
  publishCorrectedStatistics(input: $input) {
    table {
      rows {
        label
        cells {
          value
        }
        total {
          value
        }
      }
      columnTotals {
        value
      }
      grandTotal {
        value
      }
      release {
        number
        latestNumber
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReleasePublishCorrectedStatisticsMutation, ReleasePublishCorrectedStatisticsMutationVariables>;
export const ReleaseWithdrawConsentDocument = new TypedDocumentString(`
    mutation ReleaseWithdrawConsent($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseWithdrawConsentMutation, ReleaseWithdrawConsentMutationVariables>;
export const ReleaseRecordServiceDocument = new TypedDocumentString(`
    mutation ReleaseRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseRecordServiceMutation, ReleaseRecordServiceMutationVariables>;
export const ReleaseEraseBeneficiaryDocument = new TypedDocumentString(`
    mutation ReleaseEraseBeneficiary($input: EraseBeneficiaryInput!) {
  eraseBeneficiary(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseEraseBeneficiaryMutation, ReleaseEraseBeneficiaryMutationVariables>;
export const StatisticsTableDocument = new TypedDocumentString(`
    query StatisticsTable($input: StatisticsTableInput!) {
  statisticsTable(input: $input) {
    table
    period {
      from
      to
      kind
    }
    minimumCount
    note
    columns {
      key
      label
    }
    rows {
      key
      label
      cells {
        column
        value
        suppressed
      }
      total {
        value
        suppressed
      }
    }
    columnTotals {
      column
      value
      suppressed
    }
    grandTotal {
      value
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsTableQuery, StatisticsTableQueryVariables>;
export const InvitationInviteDocument = new TypedDocumentString(`
    mutation InvitationInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    user {
      id
      email
      fullName
      role
      status
      invitationExpiresAt
      units {
        code
      }
    }
    invitation {
      token
      expiresAt
    }
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationInviteMutation, InvitationInviteMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    state
    fullName
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const InvitationAcceptDocument = new TypedDocumentString(`
    mutation InvitationAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accepted
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const InvitationReissueDocument = new TypedDocumentString(`
    mutation InvitationReissue($input: InvitationUserInput!) {
  reissueInvitation(input: $input) {
    user {
      id
      status
      invitationExpiresAt
    }
    invitation {
      token
      expiresAt
    }
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationReissueMutation, InvitationReissueMutationVariables>;
export const InvitationCancelDocument = new TypedDocumentString(`
    mutation InvitationCancel($input: InvitationUserInput!) {
  cancelInvitation(input: $input) {
    user {
      id
      status
      archivedAt
    }
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationCancelMutation, InvitationCancelMutationVariables>;
export const InvitationStatusDocument = new TypedDocumentString(`
    query InvitationStatus($id: ID!) {
  user(id: $id) {
    id
    status
    invitationExpiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationStatusQuery, InvitationStatusQueryVariables>;
export const UserUsersDocument = new TypedDocumentString(`
    query UserUsers($filter: UserFilter) {
  users(first: 100, filter: $filter) {
    edges {
      node {
        id
        fullName
        role
        archivedAt
        units {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserUsersQuery, UserUsersQueryVariables>;
export const UserVersionDocument = new TypedDocumentString(`
    query UserVersion($id: ID!) {
  user(id: $id) {
    id
    version
    role
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<UserVersionQuery, UserVersionQueryVariables>;
export const UserUpdateDocument = new TypedDocumentString(`
    mutation UserUpdate($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user {
      id
      role
      version
    }
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserUpdateMutation, UserUpdateMutationVariables>;
export const UserArchiveDocument = new TypedDocumentString(`
    mutation UserArchive($id: ID!) {
  archiveUser(input: {id: $id}) {
    user {
      id
      archivedAt
    }
    userErrors {
      code
      field
      params
    }
  }
}
    `) as unknown as TypedDocumentString<UserArchiveMutation, UserArchiveMutationVariables>;
export const AccessBeneficiariesDocument = new TypedDocumentString(`
    query AccessBeneficiaries {
  beneficiaries(first: 2) {
    edges {
      node {
        id
        code
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessBeneficiariesQuery, AccessBeneficiariesQueryVariables>;
export const AccessBeneficiaries2Document = new TypedDocumentString(`
    query AccessBeneficiaries2 {
  beneficiaries(first: 1) {
    edges {
      node {
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessBeneficiaries2Query, AccessBeneficiaries2QueryVariables>;
export const AccessViewerDocument = new TypedDocumentString(`
    query AccessViewer {
  viewer {
    kind
    scopes
    partner {
      id
      name
    }
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerQuery, AccessViewerQueryVariables>;
export const AccessViewer2Document = new TypedDocumentString(`
    query AccessViewer2 {
  viewer {
    user {
      id
      email
      fullName
      role
      units {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewer2Query, AccessViewer2QueryVariables>;
export const AccessUsersDocument = new TypedDocumentString(`
    query AccessUsers {
  users(first: 5) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUsersQuery, AccessUsersQueryVariables>;
export const Docker__TypenameDocument = new TypedDocumentString(`
    query Docker__typename {
  __typename
}
    `) as unknown as TypedDocumentString<Docker__TypenameQuery, Docker__TypenameQueryVariables>;
export const ExportsCreateBeneficiaryDocument = new TypedDocumentString(`
    mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) {
    beneficiary {
      id
      code
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateBeneficiaryMutation, ExportsCreateBeneficiaryMutationVariables>;
export const ExportsBeneficiaryCountDocument = new TypedDocumentString(`
    query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {
  beneficiaries(first: 0, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportsBeneficiaryCountQuery, ExportsBeneficiaryCountQueryVariables>;
export const ExportsCreateCampaignDocument = new TypedDocumentString(`
    mutation ExportsCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    campaign {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateCampaignMutation, ExportsCreateCampaignMutationVariables>;
export const ExportsReportActivityDocument = new TypedDocumentString(`
    mutation ExportsReportActivity($input: ReportCampaignActivityInput!) {
  reportCampaignActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsReportActivityMutation, ExportsReportActivityMutationVariables>;
export const ExportsActivityCountDocument = new TypedDocumentString(`
    query ExportsActivityCount($filter: CampaignActivitiesFilter) {
  campaignActivities(first: 0, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportsActivityCountQuery, ExportsActivityCountQueryVariables>;
export const ExportsCreateCourseDocument = new TypedDocumentString(`
    mutation ExportsCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateCourseMutation, ExportsCreateCourseMutationVariables>;
export const ExportsScheduleSessionDocument = new TypedDocumentString(`
    mutation ExportsScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    session {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsScheduleSessionMutation, ExportsScheduleSessionMutationVariables>;
export const ExportsEnrollInCourseDocument = new TypedDocumentString(`
    mutation ExportsEnrollInCourse($input: EnrollInCourseInput!) {
  enrollInCourse(input: $input) {
    added
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsEnrollInCourseMutation, ExportsEnrollInCourseMutationVariables>;
export const ExportsRecordAttendanceDocument = new TypedDocumentString(`
    mutation ExportsRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    changed
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsRecordAttendanceMutation, ExportsRecordAttendanceMutationVariables>;
export const ExportsRecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation ExportsRecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsRecordSelfAssessmentMutation, ExportsRecordSelfAssessmentMutationVariables>;
export const ExportsEnrollmentsDocument = new TypedDocumentString(`
    query ExportsEnrollments($filter: EnrollmentFilter) {
  enrollments(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        beneficiary {
          code
        }
        attendedSessions
        completed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsEnrollmentsQuery, ExportsEnrollmentsQueryVariables>;
export const ExportsCreateGroupDocument = new TypedDocumentString(`
    mutation ExportsCreateGroup($input: CreateSelfHelpGroupInput!) {
  createSelfHelpGroup(input: $input) {
    selfHelpGroup {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateGroupMutation, ExportsCreateGroupMutationVariables>;
export const ExportsAddGroupMemberDocument = new TypedDocumentString(`
    mutation ExportsAddGroupMember($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) {
    membership {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsAddGroupMemberMutation, ExportsAddGroupMemberMutationVariables>;
export const ExportsRemoveGroupMemberDocument = new TypedDocumentString(`
    mutation ExportsRemoveGroupMember($input: RemoveGroupMemberInput!) {
  removeGroupMember(input: $input) {
    membership {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsRemoveGroupMemberMutation, ExportsRemoveGroupMemberMutationVariables>;
export const ExportsGroupMemberCountDocument = new TypedDocumentString(`
    query ExportsGroupMemberCount($filter: GroupMemberFilter) {
  groupMembers(first: 0, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportsGroupMemberCountQuery, ExportsGroupMemberCountQueryVariables>;
export const FaultsCreatePartnerDocument = new TypedDocumentString(`
    mutation FaultsCreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreatePartnerMutation, FaultsCreatePartnerMutationVariables>;
export const Faults__TypenameDocument = new TypedDocumentString(`
    query Faults__typename {
  __typename
}
    `) as unknown as TypedDocumentString<Faults__TypenameQuery, Faults__TypenameQueryVariables>;
export const Faults__Typename2Document = new TypedDocumentString(`
    query Faults__typename2 {
  __typename
}
    `) as unknown as TypedDocumentString<Faults__Typename2Query, Faults__Typename2QueryVariables>;
export const Faults__Typename3Document = new TypedDocumentString(`
    query Faults__typename3 {
  __typename
}
    `) as unknown as TypedDocumentString<Faults__Typename3Query, Faults__Typename3QueryVariables>;
export const Faults__Typename4Document = new TypedDocumentString(`
    query Faults__typename4 {
  __typename
}
    `) as unknown as TypedDocumentString<Faults__Typename4Query, Faults__Typename4QueryVariables>;
export const Faults__Typename5Document = new TypedDocumentString(`
    query Faults__typename5 {
  __typename
}
    `) as unknown as TypedDocumentString<Faults__Typename5Query, Faults__Typename5QueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    viewer {
      kind
      user {
        id
        email
        role
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const HarnessCreateUserDocument = new TypedDocumentString(`
    mutation HarnessCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HarnessCreateUserMutation, HarnessCreateUserMutationVariables>;
export const HarnessCreatePartnerDocument = new TypedDocumentString(`
    mutation HarnessCreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HarnessCreatePartnerMutation, HarnessCreatePartnerMutationVariables>;
export const HarnessCreateApiKeyDocument = new TypedDocumentString(`
    mutation HarnessCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HarnessCreateApiKeyMutation, HarnessCreateApiKeyMutationVariables>;
export const HostileInputViewer2Document = new TypedDocumentString(`
    query HostileInputViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<HostileInputViewer2Query, HostileInputViewer2QueryVariables>;
export const HostileInputViewer3Document = new TypedDocumentString(`
    query HostileInputViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<HostileInputViewer3Query, HostileInputViewer3QueryVariables>;
export const HostileInputViewer4Document = new TypedDocumentString(`
    query HostileInputViewer4 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<HostileInputViewer4Query, HostileInputViewer4QueryVariables>;
export const HostileInputBeneficiariesDocument = new TypedDocumentString(`
    query HostileInputBeneficiaries {
  beneficiaries(first: 100000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HostileInputBeneficiariesQuery, HostileInputBeneficiariesQueryVariables>;
export const HostileInputBeneficiaries2Document = new TypedDocumentString(`
    query HostileInputBeneficiaries2 {
  beneficiaries(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HostileInputBeneficiaries2Query, HostileInputBeneficiaries2QueryVariables>;
export const HostileInputCreatePartnerDocument = new TypedDocumentString(`
    mutation HostileInputCreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HostileInputCreatePartnerMutation, HostileInputCreatePartnerMutationVariables>;
export const HostileInputCampaignsDocument = new TypedDocumentString(`
    query HostileInputCampaigns {
  campaigns(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HostileInputCampaignsQuery, HostileInputCampaignsQueryVariables>;
export const HostileInputViewer5Document = new TypedDocumentString(`
    query HostileInputViewer5 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<HostileInputViewer5Query, HostileInputViewer5QueryVariables>;
export const HostileInputUsersDocument = new TypedDocumentString(`
    query HostileInputUsers {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HostileInputUsersQuery, HostileInputUsersQueryVariables>;
export const HostileInputCaseDocument = new TypedDocumentString(`
    query HostileInputCase($id: ID!) {
  case(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileInputCaseQuery, HostileInputCaseQueryVariables>;
export const HostileInputUpdateBeneficiaryDocument = new TypedDocumentString(`
    mutation HostileInputUpdateBeneficiary($input: UpdateBeneficiaryInput!) {
  updateBeneficiary(input: $input) {
    beneficiary {
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HostileInputUpdateBeneficiaryMutation, HostileInputUpdateBeneficiaryMutationVariables>;
export const IdempotencyCreatePartnerDocument = new TypedDocumentString(`
    mutation IdempotencyCreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner {
      id
      name
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreatePartnerMutation, IdempotencyCreatePartnerMutationVariables>;
export const ListPermissionsBeneficiariesDocument = new TypedDocumentString(`
    query ListPermissionsBeneficiaries($filter: BeneficiaryFilter, $sort: BeneficiarySort) {
  beneficiaries(first: 100, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListPermissionsBeneficiariesQuery, ListPermissionsBeneficiariesQueryVariables>;
export const PageColumnsWomenDocument = new TypedDocumentString(`
    query PageColumnsWomen {
  beneficiaries(first: 40) {
    edges {
      node {
        ...PageColumnsWoman
        services(first: 3) {
          edges {
            node {
              ...PageColumnsService
            }
          }
        }
      }
    }
  }
}
    fragment PageColumnsWoman on Beneficiary {
  id
  code
  firstName
  lastName
  patronymic
  birthYear
  phone
  status
  vulnerabilities
  registeredOn
  erasedAt
  version
  archivedAt
  createdAt
  updatedAt
  community {
    id
  }
  unit {
    id
  }
}
fragment PageColumnsService on Service {
  id
  kind
  subtype
  providedOn
  outcome
  followUpDueOn
  followUpDoneAt
  notes
  overdue
  version
  archivedAt
  createdAt
  updatedAt
  beneficiary {
    id
  }
  unit {
    id
  }
}`) as unknown as TypedDocumentString<PageColumnsWomenQuery, PageColumnsWomenQueryVariables>;
export const PageColumnsWomanDocument = new TypedDocumentString(`
    query PageColumnsWoman($id: ID!) {
  beneficiary(id: $id) {
    ...PageColumnsWoman
  }
}
    fragment PageColumnsWoman on Beneficiary {
  id
  code
  firstName
  lastName
  patronymic
  birthYear
  phone
  status
  vulnerabilities
  registeredOn
  erasedAt
  version
  archivedAt
  createdAt
  updatedAt
  community {
    id
  }
  unit {
    id
  }
}`) as unknown as TypedDocumentString<PageColumnsWomanQuery, PageColumnsWomanQueryVariables>;
export const PageColumnsServicesDocument = new TypedDocumentString(`
    query PageColumnsServices {
  services(first: 60) {
    edges {
      node {
        ...PageColumnsService
      }
    }
  }
}
    fragment PageColumnsService on Service {
  id
  kind
  subtype
  providedOn
  outcome
  followUpDueOn
  followUpDoneAt
  notes
  overdue
  version
  archivedAt
  createdAt
  updatedAt
  beneficiary {
    id
  }
  unit {
    id
  }
}`) as unknown as TypedDocumentString<PageColumnsServicesQuery, PageColumnsServicesQueryVariables>;
export const PageColumnsOverdueDocument = new TypedDocumentString(`
    query PageColumnsOverdue {
  services(first: 60) {
    edges {
      node {
        id
        overdue
        beneficiary {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageColumnsOverdueQuery, PageColumnsOverdueQueryVariables>;
export const PageColumnsOneServiceDocument = new TypedDocumentString(`
    query PageColumnsOneService($id: ID!) {
  service(id: $id) {
    ...PageColumnsService
  }
}
    fragment PageColumnsService on Service {
  id
  kind
  subtype
  providedOn
  outcome
  followUpDueOn
  followUpDoneAt
  notes
  overdue
  version
  archivedAt
  createdAt
  updatedAt
  beneficiary {
    id
  }
  unit {
    id
  }
}`) as unknown as TypedDocumentString<PageColumnsOneServiceQuery, PageColumnsOneServiceQueryVariables>;
export const PageColumnsAliasedDocument = new TypedDocumentString(`
    query PageColumnsAliased {
  a: beneficiaries(first: 5) {
    edges {
      node {
        id
        code
      }
    }
  }
  b: beneficiaries(first: 5) {
    edges {
      node {
        id
        ... on Beneficiary {
          phone
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageColumnsAliasedQuery, PageColumnsAliasedQueryVariables>;
export const PageColumnsNarrowDocument = new TypedDocumentString(`
    query PageColumnsNarrow {
  beneficiaries(first: 5) {
    edges {
      node {
        id
        code
        firstName
        community {
          name
        }
        services(first: 2) {
          edges {
            node {
              kind
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageColumnsNarrowQuery, PageColumnsNarrowQueryVariables>;
export const PageCostBeneficiariesDocument = new TypedDocumentString(`
    query PageCostBeneficiaries($community: ID!, $first: Int!) {
  beneficiaries(
    first: $first
    filter: {communityId: $community}
    sort: {field: REGISTERED_ON, direction: DESC}
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        code
        firstName
        lastName
        registeredOn
        community {
          name
          district {
            name
          }
        }
        services(first: 5) {
          edges {
            node {
              id
              kind
              subtype
              providedOn
              outcome
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostBeneficiariesQuery, PageCostBeneficiariesQueryVariables>;
export const PageCostCaseloadDocument = new TypedDocumentString(`
    query PageCostCaseload($first: Int!) {
  caseload {
    myOpenCasesByRisk {
      key
      count
    }
    overdueFollowUps
    awaitingClosure
  }
  cases(first: $first, filter: {mine: true, status: OPEN}) {
    edges {
      node {
        id
        riskLevel
        stage
        openedAt
        beneficiary {
          code
          firstName
          lastName
          services(first: 3) {
            totalCount
            edges {
              node {
                kind
                providedOn
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostCaseloadQuery, PageCostCaseloadQueryVariables>;
export const PageCostBeneficiaries2Document = new TypedDocumentString(`
    query PageCostBeneficiaries2 {
  beneficiaries(first: 50) {
    edges {
      node {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostBeneficiaries2Query, PageCostBeneficiaries2QueryVariables>;
export const PageCostServicesDocument = new TypedDocumentString(`
    query PageCostServices {
  services(first: 50) {
    edges {
      node {
        providedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostServicesQuery, PageCostServicesQueryVariables>;
export const PageCostServices2Document = new TypedDocumentString(`
    query PageCostServices2 {
  services(
    first: 50
    filter: {providedOn: {from: "2026-01-01", to: "2026-01-31"}}
  ) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostServices2Query, PageCostServices2QueryVariables>;
export const PageCostCasesDocument = new TypedDocumentString(`
    query PageCostCases {
  cases(first: 50) {
    edges {
      node {
        openedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostCasesQuery, PageCostCasesQueryVariables>;
export const PageCostDashboardDocument = new TypedDocumentString(`
    query PageCostDashboard {
  dashboard(scope: {from: "2026-01-01", to: "2026-03-31"}) {
    womenSupported {
      total {
        value
      }
    }
    openCasesByRisk {
      total {
        value
      }
    }
    overdueFollowUps {
      value
    }
    trainings {
      completed {
        value
      }
    }
    shelter {
      bedsTaken {
        value
      }
    }
    campaignReach {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<PageCostDashboardQuery, PageCostDashboardQueryVariables>;
export const PartnerClientCreateCampaignDocument = new TypedDocumentString(`
    mutation PartnerClientCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    campaign {
      id
      version
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerClientCreateCampaignMutation, PartnerClientCreateCampaignMutationVariables>;
export const PartnerClientSetCampaignPartnersDocument = new TypedDocumentString(`
    mutation PartnerClientSetCampaignPartners($input: SetCampaignPartnersInput!) {
  setCampaignPartners(input: $input) {
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerClientSetCampaignPartnersMutation, PartnerClientSetCampaignPartnersMutationVariables>;
export const PartnerClientRevokeApiKeyDocument = new TypedDocumentString(`
    mutation PartnerClientRevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerClientRevokeApiKeyMutation, PartnerClientRevokeApiKeyMutationVariables>;
export const PartnerGuideCreateApiKeyDocument = new TypedDocumentString(`
    mutation PartnerGuideCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerGuideCreateApiKeyMutation, PartnerGuideCreateApiKeyMutationVariables>;
export const PartnerReachBeneficiariesDocument = new TypedDocumentString(`
    query PartnerReachBeneficiaries {
  beneficiaries(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachBeneficiariesQuery, PartnerReachBeneficiariesQueryVariables>;
export const PartnerReachBeneficiaryDocument = new TypedDocumentString(`
    query PartnerReachBeneficiary {
  beneficiary(id: "00000000-0000-4000-8000-000000000000") {
    code
  }
}
    `) as unknown as TypedDocumentString<PartnerReachBeneficiaryQuery, PartnerReachBeneficiaryQueryVariables>;
export const PartnerReachCasesDocument = new TypedDocumentString(`
    query PartnerReachCases {
  cases(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachCasesQuery, PartnerReachCasesQueryVariables>;
export const PartnerReachReferralsDocument = new TypedDocumentString(`
    query PartnerReachReferrals {
  referrals(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachReferralsQuery, PartnerReachReferralsQueryVariables>;
export const PartnerReachServicesDocument = new TypedDocumentString(`
    query PartnerReachServices {
  services(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachServicesQuery, PartnerReachServicesQueryVariables>;
export const PartnerReachShelterStaysDocument = new TypedDocumentString(`
    query PartnerReachShelterStays {
  shelterStays(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachShelterStaysQuery, PartnerReachShelterStaysQueryVariables>;
export const PartnerReachUsersDocument = new TypedDocumentString(`
    query PartnerReachUsers {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachUsersQuery, PartnerReachUsersQueryVariables>;
export const PartnerReachAuditEventsDocument = new TypedDocumentString(`
    query PartnerReachAuditEvents {
  auditEvents(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PartnerReachAuditEventsQuery, PartnerReachAuditEventsQueryVariables>;
export const PartnerReachCourseDocument = new TypedDocumentString(`
    query PartnerReachCourse {
  course(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnerReachCourseQuery, PartnerReachCourseQueryVariables>;
export const PartnerReachSelfHelpGroupDocument = new TypedDocumentString(`
    query PartnerReachSelfHelpGroup {
  selfHelpGroup(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnerReachSelfHelpGroupQuery, PartnerReachSelfHelpGroupQueryVariables>;
export const PlatformLoginDocument = new TypedDocumentString(`
    mutation PlatformLogin($input: LoginInput!) {
  login(input: $input) {
    step
    mfaChallenge {
      token
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformLoginMutation, PlatformLoginMutationVariables>;
export const PlatformBeginMfaEnrolmentDocument = new TypedDocumentString(`
    mutation PlatformBeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {
  beginMfaEnrolment(input: $input) {
    enrolment {
      secret
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformBeginMfaEnrolmentMutation, PlatformBeginMfaEnrolmentMutationVariables>;
export const PlatformConfirmMfaEnrolmentDocument = new TypedDocumentString(`
    mutation PlatformConfirmMfaEnrolment($input: MfaCodeInput!) {
  confirmMfaEnrolment(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformConfirmMfaEnrolmentMutation, PlatformConfirmMfaEnrolmentMutationVariables>;
export const PlatformVerifyMfaDocument = new TypedDocumentString(`
    mutation PlatformVerifyMfa($input: VerifyMfaInput!) {
  verifyMfa(input: $input) {
    step
  }
}
    `) as unknown as TypedDocumentString<PlatformVerifyMfaMutation, PlatformVerifyMfaMutationVariables>;
export const PlatformUnitsDocument = new TypedDocumentString(`
    query PlatformUnits {
  units {
    totalCount
  }
  districts {
    totalCount
  }
  beneficiaries(first: 1) {
    totalCount
  }
  communities(first: 100) {
    totalCount
    edges {
      node {
        families
        inhabitants
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformUnitsQuery, PlatformUnitsQueryVariables>;
export const RateBudgetCampaignsDocument = new TypedDocumentString(`
    query RateBudgetCampaigns($first: Int!) {
  campaigns(first: $first) {
    totalCount
    edges {
      node {
        id
        districts {
          name
        }
        totals {
          overall {
            total
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateBudgetCampaignsQuery, RateBudgetCampaignsQueryVariables>;
export const RateBudgetViewerDocument = new TypedDocumentString(`
    query RateBudgetViewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RateBudgetViewerQuery, RateBudgetViewerQueryVariables>;
export const RateBudgetViewer2Document = new TypedDocumentString(`
    query RateBudgetViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RateBudgetViewer2Query, RateBudgetViewer2QueryVariables>;
export const RateBudgetViewer3Document = new TypedDocumentString(`
    query RateBudgetViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RateBudgetViewer3Query, RateBudgetViewer3QueryVariables>;
export const RateBudgetCampaigns2Document = new TypedDocumentString(`
    query RateBudgetCampaigns2 {
  campaigns(first: 100) {
    edges {
      node {
        activities(first: 100) {
          edges {
            node {
              id
              district {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateBudgetCampaigns2Query, RateBudgetCampaigns2QueryVariables>;
export const ReachCasesDocument = new TypedDocumentString(`
    query ReachCases {
  cases(first: 100) {
    totalCount
    edges {
      node {
        unit {
          id
        }
      }
    }
  }
  services(first: 100) {
    totalCount
    edges {
      node {
        unit {
          id
        }
      }
    }
  }
  referrals(first: 100) {
    totalCount
  }
  shelterStays(first: 100) {
    totalCount
  }
  caseload {
    awaitingClosure
  }
}
    `) as unknown as TypedDocumentString<ReachCasesQuery, ReachCasesQueryVariables>;
export const ReachCampaignDocument = new TypedDocumentString(`
    query ReachCampaign($id: ID!) {
  campaign(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReachCampaignQuery, ReachCampaignQueryVariables>;
export const ReachCases2Document = new TypedDocumentString(`
    query ReachCases2($filter: CaseFilter) {
  cases(first: 1, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReachCases2Query, ReachCases2QueryVariables>;
export const ReachServicesDocument = new TypedDocumentString(`
    query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {
  services(first: 100, filter: $filter, sort: $sort, after: $after) {
    totalCount
    edges {
      node {
        followUpDueOn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReachServicesQuery, ReachServicesQueryVariables>;
export const ReachReferralsDocument = new TypedDocumentString(`
    query ReachReferrals($filter: ReferralFilter) {
  referrals(first: 1, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReachReferralsQuery, ReachReferralsQueryVariables>;
export const ReachShelterStaysDocument = new TypedDocumentString(`
    query ReachShelterStays($filter: ShelterStayFilter) {
  shelterStays(first: 1, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReachShelterStaysQuery, ReachShelterStaysQueryVariables>;
export const ReachBeneficiariesDocument = new TypedDocumentString(`
    query ReachBeneficiaries {
  beneficiaries(first: 50) {
    edges {
      node {
        id
        firstName
        lastName
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReachBeneficiariesQuery, ReachBeneficiariesQueryVariables>;
export const ReachAuditEventsDocument = new TypedDocumentString(`
    query ReachAuditEvents($filter: AuditEventFilter) {
  auditEvents(first: 5, filter: $filter) {
    edges {
      node {
        action
        actorName
        entityIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReachAuditEventsQuery, ReachAuditEventsQueryVariables>;
export const ReplicasViewerDocument = new TypedDocumentString(`
    query ReplicasViewer {
  viewer {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasViewerQuery, ReplicasViewerQueryVariables>;
export const ReplicasLogoutDocument = new TypedDocumentString(`
    mutation ReplicasLogout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<ReplicasLogoutMutation, ReplicasLogoutMutationVariables>;
export const ReplicasViewer2Document = new TypedDocumentString(`
    query ReplicasViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ReplicasViewer2Query, ReplicasViewer2QueryVariables>;
export const ReplicasViewer3Document = new TypedDocumentString(`
    query ReplicasViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ReplicasViewer3Query, ReplicasViewer3QueryVariables>;
export const ReplicasViewer4Document = new TypedDocumentString(`
    query ReplicasViewer4 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ReplicasViewer4Query, ReplicasViewer4QueryVariables>;
export const ReplicasCampaignsDocument = new TypedDocumentString(`
    query ReplicasCampaigns {
  campaigns(first: 100) {
    edges {
      node {
        districts {
          name
        }
        partners {
          partner {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasCampaignsQuery, ReplicasCampaignsQueryVariables>;
export const ReplicasViewer5Document = new TypedDocumentString(`
    query ReplicasViewer5 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<ReplicasViewer5Query, ReplicasViewer5QueryVariables>;
export const RequestErrorsViewerDocument = new TypedDocumentString(`
    query RequestErrorsViewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RequestErrorsViewerQuery, RequestErrorsViewerQueryVariables>;
export const RequestErrorsViewer2Document = new TypedDocumentString(`
    query RequestErrorsViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RequestErrorsViewer2Query, RequestErrorsViewer2QueryVariables>;
export const RequestErrorsViewer3Document = new TypedDocumentString(`
    query RequestErrorsViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RequestErrorsViewer3Query, RequestErrorsViewer3QueryVariables>;
export const RequestErrorsViewer4Document = new TypedDocumentString(`
    query RequestErrorsViewer4 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<RequestErrorsViewer4Query, RequestErrorsViewer4QueryVariables>;
export const RequestErrorsCampaignsDocument = new TypedDocumentString(`
    query RequestErrorsCampaigns {
  campaigns(first: 1) {
    edges {
      node {
        districts {
          communities {
            district {
              communities {
                district {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestErrorsCampaignsQuery, RequestErrorsCampaignsQueryVariables>;
export const SchemaViewerDocument = new TypedDocumentString(`
    query SchemaViewer {
  viewer {
    user {
      units {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaViewerQuery, SchemaViewerQueryVariables>;
export const SchemaDistrictsDocument = new TypedDocumentString(`
    query SchemaDistricts {
  districts {
    edges {
      node {
        communities {
          district {
            communities {
              district {
                communities {
                  district {
                    communities {
                      district {
                        communities {
                          id
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaDistrictsQuery, SchemaDistrictsQueryVariables>;
export const SchemaEightInlineDocument = new TypedDocumentString(`
    query SchemaEightInline {
  districts {
    edges {
      node {
        communities {
          district {
            communities {
              district {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaEightInlineQuery, SchemaEightInlineQueryVariables>;
export const SchemaEightSpreadDocument = new TypedDocumentString(`
    query SchemaEightSpread {
  districts {
    edges {
      node {
        ...SchemaDistrictDeep
      }
    }
  }
}
    fragment SchemaDistrictDeep on District {
  communities {
    ...SchemaCommunityDeep
  }
}
fragment SchemaCommunityDeep on Community {
  district {
    communities {
      district {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<SchemaEightSpreadQuery, SchemaEightSpreadQueryVariables>;
export const SchemaNineSpreadDocument = new TypedDocumentString(`
    query SchemaNineSpread {
  districts {
    edges {
      node {
        ...SchemaDistrictNine
      }
    }
  }
}
    fragment SchemaDistrictNine on District {
  communities {
    district {
      ...SchemaCommunityNine
    }
  }
}
fragment SchemaCommunityNine on District {
  communities {
    district {
      communities {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<SchemaNineSpreadQuery, SchemaNineSpreadQueryVariables>;
export const SchemaViewer2Document = new TypedDocumentString(`
    query SchemaViewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<SchemaViewer2Query, SchemaViewer2QueryVariables>;
export const SchemaViewer3Document = new TypedDocumentString(`
    query SchemaViewer3 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<SchemaViewer3Query, SchemaViewer3QueryVariables>;
export const Schema__SchemaDocument = new TypedDocumentString(`
    query Schema__schema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Schema__SchemaQuery, Schema__SchemaQueryVariables>;
export const Schema__Schema2Document = new TypedDocumentString(`
    query Schema__schema2 {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Schema__Schema2Query, Schema__Schema2QueryVariables>;
export const SchemaViewer4Document = new TypedDocumentString(`
    query SchemaViewer4 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<SchemaViewer4Query, SchemaViewer4QueryVariables>;
export const SelfAndDenialsViewerDocument = new TypedDocumentString(`
    query SelfAndDenialsViewer {
  viewer {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAndDenialsViewerQuery, SelfAndDenialsViewerQueryVariables>;
export const SelfAndDenialsBeneficiariesDocument = new TypedDocumentString(`
    query SelfAndDenialsBeneficiaries {
  beneficiaries(first: 5) {
    edges {
      node {
        code
        birthYear
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAndDenialsBeneficiariesQuery, SelfAndDenialsBeneficiariesQueryVariables>;
export const SelfAndDenialsUsersDocument = new TypedDocumentString(`
    query SelfAndDenialsUsers {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SelfAndDenialsUsersQuery, SelfAndDenialsUsersQueryVariables>;
export const SelfAndDenialsStatisticsTableDocument = new TypedDocumentString(`
    query SelfAndDenialsStatisticsTable {
  statisticsTable(
    input: {table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: {year: 2025}}
  ) {
    minimumCount
  }
}
    `) as unknown as TypedDocumentString<SelfAndDenialsStatisticsTableQuery, SelfAndDenialsStatisticsTableQueryVariables>;
export const SelfAndDenialsUsers2Document = new TypedDocumentString(`
    query SelfAndDenialsUsers2 {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SelfAndDenialsUsers2Query, SelfAndDenialsUsers2QueryVariables>;