import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { archiveResolvers } from "./archives";
import { accessGuard } from "./core/access";
import { bindLists } from "./core/graphql/list";
import { ApiKeyResolver } from "./modules/api-keys/api-key.resolver";
import { CaseServicesResolver, ServiceResolver } from "./modules/assistance/service.resolver";
import { AuditEventResolver } from "./modules/audit/audit.resolver";
import { AuthResolver } from "./modules/auth/auth.resolver";
import { BeneficiaryResolver } from "./modules/beneficiaries/beneficiary.resolver";
import { CaseloadResolver } from "./modules/caseload/caseload.resolver";
import { CaseResolver, IncidentResolver } from "./modules/cases/case.resolver";
import { CampaignActivityResolver } from "./modules/coalition/activity.resolver";
import { CampaignResolver } from "./modules/coalition/campaign.resolver";
import { CoalitionResolver, CouncilMemberResolver, CouncilResolver, PartnerDistrictsResolver } from "./modules/coalition/council.resolver";
import { ForumResolver } from "./modules/coalition/forum.resolver";
import { CommunityFiguresResolver } from "./modules/community/figures.resolver";
import {
  GroupMeetingResolver,
  GroupMembershipResolver,
  MeetingAttendanceResolver,
  SelfHelpGroupResolver,
} from "./modules/community/group.resolver";
import { SupportServiceResolver } from "./modules/community/support-service.resolver";
import { BeneficiaryConsentResolver, ConsentResolver } from "./modules/consent/consent.resolver";
import { CommunityResolver, DistrictResolver } from "./modules/geography/geography.resolver";
import { EnrollmentResolver, LearningFiguresResolver } from "./modules/learning/enrollment.resolver";
import { CourseResolver, SessionResolver, TrainingResolver } from "./modules/learning/training.resolver";
import { PartnerResolver } from "./modules/organisation/partner.resolver";
import { UnitResolver } from "./modules/organisation/unit.resolver";
import { IndicatorResolver, ProgramResolver } from "./modules/programs/program.resolver";
import { CaseReferralsResolver, ReferralResolver } from "./modules/referrals/referral.resolver";
import { ShelterStayResolver } from "./modules/shelter/shelter.resolver";
import { StatisticsResolver } from "./modules/statistics/statistics.resolver";
import { UserResolver } from "./modules/users/user.resolver";

/** The one list of resolvers. */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditEventResolver,
  UnitResolver,
  PartnerResolver,
  DistrictResolver,
  CommunityResolver,
  ProgramResolver,
  IndicatorResolver,
  BeneficiaryResolver,
  CaseResolver,
  IncidentResolver,
  CaseloadResolver,
  ServiceResolver,
  CaseServicesResolver,
  ConsentResolver,
  BeneficiaryConsentResolver,
  ReferralResolver,
  CaseReferralsResolver,
  ShelterStayResolver,
  SelfHelpGroupResolver,
  GroupMembershipResolver,
  GroupMeetingResolver,
  MeetingAttendanceResolver,
  SupportServiceResolver,
  CommunityFiguresResolver,
  CoalitionResolver,
  CouncilResolver,
  CouncilMemberResolver,
  PartnerDistrictsResolver,
  CampaignResolver,
  ForumResolver,
  CampaignActivityResolver,
  TrainingResolver,
  CourseResolver,
  SessionResolver,
  EnrollmentResolver,
  LearningFiguresResolver,
  StatisticsResolver,
  ...archiveResolvers,
];

export const SCHEMA_FILE = path.resolve(__dirname, "../schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

async function build(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    globalMiddlewares: [accessGuard],
    // Inputs are validated by runMutation, which turns problems into userErrors.
    validate: false,
    emitSchemaFile: false,
  });
  // Filters and sorts carry the permission of the fields they read.
  bindLists(schema);
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads. Lists are Relay connections (`first` at most 100, then `after: pageInfo.endCursor`).";
  if (mutation) mutation.description = "Changes. Each takes one `input` and returns a payload with `userErrors`.";
  return schema;
}

/** Builds the schema once per process; every field passes the access guard. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= build();
  return built;
}
