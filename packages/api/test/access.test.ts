import { type GraphQLField, GraphQLObjectType, isObjectType } from "graphql";
import { grantsOf } from "../src/core/access";
import { getSchema } from "../src/schema";
import { Client, codes, startTestPlatform, type TestPlatform } from "./harness";

/**
 * The access matrix of the API, as DESIGN §5 describes it. Every root operation must be listed:
 * adding one without deciding who may use it fails this test.
 */
type Principal = "ANONYMOUS" | "ADMIN" | "COORDINATOR" | "CASE_WORKER" | "TRAINER" | "FACILITATOR" | "ANALYST" | "PARTNER";
const ALL: Principal[] = ["ANONYMOUS", "ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR", "ANALYST", "PARTNER"];
const STAFF: Principal[] = ["ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR", "ANALYST"];
const PERSONAL: Principal[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
const NIL = "00000000-0000-4000-8000-000000000000";

const CASES: Principal[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];
const STEP = `input: { id: "bad", version: 1, reason: "" }`;

const MATRIX: Record<string, { who: Principal[]; query: string; variables?: Record<string, unknown> }> = {
  viewer: { who: ALL, query: "{ viewer { kind } }" },
  login: { who: ALL, query: 'mutation { login(input: { email: "x@test.example", password: "not-it" }) { userErrors { code } } }' },
  logout: { who: ALL, query: "mutation { logout { ok } }" },
  users: { who: ["ADMIN"], query: "{ users(first: 1) { totalCount } }" },
  user: { who: ["ADMIN"], query: `{ user(id: "${NIL}") { id } }` },
  createUser: {
    who: ["ADMIN"],
    query: 'mutation { createUser(input: { email: "bad", fullName: "", role: ANALYST, password: "short" }) { userErrors { code } } }',
  },
  updateUser: { who: ["ADMIN"], query: 'mutation { updateUser(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
  archiveUser: { who: ["ADMIN"], query: 'mutation { archiveUser(input: { id: "bad" }) { userErrors { code } } }' },
  restoreUser: { who: ["ADMIN"], query: 'mutation { restoreUser(input: { id: "bad" }) { userErrors { code } } }' },
  changePassword: {
    who: STAFF,
    query: 'mutation { changePassword(input: { currentPassword: "x", newPassword: "short" }) { userErrors { code } } }',
  },
  apiKeys: { who: ["ADMIN"], query: "{ apiKeys(first: 1) { totalCount } }" },
  createApiKey: {
    who: ["ADMIN"],
    query: 'mutation { createApiKey(input: { partnerId: "bad", name: "", scopes: [] }) { userErrors { code } } }',
  },
  revokeApiKey: { who: ["ADMIN"], query: 'mutation { revokeApiKey(input: { id: "bad" }) { userErrors { code } } }' },
  auditEvents: { who: ["ADMIN"], query: "{ auditEvents(first: 1) { totalCount } }" },
  units: { who: STAFF, query: "{ units(first: 1) { totalCount } }" },
  unit: { who: STAFF, query: `{ unit(id: "${NIL}") { id } }` },
  districts: { who: [...STAFF, "PARTNER"], query: "{ districts(first: 1) { totalCount } }" },
  district: { who: [...STAFF, "PARTNER"], query: `{ district(id: "${NIL}") { id } }` },
  communities: { who: [...STAFF, "PARTNER"], query: "{ communities(first: 1) { totalCount } }" },
  community: { who: [...STAFF, "PARTNER"], query: `{ community(id: "${NIL}") { id } }` },
  partners: { who: [...STAFF, "PARTNER"], query: "{ partners(first: 1) { totalCount } }" },
  partner: { who: [...STAFF, "PARTNER"], query: `{ partner(id: "${NIL}") { id } }` },
  createPartner: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createPartner(input: { name: "", kind: NGO }) { userErrors { code } } }',
  },
  updatePartner: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updatePartner(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  archivePartner: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { archivePartner(input: { id: "bad" }) { userErrors { code } } }' },
  restorePartner: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { restorePartner(input: { id: "bad" }) { userErrors { code } } }' },
  programs: { who: STAFF, query: "{ programs(first: 1) { totalCount } }" },
  program: { who: STAFF, query: `{ program(id: "${NIL}") { id } }` },
  createProgram: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createProgram(input: { code: "x", title: "", goal: "", startsOn: "no" }) { userErrors { code } } }',
  },
  updateProgram: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updateProgram(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  archiveProgram: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { archiveProgram(input: { id: "bad" }) { userErrors { code } } }' },
  restoreProgram: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { restoreProgram(input: { id: "bad" }) { userErrors { code } } }' },
  saveIndicator: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { saveIndicator(input: { programId: "bad", code: "x", name: "", unit: "", targets: [] }) { userErrors { code } } }',
  },
  beneficiaries: { who: [...PERSONAL, "TRAINER", "FACILITATOR"], query: "{ beneficiaries(first: 1) { totalCount } }" },
  beneficiary: { who: [...PERSONAL, "TRAINER", "FACILITATOR"], query: `{ beneficiary(id: "${NIL}") { id } }` },
  beneficiaryDuplicates: { who: PERSONAL, query: '{ beneficiaryDuplicates(input: { firstName: "А", lastName: "Б" }) { reasons } }' },
  createBeneficiary: {
    who: PERSONAL,
    query: `mutation { createBeneficiary(input: { firstName: "", lastName: "", communityId: "bad", unitId: "bad" }) { userErrors { code } } }`,
  },
  updateBeneficiary: { who: PERSONAL, query: 'mutation { updateBeneficiary(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
  archiveBeneficiary: { who: PERSONAL, query: 'mutation { archiveBeneficiary(input: { id: "bad" }) { userErrors { code } } }' },
  restoreBeneficiary: { who: PERSONAL, query: 'mutation { restoreBeneficiary(input: { id: "bad" }) { userErrors { code } } }' },
  eraseBeneficiary: { who: ["ADMIN"], query: 'mutation { eraseBeneficiary(input: { id: "bad", reason: "" }) { userErrors { code } } }' },
  caseload: { who: CASES, query: "{ caseload { awaitingClosure } }" },
  dashboard: {
    who: ["ADMIN", "COORDINATOR", "ANALYST"],
    query: '{ dashboard(scope: { from: "2026-01-01", to: "2026-01-31" }) { overdueFollowUps { value } } }',
  },
  assistanceCounts: {
    who: [...CASES, "ANALYST"],
    query: '{ assistanceCounts(from: "2026-01-01", to: "2026-12-31") { shelterAdmissions } }',
  },
  statisticsTable: {
    who: ["ADMIN", "COORDINATOR", "ANALYST", "PARTNER"],
    query: "{ statisticsTable(input: { table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: { year: 2025 } }) { minimumCount } }",
  },
  cases: { who: CASES, query: "{ cases(first: 1) { totalCount } }" },
  case: { who: CASES, query: `{ case(id: "${NIL}") { id } }` },
  incident: { who: CASES, query: `{ incident(id: "${NIL}") { id } }` },
  openCase: {
    who: CASES,
    query: 'mutation { openCase(input: { beneficiaryId: "bad", unitId: "bad", riskLevel: LOW }) { userErrors { code } } }',
  },
  updateCase: { who: CASES, query: 'mutation { updateCase(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
  changeCaseRisk: { who: CASES, query: `mutation { changeCaseRisk(${STEP.replace("}", ", level: LOW }")}) { userErrors { code } } }` },
  requestCaseClosure: { who: CASES, query: `mutation { requestCaseClosure(${STEP}) { userErrors { code } } }` },
  decideCaseClosure: {
    who: ["ADMIN", "COORDINATOR"],
    query: `mutation { decideCaseClosure(${STEP.replace("}", ", approve: true }")}) { userErrors { code } } }`,
  },
  reopenCase: { who: CASES, query: `mutation { reopenCase(${STEP}) { userErrors { code } } }` },
  selfHelpGroups: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR", "CASE_WORKER", "TRAINER", "ANALYST"],
    query: "{ selfHelpGroups(first: 1) { totalCount } }",
  },
  selfHelpGroup: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR", "CASE_WORKER", "TRAINER", "ANALYST"],
    query: `{ selfHelpGroup(id: "${NIL}") { id } }`,
  },
  createSelfHelpGroup: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { createSelfHelpGroup(input: { name: "", communityId: "bad", foundedOn: "x" }) { userErrors { code } } }',
  },
  updateSelfHelpGroup: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { updateSelfHelpGroup(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  changeGroupStage: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { changeGroupStage(input: { id: "bad", version: 1, stage: ACTIVE, changedOn: "x" }) { userErrors { code } } }',
  },
  addGroupMember: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { addGroupMember(input: { groupId: "bad", beneficiaryId: "bad", joinedOn: "x" }) { userErrors { code } } }',
  },
  removeGroupMember: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { removeGroupMember(input: { membershipId: "bad", leftOn: "x" }) { userErrors { code } } }',
  },
  recordGroupMeeting: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { recordGroupMeeting(input: { groupId: "bad", heldOn: "x" }) { userErrors { code } } }',
  },
  updateGroupMeeting: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { updateGroupMeeting(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  recordAdvocacyAction: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query:
      'mutation { recordAdvocacyAction(input: { groupId: "bad", actedOn: "x", targetKind: JAMOAT, targetName: "", request: "" }) { userErrors { code } } }',
  },
  updateAdvocacyAction: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { updateAdvocacyAction(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  supportServices: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR", "CASE_WORKER", "TRAINER", "ANALYST"],
    query: "{ supportServices(first: 1) { totalCount } }",
  },
  supportService: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR", "CASE_WORKER", "TRAINER", "ANALYST"],
    query: `{ supportService(id: "${NIL}") { id } }`,
  },
  createSupportService: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { createSupportService(input: { name: "", communityId: "bad", kind: "", offers: "" }) { userErrors { code } } }',
  },
  updateSupportService: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { updateSupportService(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  recordSupportServiceActivity: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query:
      'mutation { recordSupportServiceActivity(input: { supportServiceId: "bad", month: "x", peopleHelped: -1 }) { userErrors { code } } }',
  },
  communityFigures: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR", "ANALYST"],
    query: '{ communityFigures(from: "2026-01-01", to: "2026-12-31") { autonomousGroups } }',
  },
  coalitions: { who: [...STAFF, "PARTNER"], query: "{ coalitions(first: 1) { totalCount } }" },
  coalition: { who: [...STAFF, "PARTNER"], query: `{ coalition(id: "${NIL}") { id } }` },
  createCoalition: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { createCoalition(input: { name: "" }) { userErrors { code } } }' },
  createCouncil: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createCouncil(input: { coalitionId: "bad", name: "", region: "" }) { userErrors { code } } }',
  },
  updateCouncil: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updateCouncil(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  addCouncilMember: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { addCouncilMember(input: { councilId: "bad", partnerId: "bad", joinedOn: "x" }) { userErrors { code } } }',
  },
  removeCouncilMember: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { removeCouncilMember(input: { councilId: "bad", partnerId: "bad", leftOn: "x" }) { userErrors { code } } }',
  },
  setPartnerDistricts: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { setPartnerDistricts(input: { partnerId: "bad", districtIds: [] }) { userErrors { code } } }',
  },
  campaigns: { who: [...STAFF, "PARTNER"], query: "{ campaigns(first: 1) { totalCount } }" },
  campaign: { who: [...STAFF, "PARTNER"], query: `{ campaign(id: "${NIL}") { id } }` },
  createCampaign: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createCampaign(input: { title: "", aims: "", startsOn: "x", endsOn: "x" }) { userErrors { code } } }',
  },
  updateCampaign: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updateCampaign(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  setCampaignPartners: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { setCampaignPartners(input: { campaignId: "bad", partners: [] }) { userErrors { code } } }',
  },
  setCampaignDistricts: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { setCampaignDistricts(input: { campaignId: "bad", districtIds: [] }) { userErrors { code } } }',
  },
  forums: { who: [...STAFF, "PARTNER"], query: "{ forums(first: 1) { totalCount } }" },
  forum: { who: [...STAFF, "PARTNER"], query: `{ forum(id: "${NIL}") { id } }` },
  createForum: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createForum(input: { title: "", heldOn: "x", place: "" }) { userErrors { code } } }',
  },
  updateForum: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updateForum(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  setForumPartners: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { setForumPartners(input: { forumId: "bad", partners: [] }) { userErrors { code } } }',
  },
  reportCampaignActivity: {
    who: ["ADMIN", "COORDINATOR", "PARTNER"],
    query:
      'mutation { reportCampaignActivity(input: { campaignId: "bad", kind: EVENT, title: "", districtId: "bad", heldOn: "x" }) { userErrors { code } } }',
  },
  correctCampaignActivity: {
    who: ["ADMIN", "COORDINATOR", "PARTNER"],
    query: 'mutation { correctCampaignActivity(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  archiveService: { who: CASES, query: 'mutation { archiveService(input: { id: "bad" }) { userErrors { code } } }' },
  restoreService: { who: CASES, query: 'mutation { restoreService(input: { id: "bad" }) { userErrors { code } } }' },
  archiveShelterStay: { who: CASES, query: 'mutation { archiveShelterStay(input: { id: "bad" }) { userErrors { code } } }' },
  restoreShelterStay: { who: CASES, query: 'mutation { restoreShelterStay(input: { id: "bad" }) { userErrors { code } } }' },
  archiveTraining: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { archiveTraining(input: { id: "bad" }) { userErrors { code } } }' },
  restoreTraining: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { restoreTraining(input: { id: "bad" }) { userErrors { code } } }' },
  archiveTrainingCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { archiveTrainingCourse(input: { id: "bad" }) { userErrors { code } } }',
  },
  restoreTrainingCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { restoreTrainingCourse(input: { id: "bad" }) { userErrors { code } } }',
  },
  archiveSelfHelpGroup: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { archiveSelfHelpGroup(input: { id: "bad" }) { userErrors { code } } }',
  },
  restoreSelfHelpGroup: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { restoreSelfHelpGroup(input: { id: "bad" }) { userErrors { code } } }',
  },
  archiveSupportService: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { archiveSupportService(input: { id: "bad" }) { userErrors { code } } }',
  },
  restoreSupportService: {
    who: ["ADMIN", "COORDINATOR", "FACILITATOR"],
    query: 'mutation { restoreSupportService(input: { id: "bad" }) { userErrors { code } } }',
  },
  archiveCampaign: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { archiveCampaign(input: { id: "bad" }) { userErrors { code } } }' },
  restoreCampaign: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { restoreCampaign(input: { id: "bad" }) { userErrors { code } } }' },
  archiveForum: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { archiveForum(input: { id: "bad" }) { userErrors { code } } }' },
  restoreForum: { who: ["ADMIN", "COORDINATOR"], query: 'mutation { restoreForum(input: { id: "bad" }) { userErrors { code } } }' },
  recordConsent: {
    who: PERSONAL,
    query: 'mutation { recordConsent(input: { beneficiaryId: "bad", scope: SERVICES }) { userErrors { code } } }',
  },
  withdrawConsent: { who: PERSONAL, query: 'mutation { withdrawConsent(input: { id: "bad" }) { userErrors { code } } }' },
  referrals: { who: CASES, query: "{ referrals(first: 1) { totalCount } }" },
  referral: { who: CASES, query: `{ referral(id: "${NIL}") { id } }` },
  makeReferral: {
    who: CASES,
    query:
      'mutation { makeReferral(input: { beneficiaryId: "bad", unitId: "bad", receiverKind: POLICE, sharesPersonalData: false }) { userErrors { code } } }',
  },
  changeReferralStatus: {
    who: CASES,
    query: 'mutation { changeReferralStatus(input: { id: "bad", version: 1, status: DONE }) { userErrors { code } } }',
  },
  trainings: {
    who: ["ADMIN", "COORDINATOR", "TRAINER", "CASE_WORKER", "FACILITATOR", "ANALYST"],
    query: "{ trainings(first: 1) { totalCount } }",
  },
  training: {
    who: ["ADMIN", "COORDINATOR", "TRAINER", "CASE_WORKER", "FACILITATOR", "ANALYST"],
    query: `{ training(id: "${NIL}") { id } }`,
  },
  createTraining: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { createTraining(input: { code: "x", title: "", aims: "", sessionCount: 0 }) { userErrors { code } } }',
  },
  updateTraining: {
    who: ["ADMIN", "COORDINATOR"],
    query: 'mutation { updateTraining(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  courses: {
    who: ["ADMIN", "COORDINATOR", "TRAINER", "CASE_WORKER", "FACILITATOR", "ANALYST"],
    query: "{ courses(first: 1) { totalCount } }",
  },
  course: {
    who: ["ADMIN", "COORDINATOR", "TRAINER", "CASE_WORKER", "FACILITATOR", "ANALYST"],
    query: `{ course(id: "${NIL}") { id } }`,
  },
  createCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { createCourse(input: { trainingId: "bad", startsOn: "x", endsOn: "x", capacity: 0 }) { userErrors { code } } }',
  },
  updateCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { updateCourse(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  scheduleSession: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { scheduleSession(input: { courseId: "bad", heldOn: "x", topic: "" }) { userErrors { code } } }',
  },
  updateSession: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { updateSession(input: { id: "bad", version: 1 }) { userErrors { code } } }',
  },
  enrollInCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { enrollInCourse(input: { courseId: "bad", beneficiaryIds: [] }) { userErrors { code } } }',
  },
  withdrawFromCourse: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { withdrawFromCourse(input: { enrollmentId: "bad" }) { userErrors { code } } }',
  },
  recordAttendance: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { recordAttendance(input: { sessionId: "bad", present: [] }) { userErrors { code } } }',
  },
  recordSelfAssessment: {
    who: ["ADMIN", "COORDINATOR", "TRAINER"],
    query: 'mutation { recordSelfAssessment(input: { enrollmentId: "bad", phase: BEFORE, scores: [] }) { userErrors { code } } }',
  },
  learningFigures: {
    who: ["ADMIN", "COORDINATOR", "TRAINER", "ANALYST"],
    query: '{ learningFigures(from: "2026-01-01", to: "2026-12-31") { byTraining { enrolled } } }',
  },
  recordIncident: {
    who: CASES,
    query:
      'mutation { recordIncident(input: { caseId: "bad", occurredOn: "x", gbvType: NOT_GBV, perpetratorRelation: UNKNOWN, placeType: OTHER }) { userErrors { code } } }',
  },
  shelterStays: { who: CASES, query: "{ shelterStays(first: 1) { totalCount } }" },
  shelterStay: { who: CASES, query: `{ shelterStay(id: "${NIL}") { id } }` },
  shelterOccupancy: { who: [...CASES, "ANALYST"], query: "{ shelterOccupancy { occupiedBeds freeBeds } }" },
  admitToShelter: {
    who: CASES,
    query: 'mutation { admitToShelter(input: { beneficiaryId: "bad", unitId: "bad", admittedOn: "x", bed: "" }) { userErrors { code } } }',
  },
  updateShelterStay: { who: CASES, query: 'mutation { updateShelterStay(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
  dischargeFromShelter: {
    who: CASES,
    query: 'mutation { dischargeFromShelter(input: { id: "bad", version: 1, dischargedOn: "x" }) { userErrors { code } } }',
  },
  services: { who: CASES, query: "{ services(first: 1) { totalCount } }" },
  service: { who: CASES, query: `{ service(id: "${NIL}") { id } }` },
  recordService: {
    who: CASES,
    query:
      'mutation { recordService(input: { beneficiaryId: "bad", unitId: "bad", kind: LEGAL, subtype: OTHER, providedOn: "x", outcome: PROVIDED }) { userErrors { code } } }',
  },
  updateService: { who: CASES, query: 'mutation { updateService(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
  completeFollowUp: { who: CASES, query: 'mutation { completeFollowUp(input: { id: "bad", version: 1 }) { userErrors { code } } }' },
};

describe("the schema declares who may reach everything", () => {
  it("has an access rule on every field of every object type, and on every operation", async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!grantsOf(type as GraphQLObjectType, field)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists every operation in the access matrix, with the same rule the schema declares", async () => {
    const schema = await getSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
    const declared: Record<string, string[]> = {};
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        // A scoped grant ("PARTNER:READ_STATISTICS") is the matrix's PARTNER, whose key holds every scope.
        declared[field.name] = [...(grantsOf(root, field) ?? [])].map((g) => (g.startsWith("PARTNER:") ? "PARTNER" : g)).sort();
      }
    }
    expect(Object.keys(declared).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const [name, row] of Object.entries(MATRIX)) {
      const expected = row.who.includes("ANONYMOUS") ? ["PUBLIC"] : row.who;
      expect({ name, grants: declared[name] }).toEqual({ name, grants: [...expected].sort() });
    }
  });
});

