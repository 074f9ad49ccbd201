/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }": typeof types.ArchiveServicesListedDocument,
    "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }": typeof types.ArchiveCampaignsListedDocument,
    "query ApiKeyApiKeys($partnerId: ID) { apiKeys(first: 10, filter: { partnerId: $partnerId, includeRevoked: true }) { edges { node { id prefix scopes lastUsedAt revokedAt partner { id } } } } }": typeof types.ApiKeyApiKeysDocument,
    "query ApiKeyViewer { viewer { kind scopes partner { id } } }": typeof types.ApiKeyViewerDocument,
    "query ApiKeyBeneficiary($id: ID!) { beneficiary(id: $id) { code firstName } }": typeof types.ApiKeyBeneficiaryDocument,
    "query ApiKeyBeneficiaries { beneficiaries(first: 5) { totalCount } }": typeof types.ApiKeyBeneficiariesDocument,
    "mutation ApiKeyRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }": typeof types.ApiKeyRevokeApiKeyDocument,
    "query ApiKeyViewer2 { viewer { kind } }": typeof types.ApiKeyViewer2Document,
    "mutation ApiKeyArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { archivedAt } } }": typeof types.ApiKeyArchivePartnerDocument,
    "query ApiKeyViewer3 { viewer { kind } }": typeof types.ApiKeyViewer3Document,
    "query ApiKeyViewer4 { viewer { kind } }": typeof types.ApiKeyViewer4Document,
    "query ApiKeyViewer5 { viewer { kind } }": typeof types.ApiKeyViewer5Document,
    "mutation ApiKeyCreatePartner { createPartner(input: { name: \"Soon archived NGO\", kind: NGO }) { partner { id } } }": typeof types.ApiKeyCreatePartnerDocument,
    "mutation ApiKeyArchivePartner2($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }": typeof types.ApiKeyArchivePartner2Document,
    "mutation ApiKeyCreateApiKey($id: ID!) { createApiKey(input: { partnerId: $id, name: \"k\", scopes: [READ_CAMPAIGNS] }) { apiKey { id } secret userErrors { field code } } }": typeof types.ApiKeyCreateApiKeyDocument,
    "mutation ApiKeyCreateApiKey2($id: ID!) { createApiKey(input: { partnerId: $id, name: \"slow\", scopes: [READ_CAMPAIGNS], rateLimitPerMinute: 3 }) { secret } }": typeof types.ApiKeyCreateApiKey2Document,
    "query ApiKeyViewer6 { viewer { kind } }": typeof types.ApiKeyViewer6Document,
    "query ApiKeyViewer7 { viewer { kind } }": typeof types.ApiKeyViewer7Document,
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": typeof types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": typeof types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": typeof types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": typeof types.ServicesNextPageDocument,
    "query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {\n      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }": typeof types.ServicesFilteredDocument,
    "query ServiceKinds { serviceKinds { kind subtypes } }": typeof types.ServiceKindsDocument,
    "query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }": typeof types.ServiceProvidersDocument,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": typeof types.ServicesOfOtherUnitsDocument,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": typeof types.CaseServiceIdsDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorType actorId actorName entityType entityId } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }\n": typeof types.AuditCreateProgramDocument,
    "query BeneficiaryBeneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort) {\n  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges { cursor node { id code firstName lastName version } }\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n  }\n}": typeof types.BeneficiaryBeneficiariesDocument,
    "mutation BeneficiaryCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code firstName lastName phone version } userErrors { field message code } }\n}": typeof types.BeneficiaryCreateBeneficiaryDocument,
    "mutation BeneficiaryUpdateBeneficiary($input: UpdateBeneficiaryInput!) {\n  updateBeneficiary(input: $input) { beneficiary { id firstName phone version } userErrors { field message code } }\n}": typeof types.BeneficiaryUpdateBeneficiaryDocument,
    "query BeneficiaryBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": typeof types.BeneficiaryBeneficiaryDocument,
    "mutation BeneficiaryArchiveBeneficiary($id: ID!) { archiveBeneficiary(input: { id: $id }) { beneficiary { archivedAt version } userErrors { code } } }": typeof types.BeneficiaryArchiveBeneficiaryDocument,
    "mutation BeneficiaryRestoreBeneficiary($id: ID!) { restoreBeneficiary(input: { id: $id }) { beneficiary { archivedAt } } }": typeof types.BeneficiaryRestoreBeneficiaryDocument,
    "query BeneficiaryBeneficiary2($id: ID!) { beneficiary(id: $id) { code } }": typeof types.BeneficiaryBeneficiary2Document,
    "query BeneficiaryBeneficiary3($id: ID!) { beneficiary(id: $id) { code } }": typeof types.BeneficiaryBeneficiary3Document,
    "query BeneficiaryBeneficiary4($id: ID!) { beneficiary(id: $id) { code firstName community { name } } }": typeof types.BeneficiaryBeneficiary4Document,
    "query BeneficiaryBeneficiary5 { beneficiary(id: \"not-a-uuid\") { code } }": typeof types.BeneficiaryBeneficiary5Document,
    "query BeneficiaryBeneficiaries2($first: Int!) { beneficiaries(first: $first) { edges { node { code unit { code }\n      community { name district { name communities { name } } } programs { code indicators { code } } } } } }": typeof types.BeneficiaryBeneficiaries2Document,
    "mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }\n}": typeof types.PhoneCreateBeneficiaryDocument,
    "query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }": typeof types.PhoneBeneficiariesDocument,
    "query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": typeof types.PhoneBeneficiaryDocument,
    "mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }": typeof types.PhoneUpdateBeneficiaryDocument,
    "mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": typeof types.PhoneEraseBeneficiaryDocument,
    "query CaseloadAssistanceCounts { assistanceCounts(from: \"2021-01-01\", to: \"2025-12-31\") { servicesByKind { key count suppressed } minimumCount } }": typeof types.CaseloadAssistanceCountsDocument,
    "query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {\n  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }": typeof types.FloorAssistanceCountsDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": typeof types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EraseForNotesDocument,
    "query CaseCases5 { cases(first: 100) { edges { node { id } } } }": typeof types.CaseCases5Document,
    "query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }": typeof types.CaseCases3Document,
    "query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }": typeof types.CaseCases4Document,
    "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}": typeof types.CampaignReportCampaignActivityDocument,
    "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }": typeof types.CampaignCampaignDocument,
    "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }": typeof types.CampaignCampaignsDocument,
    "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }": typeof types.CampaignCampaign2Document,
    "mutation CouncilCreateCoalition { createCoalition(input: { name: \"National Coalition of Women\" }) { coalition { id } userErrors { code } } }": typeof types.CouncilCreateCoalitionDocument,
    "mutation CouncilCreateCoalition2 { createCoalition(input: { name: \"national coalition of women\" }) { userErrors { code } } }": typeof types.CouncilCreateCoalition2Document,
    "query CouncilCoalition($id: ID!) { coalition(id: $id) { name councils { name members { partner { name } } } } }": typeof types.CouncilCoalitionDocument,
    "mutation CouncilSetPartnerDistricts($input: SetPartnerDistrictsInput!) { setPartnerDistricts(input: $input) { partner { districts { name } } userErrors { field code } } }": typeof types.CouncilSetPartnerDistrictsDocument,
    "query CouncilPartner($id: ID!) { partner(id: $id) { districts { name } } }": typeof types.CouncilPartnerDocument,
    "query CouncilPartnersInDistrict($districtId: ID!) { partners(first: 100, filter: { districtId: $districtId }) { totalCount edges { node { id districts { id } } } } }": typeof types.CouncilPartnersInDistrictDocument,
    "mutation CommunityFiguresCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }": typeof types.CommunityFiguresCreateSelfHelpGroupDocument,
    "mutation CommunityFiguresChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }": typeof types.CommunityFiguresChangeGroupStageDocument,
    "mutation CommunityFiguresAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } userErrors { field message code } } }": typeof types.CommunityFiguresAddGroupMemberDocument,
    "mutation CommunityFiguresRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { membership { id } userErrors { field message code } } }": typeof types.CommunityFiguresRemoveGroupMemberDocument,
    "mutation CommunityFiguresRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }": typeof types.CommunityFiguresRecordAdvocacyActionDocument,
    "mutation CommunityFiguresUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }": typeof types.CommunityFiguresUpdateAdvocacyActionDocument,
    "mutation CommunityFiguresCreateSupportService($input: CreateSupportServiceInput!) { createSupportService(input: $input) {\n  supportService { id name kind contacts openingHours offers version community { id } } userErrors { field message code } } }": typeof types.CommunityFiguresCreateSupportServiceDocument,
    "mutation CommunityFiguresUpdateSupportService($input: UpdateSupportServiceInput!) { updateSupportService(input: $input) {\n  supportService { id name openingHours version } userErrors { field message code } } }": typeof types.CommunityFiguresUpdateSupportServiceDocument,
    "mutation CommunityFiguresRecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) { recordSupportServiceActivity(input: $input) {\n  activity { month peopleHelped } supportService { id } userErrors { field message code } } }": typeof types.CommunityFiguresRecordSupportServiceActivityDocument,
    "query CommunityFiguresCommunityFigures($from: String!, $to: String!) { communityFigures(from: $from, to: $to) {\n  from to groupsByStage { stage count } autonomousGroups membersPerGroup { group { id name } members }\n  advocacyActionsByResult { result count } supportServicePeopleHelped } }": typeof types.CommunityFiguresCommunityFiguresDocument,
    "mutation CommunityFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.CommunityFiguresCreateBeneficiaryDocument,
    "query CommunityFiguresSupportServices($filter: SupportServiceFilter) { supportServices(first: 100, filter: $filter) { edges { node { id } } } }": typeof types.CommunityFiguresSupportServicesDocument,
    "query CommunityFiguresSupportService($id: ID!) { supportService(id: $id) { name contacts } }": typeof types.CommunityFiguresSupportServiceDocument,
    "query CommunityFiguresSupportService2($id: ID!) { supportService(id: $id) { y2019: activity(from: \"2019-01\", to: \"2019-12\") { month peopleHelped } all: activity { month } } }": typeof types.CommunityFiguresSupportService2Document,
    "query CommunityFiguresCommunityFigures2 { communityFigures(from: \"2019-01-01\", to: \"2019-12-31\") { membersPerGroup { members group { members { id } } } } }": typeof types.CommunityFiguresCommunityFigures2Document,
    "query CommunityFiguresSelfHelpGroups($first: Int!) { selfHelpGroups(first: $first, filter: { mine: true }) { edges { node {\n      name community { name } facilitator { fullName } stageHistory { toStage }\n      members(current: false) { joinedOn beneficiary { code firstName } }\n      meetings { attendance { count women { code } } } advocacyActions { result } } } } }": typeof types.CommunityFiguresSelfHelpGroupsDocument,
    "mutation CommunityAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) {\n  membership { id joinedOn leftOn beneficiary { id code firstName } } userErrors { field message code } } }": typeof types.CommunityAddGroupMemberDocument,
    "mutation CommunityRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) {\n  membership { id joinedOn leftOn } userErrors { field message code } } }": typeof types.CommunityRemoveGroupMemberDocument,
    "mutation CommunityRecordGroupMeeting($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count women { id code } } } userErrors { field message code } } }": typeof types.CommunityRecordGroupMeetingDocument,
    "mutation CommunityUpdateGroupMeeting($input: UpdateGroupMeetingInput!) { updateGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count } } userErrors { field message code } } }": typeof types.CommunityUpdateGroupMeetingDocument,
    "mutation CommunityRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id actedOn targetKind targetName result resultNote version } userErrors { field message code } } }": typeof types.CommunityRecordAdvocacyActionDocument,
    "mutation CommunityUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id result resultNote version } userErrors { field message code } } }": typeof types.CommunityUpdateAdvocacyActionDocument,
    "mutation CommunityCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.CommunityCreateBeneficiaryDocument,
    "query CommunitySelfHelpGroups($filter: SelfHelpGroupFilter) { selfHelpGroups(first: 100, filter: $filter) { totalCount edges { node { id } } } }": typeof types.CommunitySelfHelpGroupsDocument,
    "query CommunitySelfHelpGroup($id: ID!) { selfHelpGroup(id: $id) {\n      current: members { beneficiary { id } } all: members(current: false) { leftOn beneficiary { id } } } }": typeof types.CommunitySelfHelpGroupDocument,
    "query CommunitySelfHelpGroup2($id: ID!) { selfHelpGroup(id: $id) { advocacyActions { id result targetName } } }": typeof types.CommunitySelfHelpGroup2Document,
    "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }": typeof types.CommunitySelfHelpGroup3Document,
    "query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }": typeof types.CommunitySelfHelpGroup4Document,
    "query CommunityCommunityFigures { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": typeof types.CommunityCommunityFiguresDocument,
    "query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }": typeof types.CommunitySelfHelpGroups2Document,
    "query CommunityCommunityFigures2 { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": typeof types.CommunityCommunityFigures2Document,
    "\n  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {\n    createSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stageHistory {\n          toStage\n          changedBy {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GroupReachCreateDocument,
    "\n  mutation GroupReachStage($input: ChangeGroupStageInput!) {\n    changeGroupStage(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stage\n        stageHistory {\n          fromStage\n          toStage\n          changedOn\n          reason\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GroupReachStageDocument,
    "\n  query GroupReachList($filter: SelfHelpGroupFilter) {\n    selfHelpGroups(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GroupReachListDocument,
    "\n  mutation GroupReachArchive($input: IdInput!) {\n    archiveSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachArchiveDocument,
    "\n  mutation GroupReachMeeting($input: RecordGroupMeetingInput!) {\n    recordGroupMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachMeetingDocument,
    "\n  mutation GroupReachAct($input: RecordAdvocacyActionInput!) {\n    recordAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachActDocument,
    "\n  mutation GroupReachUpdateAct($input: UpdateAdvocacyActionInput!) {\n    updateAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachUpdateActDocument,
    "\n  query GroupReachFacilitators {\n    groupFacilitators {\n      id\n      fullName\n      role\n    }\n  }\n": typeof types.GroupReachFacilitatorsDocument,
    "mutation ConsentRecord($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope givenAt note receiverName partner { id name } recordedBy { id fullName } withdrawnAt withdrawnBy { id } }\n  userErrors { field code } } }": typeof types.ConsentRecordDocument,
    "mutation ConsentWithdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {\n  consent { id withdrawnAt withdrawnBy { id fullName } } userErrors { field code } } }": typeof types.ConsentWithdrawDocument,
    "query ConsentTimeline($id: ID!) { beneficiary(id: $id) { id consents {\n  id scope givenAt note recordedBy { id } withdrawnAt withdrawnBy { id } } } }": typeof types.ConsentTimelineDocument,
    "query ConsentNestedStays($first: Int!, $filter: BeneficiaryFilter) {\n  beneficiaries(first: $first, filter: $filter) { edges { node { id\n    shelterStays(first: 3) { totalCount edges { node { id admittedOn dischargedOn } } } } } } }": typeof types.ConsentNestedStaysDocument,
    "query ConsentHerStays($id: ID!) { beneficiary(id: $id) { id\n  shelterStays(first: 3) { totalCount edges { node { id } } } } }": typeof types.ConsentHerStaysDocument,
    "query ConsentStaysOf($filter: ShelterStayFilter) {\n  shelterStays(first: 3, filter: $filter) { totalCount edges { node { id } } } }": typeof types.ConsentStaysOfDocument,
    "query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }": typeof types.RollupDashboardDocument,
    "mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": typeof types.RollupCreateBeneficiaryDocument,
    "mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": typeof types.RollupUpdateBeneficiaryDocument,
    "mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id } userErrors { field code } } }": typeof types.RollupRecordServiceDocument,
    "mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": typeof types.RollupArchiveServiceDocument,
    "mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": typeof types.RollupRestoreServiceDocument,
    "mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }": typeof types.LearningFiguresCreateCourseDocument,
    "mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }": typeof types.LearningFiguresScheduleSessionDocument,
    "mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }": typeof types.LearningFiguresEnrollInCourseDocument,
    "mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": typeof types.LearningFiguresRecordAttendanceDocument,
    "mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }": typeof types.LearningFiguresRecordSelfAssessmentDocument,
    "mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.LearningFiguresCreateBeneficiaryDocument,
    "mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }": typeof types.LearningFiguresCreateTrainingDocument,
    "query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }": typeof types.LearningFiguresAttendanceDocument,
    "query LearningFiguresLearningFigures { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") {\n    from to\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women }\n    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": typeof types.LearningFiguresLearningFiguresDocument,
    "query LearningFiguresLearningFigures2 { learningFigures(from: \"2024-01-01\", to: \"2024-12-31\") {\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }": typeof types.LearningFiguresLearningFigures2Document,
    "query LearningFiguresLearningFigures3 { learningFigures(from: \"2025-12-31\", to: \"2025-01-01\") { from } }": typeof types.LearningFiguresLearningFigures3Document,
    "query LearningFiguresLearningFigures4 { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") { minimumCount\n    womenTrainedByTrainingAndDistrict { training { id } women suppressed }\n    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": typeof types.LearningFiguresLearningFigures4Document,
    "query LearningFiguresLearningFigures5 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { from } }": typeof types.LearningFiguresLearningFigures5Document,
    "query LearningFiguresLearningFigures6 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { minimumCount } }": typeof types.LearningFiguresLearningFigures6Document,
    "query LearningCourseTrainers { courseTrainers { id fullName role } }": typeof types.LearningCourseTrainersDocument,
    "mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id startsOn endsOn trainer { id } } userErrors { field code } } }": typeof types.LearningScreensCreateCourseDocument,
    "query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {\n  totalCount edges { node { id } } } }": typeof types.LearningScreensCoursesDocument,
    "mutation ProgramCreateProgram($input: CreateProgramInput!) {\n  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }\n}": typeof types.ProgramCreateProgramDocument,
    "mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {\n  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }\n}": typeof types.ProgramSaveIndicatorDocument,
    "query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }": typeof types.ProgramProgramsDocument,
    "mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }": typeof types.ProgramUpdateProgramDocument,
    "mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }": typeof types.ProgramArchiveProgramDocument,
    "query ProgramPrograms2 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": typeof types.ProgramPrograms2Document,
    "mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }": typeof types.ProgramRestoreProgramDocument,
    "query ProgramPrograms3 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": typeof types.ProgramPrograms3Document,
    "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }": typeof types.ShelterShelterOccupancyDocument,
    "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }": typeof types.ShelterShelterStaysDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": typeof types.StatisticsTableDocument,
    "\n  query UserUsers($filter: UserFilter) {\n    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }\n  }\n": typeof types.UserUsersDocument,
    "query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }": typeof types.UserVersionDocument,
    "\n  mutation UserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role version } userErrors { code field params } }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }\n": typeof types.UserArchiveDocument,
    "mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }\n}": typeof types.ExportsCreateBeneficiaryDocument,
    "query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {\n  beneficiaries(first: 0, filter: $filter) { totalCount }\n}": typeof types.ExportsBeneficiaryCountDocument,
    "query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }\n      services(first: 100) { totalCount edges { node { unit { id } } } }\n      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }": typeof types.ReachCasesDocument,
    "query ReachCampaign($id: ID!) { campaign(id: $id) { id } }": typeof types.ReachCampaignDocument,
    "query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }": typeof types.ReachCases2Document,
    "query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {\n      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }": typeof types.ReachServicesDocument,
    "query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }": typeof types.ReachReferralsDocument,
    "query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }": typeof types.ReachShelterStaysDocument,
    "query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }": typeof types.ReachBeneficiariesDocument,
    "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName } } } }": typeof types.ReachAuditEventsDocument,
};
const documents: Documents = {
    "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }": types.ArchiveServicesListedDocument,
    "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }": types.ArchiveCampaignsListedDocument,
    "query ApiKeyApiKeys($partnerId: ID) { apiKeys(first: 10, filter: { partnerId: $partnerId, includeRevoked: true }) { edges { node { id prefix scopes lastUsedAt revokedAt partner { id } } } } }": types.ApiKeyApiKeysDocument,
    "query ApiKeyViewer { viewer { kind scopes partner { id } } }": types.ApiKeyViewerDocument,
    "query ApiKeyBeneficiary($id: ID!) { beneficiary(id: $id) { code firstName } }": types.ApiKeyBeneficiaryDocument,
    "query ApiKeyBeneficiaries { beneficiaries(first: 5) { totalCount } }": types.ApiKeyBeneficiariesDocument,
    "mutation ApiKeyRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }": types.ApiKeyRevokeApiKeyDocument,
    "query ApiKeyViewer2 { viewer { kind } }": types.ApiKeyViewer2Document,
    "mutation ApiKeyArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { archivedAt } } }": types.ApiKeyArchivePartnerDocument,
    "query ApiKeyViewer3 { viewer { kind } }": types.ApiKeyViewer3Document,
    "query ApiKeyViewer4 { viewer { kind } }": types.ApiKeyViewer4Document,
    "query ApiKeyViewer5 { viewer { kind } }": types.ApiKeyViewer5Document,
    "mutation ApiKeyCreatePartner { createPartner(input: { name: \"Soon archived NGO\", kind: NGO }) { partner { id } } }": types.ApiKeyCreatePartnerDocument,
    "mutation ApiKeyArchivePartner2($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }": types.ApiKeyArchivePartner2Document,
    "mutation ApiKeyCreateApiKey($id: ID!) { createApiKey(input: { partnerId: $id, name: \"k\", scopes: [READ_CAMPAIGNS] }) { apiKey { id } secret userErrors { field code } } }": types.ApiKeyCreateApiKeyDocument,
    "mutation ApiKeyCreateApiKey2($id: ID!) { createApiKey(input: { partnerId: $id, name: \"slow\", scopes: [READ_CAMPAIGNS], rateLimitPerMinute: 3 }) { secret } }": types.ApiKeyCreateApiKey2Document,
    "query ApiKeyViewer6 { viewer { kind } }": types.ApiKeyViewer6Document,
    "query ApiKeyViewer7 { viewer { kind } }": types.ApiKeyViewer7Document,
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": types.ServicesNextPageDocument,
    "query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {\n      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }": types.ServicesFilteredDocument,
    "query ServiceKinds { serviceKinds { kind subtypes } }": types.ServiceKindsDocument,
    "query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }": types.ServiceProvidersDocument,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": types.ServicesOfOtherUnitsDocument,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": types.CaseServiceIdsDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorType actorId actorName entityType entityId } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }\n": types.AuditCreateProgramDocument,
    "query BeneficiaryBeneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort) {\n  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges { cursor node { id code firstName lastName version } }\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n  }\n}": types.BeneficiaryBeneficiariesDocument,
    "mutation BeneficiaryCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code firstName lastName phone version } userErrors { field message code } }\n}": types.BeneficiaryCreateBeneficiaryDocument,
    "mutation BeneficiaryUpdateBeneficiary($input: UpdateBeneficiaryInput!) {\n  updateBeneficiary(input: $input) { beneficiary { id firstName phone version } userErrors { field message code } }\n}": types.BeneficiaryUpdateBeneficiaryDocument,
    "query BeneficiaryBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": types.BeneficiaryBeneficiaryDocument,
    "mutation BeneficiaryArchiveBeneficiary($id: ID!) { archiveBeneficiary(input: { id: $id }) { beneficiary { archivedAt version } userErrors { code } } }": types.BeneficiaryArchiveBeneficiaryDocument,
    "mutation BeneficiaryRestoreBeneficiary($id: ID!) { restoreBeneficiary(input: { id: $id }) { beneficiary { archivedAt } } }": types.BeneficiaryRestoreBeneficiaryDocument,
    "query BeneficiaryBeneficiary2($id: ID!) { beneficiary(id: $id) { code } }": types.BeneficiaryBeneficiary2Document,
    "query BeneficiaryBeneficiary3($id: ID!) { beneficiary(id: $id) { code } }": types.BeneficiaryBeneficiary3Document,
    "query BeneficiaryBeneficiary4($id: ID!) { beneficiary(id: $id) { code firstName community { name } } }": types.BeneficiaryBeneficiary4Document,
    "query BeneficiaryBeneficiary5 { beneficiary(id: \"not-a-uuid\") { code } }": types.BeneficiaryBeneficiary5Document,
    "query BeneficiaryBeneficiaries2($first: Int!) { beneficiaries(first: $first) { edges { node { code unit { code }\n      community { name district { name communities { name } } } programs { code indicators { code } } } } } }": types.BeneficiaryBeneficiaries2Document,
    "mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }\n}": types.PhoneCreateBeneficiaryDocument,
    "query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }": types.PhoneBeneficiariesDocument,
    "query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": types.PhoneBeneficiaryDocument,
    "mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }": types.PhoneUpdateBeneficiaryDocument,
    "mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": types.PhoneEraseBeneficiaryDocument,
    "query CaseloadAssistanceCounts { assistanceCounts(from: \"2021-01-01\", to: \"2025-12-31\") { servicesByKind { key count suppressed } minimumCount } }": types.CaseloadAssistanceCountsDocument,
    "query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {\n  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }": types.FloorAssistanceCountsDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EraseForNotesDocument,
    "query CaseCases5 { cases(first: 100) { edges { node { id } } } }": types.CaseCases5Document,
    "query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }": types.CaseCases3Document,
    "query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }": types.CaseCases4Document,
    "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}": types.CampaignReportCampaignActivityDocument,
    "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }": types.CampaignCampaignDocument,
    "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }": types.CampaignCampaignsDocument,
    "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }": types.CampaignCampaign2Document,
    "mutation CouncilCreateCoalition { createCoalition(input: { name: \"National Coalition of Women\" }) { coalition { id } userErrors { code } } }": types.CouncilCreateCoalitionDocument,
    "mutation CouncilCreateCoalition2 { createCoalition(input: { name: \"national coalition of women\" }) { userErrors { code } } }": types.CouncilCreateCoalition2Document,
    "query CouncilCoalition($id: ID!) { coalition(id: $id) { name councils { name members { partner { name } } } } }": types.CouncilCoalitionDocument,
    "mutation CouncilSetPartnerDistricts($input: SetPartnerDistrictsInput!) { setPartnerDistricts(input: $input) { partner { districts { name } } userErrors { field code } } }": types.CouncilSetPartnerDistrictsDocument,
    "query CouncilPartner($id: ID!) { partner(id: $id) { districts { name } } }": types.CouncilPartnerDocument,
    "query CouncilPartnersInDistrict($districtId: ID!) { partners(first: 100, filter: { districtId: $districtId }) { totalCount edges { node { id districts { id } } } } }": types.CouncilPartnersInDistrictDocument,
    "mutation CommunityFiguresCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }": types.CommunityFiguresCreateSelfHelpGroupDocument,
    "mutation CommunityFiguresChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }": types.CommunityFiguresChangeGroupStageDocument,
    "mutation CommunityFiguresAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } userErrors { field message code } } }": types.CommunityFiguresAddGroupMemberDocument,
    "mutation CommunityFiguresRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { membership { id } userErrors { field message code } } }": types.CommunityFiguresRemoveGroupMemberDocument,
    "mutation CommunityFiguresRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }": types.CommunityFiguresRecordAdvocacyActionDocument,
    "mutation CommunityFiguresUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }": types.CommunityFiguresUpdateAdvocacyActionDocument,
    "mutation CommunityFiguresCreateSupportService($input: CreateSupportServiceInput!) { createSupportService(input: $input) {\n  supportService { id name kind contacts openingHours offers version community { id } } userErrors { field message code } } }": types.CommunityFiguresCreateSupportServiceDocument,
    "mutation CommunityFiguresUpdateSupportService($input: UpdateSupportServiceInput!) { updateSupportService(input: $input) {\n  supportService { id name openingHours version } userErrors { field message code } } }": types.CommunityFiguresUpdateSupportServiceDocument,
    "mutation CommunityFiguresRecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) { recordSupportServiceActivity(input: $input) {\n  activity { month peopleHelped } supportService { id } userErrors { field message code } } }": types.CommunityFiguresRecordSupportServiceActivityDocument,
    "query CommunityFiguresCommunityFigures($from: String!, $to: String!) { communityFigures(from: $from, to: $to) {\n  from to groupsByStage { stage count } autonomousGroups membersPerGroup { group { id name } members }\n  advocacyActionsByResult { result count } supportServicePeopleHelped } }": types.CommunityFiguresCommunityFiguresDocument,
    "mutation CommunityFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.CommunityFiguresCreateBeneficiaryDocument,
    "query CommunityFiguresSupportServices($filter: SupportServiceFilter) { supportServices(first: 100, filter: $filter) { edges { node { id } } } }": types.CommunityFiguresSupportServicesDocument,
    "query CommunityFiguresSupportService($id: ID!) { supportService(id: $id) { name contacts } }": types.CommunityFiguresSupportServiceDocument,
    "query CommunityFiguresSupportService2($id: ID!) { supportService(id: $id) { y2019: activity(from: \"2019-01\", to: \"2019-12\") { month peopleHelped } all: activity { month } } }": types.CommunityFiguresSupportService2Document,
    "query CommunityFiguresCommunityFigures2 { communityFigures(from: \"2019-01-01\", to: \"2019-12-31\") { membersPerGroup { members group { members { id } } } } }": types.CommunityFiguresCommunityFigures2Document,
    "query CommunityFiguresSelfHelpGroups($first: Int!) { selfHelpGroups(first: $first, filter: { mine: true }) { edges { node {\n      name community { name } facilitator { fullName } stageHistory { toStage }\n      members(current: false) { joinedOn beneficiary { code firstName } }\n      meetings { attendance { count women { code } } } advocacyActions { result } } } } }": types.CommunityFiguresSelfHelpGroupsDocument,
    "mutation CommunityAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) {\n  membership { id joinedOn leftOn beneficiary { id code firstName } } userErrors { field message code } } }": types.CommunityAddGroupMemberDocument,
    "mutation CommunityRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) {\n  membership { id joinedOn leftOn } userErrors { field message code } } }": types.CommunityRemoveGroupMemberDocument,
    "mutation CommunityRecordGroupMeeting($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count women { id code } } } userErrors { field message code } } }": types.CommunityRecordGroupMeetingDocument,
    "mutation CommunityUpdateGroupMeeting($input: UpdateGroupMeetingInput!) { updateGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count } } userErrors { field message code } } }": types.CommunityUpdateGroupMeetingDocument,
    "mutation CommunityRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id actedOn targetKind targetName result resultNote version } userErrors { field message code } } }": types.CommunityRecordAdvocacyActionDocument,
    "mutation CommunityUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id result resultNote version } userErrors { field message code } } }": types.CommunityUpdateAdvocacyActionDocument,
    "mutation CommunityCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.CommunityCreateBeneficiaryDocument,
    "query CommunitySelfHelpGroups($filter: SelfHelpGroupFilter) { selfHelpGroups(first: 100, filter: $filter) { totalCount edges { node { id } } } }": types.CommunitySelfHelpGroupsDocument,
    "query CommunitySelfHelpGroup($id: ID!) { selfHelpGroup(id: $id) {\n      current: members { beneficiary { id } } all: members(current: false) { leftOn beneficiary { id } } } }": types.CommunitySelfHelpGroupDocument,
    "query CommunitySelfHelpGroup2($id: ID!) { selfHelpGroup(id: $id) { advocacyActions { id result targetName } } }": types.CommunitySelfHelpGroup2Document,
    "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }": types.CommunitySelfHelpGroup3Document,
    "query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }": types.CommunitySelfHelpGroup4Document,
    "query CommunityCommunityFigures { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": types.CommunityCommunityFiguresDocument,
    "query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }": types.CommunitySelfHelpGroups2Document,
    "query CommunityCommunityFigures2 { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": types.CommunityCommunityFigures2Document,
    "\n  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {\n    createSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stageHistory {\n          toStage\n          changedBy {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GroupReachCreateDocument,
    "\n  mutation GroupReachStage($input: ChangeGroupStageInput!) {\n    changeGroupStage(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stage\n        stageHistory {\n          fromStage\n          toStage\n          changedOn\n          reason\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GroupReachStageDocument,
    "\n  query GroupReachList($filter: SelfHelpGroupFilter) {\n    selfHelpGroups(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GroupReachListDocument,
    "\n  mutation GroupReachArchive($input: IdInput!) {\n    archiveSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachArchiveDocument,
    "\n  mutation GroupReachMeeting($input: RecordGroupMeetingInput!) {\n    recordGroupMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachMeetingDocument,
    "\n  mutation GroupReachAct($input: RecordAdvocacyActionInput!) {\n    recordAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachActDocument,
    "\n  mutation GroupReachUpdateAct($input: UpdateAdvocacyActionInput!) {\n    updateAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachUpdateActDocument,
    "\n  query GroupReachFacilitators {\n    groupFacilitators {\n      id\n      fullName\n      role\n    }\n  }\n": types.GroupReachFacilitatorsDocument,
    "mutation ConsentRecord($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope givenAt note receiverName partner { id name } recordedBy { id fullName } withdrawnAt withdrawnBy { id } }\n  userErrors { field code } } }": types.ConsentRecordDocument,
    "mutation ConsentWithdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {\n  consent { id withdrawnAt withdrawnBy { id fullName } } userErrors { field code } } }": types.ConsentWithdrawDocument,
    "query ConsentTimeline($id: ID!) { beneficiary(id: $id) { id consents {\n  id scope givenAt note recordedBy { id } withdrawnAt withdrawnBy { id } } } }": types.ConsentTimelineDocument,
    "query ConsentNestedStays($first: Int!, $filter: BeneficiaryFilter) {\n  beneficiaries(first: $first, filter: $filter) { edges { node { id\n    shelterStays(first: 3) { totalCount edges { node { id admittedOn dischargedOn } } } } } } }": types.ConsentNestedStaysDocument,
    "query ConsentHerStays($id: ID!) { beneficiary(id: $id) { id\n  shelterStays(first: 3) { totalCount edges { node { id } } } } }": types.ConsentHerStaysDocument,
    "query ConsentStaysOf($filter: ShelterStayFilter) {\n  shelterStays(first: 3, filter: $filter) { totalCount edges { node { id } } } }": types.ConsentStaysOfDocument,
    "query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }": types.RollupDashboardDocument,
    "mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": types.RollupCreateBeneficiaryDocument,
    "mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": types.RollupUpdateBeneficiaryDocument,
    "mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id } userErrors { field code } } }": types.RollupRecordServiceDocument,
    "mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": types.RollupArchiveServiceDocument,
    "mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": types.RollupRestoreServiceDocument,
    "mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }": types.LearningFiguresCreateCourseDocument,
    "mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }": types.LearningFiguresScheduleSessionDocument,
    "mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }": types.LearningFiguresEnrollInCourseDocument,
    "mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": types.LearningFiguresRecordAttendanceDocument,
    "mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }": types.LearningFiguresRecordSelfAssessmentDocument,
    "mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.LearningFiguresCreateBeneficiaryDocument,
    "mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }": types.LearningFiguresCreateTrainingDocument,
    "query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }": types.LearningFiguresAttendanceDocument,
    "query LearningFiguresLearningFigures { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") {\n    from to\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women }\n    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": types.LearningFiguresLearningFiguresDocument,
    "query LearningFiguresLearningFigures2 { learningFigures(from: \"2024-01-01\", to: \"2024-12-31\") {\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }": types.LearningFiguresLearningFigures2Document,
    "query LearningFiguresLearningFigures3 { learningFigures(from: \"2025-12-31\", to: \"2025-01-01\") { from } }": types.LearningFiguresLearningFigures3Document,
    "query LearningFiguresLearningFigures4 { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") { minimumCount\n    womenTrainedByTrainingAndDistrict { training { id } women suppressed }\n    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": types.LearningFiguresLearningFigures4Document,
    "query LearningFiguresLearningFigures5 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { from } }": types.LearningFiguresLearningFigures5Document,
    "query LearningFiguresLearningFigures6 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { minimumCount } }": types.LearningFiguresLearningFigures6Document,
    "query LearningCourseTrainers { courseTrainers { id fullName role } }": types.LearningCourseTrainersDocument,
    "mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id startsOn endsOn trainer { id } } userErrors { field code } } }": types.LearningScreensCreateCourseDocument,
    "query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {\n  totalCount edges { node { id } } } }": types.LearningScreensCoursesDocument,
    "mutation ProgramCreateProgram($input: CreateProgramInput!) {\n  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }\n}": types.ProgramCreateProgramDocument,
    "mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {\n  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }\n}": types.ProgramSaveIndicatorDocument,
    "query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }": types.ProgramProgramsDocument,
    "mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }": types.ProgramUpdateProgramDocument,
    "mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }": types.ProgramArchiveProgramDocument,
    "query ProgramPrograms2 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": types.ProgramPrograms2Document,
    "mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }": types.ProgramRestoreProgramDocument,
    "query ProgramPrograms3 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": types.ProgramPrograms3Document,
    "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }": types.ShelterShelterOccupancyDocument,
    "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }": types.ShelterShelterStaysDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": types.StatisticsTableDocument,
    "\n  query UserUsers($filter: UserFilter) {\n    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }\n  }\n": types.UserUsersDocument,
    "query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }": types.UserVersionDocument,
    "\n  mutation UserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role version } userErrors { code field params } }\n  }\n": types.UserUpdateDocument,
    "\n  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }\n": types.UserArchiveDocument,
    "mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }\n}": types.ExportsCreateBeneficiaryDocument,
    "query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {\n  beneficiaries(first: 0, filter: $filter) { totalCount }\n}": types.ExportsBeneficiaryCountDocument,
    "query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }\n      services(first: 100) { totalCount edges { node { unit { id } } } }\n      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }": types.ReachCasesDocument,
    "query ReachCampaign($id: ID!) { campaign(id: $id) { id } }": types.ReachCampaignDocument,
    "query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }": types.ReachCases2Document,
    "query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {\n      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }": types.ReachServicesDocument,
    "query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }": types.ReachReferralsDocument,
    "query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }": types.ReachShelterStaysDocument,
    "query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }": types.ReachBeneficiariesDocument,
    "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName } } } }": types.ReachAuditEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ArchiveServicesListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ArchiveCampaignsListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyApiKeys($partnerId: ID) { apiKeys(first: 10, filter: { partnerId: $partnerId, includeRevoked: true }) { edges { node { id prefix scopes lastUsedAt revokedAt partner { id } } } } }"): typeof import('./graphql').ApiKeyApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer { viewer { kind scopes partner { id } } }"): typeof import('./graphql').ApiKeyViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyBeneficiary($id: ID!) { beneficiary(id: $id) { code firstName } }"): typeof import('./graphql').ApiKeyBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyBeneficiaries { beneficiaries(first: 5) { totalCount } }"): typeof import('./graphql').ApiKeyBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }"): typeof import('./graphql').ApiKeyRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer2 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { archivedAt } } }"): typeof import('./graphql').ApiKeyArchivePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer3 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer4 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer5 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyCreatePartner { createPartner(input: { name: \"Soon archived NGO\", kind: NGO }) { partner { id } } }"): typeof import('./graphql').ApiKeyCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyArchivePartner2($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }"): typeof import('./graphql').ApiKeyArchivePartner2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyCreateApiKey($id: ID!) { createApiKey(input: { partnerId: $id, name: \"k\", scopes: [READ_CAMPAIGNS] }) { apiKey { id } secret userErrors { field code } } }"): typeof import('./graphql').ApiKeyCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyCreateApiKey2($id: ID!) { createApiKey(input: { partnerId: $id, name: \"slow\", scopes: [READ_CAMPAIGNS], rateLimitPerMinute: 3 }) { secret } }"): typeof import('./graphql').ApiKeyCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer6 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyViewer7 { viewer { kind } }"): typeof import('./graphql').ApiKeyViewer7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }"): typeof import('./graphql').ServicesOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }"): typeof import('./graphql').ServicesMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }"): typeof import('./graphql').ServicesFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }"): typeof import('./graphql').ServicesNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {\n      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }"): typeof import('./graphql').ServicesFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceKinds { serviceKinds { kind subtypes } }"): typeof import('./graphql').ServiceKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }"): typeof import('./graphql').ServiceProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ServicesOfOtherUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }"): typeof import('./graphql').CaseServiceIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorType actorId actorName entityType entityId } }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }\n"): typeof import('./graphql').AuditCreateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort) {\n  beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges { cursor node { id code firstName lastName version } }\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n  }\n}"): typeof import('./graphql').BeneficiaryBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code firstName lastName phone version } userErrors { field message code } }\n}"): typeof import('./graphql').BeneficiaryCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryUpdateBeneficiary($input: UpdateBeneficiaryInput!) {\n  updateBeneficiary(input: $input) { beneficiary { id firstName phone version } userErrors { field message code } }\n}"): typeof import('./graphql').BeneficiaryUpdateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }"): typeof import('./graphql').BeneficiaryBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryArchiveBeneficiary($id: ID!) { archiveBeneficiary(input: { id: $id }) { beneficiary { archivedAt version } userErrors { code } } }"): typeof import('./graphql').BeneficiaryArchiveBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryRestoreBeneficiary($id: ID!) { restoreBeneficiary(input: { id: $id }) { beneficiary { archivedAt } } }"): typeof import('./graphql').BeneficiaryRestoreBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiary2($id: ID!) { beneficiary(id: $id) { code } }"): typeof import('./graphql').BeneficiaryBeneficiary2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiary3($id: ID!) { beneficiary(id: $id) { code } }"): typeof import('./graphql').BeneficiaryBeneficiary3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiary4($id: ID!) { beneficiary(id: $id) { code firstName community { name } } }"): typeof import('./graphql').BeneficiaryBeneficiary4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiary5 { beneficiary(id: \"not-a-uuid\") { code } }"): typeof import('./graphql').BeneficiaryBeneficiary5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryBeneficiaries2($first: Int!) { beneficiaries(first: $first) { edges { node { code unit { code }\n      community { name district { name communities { name } } } programs { code indicators { code } } } } } }"): typeof import('./graphql').BeneficiaryBeneficiaries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }\n}"): typeof import('./graphql').PhoneCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }"): typeof import('./graphql').PhoneBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }"): typeof import('./graphql').PhoneBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }"): typeof import('./graphql').PhoneUpdateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }"): typeof import('./graphql').PhoneEraseBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadAssistanceCounts { assistanceCounts(from: \"2021-01-01\", to: \"2025-12-31\") { servicesByKind { key count suppressed } minimumCount } }"): typeof import('./graphql').CaseloadAssistanceCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {\n  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }"): typeof import('./graphql').FloorAssistanceCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CasesByStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseWorkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OpenForNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').AddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').EraseForNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCases5 { cases(first: 100) { edges { node { id } } } }"): typeof import('./graphql').CaseCases5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }"): typeof import('./graphql').CaseCases3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }"): typeof import('./graphql').CaseCases4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}"): typeof import('./graphql').CampaignReportCampaignActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }"): typeof import('./graphql').CampaignCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }"): typeof import('./graphql').CampaignCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }"): typeof import('./graphql').CampaignCampaign2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilCreateCoalition { createCoalition(input: { name: \"National Coalition of Women\" }) { coalition { id } userErrors { code } } }"): typeof import('./graphql').CouncilCreateCoalitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilCreateCoalition2 { createCoalition(input: { name: \"national coalition of women\" }) { userErrors { code } } }"): typeof import('./graphql').CouncilCreateCoalition2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilCoalition($id: ID!) { coalition(id: $id) { name councils { name members { partner { name } } } } }"): typeof import('./graphql').CouncilCoalitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilSetPartnerDistricts($input: SetPartnerDistrictsInput!) { setPartnerDistricts(input: $input) { partner { districts { name } } userErrors { field code } } }"): typeof import('./graphql').CouncilSetPartnerDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilPartner($id: ID!) { partner(id: $id) { districts { name } } }"): typeof import('./graphql').CouncilPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilPartnersInDistrict($districtId: ID!) { partners(first: 100, filter: { districtId: $districtId }) { totalCount edges { node { id districts { id } } } } }"): typeof import('./graphql').CouncilPartnersInDistrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresCreateSelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id version } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresChangeGroupStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresAddGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { membership { id } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresRemoveGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresRecordAdvocacyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id version } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresUpdateAdvocacyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresCreateSupportService($input: CreateSupportServiceInput!) { createSupportService(input: $input) {\n  supportService { id name kind contacts openingHours offers version community { id } } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresCreateSupportServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresUpdateSupportService($input: UpdateSupportServiceInput!) { updateSupportService(input: $input) {\n  supportService { id name openingHours version } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresUpdateSupportServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresRecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) { recordSupportServiceActivity(input: $input) {\n  activity { month peopleHelped } supportService { id } userErrors { field message code } } }"): typeof import('./graphql').CommunityFiguresRecordSupportServiceActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresCommunityFigures($from: String!, $to: String!) { communityFigures(from: $from, to: $to) {\n  from to groupsByStage { stage count } autonomousGroups membersPerGroup { group { id name } members }\n  advocacyActionsByResult { result count } supportServicePeopleHelped } }"): typeof import('./graphql').CommunityFiguresCommunityFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').CommunityFiguresCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresSupportServices($filter: SupportServiceFilter) { supportServices(first: 100, filter: $filter) { edges { node { id } } } }"): typeof import('./graphql').CommunityFiguresSupportServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresSupportService($id: ID!) { supportService(id: $id) { name contacts } }"): typeof import('./graphql').CommunityFiguresSupportServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresSupportService2($id: ID!) { supportService(id: $id) { y2019: activity(from: \"2019-01\", to: \"2019-12\") { month peopleHelped } all: activity { month } } }"): typeof import('./graphql').CommunityFiguresSupportService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresCommunityFigures2 { communityFigures(from: \"2019-01-01\", to: \"2019-12-31\") { membersPerGroup { members group { members { id } } } } }"): typeof import('./graphql').CommunityFiguresCommunityFigures2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityFiguresSelfHelpGroups($first: Int!) { selfHelpGroups(first: $first, filter: { mine: true }) { edges { node {\n      name community { name } facilitator { fullName } stageHistory { toStage }\n      members(current: false) { joinedOn beneficiary { code firstName } }\n      meetings { attendance { count women { code } } } advocacyActions { result } } } } }"): typeof import('./graphql').CommunityFiguresSelfHelpGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityAddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) {\n  membership { id joinedOn leftOn beneficiary { id code firstName } } userErrors { field message code } } }"): typeof import('./graphql').CommunityAddGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityRemoveGroupMember($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) {\n  membership { id joinedOn leftOn } userErrors { field message code } } }"): typeof import('./graphql').CommunityRemoveGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityRecordGroupMeeting($input: RecordGroupMeetingInput!) { recordGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count women { id code } } } userErrors { field message code } } }"): typeof import('./graphql').CommunityRecordGroupMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityUpdateGroupMeeting($input: UpdateGroupMeetingInput!) { updateGroupMeeting(input: $input) {\n  meeting { id heldOn topics decisions version attendance { count } } userErrors { field message code } } }"): typeof import('./graphql').CommunityUpdateGroupMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityRecordAdvocacyAction($input: RecordAdvocacyActionInput!) { recordAdvocacyAction(input: $input) {\n  advocacyAction { id actedOn targetKind targetName result resultNote version } userErrors { field message code } } }"): typeof import('./graphql').CommunityRecordAdvocacyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityUpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) { updateAdvocacyAction(input: $input) {\n  advocacyAction { id result resultNote version } userErrors { field message code } } }"): typeof import('./graphql').CommunityUpdateAdvocacyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').CommunityCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroups($filter: SelfHelpGroupFilter) { selfHelpGroups(first: 100, filter: $filter) { totalCount edges { node { id } } } }"): typeof import('./graphql').CommunitySelfHelpGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroup($id: ID!) { selfHelpGroup(id: $id) {\n      current: members { beneficiary { id } } all: members(current: false) { leftOn beneficiary { id } } } }"): typeof import('./graphql').CommunitySelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroup2($id: ID!) { selfHelpGroup(id: $id) { advocacyActions { id result targetName } } }"): typeof import('./graphql').CommunitySelfHelpGroup2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }"): typeof import('./graphql').CommunitySelfHelpGroup3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }"): typeof import('./graphql').CommunitySelfHelpGroup4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityCommunityFigures { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }"): typeof import('./graphql').CommunityCommunityFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }"): typeof import('./graphql').CommunitySelfHelpGroups2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityCommunityFigures2 { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }"): typeof import('./graphql').CommunityCommunityFigures2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {\n    createSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stageHistory {\n          toStage\n          changedBy {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachStage($input: ChangeGroupStageInput!) {\n    changeGroupStage(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stage\n        stageHistory {\n          fromStage\n          toStage\n          changedOn\n          reason\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupReachList($filter: SelfHelpGroupFilter) {\n    selfHelpGroups(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachArchive($input: IdInput!) {\n    archiveSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachMeeting($input: RecordGroupMeetingInput!) {\n    recordGroupMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachAct($input: RecordAdvocacyActionInput!) {\n    recordAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachActDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupReachUpdateAct($input: UpdateAdvocacyActionInput!) {\n    updateAdvocacyAction(input: $input) {\n      advocacyAction {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachUpdateActDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupReachFacilitators {\n    groupFacilitators {\n      id\n      fullName\n      role\n    }\n  }\n"): typeof import('./graphql').GroupReachFacilitatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentRecord($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope givenAt note receiverName partner { id name } recordedBy { id fullName } withdrawnAt withdrawnBy { id } }\n  userErrors { field code } } }"): typeof import('./graphql').ConsentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentWithdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {\n  consent { id withdrawnAt withdrawnBy { id fullName } } userErrors { field code } } }"): typeof import('./graphql').ConsentWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentTimeline($id: ID!) { beneficiary(id: $id) { id consents {\n  id scope givenAt note recordedBy { id } withdrawnAt withdrawnBy { id } } } }"): typeof import('./graphql').ConsentTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentNestedStays($first: Int!, $filter: BeneficiaryFilter) {\n  beneficiaries(first: $first, filter: $filter) { edges { node { id\n    shelterStays(first: 3) { totalCount edges { node { id admittedOn dischargedOn } } } } } } }"): typeof import('./graphql').ConsentNestedStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentHerStays($id: ID!) { beneficiary(id: $id) { id\n  shelterStays(first: 3) { totalCount edges { node { id } } } } }"): typeof import('./graphql').ConsentHerStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentStaysOf($filter: ShelterStayFilter) {\n  shelterStays(first: 3, filter: $filter) { totalCount edges { node { id } } } }"): typeof import('./graphql').ConsentStaysOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }"): typeof import('./graphql').RollupDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }"): typeof import('./graphql').RollupCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }"): typeof import('./graphql').RollupUpdateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id } userErrors { field code } } }"): typeof import('./graphql').RollupRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {\n  service { id archivedAt } userErrors { code } } }"): typeof import('./graphql').RollupArchiveServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {\n  service { id archivedAt } userErrors { code } } }"): typeof import('./graphql').RollupRestoreServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresEnrollInCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresRecordSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').LearningFiguresCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresCreateTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }"): typeof import('./graphql').LearningFiguresAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") {\n    from to\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women }\n    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }"): typeof import('./graphql').LearningFiguresLearningFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures2 { learningFigures(from: \"2024-01-01\", to: \"2024-12-31\") {\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }"): typeof import('./graphql').LearningFiguresLearningFigures2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures3 { learningFigures(from: \"2025-12-31\", to: \"2025-01-01\") { from } }"): typeof import('./graphql').LearningFiguresLearningFigures3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures4 { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") { minimumCount\n    womenTrainedByTrainingAndDistrict { training { id } women suppressed }\n    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }"): typeof import('./graphql').LearningFiguresLearningFigures4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures5 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { from } }"): typeof import('./graphql').LearningFiguresLearningFigures5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresLearningFigures6 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { minimumCount } }"): typeof import('./graphql').LearningFiguresLearningFigures6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourseTrainers { courseTrainers { id fullName role } }"): typeof import('./graphql').LearningCourseTrainersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id startsOn endsOn trainer { id } } userErrors { field code } } }"): typeof import('./graphql').LearningScreensCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {\n  totalCount edges { node { id } } } }"): typeof import('./graphql').LearningScreensCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgramCreateProgram($input: CreateProgramInput!) {\n  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }\n}"): typeof import('./graphql').ProgramCreateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {\n  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }\n}"): typeof import('./graphql').ProgramSaveIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }"): typeof import('./graphql').ProgramProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }"): typeof import('./graphql').ProgramUpdateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }"): typeof import('./graphql').ProgramArchiveProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramPrograms2 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }"): typeof import('./graphql').ProgramPrograms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }"): typeof import('./graphql').ProgramRestoreProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramPrograms3 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }"): typeof import('./graphql').ProgramPrograms3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }"): typeof import('./graphql').ShelterShelterOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }"): typeof import('./graphql').ShelterShelterStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}"): typeof import('./graphql').StatisticsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserUsers($filter: UserFilter) {\n    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }\n  }\n"): typeof import('./graphql').UserUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }"): typeof import('./graphql').UserVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role version } userErrors { code field params } }\n  }\n"): typeof import('./graphql').UserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }\n"): typeof import('./graphql').UserArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }\n}"): typeof import('./graphql').ExportsCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {\n  beneficiaries(first: 0, filter: $filter) { totalCount }\n}"): typeof import('./graphql').ExportsBeneficiaryCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }\n      services(first: 100) { totalCount edges { node { unit { id } } } }\n      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }"): typeof import('./graphql').ReachCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachCampaign($id: ID!) { campaign(id: $id) { id } }"): typeof import('./graphql').ReachCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }"): typeof import('./graphql').ReachCases2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {\n      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ReachServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }"): typeof import('./graphql').ReachReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }"): typeof import('./graphql').ReachShelterStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }"): typeof import('./graphql').ReachBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName } } } }"): typeof import('./graphql').ReachAuditEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
