/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A woman joining a group. */
export type AddGroupMemberInput = {
  /** The woman (a registered beneficiary); she must not be a current member already. */
  beneficiaryId: string | number;
  /** Which group. */
  groupId: string | number;
  /** Day she joined, YYYY-MM-DD: not before the group was founded, not in the future. */
  joinedOn: string;
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
  /** Only events about this record. */
  entityId?: string | number | null | undefined;
  /** Only events about this kind of record, e.g. Beneficiary. */
  entityType?: string | null | undefined;
  /** Only events at or after this time. */
  from?: string | null | undefined;
  /** Only events before this time. */
  to?: string | null | undefined;
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

/** Where a request to close a case stands; a coordinator decides. */
export type ClosureDecision =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

/** What a woman consented to. */
export type ConsentScope =
  /** Receiving NK's services. */
  | 'SERVICES'
  /** Sharing her data with one named receiver (a partner or an external body). */
  | 'SHARING'
  /** Being counted in anonymous statistics that leave NK. */
  | 'STATISTICS';

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

/** Women to enrol in a course; those enrolled already are skipped. */
export type EnrollInCourseInput = {
  /** Beneficiaries to enrol, at most 200. */
  beneficiaryIds: Array<string | number>;
  /** The course. */
  courseId: string | number;
};

/** Whose personal data to erase, and why. */
export type EraseBeneficiaryInput = {
  /** Which beneficiary. */
  id: string | number;
  /** Why (e.g. her written request of a date); no personal data. Kept in the audit log. */
  reason: string;
};

/** Forming → active → autonomous (going back needs a reason). */
export type GroupStage =
  | 'ACTIVE'
  | 'AUTONOMOUS'
  | 'FORMING';

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

/** A woman leaving a group. */
export type RemoveGroupMemberInput = {
  /** Day she left, YYYY-MM-DD: not before she joined, not in the future. She is a member until the day before. */
  leftOn: string;
  /** Which membership (GroupMembership.id). */
  membershipId: string | number;
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

export type ArchiveServicesListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveServicesListedQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ArchiveCampaignsListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveCampaignsListedQuery = { campaigns: { edges: Array<{ node: { id: string } }> } };

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

export type ServicesOfOtherUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesOfOtherUnitsQuery = { services: { edges: Array<{ node: { id: string } }> } };

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

export type CaseloadAssistanceCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadAssistanceCountsQuery = { assistanceCounts: { minimumCount: number | null, servicesByKind: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type FloorAssistanceCountsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FloorAssistanceCountsQuery = { assistanceCounts: { shelterAdmissions: number | null, shelterAdmissionsSuppressed: boolean, minimumCount: number | null, servicesByKind: Array<{ key: string, count: number | null, suppressed: boolean }> } };

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

export type CaseCases5QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases5Query = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseCases3QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases3Query = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseCases4QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCases4Query = { cases: { edges: Array<{ node: { riskLevel: RiskLevel } }> } };

export type CampaignReportCampaignActivityMutationVariables = Exact<{
  input: ReportCampaignActivityInput;
}>;


export type CampaignReportCampaignActivityMutation = { reportCampaignActivity: { activity: { id: string, version: number, heldOn: string, reached: number, reportedByNk: boolean, reportedBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CampaignCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaignQuery = { campaign: { totals: { materials: number, overall: { activities: number, women: number, men: number, total: number }, byDistrict: Array<{ activities: number, women: number, men: number, total: number, district: { id: string } }>, bySex: Array<{ sex: ReachSex, reached: number }>, byAgeBand: Array<{ ageBand: AgeBand, women: number, men: number, total: number }>, byMonth: Array<{ month: string, activities: number, women: number, men: number, total: number }> } } };

export type CampaignCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CampaignCampaign2QueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignCampaign2Query = { campaign: { partners: Array<{ role: PartnerRole, partner: { id: string, name: string, acronym: string | null, kind: PartnerKind, contactEmail: string | null, districts: Array<{ name: string }> } }>, activities: { totalCount: number, edges: Array<{ node: { title: string, reportedByNk: boolean, reportedBy: { id: string } | null, district: { name: string }, community: { name: string } | null } }> } } };

export type CouncilCreateCoalitionMutationVariables = Exact<{ [key: string]: never; }>;


export type CouncilCreateCoalitionMutation = { createCoalition: { coalition: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CouncilCreateCoalition2MutationVariables = Exact<{ [key: string]: never; }>;


export type CouncilCreateCoalition2Mutation = { createCoalition: { userErrors: Array<{ code: UserErrorCode }> } };

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

export type CommunitySelfHelpGroup3QueryVariables = Exact<{
  id: string | number;
}>;


export type CommunitySelfHelpGroup3Query = { selfHelpGroup: { meetings: Array<{ attendance: { count: number, women: Array<{ code: string, lastName: string }> } }> } };

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

export type ShelterShelterOccupancyQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterOccupancyQuery = { shelterOccupancy: Array<{ capacity: number | null, occupiedBeds: number, women: number, children: number, freeBeds: number | null, unit: { code: string } }> };

export type ShelterShelterStaysQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterShelterStaysQuery = { shelterStays: { totalCount: number, edges: Array<{ node: { id: string, dischargedOn: string | null } }> } };

export type StatisticsTableQueryVariables = Exact<{
  input: StatisticsTableInput;
}>;


export type StatisticsTableQuery = { statisticsTable: { table: StatisticsTableName, minimumCount: number, note: string, period: { from: string, to: string, kind: string }, columns: Array<{ key: string, label: string }>, rows: Array<{ key: string, label: string, cells: Array<{ column: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, columnTotals: Array<{ column: string, value: number | null, suppressed: boolean }>, grandTotal: { value: number | null, suppressed: boolean } } };

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

export type ExportsCreateBeneficiaryMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type ExportsCreateBeneficiaryMutation = { createBeneficiary: { beneficiary: { id: string, code: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ExportsBeneficiaryCountQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type ExportsBeneficiaryCountQuery = { beneficiaries: { totalCount: number } };

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


export type ReachAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, actorName: string | null } }> } };

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
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReachAuditEventsQuery, ReachAuditEventsQueryVariables>;