describe("the access matrix holds over HTTP", () => {
  let t: TestPlatform;
  const clients = new Map<Principal, Client>();
  beforeAll(async () => {
    t = await startTestPlatform();
    clients.set("ANONYMOUS", t.anonymous());
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    // The matrix sends the key more requests within a minute than its default limit (120).
    await t.sql("UPDATE api_key SET rate_limit_per_minute = 6000 WHERE id = $1", [partner.apiKeyId]);
    clients.set("PARTNER", partner);
    for (const role of ["ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR", "ANALYST"] as const) {
      clients.set(role, await t.signedIn(role, ["CRISIS"]));
    }
  });
  afterAll(() => t?.stop());

  // Signing in and out would change the clients' sessions; test/auth covers them.
  it.each(Object.entries(MATRIX).filter(([name]) => name !== "logout" && name !== "login"))("%s", async (name, row) => {
    for (const principal of ALL) {
      const r = await (clients.get(principal) as Client).gql(row.query, row.variables);
      const denied = codes(r).filter((c) => c === "FORBIDDEN" || c === "UNAUTHENTICATED");
      if (row.who.includes(principal)) {
        expect({ principal, denied }).toEqual({ principal, denied: [] });
      } else {
        expect({ principal, denied }).toEqual({ principal, denied: [principal === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN"] });
        expect({ principal, data: r.data?.[name] ?? null }).toEqual({ principal, data: null });
      }
    }
  });

  it("shows trainers and facilitators a beneficiary's code and first name only", async () => {
    for (const role of ["TRAINER", "FACILITATOR"] as const) {
      const c = clients.get(role) as Client;
      const minimal = await c.gql("{ beneficiaries(first: 2) { edges { node { id code firstName } } } }");
      expect(minimal.errors).toBeUndefined();
      expect(minimal.data?.beneficiaries.edges).toHaveLength(2);
      for (const field of ["lastName", "patronymic", "phone", "birthYear", "vulnerabilities", "community { id }", "programs { id }"]) {
        const r = await c.gql(`{ beneficiaries(first: 1) { edges { node { code ${field} } } } }`);
        expect({ role, field, codes: codes(r) }).toEqual({ role, field, codes: ["FORBIDDEN"] });
      }
    }
  });

  it("never lets a partner key reach a beneficiary, even through a partner's own fields", async () => {
    const partner = clients.get("PARTNER") as Client;
    const r = await partner.gql("{ beneficiaries(first: 1) { edges { node { firstName } } } }");
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    const own = await partner.ok("{ viewer { kind scopes partner { id name } user { id } } }");
    expect(own.viewer.kind).toBe("PARTNER");
    expect(own.viewer.user).toBeNull();
  });

  it("lets staff read their own account but not others'", async () => {
    const analyst = clients.get("ANALYST") as Client;
    const me = await analyst.ok("{ viewer { user { id email fullName role units { code } } } }");
    expect(me.viewer.user.role).toBe("ANALYST");
    expect(me.viewer.user.units).toEqual([{ code: "CRISIS" }]);
    expect(codes(await analyst.gql("{ users(first: 5) { edges { node { email } } } }"))).toEqual(["FORBIDDEN"]);
  });
});
