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
    "mutation ArchiveArchiveService($id: ID!) { archiveService(input: { id: $id }) { service { id archivedAt } userErrors { code } } }": typeof types.ArchiveArchiveServiceDocument,
    "mutation ArchiveRestoreService($id: ID!) { restoreService(input: { id: $id }) { service { archivedAt } } }": typeof types.ArchiveRestoreServiceDocument,
    "mutation ArchiveArchiveService2($id: ID!) { archiveService(input: { id: $id }) { service { id } userErrors { code } } }": typeof types.ArchiveArchiveService2Document,
    "mutation ArchiveArchiveCampaign($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { id } } }": typeof types.ArchiveArchiveCampaignDocument,
    "mutation ArchiveArchiveCampaign2($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt version } userErrors { code } } }": typeof types.ArchiveArchiveCampaign2Document,
    "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }": typeof types.ArchiveCampaignsListedDocument,
    "mutation UserErrorsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id } userErrors { field message code params } }\n}": typeof types.UserErrorsCreateBeneficiaryDocument,
    "mutation UserErrorsUpdateCase($input: UpdateCaseInput!) {\n  updateCase(input: $input) { case { id } userErrors { field code params } }\n}": typeof types.UserErrorsUpdateCaseDocument,
    "mutation UserErrorsCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { userErrors { field code params } } }": typeof types.UserErrorsCreateSelfHelpGroupDocument,
    "mutation UserErrorsRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code params } } }": typeof types.UserErrorsRecordServiceDocument,
    "mutation UserErrorsChangeCaseRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) { case { id } userErrors { field code params } } }": typeof types.UserErrorsChangeCaseRiskDocument,
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
    "mutation ServiceRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }": typeof types.ServiceRecordServiceDocument,
    "mutation ServiceUpdateService($input: UpdateServiceInput!) { updateService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }": typeof types.ServiceUpdateServiceDocument,
    "mutation ServiceCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id followUpDoneAt overdue version } userErrors { field message code } } }": typeof types.ServiceCompleteFollowUpDocument,
    "mutation ServiceOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message code } } }": typeof types.ServiceOpenCaseDocument,
    "mutation ServiceCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.ServiceCreateBeneficiaryDocument,
    "query ServiceService($id: ID!) { service(id: $id) { notes } }": typeof types.ServiceServiceDocument,
    "query ServiceService2($id: ID!) { service(id: $id) { outcome notes version } }": typeof types.ServiceService2Document,
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": typeof types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": typeof types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": typeof types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": typeof types.ServicesNextPageDocument,
    "mutation ServiceCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } } }": typeof types.ServiceCreateBeneficiary2Document,
    "query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {\n      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }": typeof types.ServicesFilteredDocument,
    "query ServiceKinds { serviceKinds { kind subtypes } }": typeof types.ServiceKindsDocument,
    "query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }": typeof types.ServiceProvidersDocument,
    "query ServiceService3($id: ID!) { service(id: $id) { id } }": typeof types.ServiceService3Document,
    "query ServiceService4 { service(id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.ServiceService4Document,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": typeof types.ServicesOfOtherUnitsDocument,
    "query ServiceService5($id: ID!) { service(id: $id) { id notes } }": typeof types.ServiceService5Document,
    "query ServiceServices { services(first: 5) { edges { node { id } } } }": typeof types.ServiceServicesDocument,
    "query ServiceService6($id: ID!) { service(id: $id) { kind notes } }": typeof types.ServiceService6Document,
    "query ServiceServices2($w: ID!) { services(first: 10, filter: { beneficiaryId: $w }) { edges { node { id } } } }": typeof types.ServiceServices2Document,
    "query ServiceServices3($w: ID!) { services(first: 1, filter: { beneficiaryId: $w }) { totalCount } }": typeof types.ServiceServices3Document,
    "query ServiceCase($id: ID!) { case(id: $id) { services { id notes } } }": typeof types.ServiceCaseDocument,
    "query ServiceService7($id: ID!) { service(id: $id) { case { id } } }": typeof types.ServiceService7Document,
    "query ServiceCase2($id: ID!) { case(id: $id) { id services { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } } }": typeof types.ServiceCase2Document,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": typeof types.CaseServiceIdsDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorType actorId actorName entityType entityId } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }\n": typeof types.AuditCreateProgramDocument,
    "query AuthViewer { viewer { kind user { email role } } }": typeof types.AuthViewerDocument,
    "mutation AuthLogout { logout { ok } }": typeof types.AuthLogoutDocument,
    "query AuthUsers { users(first: 1) { totalCount } }": typeof types.AuthUsersDocument,
    "mutation AuthArchiveUser($input: IdInput!) { archiveUser(input: $input) { userErrors { message } } }": typeof types.AuthArchiveUserDocument,
    "query AuthViewer2 { viewer { kind } }": typeof types.AuthViewer2Document,
    "query AuthViewer3 { viewer { kind } }": typeof types.AuthViewer3Document,
    "query AuthBeneficiaries { beneficiaries(first: 1) { totalCount } }": typeof types.AuthBeneficiariesDocument,
    "query LockoutLoginLocks { loginLocks(first: 50) { totalCount edges { node { id kind account address failures lockedUntil user { email fullName } } } } }": typeof types.LockoutLoginLocksDocument,
    "mutation LockoutLiftLoginLock($input: IdInput!) { liftLoginLock(input: $input) { lock { id failures lockedUntil } userErrors { code } } }": typeof types.LockoutLiftLoginLockDocument,
    "mutation SignIn($input: LoginInput!) {\n  login(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } mfaChallenge { token expiresAt } userErrors { field code } }\n}": typeof types.SignInDocument,
    "mutation Verify($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } userErrors { field code } }\n}": typeof types.VerifyDocument,
    "mutation Begin($input: BeginMfaEnrolmentInput!) {\n  beginMfaEnrolment(input: $input) { enrolment { secret otpauthUri qrCodeDataUrl } userErrors { field code } }\n}": typeof types.BeginDocument,
    "mutation Confirm($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes userErrors { field code } } }": typeof types.ConfirmDocument,
    "mutation Disable($input: MfaCodeInput!) { disableMfa(input: $input) { ok userErrors { field code params } } }": typeof types.DisableDocument,
    "mutation Reset($input: IdInput!) { resetUserMfa(input: $input) { user { id mfaEnabled } userErrors { code } } }": typeof types.ResetDocument,
    "query MfaViewer { viewer { session { mfa enrolmentRequired } mfa { enabled required enabledAt recoveryCodesLeft } } }": typeof types.MfaViewerDocument,
    "query MfaCases { cases(first: 1) { totalCount } }": typeof types.MfaCasesDocument,
    "query MfaViewer2 { viewer { kind session { mfa } mfa { enabled } } campaigns(first: 1) { totalCount } }": typeof types.MfaViewer2Document,
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
    "mutation DuplicatesCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { code } } }": typeof types.DuplicatesCreateBeneficiaryDocument,
    "query DuplicatesBeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { reasons beneficiary { id code firstName } } }": typeof types.DuplicatesBeneficiaryDuplicatesDocument,
    "query DuplicatesBeneficiaryDuplicates2($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { beneficiary { phone } } }": typeof types.DuplicatesBeneficiaryDuplicates2Document,
    "query DuplicatesBeneficiaries($search: String!) { beneficiaries(first: 20, filter: { search: $search }) { edges { node { id } } } }": typeof types.DuplicatesBeneficiariesDocument,
    "mutation ErasureCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { message } } }": typeof types.ErasureCreateBeneficiaryDocument,
    "mutation ErasureOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": typeof types.ErasureOpenCaseDocument,
    "mutation ErasureRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { userErrors { message } } }": typeof types.ErasureRecordIncidentDocument,
    "mutation ErasureRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { userErrors { message } } }": typeof types.ErasureRecordConsentDocument,
    "mutation ErasureMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) { referral { id } userErrors { message } } }": typeof types.ErasureMakeReferralDocument,
    "mutation ErasureEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { beneficiary { code erasedAt } userErrors { message } } }": typeof types.ErasureEraseBeneficiaryDocument,
    "query ErasureBeneficiaries { beneficiaries(first: 5, filter: { search: \"Тестерасова\" }) { totalCount } }": typeof types.ErasureBeneficiariesDocument,
    "mutation ErasureEraseBeneficiary2($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": typeof types.ErasureEraseBeneficiary2Document,
    "mutation ErasureCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.ErasureCreateBeneficiary2Document,
    "mutation ErasureEraseBeneficiary3($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": typeof types.ErasureEraseBeneficiary3Document,
    "mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }\n}": typeof types.PhoneCreateBeneficiaryDocument,
    "query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }": typeof types.PhoneBeneficiariesDocument,
    "query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": typeof types.PhoneBeneficiaryDocument,
    "mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }": typeof types.PhoneUpdateBeneficiaryDocument,
    "mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": typeof types.PhoneEraseBeneficiaryDocument,
    "mutation CaseloadOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": typeof types.CaseloadOpenCaseDocument,
    "query CaseloadCaseload { caseload { myOpenCasesByRisk { key count } awaitingClosure } }": typeof types.CaseloadCaseloadDocument,
    "query CaseloadCaseload2 { caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure } }": typeof types.CaseloadCaseload2Document,
    "query CaseloadAssistanceCounts2 { assistanceCounts(from: \"2000-01-01\", to: \"2100-12-31\") { casesOpenedByRisk { key count } minimumCount } }": typeof types.CaseloadAssistanceCounts2Document,
    "query CaseloadCases { cases(first: 1) { totalCount } }": typeof types.CaseloadCasesDocument,
    "query CaseloadAssistanceCounts3 { assistanceCounts(from: \"2026-12-31\", to: \"2026-01-01\") { shelterAdmissions } }": typeof types.CaseloadAssistanceCounts3Document,
    "query CaseloadAssistanceCounts { assistanceCounts(from: \"2021-01-01\", to: \"2025-12-31\") { servicesByKind { key count suppressed } minimumCount } }": typeof types.CaseloadAssistanceCountsDocument,
    "query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {\n  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }": typeof types.FloorAssistanceCountsDocument,
    "mutation CaseHistoryOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }": typeof types.CaseHistoryOpenCaseDocument,
    "mutation CaseHistoryChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) { case { version } userErrors { field code } } }": typeof types.CaseHistoryChangeRiskDocument,
    "mutation CaseHistoryRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }": typeof types.CaseHistoryRequestClosureDocument,
    "mutation CaseHistoryDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) { case { version } userErrors { field code } } }": typeof types.CaseHistoryDecideClosureDocument,
    "mutation CaseHistoryReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }": typeof types.CaseHistoryReopenDocument,
    "query CaseHistoryCase($id: ID!) { case(id: $id) {\n  status closureDecision closureReason closureDecisionReason\n  closureRequestedBy { id fullName } closureDecidedBy { id fullName }\n  riskHistory { previousLevel level reason changedBy { id fullName role } }\n  closureHistory { step reason takenBy { id fullName } }\n} }": typeof types.CaseHistoryCaseDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": typeof types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EraseForNotesDocument,
    "mutation CaseOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id status stage riskLevel plan version caseWorker { fullName } riskHistory { previousLevel level } } userErrors { field message code } } }": typeof types.CaseOpenCaseDocument,
    "mutation CaseRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) {\n  incident { id gbvType narrative perpetratorDetails reportingDelay } userErrors { field message code } } }": typeof types.CaseRecordIncidentDocument,
    "mutation CaseChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": typeof types.CaseChangeRiskDocument,
    "mutation CaseRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": typeof types.CaseRequestClosureDocument,
    "mutation CaseDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": typeof types.CaseDecideClosureDocument,
    "mutation CaseReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": typeof types.CaseReopenDocument,
    "query CaseCase($id: ID!) { case(id: $id) { riskLevel incidents { gbvType } } }": typeof types.CaseCaseDocument,
    "query CaseIncident($id: ID!) { incident(id: $id) { gbvType } }": typeof types.CaseIncidentDocument,
    "query CaseCase2($id: ID!) { case(id: $id) { id } }": typeof types.CaseCase2Document,
    "query CaseCase3 { case(id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.CaseCase3Document,
    "query CaseCases5 { cases(first: 100) { edges { node { id } } } }": typeof types.CaseCases5Document,
    "query CaseCase4($id: ID!) { case(id: $id) { id } }": typeof types.CaseCase4Document,
    "query CaseBeneficiary($id: ID!) { beneficiary(id: $id) { code lastName } }": typeof types.CaseBeneficiaryDocument,
    "mutation CaseUpdateCase($input: UpdateCaseInput!) { updateCase(input: $input) { case { stage version } userErrors { field code } } }": typeof types.CaseUpdateCaseDocument,
    "query CaseCase5($id: ID!) { case(id: $id) { riskHistory { previousLevel level reason } } }": typeof types.CaseCase5Document,
    "query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }": typeof types.CaseCases3Document,
    "query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }": typeof types.CaseCases4Document,
    "query CaseCase6($id: ID!) { case(id: $id) { plan } }": typeof types.CaseCase6Document,
    "mutation CampaignCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id version } userErrors { field message code } }\n}": typeof types.CampaignCreateCampaignDocument,
    "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}": typeof types.CampaignReportCampaignActivityDocument,
    "mutation CampaignCorrectCampaignActivity($input: CorrectCampaignActivityInput!) {\n  correctCampaignActivity(input: $input) { activity { id version title womenUnder18 } userErrors { field message code } }\n}": typeof types.CampaignCorrectCampaignActivityDocument,
    "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }": typeof types.CampaignCampaignDocument,
    "mutation CampaignSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { code } } }": typeof types.CampaignSetCampaignPartnersDocument,
    "query CampaignCampaign3($id: ID!) { campaign(id: $id) { id } }": typeof types.CampaignCampaign3Document,
    "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }": typeof types.CampaignCampaignsDocument,
    "query CampaignCampaigns2 { campaigns(first: 50) { totalCount edges { node { id } } } }": typeof types.CampaignCampaigns2Document,
    "query CampaignCampaign4($id: ID!) { campaign(id: $id) { id title } }": typeof types.CampaignCampaign4Document,
    "query CampaignCampaign5($id: ID!) { campaign(id: $id) { id title } }": typeof types.CampaignCampaign5Document,
    "query CampaignCampaigns3 { campaigns(first: 50) { totalCount } }": typeof types.CampaignCampaigns3Document,
    "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }": typeof types.CampaignCampaign2Document,
    "mutation CampaignCreateForum($input: CreateForumInput!) { createForum(input: $input) { forum { id } userErrors { field code } } }": typeof types.CampaignCreateForumDocument,
    "query CampaignForum($id: ID!) { forum(id: $id) { title campaign { id } partners { role partner { id } } } }": typeof types.CampaignForumDocument,
    "query CampaignForums2 { forums(first: 10) { totalCount } }": typeof types.CampaignForums2Document,
    "query CampaignForums3 { forums(first: 10) { totalCount } }": typeof types.CampaignForums3Document,
    "query CampaignForums4 { forums(first: 10, filter: { from: \"2026-01-20\", to: \"2026-01-20\" }) { totalCount } }": typeof types.CampaignForums4Document,
    "query CampaignForums5 { forums(first: 10, filter: { from: \"soon\" }) { totalCount } }": typeof types.CampaignForums5Document,
    "query CampaignForum2($id: ID!) { forum(id: $id) { id } }": typeof types.CampaignForum2Document,
    "query CampaignForum3($id: ID!) { forum(id: $id) { campaign { id } } }": typeof types.CampaignForum3Document,
    "mutation CampaignUpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) { campaign { id version startsOn endsOn } userErrors { field message code } }\n  }": typeof types.CampaignUpdateCampaignDocument,
    "mutation CampaignSetPartners($input: SetCampaignPartnersInput!) {\n    setCampaignPartners(input: $input) { campaign { id version partners { role partner { id } } } userErrors { field code } }\n  }": typeof types.CampaignSetPartnersDocument,
    "mutation CampaignSetDistricts($input: SetCampaignDistrictsInput!) {\n    setCampaignDistricts(input: $input) { campaign { id version districts { id } } userErrors { field code } }\n  }": typeof types.CampaignSetDistrictsDocument,
    "query CampaignEditRead($id: ID!) {\n    campaign(id: $id) { id version title startsOn endsOn archivedAt districts { id } partners { role partner { id } } }\n  }": typeof types.CampaignEditReadDocument,
    "query CampaignEditListed($archived: Boolean) {\n    campaigns(first: 100, filter: { archived: $archived }) { edges { node { id } } }\n  }": typeof types.CampaignEditListedDocument,
    "mutation CampaignEditArchive($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }": typeof types.CampaignEditArchiveDocument,
    "mutation CampaignEditRestore($id: ID!) { restoreCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }": typeof types.CampaignEditRestoreDocument,
    "mutation CouncilCreateCoalition { createCoalition(input: { name: \"National Coalition of Women\" }) { coalition { id } userErrors { code } } }": typeof types.CouncilCreateCoalitionDocument,
    "mutation CouncilCreateCoalition2 { createCoalition(input: { name: \"national coalition of women\" }) { userErrors { code } } }": typeof types.CouncilCreateCoalition2Document,
    "mutation CouncilCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": typeof types.CouncilCreateCouncilDocument,
    "query CouncilById($id: ID!) { council(id: $id) { id version name region chairedByNk coalition { id } } }": typeof types.CouncilByIdDocument,
    "mutation CouncilAddCouncilMember($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": typeof types.CouncilAddCouncilMemberDocument,
    "mutation CouncilRemoveCouncilMember($input: RemoveCouncilMemberInput!) { removeCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": typeof types.CouncilRemoveCouncilMemberDocument,
    "mutation CouncilUpdateCouncil($input: UpdateCouncilInput!) { updateCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": typeof types.CouncilUpdateCouncilDocument,
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
    "mutation CommunityCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": typeof types.CommunityCreateSelfHelpGroupDocument,
    "mutation CommunityUpdateSelfHelpGroup($input: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": typeof types.CommunityUpdateSelfHelpGroupDocument,
    "mutation CommunityChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": typeof types.CommunityChangeGroupStageDocument,
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
    "query CommunityMembersMinimal($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { id code firstName } } } }": typeof types.CommunityMembersMinimalDocument,
    "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }": typeof types.CommunitySelfHelpGroup3Document,
    "query CommunityMembersFull($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { lastName } } } }": typeof types.CommunityMembersFullDocument,
    "query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }": typeof types.CommunitySelfHelpGroup4Document,
    "query CommunityCommunityFigures { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": typeof types.CommunityCommunityFiguresDocument,
    "query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }": typeof types.CommunitySelfHelpGroups2Document,
    "query CommunityCommunityFigures2 { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": typeof types.CommunityCommunityFigures2Document,
    "\n  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {\n    createSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stageHistory {\n          toStage\n          changedBy {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GroupReachCreateDocument,
    "\n  mutation GroupReachStage($input: ChangeGroupStageInput!) {\n    changeGroupStage(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stage\n        stageHistory {\n          fromStage\n          toStage\n          changedOn\n          reason\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GroupReachStageDocument,
    "\n  query GroupReachList($filter: SelfHelpGroupFilter) {\n    selfHelpGroups(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GroupReachListDocument,
    "\n  mutation GroupReachArchive($input: IdInput!) {\n    archiveSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachArchiveDocument,
    "\n  mutation GroupReachRestore($input: IdInput!) {\n    restoreSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GroupReachRestoreDocument,
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
    "query DashboardDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  from to suppressionMin district { name }\n  womenSupported { byDistrict { district { name } byKind { key value suppressed } total { value suppressed } } byKind { key value suppressed } total { value suppressed } }\n  openCasesByRisk { items { key value suppressed } total { value suppressed } }\n  overdueFollowUps { value suppressed }\n  shelter { beds bedsTaken { value suppressed } accompanyingChildren { value suppressed } }\n  trainings { training { code } courses enrolled { value suppressed } completed { value suppressed } }\n  selfHelpGroupsByStage { key value suppressed }\n  campaignReach { activities women men total }\n} }": typeof types.DashboardDashboardDocument,
    "mutation DashboardCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }": typeof types.DashboardCreateBeneficiaryDocument,
    "mutation DashboardRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code } } }": typeof types.DashboardRecordServiceDocument,
    "mutation DashboardOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { code } } }": typeof types.DashboardOpenCaseDocument,
    "mutation DashboardAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) { shelterStay { id } userErrors { field code } } }": typeof types.DashboardAdmitToShelterDocument,
    "query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }": typeof types.RollupDashboardDocument,
    "mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": typeof types.RollupCreateBeneficiaryDocument,
    "mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": typeof types.RollupUpdateBeneficiaryDocument,
    "mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id } userErrors { field code } } }": typeof types.RollupRecordServiceDocument,
    "mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": typeof types.RollupArchiveServiceDocument,
    "mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": typeof types.RollupRestoreServiceDocument,
    "query RollupDashboardNow($scope: DashboardScope!) { dashboard(scope: $scope) {\n  openCasesByRisk { items { key value } total { value } } overdueFollowUps { value } } }": typeof types.RollupDashboardNowDocument,
    "mutation RollupCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id version } userErrors { code } } }": typeof types.RollupCompleteFollowUpDocument,
    "query RollupServiceVersion($id: ID!) { service(id: $id) { id version } }": typeof types.RollupServiceVersionDocument,
    "mutation RollupOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id version } userErrors { code } } }": typeof types.RollupOpenCaseDocument,
    "mutation RollupChangeRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) {\n  case { id version } userErrors { code } } }": typeof types.RollupChangeRiskDocument,
    "mutation RollupRequestClosure($input: CaseStepInput!) { requestCaseClosure(input: $input) {\n  case { id version } userErrors { code } } }": typeof types.RollupRequestClosureDocument,
    "mutation RollupDecideClosure($input: DecideCaseClosureInput!) { decideCaseClosure(input: $input) {\n  case { id version status } userErrors { code } } }": typeof types.RollupDecideClosureDocument,
    "mutation RollupReopenCase($input: CaseStepInput!) { reopenCase(input: $input) {\n  case { id version status } userErrors { code } } }": typeof types.RollupReopenCaseDocument,
    "mutation HouseholdCreate($input: CreateHouseholdInput!) { createHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": typeof types.HouseholdCreateDocument,
    "mutation HouseholdUpdate($input: UpdateHouseholdInput!) { updateHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": typeof types.HouseholdUpdateDocument,
    "mutation HouseholdAddMember($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": typeof types.HouseholdAddMemberDocument,
    "mutation HouseholdRemoveMember($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": typeof types.HouseholdRemoveMemberDocument,
    "mutation HouseholdSetHead($input: SetHouseholdHeadInput!) { setHouseholdHead(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": typeof types.HouseholdSetHeadDocument,
    "query HouseholdHousehold($id: ID!) { household(id: $id) { id code version childrenCount size community { id } head { id }\n  members { relationToHead joinedOn leftOn beneficiary { id } } } }": typeof types.HouseholdHouseholdDocument,
    "query HouseholdBeneficiary($id: ID!) { beneficiary(id: $id) { id household { id code size } } }": typeof types.HouseholdBeneficiaryDocument,
    "mutation HouseholdCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }": typeof types.HouseholdCreateBeneficiaryDocument,
    "mutation HouseholdEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { code } } }": typeof types.HouseholdEraseBeneficiaryDocument,
    "query HouseholdBeneficiary2($id: ID!) { beneficiary(id: $id) { household { id } } }": typeof types.HouseholdBeneficiary2Document,
    "query HouseholdBeneficiaries($first: Int!) { beneficiaries(first: $first) { edges { node { code\n      household { code size community { name } head { code } members { relationToHead beneficiary { code } } } } } } }": typeof types.HouseholdBeneficiariesDocument,
    "mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }": typeof types.LearningFiguresCreateCourseDocument,
    "mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }": typeof types.LearningFiguresScheduleSessionDocument,
    "mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }": typeof types.LearningFiguresEnrollInCourseDocument,
    "mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": typeof types.LearningFiguresRecordAttendanceDocument,
    "mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }": typeof types.LearningFiguresRecordSelfAssessmentDocument,
    "mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.LearningFiguresCreateBeneficiaryDocument,
    "mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }": typeof types.LearningFiguresCreateTrainingDocument,
    "query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }": typeof types.LearningFiguresAttendanceDocument,
    "query LearningFiguresCourse($id: ID!) { course(id: $id) { results { enrolled } } }": typeof types.LearningFiguresCourseDocument,
    "query LearningFiguresCourse2($id: ID!) { course(id: $id) { results { enrolled withdrawn completed completionRate assessed averageChange improved } } }": typeof types.LearningFiguresCourse2Document,
    "query LearningFiguresLearningFigures { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") {\n    from to\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women }\n    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": typeof types.LearningFiguresLearningFiguresDocument,
    "query LearningFiguresLearningFigures2 { learningFigures(from: \"2024-01-01\", to: \"2024-12-31\") {\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }": typeof types.LearningFiguresLearningFigures2Document,
    "query LearningFiguresLearningFigures3 { learningFigures(from: \"2025-12-31\", to: \"2025-01-01\") { from } }": typeof types.LearningFiguresLearningFigures3Document,
    "query LearningFiguresLearningFigures4 { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") { minimumCount\n    womenTrainedByTrainingAndDistrict { training { id } women suppressed }\n    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": typeof types.LearningFiguresLearningFigures4Document,
    "query LearningFiguresLearningFigures5 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { from } }": typeof types.LearningFiguresLearningFigures5Document,
    "query LearningFiguresLearningFigures6 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { minimumCount } }": typeof types.LearningFiguresLearningFigures6Document,
    "query LearningFiguresCourseCost($id: ID!) { course(id: $id) { results { completed } sessions { attendance { present beneficiary { firstName } } }\n       enrollments { attendedSessions completed selfAssessment { score } beneficiary { firstName } } } }": typeof types.LearningFiguresCourseCostDocument,
    "query LearningFiguresDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }": typeof types.LearningFiguresDashboardDocument,
    "mutation LearningFiguresRecordAttendanceAgain($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": typeof types.LearningFiguresRecordAttendanceAgainDocument,
    "query LearningFiguresDashboardPeriods($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }": typeof types.LearningFiguresDashboardPeriodsDocument,
    "mutation LearningFiguresWithdraw($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id } userErrors { code } } }": typeof types.LearningFiguresWithdrawDocument,
    "query LearningCourseTrainers { courseTrainers { id fullName role } }": typeof types.LearningCourseTrainersDocument,
    "mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id startsOn endsOn trainer { id } } userErrors { field code } } }": typeof types.LearningScreensCreateCourseDocument,
    "query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {\n  totalCount edges { node { id } } } }": typeof types.LearningScreensCoursesDocument,
    "mutation LearningTrainerCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id version trainer { id } } userErrors { field message } } }": typeof types.LearningTrainerCreateCourseDocument,
    "mutation LearningTrainerScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message } } }": typeof types.LearningTrainerScheduleSessionDocument,
    "mutation LearningTrainerEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { message } } }": typeof types.LearningTrainerEnrollInCourseDocument,
    "mutation LearningTrainerRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message } } }": typeof types.LearningTrainerRecordAttendanceDocument,
    "mutation LearningTrainerScheduleSession2($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } } }": typeof types.LearningTrainerScheduleSession2Document,
    "mutation LearningTrainerCreateCourse2($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { message } } }": typeof types.LearningTrainerCreateCourse2Document,
    "mutation LearningTrainerScheduleSession3($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { message } } }": typeof types.LearningTrainerScheduleSession3Document,
    "mutation LearningTrainerEnrollInCourse2($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added } }": typeof types.LearningTrainerEnrollInCourse2Document,
    "mutation LearningTrainerRecordAttendance2($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed } }": typeof types.LearningTrainerRecordAttendance2Document,
    "mutation LearningTrainerRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { userErrors { message } } }": typeof types.LearningTrainerRecordSelfAssessmentDocument,
    "query LearningTrainerCourse($id: ID!) { course(id: $id) { id enrollments { id beneficiary { code } selfAssessment { score } }\n      sessions { id attendance { present beneficiary { code } } } } }": typeof types.LearningTrainerCourseDocument,
    "mutation LearningCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) {\n  training { id code version sessionCount completionPercent assessmentItems scaleMin scaleMax } userErrors { field message code } } }": typeof types.LearningCreateTrainingDocument,
    "mutation LearningUpdateTraining($input: UpdateTrainingInput!) { updateTraining(input: $input) { training { id version title } userErrors { field message code } } }": typeof types.LearningUpdateTrainingDocument,
    "mutation LearningCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id version startsOn endsOn capacity language trainer { id role } training { id } } userErrors { field message code } } }": typeof types.LearningCreateCourseDocument,
    "mutation LearningUpdateCourse($input: UpdateCourseInput!) { updateCourse(input: $input) { course { id version capacity } userErrors { field message code } } }": typeof types.LearningUpdateCourseDocument,
    "mutation LearningScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id heldOn topic trainer { id } } userErrors { field message code } } }": typeof types.LearningScheduleSessionDocument,
    "mutation LearningEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added alreadyEnrolled course { id } userErrors { field message code } } }": typeof types.LearningEnrollInCourseDocument,
    "mutation LearningRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed session { id } userErrors { field message code } } }": typeof types.LearningRecordAttendanceDocument,
    "mutation LearningRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {\n  enrollment { id selfAssessment { phase item score } } userErrors { field message code } } }": typeof types.LearningRecordSelfAssessmentDocument,
    "mutation LearningWithdrawFromCourse($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id withdrawnAt } userErrors { field message code } } }": typeof types.LearningWithdrawFromCourseDocument,
    "mutation LearningCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": typeof types.LearningCreateBeneficiaryDocument,
    "query LearningTraining($trainingId: ID!) { training(id: $trainingId) { completionPercent scaleMin scaleMax assessmentItems } }": typeof types.LearningTrainingDocument,
    "query LearningTrainings { trainings(first: 100, filter: { search: \"lead-test\" }) { edges { node { id } } } }": typeof types.LearningTrainingsDocument,
    "query LearningCourses { courses(first: 100, filter: { mine: true }) { edges { node { id } } } }": typeof types.LearningCoursesDocument,
    "query LearningCourse($courseId: ID!) { course(id: $courseId) { sessions { id heldOn trainer { id } } } }": typeof types.LearningCourseDocument,
    "mutation LearningUpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { session { id version heldOn topic } userErrors { field message code } } }": typeof types.LearningUpdateSessionDocument,
    "query LearningCourses2($trainingId: ID!) { courses(first: 100, filter: { trainingId: $trainingId }) { totalCount } }": typeof types.LearningCourses2Document,
    "query LearningCourse2($courseId: ID!) { course(id: $courseId) { sessions { attendance { present beneficiary { code firstName } } } } }": typeof types.LearningCourse2Document,
    "query LearningCourse3($courseId: ID!) { course(id: $courseId) { enrollments { id attendedSessions completed beneficiary { id code firstName } } } }": typeof types.LearningCourse3Document,
    "query LearningCourseLastNames($id: ID!) { course(id: $id) { enrollments { beneficiary { code lastName } } } }": typeof types.LearningCourseLastNamesDocument,
    "query LearningCoursePhones($id: ID!) { course(id: $id) { sessions { attendance { beneficiary { phone } } } } }": typeof types.LearningCoursePhonesDocument,
    "query LearningCourse4($courseId: ID!) { course(id: $courseId) { enrollments { beneficiary { lastName } } } }": typeof types.LearningCourse4Document,
    "query LearningCourse5($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": typeof types.LearningCourse5Document,
    "query LearningCourse6($courseId: ID!) { course(id: $courseId) { results { enrolled } } }": typeof types.LearningCourse6Document,
    "query LearningCourse7($courseId: ID!) { course(id: $courseId) { id capacity } }": typeof types.LearningCourse7Document,
    "query LearningCourses3 { courses(first: 1) { totalCount } }": typeof types.LearningCourses3Document,
    "query LearningCourse8($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": typeof types.LearningCourse8Document,
    "query LearningCourse9($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": typeof types.LearningCourse9Document,
    "mutation ProgramCreateProgram($input: CreateProgramInput!) {\n  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }\n}": typeof types.ProgramCreateProgramDocument,
    "mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {\n  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }\n}": typeof types.ProgramSaveIndicatorDocument,
    "query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }": typeof types.ProgramProgramsDocument,
    "query ProgramPrograms4($sort: ProgramSort!) { programs(first: 10, sort: $sort) { edges { node { title startsOn } } } }": typeof types.ProgramPrograms4Document,
    "mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }": typeof types.ProgramUpdateProgramDocument,
    "mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }": typeof types.ProgramArchiveProgramDocument,
    "query ProgramPrograms2 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": typeof types.ProgramPrograms2Document,
    "mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }": typeof types.ProgramRestoreProgramDocument,
    "query ProgramPrograms3 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": typeof types.ProgramPrograms3Document,
    "query ProgramProgram($id: ID!) { program(id: $id) { indicators { code measure targets { period actual actualSuppressed } } } }": typeof types.ProgramProgramDocument,
    "query ProgramLearningFigures { learningFigures(from: \"2025-01-01\", to: \"2025-12-31\") { womenTrainedByTrainingAndDistrict { women } } }": typeof types.ProgramLearningFiguresDocument,
    "mutation ReferralRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope receiverName givenAt withdrawnAt partner { name } } userErrors { field message code } } }": typeof types.ReferralRecordConsentDocument,
    "mutation ReferralMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) {\n  referral { id status version sharesPersonalData consent { id } consentOverrideReason history { fromStatus toStatus changedAt } }\n  userErrors { field message code } } }": typeof types.ReferralMakeReferralDocument,
    "mutation ReferralChangeReferralStatus($input: ChangeReferralStatusInput!) { changeReferralStatus(input: $input) {\n  referral { status version nextStatuses history { fromStatus toStatus } } userErrors { field message code } } }": typeof types.ReferralChangeReferralStatusDocument,
    "mutation ReferralWithdrawConsent($id: ID!) { withdrawConsent(input: { id: $id }) { consent { withdrawnAt } userErrors { message } } }": typeof types.ReferralWithdrawConsentDocument,
    "mutation ReferralWithdrawConsent2($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }": typeof types.ReferralWithdrawConsent2Document,
    "query ReferralBeneficiary($id: ID!) { beneficiary(id: $id) { consents { id scope withdrawnAt } } }": typeof types.ReferralBeneficiaryDocument,
    "mutation ReferralCreatePartner { createPartner(input: { name: \"Closed NGO\", kind: NGO }) { partner { id } } }": typeof types.ReferralCreatePartnerDocument,
    "mutation ReferralArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }": typeof types.ReferralArchivePartnerDocument,
    "mutation ReferralOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { message } } }": typeof types.ReferralOpenCaseDocument,
    "mutation ReferralRequestCaseClosure($id: ID!, $v: Int!) { requestCaseClosure(input: { id: $id, version: $v, reason: \"done\" }) { case { closureDecision } userErrors { message } } }": typeof types.ReferralRequestCaseClosureDocument,
    "query ReferralCase($id: ID!) { case(id: $id) { referrals { status } } }": typeof types.ReferralCaseDocument,
    "mutation ReferralCreatePartner2 { createPartner(input: { name: \"Kulob Regional Hospital\", kind: STATE_BODY }) { partner { id } } }": typeof types.ReferralCreatePartner2Document,
    "mutation ReferralMakeReferral2($input: MakeReferralInput!) { makeReferral(input: $input) {\n        referral { id receiverKind receiverName partner { id } } userErrors { field code } } }": typeof types.ReferralMakeReferral2Document,
    "query ReferralReferrals($filter: ReferralFilter) { referrals(first: 100, filter: $filter) { edges { node { id } } } }": typeof types.ReferralReferralsDocument,
    "query ReferralReferral($id: ID!) { referral(id: $id) { history { toStatus changedAt changedBy { id fullName } } } }": typeof types.ReferralReferralDocument,
    "query ReferralConsentToShare($b: ID!, $p: ID, $n: String) { consentToShare(beneficiaryId: $b, partnerId: $p, receiverName: $n) { id withdrawnAt } }": typeof types.ReferralConsentToShareDocument,
    "mutation ReferralWithdrawConsent3($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }": typeof types.ReferralWithdrawConsent3Document,
    "query ReferralReferral2($id: ID!) { referral(id: $id) { id } }": typeof types.ReferralReferral2Document,
    "query ReferralReferrals2 { referrals(first: 100) { totalCount edges { node { id unit { code } } } } }": typeof types.ReferralReferrals2Document,
    "mutation ShelterAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": typeof types.ShelterAdmitToShelterDocument,
    "mutation ShelterUpdateShelterStay($input: UpdateShelterStayInput!) { updateShelterStay(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": typeof types.ShelterUpdateShelterStayDocument,
    "mutation ShelterDischargeFromShelter($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": typeof types.ShelterDischargeFromShelterDocument,
    "query ShelterShelterStay($id: ID!) { shelterStay(id: $id) { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } }": typeof types.ShelterShelterStayDocument,
    "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }": typeof types.ShelterShelterOccupancyDocument,
    "query ShelterShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!, $unitId: ID) {\n  shelterOccupancyOverTime(from: $from, to: $to, interval: $interval, unitId: $unitId) {\n    periodStart capacity averageOccupiedBeds peakOccupiedBeds women admissions } }": typeof types.ShelterShelterOccupancyOverTimeDocument,
    "query ShelterShelterBeds { shelterBeds(first: 100) { totalCount edges { node { id code position occupied unit { code }\n  currentStay { id admittedOn accompanyingChildren beneficiary { id } } } } } }": typeof types.ShelterShelterBedsDocument,
    "mutation ShelterOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": typeof types.ShelterOpenCaseDocument,
    "query ShelterShelterOccupancy2($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }": typeof types.ShelterShelterOccupancy2Document,
    "query ShelterShelterOccupancy3($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }": typeof types.ShelterShelterOccupancy3Document,
    "query ShelterShelterStays2 { shelterStays(first: 5) { totalCount } }": typeof types.ShelterShelterStays2Document,
    "query ShelterShelterStay2 { shelterStay(id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.ShelterShelterStay2Document,
    "query ShelterShelterBeds2 { shelterBeds(filter: { free: true }) { totalCount } }": typeof types.ShelterShelterBeds2Document,
    "query ShelterShelterStays3 { shelterStays(first: 100, filter: { current: true }) { edges { node { id version } } } }": typeof types.ShelterShelterStays3Document,
    "query ShelterShelterStays5 { shelterStays(first: 100) { totalCount edges { node { id } } } }": typeof types.ShelterShelterStays5Document,
    "query ShelterShelterStays6 { shelterStays(first: 5) { totalCount } }": typeof types.ShelterShelterStays6Document,
    "query ShelterShelterBeds3 { shelterBeds { totalCount } }": typeof types.ShelterShelterBeds3Document,
    "query ShelterShelterStays7($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id case { id } } } } }": typeof types.ShelterShelterStays7Document,
    "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }": typeof types.ShelterShelterStaysDocument,
    "query ShelterShelterBeds4 { shelterBeds(first: 100, filter: { free: true }) { edges { node { occupied } } } }": typeof types.ShelterShelterBeds4Document,
    "query ReleaseStatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    minimumCount\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n    release { number releasedAt latestNumber }\n  }\n}": typeof types.ReleaseStatisticsTableDocument,
    "mutation ReleasePublishCorrectedStatistics($input: CorrectStatisticsInput!) {\n  publishCorrectedStatistics(input: $input) {\n    table { rows { label cells { value } total { value } } columnTotals { value } grandTotal { value } release { number latestNumber } }\n    userErrors { field message code }\n  }\n}": typeof types.ReleasePublishCorrectedStatisticsDocument,
    "mutation ReleaseWithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { message } } }": typeof types.ReleaseWithdrawConsentDocument,
    "mutation ReleaseRecordService($input: RecordServiceInput!) { recordService(input: $input) { userErrors { message } } }": typeof types.ReleaseRecordServiceDocument,
    "mutation ReleaseEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": typeof types.ReleaseEraseBeneficiaryDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": typeof types.StatisticsTableDocument,
    "\n  mutation InvitationInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user { id email fullName role status invitationExpiresAt units { code } }\n      invitation { token expiresAt }\n      userErrors { code field params }\n    }\n  }\n": typeof types.InvitationInviteDocument,
    "query InvitationPreview($token: String!) { invitation(token: $token) { state fullName role expiresAt } }": typeof types.InvitationPreviewDocument,
    "\n  mutation InvitationAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accepted userErrors { code field params } } }\n": typeof types.InvitationAcceptDocument,
    "\n  mutation InvitationReissue($input: InvitationUserInput!) {\n    reissueInvitation(input: $input) { user { id status invitationExpiresAt } invitation { token expiresAt } userErrors { code field params } }\n  }\n": typeof types.InvitationReissueDocument,
    "\n  mutation InvitationCancel($input: InvitationUserInput!) { cancelInvitation(input: $input) { user { id status archivedAt } userErrors { code field params } } }\n": typeof types.InvitationCancelDocument,
    "query InvitationStatus($id: ID!) { user(id: $id) { id status invitationExpiresAt } }": typeof types.InvitationStatusDocument,
    "\n  query UserUsers($filter: UserFilter) {\n    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }\n  }\n": typeof types.UserUsersDocument,
    "query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }": typeof types.UserVersionDocument,
    "\n  mutation UserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role version } userErrors { code field params } }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }\n": typeof types.UserArchiveDocument,
    "query AccessBeneficiaries { beneficiaries(first: 2) { edges { node { id code firstName } } } }": typeof types.AccessBeneficiariesDocument,
    "query AccessBeneficiaries2 { beneficiaries(first: 1) { edges { node { firstName } } } }": typeof types.AccessBeneficiaries2Document,
    "query AccessViewer { viewer { kind scopes partner { id name } user { id } } }": typeof types.AccessViewerDocument,
    "query AccessViewer2 { viewer { user { id email fullName role units { code } } } }": typeof types.AccessViewer2Document,
    "query AccessUsers { users(first: 5) { edges { node { email } } } }": typeof types.AccessUsersDocument,
    "query Docker__typename { __typename }": typeof types.Docker__TypenameDocument,
    "mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }\n}": typeof types.ExportsCreateBeneficiaryDocument,
    "query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {\n  beneficiaries(first: 0, filter: $filter) { totalCount }\n}": typeof types.ExportsBeneficiaryCountDocument,
    "mutation ExportsCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id } userErrors { field message code } }\n}": typeof types.ExportsCreateCampaignDocument,
    "mutation ExportsReportActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id } userErrors { field message code } }\n}": typeof types.ExportsReportActivityDocument,
    "query ExportsActivityCount($filter: CampaignActivitiesFilter) {\n  campaignActivities(first: 0, filter: $filter) { totalCount }\n}": typeof types.ExportsActivityCountDocument,
    "mutation ExportsCreateCourse($input: CreateCourseInput!) {\n  createCourse(input: $input) { course { id } userErrors { field message } }\n}": typeof types.ExportsCreateCourseDocument,
    "mutation ExportsScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) { session { id } userErrors { field message } }\n}": typeof types.ExportsScheduleSessionDocument,
    "mutation ExportsEnrollInCourse($input: EnrollInCourseInput!) {\n  enrollInCourse(input: $input) { added userErrors { field message } }\n}": typeof types.ExportsEnrollInCourseDocument,
    "mutation ExportsRecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) { changed userErrors { field message } }\n}": typeof types.ExportsRecordAttendanceDocument,
    "mutation ExportsRecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n  recordSelfAssessment(input: $input) { userErrors { field message } }\n}": typeof types.ExportsRecordSelfAssessmentDocument,
    "query ExportsEnrollments($filter: EnrollmentFilter) {\n  enrollments(first: 50, filter: $filter) { totalCount edges { node { beneficiary { code } attendedSessions completed } } }\n}": typeof types.ExportsEnrollmentsDocument,
    "mutation ExportsCreateGroup($input: CreateSelfHelpGroupInput!) {\n  createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { field message } }\n}": typeof types.ExportsCreateGroupDocument,
    "mutation ExportsAddGroupMember($input: AddGroupMemberInput!) {\n  addGroupMember(input: $input) { membership { id } userErrors { field message } }\n}": typeof types.ExportsAddGroupMemberDocument,
    "mutation ExportsRemoveGroupMember($input: RemoveGroupMemberInput!) {\n  removeGroupMember(input: $input) { membership { id } userErrors { field message } }\n}": typeof types.ExportsRemoveGroupMemberDocument,
    "query ExportsGroupMemberCount($filter: GroupMemberFilter) {\n  groupMembers(first: 0, filter: $filter) { totalCount }\n}": typeof types.ExportsGroupMemberCountDocument,
    "mutation FaultsCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }": typeof types.FaultsCreatePartnerDocument,
    "query Faults__typename { __typename }": typeof types.Faults__TypenameDocument,
    "query Faults__typename2 { __typename }": typeof types.Faults__Typename2Document,
    "query Faults__typename3 { __typename }": typeof types.Faults__Typename3Document,
    "query Faults__typename4 { __typename }": typeof types.Faults__Typename4Document,
    "query Faults__typename5 { __typename }": typeof types.Faults__Typename5Document,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) { viewer { kind user { id email role } } userErrors { field message code } }\n}": typeof types.LoginDocument,
    "mutation HarnessCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }": typeof types.HarnessCreateUserDocument,
    "mutation HarnessCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { message } } }": typeof types.HarnessCreatePartnerDocument,
    "mutation HarnessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret userErrors { message } } }": typeof types.HarnessCreateApiKeyDocument,
    "query HostileInputViewer2 { viewer { kind } }": typeof types.HostileInputViewer2Document,
    "query HostileInputViewer3 { viewer { kind } }": typeof types.HostileInputViewer3Document,
    "query HostileInputViewer4 { viewer { kind } }": typeof types.HostileInputViewer4Document,
    "query HostileInputBeneficiaries { beneficiaries(first: 100000) { totalCount } }": typeof types.HostileInputBeneficiariesDocument,
    "query HostileInputBeneficiaries2 { beneficiaries(first: 101) { totalCount } }": typeof types.HostileInputBeneficiaries2Document,
    "mutation HostileInputCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }": typeof types.HostileInputCreatePartnerDocument,
    "query HostileInputCampaigns { campaigns(first: 1) { totalCount } }": typeof types.HostileInputCampaignsDocument,
    "query HostileInputViewer5 { viewer { kind } }": typeof types.HostileInputViewer5Document,
    "query HostileInputUsers { users(first: 1) { totalCount } }": typeof types.HostileInputUsersDocument,
    "query HostileInputCase($id: ID!) { case(id: $id) { id } }": typeof types.HostileInputCaseDocument,
    "mutation HostileInputUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { beneficiary { version } userErrors { code } } }": typeof types.HostileInputUpdateBeneficiaryDocument,
    "mutation IdempotencyCreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) { partner { id name } userErrors { field code } }\n}": typeof types.IdempotencyCreatePartnerDocument,
    "query ListPermissionsBeneficiaries($filter: BeneficiaryFilter, $sort: BeneficiarySort) { beneficiaries(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { code } } } }": typeof types.ListPermissionsBeneficiariesDocument,
    "query PageColumnsWomen {\n  beneficiaries(first: 40) { edges { node { ...PageColumnsWoman\n    services(first: 3) { edges { node { ...PageColumnsService } } } } } }\n}\nfragment PageColumnsWoman on Beneficiary {\n  id code firstName lastName patronymic birthYear phone status vulnerabilities registeredOn erasedAt\n  version archivedAt createdAt updatedAt community { id } unit { id }\n}\nfragment PageColumnsService on Service {\n  id kind subtype providedOn outcome followUpDueOn followUpDoneAt notes overdue version archivedAt createdAt updatedAt\n  beneficiary { id } unit { id }\n}": typeof types.PageColumnsWomenDocument,
    "query PageColumnsWoman($id: ID!) { beneficiary(id: $id) { ...PageColumnsWoman } }": typeof types.PageColumnsWomanDocument,
    "query PageColumnsServices {\n  services(first: 60) { edges { node { ...PageColumnsService } } }\n}": typeof types.PageColumnsServicesDocument,
    "query PageColumnsOverdue {\n  services(first: 60) { edges { node { id overdue beneficiary { code } } } }\n}": typeof types.PageColumnsOverdueDocument,
    "query PageColumnsOneService($id: ID!) { service(id: $id) { ...PageColumnsService } }": typeof types.PageColumnsOneServiceDocument,
    "query PageColumnsAliased {\n  a: beneficiaries(first: 5) { edges { node { id code } } }\n  b: beneficiaries(first: 5) { edges { node { id ... on Beneficiary { phone createdAt } } } }\n}": typeof types.PageColumnsAliasedDocument,
    "query PageColumnsNarrow {\n  beneficiaries(first: 5) { edges { node { id code firstName community { name } services(first: 2) { edges { node { kind } } } } } }\n}": typeof types.PageColumnsNarrowDocument,
    "query PageCostBeneficiaries($community: ID!, $first: Int!) {\n  beneficiaries(first: $first, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }\n      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }\n  }\n}": typeof types.PageCostBeneficiariesDocument,
    "query PageCostCaseload($first: Int!) {\n  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }\n  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt\n    beneficiary { code firstName lastName services(first: 3) { totalCount edges { node { kind providedOn } } } } } } } }": typeof types.PageCostCaseloadDocument,
    "query PageCostBeneficiaries2 { beneficiaries(first: 50) { edges { node { code } } } }": typeof types.PageCostBeneficiaries2Document,
    "query PageCostServices { services(first: 50) { edges { node { providedOn } } } }": typeof types.PageCostServicesDocument,
    "query PageCostServices2 { services(first: 50, filter: { providedOn: { from: \"2026-01-01\", to: \"2026-01-31\" } }) { edges { node { id } } } }": typeof types.PageCostServices2Document,
    "query PageCostCases { cases(first: 50) { edges { node { openedAt } } } }": typeof types.PageCostCasesDocument,
    "query PageCostDashboard { dashboard(scope: { from: \"2026-01-01\", to: \"2026-03-31\" }) {\n        womenSupported { total { value } } openCasesByRisk { total { value } } overdueFollowUps { value }\n        trainings { completed { value } } shelter { bedsTaken { value } } campaignReach { total } } }": typeof types.PageCostDashboardDocument,
    "mutation PartnerClientCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id version } userErrors { field message } } }": typeof types.PartnerClientCreateCampaignDocument,
    "mutation PartnerClientSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { field message } } }": typeof types.PartnerClientSetCampaignPartnersDocument,
    "mutation PartnerClientRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }": typeof types.PartnerClientRevokeApiKeyDocument,
    "mutation PartnerGuideCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { message } } }": typeof types.PartnerGuideCreateApiKeyDocument,
    "query PartnerReachBeneficiaries { beneficiaries(first: 1) { totalCount } }": typeof types.PartnerReachBeneficiariesDocument,
    "query PartnerReachBeneficiary { beneficiary(id: \"00000000-0000-4000-8000-000000000000\") { code } }": typeof types.PartnerReachBeneficiaryDocument,
    "query PartnerReachCases { cases(first: 1) { totalCount } }": typeof types.PartnerReachCasesDocument,
    "query PartnerReachReferrals { referrals(first: 1) { totalCount } }": typeof types.PartnerReachReferralsDocument,
    "query PartnerReachServices { services(first: 1) { totalCount } }": typeof types.PartnerReachServicesDocument,
    "query PartnerReachShelterStays { shelterStays(first: 1) { totalCount } }": typeof types.PartnerReachShelterStaysDocument,
    "query PartnerReachUsers { users(first: 1) { totalCount } }": typeof types.PartnerReachUsersDocument,
    "query PartnerReachAuditEvents { auditEvents(first: 1) { totalCount } }": typeof types.PartnerReachAuditEventsDocument,
    "query PartnerReachCourse { course(id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.PartnerReachCourseDocument,
    "query PartnerReachSelfHelpGroup { selfHelpGroup(id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.PartnerReachSelfHelpGroupDocument,
    "mutation PlatformLogin($input: LoginInput!) { login(input: $input) { step mfaChallenge { token } userErrors { code } } }": typeof types.PlatformLoginDocument,
    "mutation PlatformBeginMfaEnrolment($input: BeginMfaEnrolmentInput!) { beginMfaEnrolment(input: $input) { enrolment { secret } } }": typeof types.PlatformBeginMfaEnrolmentDocument,
    "mutation PlatformConfirmMfaEnrolment($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { userErrors { code } } }": typeof types.PlatformConfirmMfaEnrolmentDocument,
    "mutation PlatformVerifyMfa($input: VerifyMfaInput!) { verifyMfa(input: $input) { step } }": typeof types.PlatformVerifyMfaDocument,
    "query PlatformUnits { units { totalCount } districts { totalCount } beneficiaries(first: 1) { totalCount }\n      communities(first: 100) { totalCount edges { node { families inhabitants } } } }": typeof types.PlatformUnitsDocument,
    "query RateBudgetCampaigns($first: Int!) { campaigns(first: $first) { totalCount edges { node { id districts { name } totals { overall { total } } } } } }": typeof types.RateBudgetCampaignsDocument,
    "query RateBudgetViewer { viewer { kind } }": typeof types.RateBudgetViewerDocument,
    "query RateBudgetViewer2 { viewer { kind } }": typeof types.RateBudgetViewer2Document,
    "query RateBudgetViewer3 { viewer { kind } }": typeof types.RateBudgetViewer3Document,
    "query RateBudgetCampaigns2 { campaigns(first: 100) { edges { node { activities(first: 100) { edges { node { id district { name } } } } } } } }": typeof types.RateBudgetCampaigns2Document,
    "query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }\n      services(first: 100) { totalCount edges { node { unit { id } } } }\n      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }": typeof types.ReachCasesDocument,
    "query ReachCampaign($id: ID!) { campaign(id: $id) { id } }": typeof types.ReachCampaignDocument,
    "query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }": typeof types.ReachCases2Document,
    "query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {\n      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }": typeof types.ReachServicesDocument,
    "query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }": typeof types.ReachReferralsDocument,
    "query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }": typeof types.ReachShelterStaysDocument,
    "query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }": typeof types.ReachBeneficiariesDocument,
    "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName entityIds } } } }": typeof types.ReachAuditEventsDocument,
    "query ReplicasViewer { viewer { user { email } } }": typeof types.ReplicasViewerDocument,
    "mutation ReplicasLogout { logout { ok } }": typeof types.ReplicasLogoutDocument,
    "query ReplicasViewer2 { viewer { kind } }": typeof types.ReplicasViewer2Document,
    "query ReplicasViewer3 { viewer { kind } }": typeof types.ReplicasViewer3Document,
    "query ReplicasViewer4 { viewer { kind } }": typeof types.ReplicasViewer4Document,
    "query ReplicasCampaigns { campaigns(first: 100) { edges { node { districts { name } partners { partner { name } } } } } }": typeof types.ReplicasCampaignsDocument,
    "query ReplicasViewer5 { viewer { kind } }": typeof types.ReplicasViewer5Document,
    "query RequestErrorsViewer { viewer { kind } }": typeof types.RequestErrorsViewerDocument,
    "query RequestErrorsViewer2 { viewer { kind } }": typeof types.RequestErrorsViewer2Document,
    "query RequestErrorsViewer3 { viewer { kind } }": typeof types.RequestErrorsViewer3Document,
    "query RequestErrorsViewer4 { viewer { kind } }": typeof types.RequestErrorsViewer4Document,
    "query RequestErrorsCampaigns { campaigns(first: 1) { edges { node { districts { communities { district { communities { district { name } } } } } } } } }": typeof types.RequestErrorsCampaignsDocument,
    "query SchemaViewer { viewer { user { units { id } } } }": typeof types.SchemaViewerDocument,
    "query SchemaDistricts { districts { edges { node { communities { district { communities { district { communities { district { communities { district { communities { id } } } } } } } } } } } } }": typeof types.SchemaDistrictsDocument,
    "query SchemaEightInline { districts { edges { node { communities { district { communities { district { name } } } } } } } }": typeof types.SchemaEightInlineDocument,
    "\n      query SchemaEightSpread { districts { edges { node { ...SchemaDistrictDeep } } } }\n      fragment SchemaDistrictDeep on District { communities { ...SchemaCommunityDeep } }\n      fragment SchemaCommunityDeep on Community { district { communities { district { name } } } }\n    ": typeof types.SchemaEightSpreadDocument,
    "\n      query SchemaNineSpread { districts { edges { node { ...SchemaDistrictNine } } } }\n      fragment SchemaDistrictNine on District { communities { district { ...SchemaCommunityNine } } }\n      fragment SchemaCommunityNine on District { communities { district { communities { id } } } }\n    ": typeof types.SchemaNineSpreadDocument,
    "query SchemaViewer2 { viewer { kind } }": typeof types.SchemaViewer2Document,
    "query SchemaViewer3 { viewer { kind } }": typeof types.SchemaViewer3Document,
    "query Schema__schema { __schema { queryType { name } } }": typeof types.Schema__SchemaDocument,
    "query Schema__schema2 { __schema { queryType { name } } }": typeof types.Schema__Schema2Document,
    "query SchemaViewer4 { viewer { kind } }": typeof types.SchemaViewer4Document,
    "query SelfAndDenialsViewer { viewer { user { id email } } }": typeof types.SelfAndDenialsViewerDocument,
    "query SelfAndDenialsBeneficiaries { beneficiaries(first: 5) { edges { node { code birthYear phone } } } }": typeof types.SelfAndDenialsBeneficiariesDocument,
    "query SelfAndDenialsUsers { users(first: 1) { totalCount } }": typeof types.SelfAndDenialsUsersDocument,
    "query SelfAndDenialsStatisticsTable { statisticsTable(input: { table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: { year: 2025 } }) { minimumCount } }": typeof types.SelfAndDenialsStatisticsTableDocument,
    "query SelfAndDenialsUsers2 { users(first: 1) { totalCount } }": typeof types.SelfAndDenialsUsers2Document,
};
const documents: Documents = {
    "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }": types.ArchiveServicesListedDocument,
    "mutation ArchiveArchiveService($id: ID!) { archiveService(input: { id: $id }) { service { id archivedAt } userErrors { code } } }": types.ArchiveArchiveServiceDocument,
    "mutation ArchiveRestoreService($id: ID!) { restoreService(input: { id: $id }) { service { archivedAt } } }": types.ArchiveRestoreServiceDocument,
    "mutation ArchiveArchiveService2($id: ID!) { archiveService(input: { id: $id }) { service { id } userErrors { code } } }": types.ArchiveArchiveService2Document,
    "mutation ArchiveArchiveCampaign($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { id } } }": types.ArchiveArchiveCampaignDocument,
    "mutation ArchiveArchiveCampaign2($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt version } userErrors { code } } }": types.ArchiveArchiveCampaign2Document,
    "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }": types.ArchiveCampaignsListedDocument,
    "mutation UserErrorsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id } userErrors { field message code params } }\n}": types.UserErrorsCreateBeneficiaryDocument,
    "mutation UserErrorsUpdateCase($input: UpdateCaseInput!) {\n  updateCase(input: $input) { case { id } userErrors { field code params } }\n}": types.UserErrorsUpdateCaseDocument,
    "mutation UserErrorsCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { userErrors { field code params } } }": types.UserErrorsCreateSelfHelpGroupDocument,
    "mutation UserErrorsRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code params } } }": types.UserErrorsRecordServiceDocument,
    "mutation UserErrorsChangeCaseRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) { case { id } userErrors { field code params } } }": types.UserErrorsChangeCaseRiskDocument,
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
    "mutation ServiceRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }": types.ServiceRecordServiceDocument,
    "mutation ServiceUpdateService($input: UpdateServiceInput!) { updateService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }": types.ServiceUpdateServiceDocument,
    "mutation ServiceCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id followUpDoneAt overdue version } userErrors { field message code } } }": types.ServiceCompleteFollowUpDocument,
    "mutation ServiceOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message code } } }": types.ServiceOpenCaseDocument,
    "mutation ServiceCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.ServiceCreateBeneficiaryDocument,
    "query ServiceService($id: ID!) { service(id: $id) { notes } }": types.ServiceServiceDocument,
    "query ServiceService2($id: ID!) { service(id: $id) { outcome notes version } }": types.ServiceService2Document,
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": types.ServicesNextPageDocument,
    "mutation ServiceCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } } }": types.ServiceCreateBeneficiary2Document,
    "query ServicesFiltered($filter: ServiceFilter, $sort: ServiceSort) {\n      services(first: 100, filter: $filter, sort: $sort) { edges { node { id followUpDueOn } } } }": types.ServicesFilteredDocument,
    "query ServiceKinds { serviceKinds { kind subtypes } }": types.ServiceKindsDocument,
    "query ServiceProviders($unitId: ID) { serviceProviders(unitId: $unitId) { id fullName role } }": types.ServiceProvidersDocument,
    "query ServiceService3($id: ID!) { service(id: $id) { id } }": types.ServiceService3Document,
    "query ServiceService4 { service(id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.ServiceService4Document,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": types.ServicesOfOtherUnitsDocument,
    "query ServiceService5($id: ID!) { service(id: $id) { id notes } }": types.ServiceService5Document,
    "query ServiceServices { services(first: 5) { edges { node { id } } } }": types.ServiceServicesDocument,
    "query ServiceService6($id: ID!) { service(id: $id) { kind notes } }": types.ServiceService6Document,
    "query ServiceServices2($w: ID!) { services(first: 10, filter: { beneficiaryId: $w }) { edges { node { id } } } }": types.ServiceServices2Document,
    "query ServiceServices3($w: ID!) { services(first: 1, filter: { beneficiaryId: $w }) { totalCount } }": types.ServiceServices3Document,
    "query ServiceCase($id: ID!) { case(id: $id) { services { id notes } } }": types.ServiceCaseDocument,
    "query ServiceService7($id: ID!) { service(id: $id) { case { id } } }": types.ServiceService7Document,
    "query ServiceCase2($id: ID!) { case(id: $id) { id services { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } } }": types.ServiceCase2Document,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": types.CaseServiceIdsDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorType actorId actorName entityType entityId } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation AuditCreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }\n": types.AuditCreateProgramDocument,
    "query AuthViewer { viewer { kind user { email role } } }": types.AuthViewerDocument,
    "mutation AuthLogout { logout { ok } }": types.AuthLogoutDocument,
    "query AuthUsers { users(first: 1) { totalCount } }": types.AuthUsersDocument,
    "mutation AuthArchiveUser($input: IdInput!) { archiveUser(input: $input) { userErrors { message } } }": types.AuthArchiveUserDocument,
    "query AuthViewer2 { viewer { kind } }": types.AuthViewer2Document,
    "query AuthViewer3 { viewer { kind } }": types.AuthViewer3Document,
    "query AuthBeneficiaries { beneficiaries(first: 1) { totalCount } }": types.AuthBeneficiariesDocument,
    "query LockoutLoginLocks { loginLocks(first: 50) { totalCount edges { node { id kind account address failures lockedUntil user { email fullName } } } } }": types.LockoutLoginLocksDocument,
    "mutation LockoutLiftLoginLock($input: IdInput!) { liftLoginLock(input: $input) { lock { id failures lockedUntil } userErrors { code } } }": types.LockoutLiftLoginLockDocument,
    "mutation SignIn($input: LoginInput!) {\n  login(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } mfaChallenge { token expiresAt } userErrors { field code } }\n}": types.SignInDocument,
    "mutation Verify($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } userErrors { field code } }\n}": types.VerifyDocument,
    "mutation Begin($input: BeginMfaEnrolmentInput!) {\n  beginMfaEnrolment(input: $input) { enrolment { secret otpauthUri qrCodeDataUrl } userErrors { field code } }\n}": types.BeginDocument,
    "mutation Confirm($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes userErrors { field code } } }": types.ConfirmDocument,
    "mutation Disable($input: MfaCodeInput!) { disableMfa(input: $input) { ok userErrors { field code params } } }": types.DisableDocument,
    "mutation Reset($input: IdInput!) { resetUserMfa(input: $input) { user { id mfaEnabled } userErrors { code } } }": types.ResetDocument,
    "query MfaViewer { viewer { session { mfa enrolmentRequired } mfa { enabled required enabledAt recoveryCodesLeft } } }": types.MfaViewerDocument,
    "query MfaCases { cases(first: 1) { totalCount } }": types.MfaCasesDocument,
    "query MfaViewer2 { viewer { kind session { mfa } mfa { enabled } } campaigns(first: 1) { totalCount } }": types.MfaViewer2Document,
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
    "mutation DuplicatesCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { code } } }": types.DuplicatesCreateBeneficiaryDocument,
    "query DuplicatesBeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { reasons beneficiary { id code firstName } } }": types.DuplicatesBeneficiaryDuplicatesDocument,
    "query DuplicatesBeneficiaryDuplicates2($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { beneficiary { phone } } }": types.DuplicatesBeneficiaryDuplicates2Document,
    "query DuplicatesBeneficiaries($search: String!) { beneficiaries(first: 20, filter: { search: $search }) { edges { node { id } } } }": types.DuplicatesBeneficiariesDocument,
    "mutation ErasureCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { message } } }": types.ErasureCreateBeneficiaryDocument,
    "mutation ErasureOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": types.ErasureOpenCaseDocument,
    "mutation ErasureRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { userErrors { message } } }": types.ErasureRecordIncidentDocument,
    "mutation ErasureRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { userErrors { message } } }": types.ErasureRecordConsentDocument,
    "mutation ErasureMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) { referral { id } userErrors { message } } }": types.ErasureMakeReferralDocument,
    "mutation ErasureEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { beneficiary { code erasedAt } userErrors { message } } }": types.ErasureEraseBeneficiaryDocument,
    "query ErasureBeneficiaries { beneficiaries(first: 5, filter: { search: \"Тестерасова\" }) { totalCount } }": types.ErasureBeneficiariesDocument,
    "mutation ErasureEraseBeneficiary2($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": types.ErasureEraseBeneficiary2Document,
    "mutation ErasureCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.ErasureCreateBeneficiary2Document,
    "mutation ErasureEraseBeneficiary3($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": types.ErasureEraseBeneficiary3Document,
    "mutation PhoneCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code phone version } userErrors { field message code } }\n}": types.PhoneCreateBeneficiaryDocument,
    "query PhoneBeneficiaries($phone: String!) { beneficiaries(first: 10, filter: { phone: $phone }) { totalCount edges { node { id phone } } } }": types.PhoneBeneficiariesDocument,
    "query PhoneBeneficiary($id: ID!) { beneficiary(id: $id) { phone } }": types.PhoneBeneficiaryDocument,
    "mutation PhoneUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { userErrors { message } } }": types.PhoneUpdateBeneficiaryDocument,
    "mutation PhoneEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": types.PhoneEraseBeneficiaryDocument,
    "mutation CaseloadOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": types.CaseloadOpenCaseDocument,
    "query CaseloadCaseload { caseload { myOpenCasesByRisk { key count } awaitingClosure } }": types.CaseloadCaseloadDocument,
    "query CaseloadCaseload2 { caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure } }": types.CaseloadCaseload2Document,
    "query CaseloadAssistanceCounts2 { assistanceCounts(from: \"2000-01-01\", to: \"2100-12-31\") { casesOpenedByRisk { key count } minimumCount } }": types.CaseloadAssistanceCounts2Document,
    "query CaseloadCases { cases(first: 1) { totalCount } }": types.CaseloadCasesDocument,
    "query CaseloadAssistanceCounts3 { assistanceCounts(from: \"2026-12-31\", to: \"2026-01-01\") { shelterAdmissions } }": types.CaseloadAssistanceCounts3Document,
    "query CaseloadAssistanceCounts { assistanceCounts(from: \"2021-01-01\", to: \"2025-12-31\") { servicesByKind { key count suppressed } minimumCount } }": types.CaseloadAssistanceCountsDocument,
    "query FloorAssistanceCounts($from: String!, $to: String!) { assistanceCounts(from: $from, to: $to) {\n  servicesByKind { key count suppressed } shelterAdmissions shelterAdmissionsSuppressed minimumCount } }": types.FloorAssistanceCountsDocument,
    "mutation CaseHistoryOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }": types.CaseHistoryOpenCaseDocument,
    "mutation CaseHistoryChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) { case { version } userErrors { field code } } }": types.CaseHistoryChangeRiskDocument,
    "mutation CaseHistoryRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }": types.CaseHistoryRequestClosureDocument,
    "mutation CaseHistoryDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) { case { version } userErrors { field code } } }": types.CaseHistoryDecideClosureDocument,
    "mutation CaseHistoryReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }": types.CaseHistoryReopenDocument,
    "query CaseHistoryCase($id: ID!) { case(id: $id) {\n  status closureDecision closureReason closureDecisionReason\n  closureRequestedBy { id fullName } closureDecidedBy { id fullName }\n  riskHistory { previousLevel level reason changedBy { id fullName role } }\n  closureHistory { step reason takenBy { id fullName } }\n} }": types.CaseHistoryCaseDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EraseForNotesDocument,
    "mutation CaseOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id status stage riskLevel plan version caseWorker { fullName } riskHistory { previousLevel level } } userErrors { field message code } } }": types.CaseOpenCaseDocument,
    "mutation CaseRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) {\n  incident { id gbvType narrative perpetratorDetails reportingDelay } userErrors { field message code } } }": types.CaseRecordIncidentDocument,
    "mutation CaseChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": types.CaseChangeRiskDocument,
    "mutation CaseRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": types.CaseRequestClosureDocument,
    "mutation CaseDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": types.CaseDecideClosureDocument,
    "mutation CaseReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }": types.CaseReopenDocument,
    "query CaseCase($id: ID!) { case(id: $id) { riskLevel incidents { gbvType } } }": types.CaseCaseDocument,
    "query CaseIncident($id: ID!) { incident(id: $id) { gbvType } }": types.CaseIncidentDocument,
    "query CaseCase2($id: ID!) { case(id: $id) { id } }": types.CaseCase2Document,
    "query CaseCase3 { case(id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.CaseCase3Document,
    "query CaseCases5 { cases(first: 100) { edges { node { id } } } }": types.CaseCases5Document,
    "query CaseCase4($id: ID!) { case(id: $id) { id } }": types.CaseCase4Document,
    "query CaseBeneficiary($id: ID!) { beneficiary(id: $id) { code lastName } }": types.CaseBeneficiaryDocument,
    "mutation CaseUpdateCase($input: UpdateCaseInput!) { updateCase(input: $input) { case { stage version } userErrors { field code } } }": types.CaseUpdateCaseDocument,
    "query CaseCase5($id: ID!) { case(id: $id) { riskHistory { previousLevel level reason } } }": types.CaseCase5Document,
    "query CaseCases3 { cases(first: 100, filter: { closureDecision: REQUESTED }) { edges { node { id } } } }": types.CaseCases3Document,
    "query CaseCases4 { cases(first: 100, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) { edges { node { riskLevel } } } }": types.CaseCases4Document,
    "query CaseCase6($id: ID!) { case(id: $id) { plan } }": types.CaseCase6Document,
    "mutation CampaignCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id version } userErrors { field message code } }\n}": types.CampaignCreateCampaignDocument,
    "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}": types.CampaignReportCampaignActivityDocument,
    "mutation CampaignCorrectCampaignActivity($input: CorrectCampaignActivityInput!) {\n  correctCampaignActivity(input: $input) { activity { id version title womenUnder18 } userErrors { field message code } }\n}": types.CampaignCorrectCampaignActivityDocument,
    "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }": types.CampaignCampaignDocument,
    "mutation CampaignSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { code } } }": types.CampaignSetCampaignPartnersDocument,
    "query CampaignCampaign3($id: ID!) { campaign(id: $id) { id } }": types.CampaignCampaign3Document,
    "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }": types.CampaignCampaignsDocument,
    "query CampaignCampaigns2 { campaigns(first: 50) { totalCount edges { node { id } } } }": types.CampaignCampaigns2Document,
    "query CampaignCampaign4($id: ID!) { campaign(id: $id) { id title } }": types.CampaignCampaign4Document,
    "query CampaignCampaign5($id: ID!) { campaign(id: $id) { id title } }": types.CampaignCampaign5Document,
    "query CampaignCampaigns3 { campaigns(first: 50) { totalCount } }": types.CampaignCampaigns3Document,
    "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }": types.CampaignCampaign2Document,
    "mutation CampaignCreateForum($input: CreateForumInput!) { createForum(input: $input) { forum { id } userErrors { field code } } }": types.CampaignCreateForumDocument,
    "query CampaignForum($id: ID!) { forum(id: $id) { title campaign { id } partners { role partner { id } } } }": types.CampaignForumDocument,
    "query CampaignForums2 { forums(first: 10) { totalCount } }": types.CampaignForums2Document,
    "query CampaignForums3 { forums(first: 10) { totalCount } }": types.CampaignForums3Document,
    "query CampaignForums4 { forums(first: 10, filter: { from: \"2026-01-20\", to: \"2026-01-20\" }) { totalCount } }": types.CampaignForums4Document,
    "query CampaignForums5 { forums(first: 10, filter: { from: \"soon\" }) { totalCount } }": types.CampaignForums5Document,
    "query CampaignForum2($id: ID!) { forum(id: $id) { id } }": types.CampaignForum2Document,
    "query CampaignForum3($id: ID!) { forum(id: $id) { campaign { id } } }": types.CampaignForum3Document,
    "mutation CampaignUpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) { campaign { id version startsOn endsOn } userErrors { field message code } }\n  }": types.CampaignUpdateCampaignDocument,
    "mutation CampaignSetPartners($input: SetCampaignPartnersInput!) {\n    setCampaignPartners(input: $input) { campaign { id version partners { role partner { id } } } userErrors { field code } }\n  }": types.CampaignSetPartnersDocument,
    "mutation CampaignSetDistricts($input: SetCampaignDistrictsInput!) {\n    setCampaignDistricts(input: $input) { campaign { id version districts { id } } userErrors { field code } }\n  }": types.CampaignSetDistrictsDocument,
    "query CampaignEditRead($id: ID!) {\n    campaign(id: $id) { id version title startsOn endsOn archivedAt districts { id } partners { role partner { id } } }\n  }": types.CampaignEditReadDocument,
    "query CampaignEditListed($archived: Boolean) {\n    campaigns(first: 100, filter: { archived: $archived }) { edges { node { id } } }\n  }": types.CampaignEditListedDocument,
    "mutation CampaignEditArchive($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }": types.CampaignEditArchiveDocument,
    "mutation CampaignEditRestore($id: ID!) { restoreCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }": types.CampaignEditRestoreDocument,
    "mutation CouncilCreateCoalition { createCoalition(input: { name: \"National Coalition of Women\" }) { coalition { id } userErrors { code } } }": types.CouncilCreateCoalitionDocument,
    "mutation CouncilCreateCoalition2 { createCoalition(input: { name: \"national coalition of women\" }) { userErrors { code } } }": types.CouncilCreateCoalition2Document,
    "mutation CouncilCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": types.CouncilCreateCouncilDocument,
    "query CouncilById($id: ID!) { council(id: $id) { id version name region chairedByNk coalition { id } } }": types.CouncilByIdDocument,
    "mutation CouncilAddCouncilMember($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": types.CouncilAddCouncilMemberDocument,
    "mutation CouncilRemoveCouncilMember($input: RemoveCouncilMemberInput!) { removeCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": types.CouncilRemoveCouncilMemberDocument,
    "mutation CouncilUpdateCouncil($input: UpdateCouncilInput!) { updateCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }": types.CouncilUpdateCouncilDocument,
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
    "mutation CommunityCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": types.CommunityCreateSelfHelpGroupDocument,
    "mutation CommunityUpdateSelfHelpGroup($input: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": types.CommunityUpdateSelfHelpGroupDocument,
    "mutation CommunityChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }": types.CommunityChangeGroupStageDocument,
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
    "query CommunityMembersMinimal($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { id code firstName } } } }": types.CommunityMembersMinimalDocument,
    "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }": types.CommunitySelfHelpGroup3Document,
    "query CommunityMembersFull($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { lastName } } } }": types.CommunityMembersFullDocument,
    "query CommunitySelfHelpGroup4($id: ID!) { selfHelpGroup(id: $id) { name stage stageHistory { toStage } } }": types.CommunitySelfHelpGroup4Document,
    "query CommunityCommunityFigures { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": types.CommunityCommunityFiguresDocument,
    "query CommunitySelfHelpGroups2 { selfHelpGroups(first: 1) { totalCount } }": types.CommunitySelfHelpGroups2Document,
    "query CommunityCommunityFigures2 { communityFigures(from: \"2024-01-01\", to: \"2024-12-31\") { autonomousGroups } }": types.CommunityCommunityFigures2Document,
    "\n  mutation GroupReachCreate($input: CreateSelfHelpGroupInput!) {\n    createSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stageHistory {\n          toStage\n          changedBy {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GroupReachCreateDocument,
    "\n  mutation GroupReachStage($input: ChangeGroupStageInput!) {\n    changeGroupStage(input: $input) {\n      selfHelpGroup {\n        id\n        version\n        stage\n        stageHistory {\n          fromStage\n          toStage\n          changedOn\n          reason\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GroupReachStageDocument,
    "\n  query GroupReachList($filter: SelfHelpGroupFilter) {\n    selfHelpGroups(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GroupReachListDocument,
    "\n  mutation GroupReachArchive($input: IdInput!) {\n    archiveSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachArchiveDocument,
    "\n  mutation GroupReachRestore($input: IdInput!) {\n    restoreSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GroupReachRestoreDocument,
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
    "query DashboardDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  from to suppressionMin district { name }\n  womenSupported { byDistrict { district { name } byKind { key value suppressed } total { value suppressed } } byKind { key value suppressed } total { value suppressed } }\n  openCasesByRisk { items { key value suppressed } total { value suppressed } }\n  overdueFollowUps { value suppressed }\n  shelter { beds bedsTaken { value suppressed } accompanyingChildren { value suppressed } }\n  trainings { training { code } courses enrolled { value suppressed } completed { value suppressed } }\n  selfHelpGroupsByStage { key value suppressed }\n  campaignReach { activities women men total }\n} }": types.DashboardDashboardDocument,
    "mutation DashboardCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }": types.DashboardCreateBeneficiaryDocument,
    "mutation DashboardRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code } } }": types.DashboardRecordServiceDocument,
    "mutation DashboardOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { code } } }": types.DashboardOpenCaseDocument,
    "mutation DashboardAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) { shelterStay { id } userErrors { field code } } }": types.DashboardAdmitToShelterDocument,
    "query RollupDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  womenSupported { byDistrict { district { name } byKind { key value } total { value } } byKind { key value } total { value } } } }": types.RollupDashboardDocument,
    "mutation RollupCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": types.RollupCreateBeneficiaryDocument,
    "mutation RollupUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) {\n  beneficiary { id version } userErrors { code } } }": types.RollupUpdateBeneficiaryDocument,
    "mutation RollupRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id } userErrors { field code } } }": types.RollupRecordServiceDocument,
    "mutation RollupArchiveService($input: IdInput!) { archiveService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": types.RollupArchiveServiceDocument,
    "mutation RollupRestoreService($input: IdInput!) { restoreService(input: $input) {\n  service { id archivedAt } userErrors { code } } }": types.RollupRestoreServiceDocument,
    "query RollupDashboardNow($scope: DashboardScope!) { dashboard(scope: $scope) {\n  openCasesByRisk { items { key value } total { value } } overdueFollowUps { value } } }": types.RollupDashboardNowDocument,
    "mutation RollupCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id version } userErrors { code } } }": types.RollupCompleteFollowUpDocument,
    "query RollupServiceVersion($id: ID!) { service(id: $id) { id version } }": types.RollupServiceVersionDocument,
    "mutation RollupOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id version } userErrors { code } } }": types.RollupOpenCaseDocument,
    "mutation RollupChangeRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) {\n  case { id version } userErrors { code } } }": types.RollupChangeRiskDocument,
    "mutation RollupRequestClosure($input: CaseStepInput!) { requestCaseClosure(input: $input) {\n  case { id version } userErrors { code } } }": types.RollupRequestClosureDocument,
    "mutation RollupDecideClosure($input: DecideCaseClosureInput!) { decideCaseClosure(input: $input) {\n  case { id version status } userErrors { code } } }": types.RollupDecideClosureDocument,
    "mutation RollupReopenCase($input: CaseStepInput!) { reopenCase(input: $input) {\n  case { id version status } userErrors { code } } }": types.RollupReopenCaseDocument,
    "mutation HouseholdCreate($input: CreateHouseholdInput!) { createHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": types.HouseholdCreateDocument,
    "mutation HouseholdUpdate($input: UpdateHouseholdInput!) { updateHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": types.HouseholdUpdateDocument,
    "mutation HouseholdAddMember($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": types.HouseholdAddMemberDocument,
    "mutation HouseholdRemoveMember($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": types.HouseholdRemoveMemberDocument,
    "mutation HouseholdSetHead($input: SetHouseholdHeadInput!) { setHouseholdHead(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }": types.HouseholdSetHeadDocument,
    "query HouseholdHousehold($id: ID!) { household(id: $id) { id code version childrenCount size community { id } head { id }\n  members { relationToHead joinedOn leftOn beneficiary { id } } } }": types.HouseholdHouseholdDocument,
    "query HouseholdBeneficiary($id: ID!) { beneficiary(id: $id) { id household { id code size } } }": types.HouseholdBeneficiaryDocument,
    "mutation HouseholdCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }": types.HouseholdCreateBeneficiaryDocument,
    "mutation HouseholdEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { code } } }": types.HouseholdEraseBeneficiaryDocument,
    "query HouseholdBeneficiary2($id: ID!) { beneficiary(id: $id) { household { id } } }": types.HouseholdBeneficiary2Document,
    "query HouseholdBeneficiaries($first: Int!) { beneficiaries(first: $first) { edges { node { code\n      household { code size community { name } head { code } members { relationToHead beneficiary { code } } } } } } }": types.HouseholdBeneficiariesDocument,
    "mutation LearningFiguresCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { field message code } } }": types.LearningFiguresCreateCourseDocument,
    "mutation LearningFiguresScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message code } } }": types.LearningFiguresScheduleSessionDocument,
    "mutation LearningFiguresEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { field message code } } }": types.LearningFiguresEnrollInCourseDocument,
    "mutation LearningFiguresRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": types.LearningFiguresRecordAttendanceDocument,
    "mutation LearningFiguresRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { enrollment { id } userErrors { field message code } } }": types.LearningFiguresRecordSelfAssessmentDocument,
    "mutation LearningFiguresCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.LearningFiguresCreateBeneficiaryDocument,
    "mutation LearningFiguresCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } userErrors { field message code } } }": types.LearningFiguresCreateTrainingDocument,
    "query LearningFiguresAttendance($id: ID!) { course(id: $id) { enrollments { attendedSessions completed beneficiary { firstName } } } }": types.LearningFiguresAttendanceDocument,
    "query LearningFiguresCourse($id: ID!) { course(id: $id) { results { enrolled } } }": types.LearningFiguresCourseDocument,
    "query LearningFiguresCourse2($id: ID!) { course(id: $id) { results { enrolled withdrawn completed completionRate assessed averageChange improved } } }": types.LearningFiguresCourse2Document,
    "query LearningFiguresLearningFigures { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") {\n    from to\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women }\n    byTraining { training { id code } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": types.LearningFiguresLearningFiguresDocument,
    "query LearningFiguresLearningFigures2 { learningFigures(from: \"2024-01-01\", to: \"2024-12-31\") {\n    womenTrainedByTrainingAndDistrict { training { id } district { id } women } } }": types.LearningFiguresLearningFigures2Document,
    "query LearningFiguresLearningFigures3 { learningFigures(from: \"2025-12-31\", to: \"2025-01-01\") { from } }": types.LearningFiguresLearningFigures3Document,
    "query LearningFiguresLearningFigures4 { learningFigures(from: \"2025-03-01\", to: \"2025-03-31\") { minimumCount\n    womenTrainedByTrainingAndDistrict { training { id } women suppressed }\n    byTraining { training { id } courses enrolled completed completionRate averageSelfAssessmentChange improved } } }": types.LearningFiguresLearningFigures4Document,
    "query LearningFiguresLearningFigures5 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { from } }": types.LearningFiguresLearningFigures5Document,
    "query LearningFiguresLearningFigures6 { learningFigures(from: \"2025-03-10\", to: \"2025-03-10\") { minimumCount } }": types.LearningFiguresLearningFigures6Document,
    "query LearningFiguresCourseCost($id: ID!) { course(id: $id) { results { completed } sessions { attendance { present beneficiary { firstName } } }\n       enrollments { attendedSessions completed selfAssessment { score } beneficiary { firstName } } } }": types.LearningFiguresCourseCostDocument,
    "query LearningFiguresDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }": types.LearningFiguresDashboardDocument,
    "mutation LearningFiguresRecordAttendanceAgain($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }": types.LearningFiguresRecordAttendanceAgainDocument,
    "query LearningFiguresDashboardPeriods($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }": types.LearningFiguresDashboardPeriodsDocument,
    "mutation LearningFiguresWithdraw($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id } userErrors { code } } }": types.LearningFiguresWithdrawDocument,
    "query LearningCourseTrainers { courseTrainers { id fullName role } }": types.LearningCourseTrainersDocument,
    "mutation LearningScreensCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id startsOn endsOn trainer { id } } userErrors { field code } } }": types.LearningScreensCreateCourseDocument,
    "query LearningScreensCourses($filter: CourseFilter) { courses(first: 100, filter: $filter) {\n  totalCount edges { node { id } } } }": types.LearningScreensCoursesDocument,
    "mutation LearningTrainerCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id version trainer { id } } userErrors { field message } } }": types.LearningTrainerCreateCourseDocument,
    "mutation LearningTrainerScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message } } }": types.LearningTrainerScheduleSessionDocument,
    "mutation LearningTrainerEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { message } } }": types.LearningTrainerEnrollInCourseDocument,
    "mutation LearningTrainerRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message } } }": types.LearningTrainerRecordAttendanceDocument,
    "mutation LearningTrainerScheduleSession2($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } } }": types.LearningTrainerScheduleSession2Document,
    "mutation LearningTrainerCreateCourse2($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { message } } }": types.LearningTrainerCreateCourse2Document,
    "mutation LearningTrainerScheduleSession3($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { message } } }": types.LearningTrainerScheduleSession3Document,
    "mutation LearningTrainerEnrollInCourse2($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added } }": types.LearningTrainerEnrollInCourse2Document,
    "mutation LearningTrainerRecordAttendance2($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed } }": types.LearningTrainerRecordAttendance2Document,
    "mutation LearningTrainerRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { userErrors { message } } }": types.LearningTrainerRecordSelfAssessmentDocument,
    "query LearningTrainerCourse($id: ID!) { course(id: $id) { id enrollments { id beneficiary { code } selfAssessment { score } }\n      sessions { id attendance { present beneficiary { code } } } } }": types.LearningTrainerCourseDocument,
    "mutation LearningCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) {\n  training { id code version sessionCount completionPercent assessmentItems scaleMin scaleMax } userErrors { field message code } } }": types.LearningCreateTrainingDocument,
    "mutation LearningUpdateTraining($input: UpdateTrainingInput!) { updateTraining(input: $input) { training { id version title } userErrors { field message code } } }": types.LearningUpdateTrainingDocument,
    "mutation LearningCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id version startsOn endsOn capacity language trainer { id role } training { id } } userErrors { field message code } } }": types.LearningCreateCourseDocument,
    "mutation LearningUpdateCourse($input: UpdateCourseInput!) { updateCourse(input: $input) { course { id version capacity } userErrors { field message code } } }": types.LearningUpdateCourseDocument,
    "mutation LearningScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id heldOn topic trainer { id } } userErrors { field message code } } }": types.LearningScheduleSessionDocument,
    "mutation LearningEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added alreadyEnrolled course { id } userErrors { field message code } } }": types.LearningEnrollInCourseDocument,
    "mutation LearningRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed session { id } userErrors { field message code } } }": types.LearningRecordAttendanceDocument,
    "mutation LearningRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {\n  enrollment { id selfAssessment { phase item score } } userErrors { field message code } } }": types.LearningRecordSelfAssessmentDocument,
    "mutation LearningWithdrawFromCourse($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id withdrawnAt } userErrors { field message code } } }": types.LearningWithdrawFromCourseDocument,
    "mutation LearningCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }": types.LearningCreateBeneficiaryDocument,
    "query LearningTraining($trainingId: ID!) { training(id: $trainingId) { completionPercent scaleMin scaleMax assessmentItems } }": types.LearningTrainingDocument,
    "query LearningTrainings { trainings(first: 100, filter: { search: \"lead-test\" }) { edges { node { id } } } }": types.LearningTrainingsDocument,
    "query LearningCourses { courses(first: 100, filter: { mine: true }) { edges { node { id } } } }": types.LearningCoursesDocument,
    "query LearningCourse($courseId: ID!) { course(id: $courseId) { sessions { id heldOn trainer { id } } } }": types.LearningCourseDocument,
    "mutation LearningUpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { session { id version heldOn topic } userErrors { field message code } } }": types.LearningUpdateSessionDocument,
    "query LearningCourses2($trainingId: ID!) { courses(first: 100, filter: { trainingId: $trainingId }) { totalCount } }": types.LearningCourses2Document,
    "query LearningCourse2($courseId: ID!) { course(id: $courseId) { sessions { attendance { present beneficiary { code firstName } } } } }": types.LearningCourse2Document,
    "query LearningCourse3($courseId: ID!) { course(id: $courseId) { enrollments { id attendedSessions completed beneficiary { id code firstName } } } }": types.LearningCourse3Document,
    "query LearningCourseLastNames($id: ID!) { course(id: $id) { enrollments { beneficiary { code lastName } } } }": types.LearningCourseLastNamesDocument,
    "query LearningCoursePhones($id: ID!) { course(id: $id) { sessions { attendance { beneficiary { phone } } } } }": types.LearningCoursePhonesDocument,
    "query LearningCourse4($courseId: ID!) { course(id: $courseId) { enrollments { beneficiary { lastName } } } }": types.LearningCourse4Document,
    "query LearningCourse5($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": types.LearningCourse5Document,
    "query LearningCourse6($courseId: ID!) { course(id: $courseId) { results { enrolled } } }": types.LearningCourse6Document,
    "query LearningCourse7($courseId: ID!) { course(id: $courseId) { id capacity } }": types.LearningCourse7Document,
    "query LearningCourses3 { courses(first: 1) { totalCount } }": types.LearningCourses3Document,
    "query LearningCourse8($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": types.LearningCourse8Document,
    "query LearningCourse9($courseId: ID!) { course(id: $courseId) { enrollments { id } } }": types.LearningCourse9Document,
    "mutation ProgramCreateProgram($input: CreateProgramInput!) {\n  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }\n}": types.ProgramCreateProgramDocument,
    "mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {\n  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }\n}": types.ProgramSaveIndicatorDocument,
    "query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }": types.ProgramProgramsDocument,
    "query ProgramPrograms4($sort: ProgramSort!) { programs(first: 10, sort: $sort) { edges { node { title startsOn } } } }": types.ProgramPrograms4Document,
    "mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }": types.ProgramUpdateProgramDocument,
    "mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }": types.ProgramArchiveProgramDocument,
    "query ProgramPrograms2 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": types.ProgramPrograms2Document,
    "mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }": types.ProgramRestoreProgramDocument,
    "query ProgramPrograms3 { programs(first: 20, filter: { search: \"renamed\" }) { totalCount } }": types.ProgramPrograms3Document,
    "query ProgramProgram($id: ID!) { program(id: $id) { indicators { code measure targets { period actual actualSuppressed } } } }": types.ProgramProgramDocument,
    "query ProgramLearningFigures { learningFigures(from: \"2025-01-01\", to: \"2025-12-31\") { womenTrainedByTrainingAndDistrict { women } } }": types.ProgramLearningFiguresDocument,
    "mutation ReferralRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope receiverName givenAt withdrawnAt partner { name } } userErrors { field message code } } }": types.ReferralRecordConsentDocument,
    "mutation ReferralMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) {\n  referral { id status version sharesPersonalData consent { id } consentOverrideReason history { fromStatus toStatus changedAt } }\n  userErrors { field message code } } }": types.ReferralMakeReferralDocument,
    "mutation ReferralChangeReferralStatus($input: ChangeReferralStatusInput!) { changeReferralStatus(input: $input) {\n  referral { status version nextStatuses history { fromStatus toStatus } } userErrors { field message code } } }": types.ReferralChangeReferralStatusDocument,
    "mutation ReferralWithdrawConsent($id: ID!) { withdrawConsent(input: { id: $id }) { consent { withdrawnAt } userErrors { message } } }": types.ReferralWithdrawConsentDocument,
    "mutation ReferralWithdrawConsent2($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }": types.ReferralWithdrawConsent2Document,
    "query ReferralBeneficiary($id: ID!) { beneficiary(id: $id) { consents { id scope withdrawnAt } } }": types.ReferralBeneficiaryDocument,
    "mutation ReferralCreatePartner { createPartner(input: { name: \"Closed NGO\", kind: NGO }) { partner { id } } }": types.ReferralCreatePartnerDocument,
    "mutation ReferralArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }": types.ReferralArchivePartnerDocument,
    "mutation ReferralOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { message } } }": types.ReferralOpenCaseDocument,
    "mutation ReferralRequestCaseClosure($id: ID!, $v: Int!) { requestCaseClosure(input: { id: $id, version: $v, reason: \"done\" }) { case { closureDecision } userErrors { message } } }": types.ReferralRequestCaseClosureDocument,
    "query ReferralCase($id: ID!) { case(id: $id) { referrals { status } } }": types.ReferralCaseDocument,
    "mutation ReferralCreatePartner2 { createPartner(input: { name: \"Kulob Regional Hospital\", kind: STATE_BODY }) { partner { id } } }": types.ReferralCreatePartner2Document,
    "mutation ReferralMakeReferral2($input: MakeReferralInput!) { makeReferral(input: $input) {\n        referral { id receiverKind receiverName partner { id } } userErrors { field code } } }": types.ReferralMakeReferral2Document,
    "query ReferralReferrals($filter: ReferralFilter) { referrals(first: 100, filter: $filter) { edges { node { id } } } }": types.ReferralReferralsDocument,
    "query ReferralReferral($id: ID!) { referral(id: $id) { history { toStatus changedAt changedBy { id fullName } } } }": types.ReferralReferralDocument,
    "query ReferralConsentToShare($b: ID!, $p: ID, $n: String) { consentToShare(beneficiaryId: $b, partnerId: $p, receiverName: $n) { id withdrawnAt } }": types.ReferralConsentToShareDocument,
    "mutation ReferralWithdrawConsent3($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }": types.ReferralWithdrawConsent3Document,
    "query ReferralReferral2($id: ID!) { referral(id: $id) { id } }": types.ReferralReferral2Document,
    "query ReferralReferrals2 { referrals(first: 100) { totalCount edges { node { id unit { code } } } } }": types.ReferralReferrals2Document,
    "mutation ShelterAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": types.ShelterAdmitToShelterDocument,
    "mutation ShelterUpdateShelterStay($input: UpdateShelterStayInput!) { updateShelterStay(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": types.ShelterUpdateShelterStayDocument,
    "mutation ShelterDischargeFromShelter($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }": types.ShelterDischargeFromShelterDocument,
    "query ShelterShelterStay($id: ID!) { shelterStay(id: $id) { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } }": types.ShelterShelterStayDocument,
    "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }": types.ShelterShelterOccupancyDocument,
    "query ShelterShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!, $unitId: ID) {\n  shelterOccupancyOverTime(from: $from, to: $to, interval: $interval, unitId: $unitId) {\n    periodStart capacity averageOccupiedBeds peakOccupiedBeds women admissions } }": types.ShelterShelterOccupancyOverTimeDocument,
    "query ShelterShelterBeds { shelterBeds(first: 100) { totalCount edges { node { id code position occupied unit { code }\n  currentStay { id admittedOn accompanyingChildren beneficiary { id } } } } } }": types.ShelterShelterBedsDocument,
    "mutation ShelterOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }": types.ShelterOpenCaseDocument,
    "query ShelterShelterOccupancy2($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }": types.ShelterShelterOccupancy2Document,
    "query ShelterShelterOccupancy3($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }": types.ShelterShelterOccupancy3Document,
    "query ShelterShelterStays2 { shelterStays(first: 5) { totalCount } }": types.ShelterShelterStays2Document,
    "query ShelterShelterStay2 { shelterStay(id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.ShelterShelterStay2Document,
    "query ShelterShelterBeds2 { shelterBeds(filter: { free: true }) { totalCount } }": types.ShelterShelterBeds2Document,
    "query ShelterShelterStays3 { shelterStays(first: 100, filter: { current: true }) { edges { node { id version } } } }": types.ShelterShelterStays3Document,
    "query ShelterShelterStays5 { shelterStays(first: 100) { totalCount edges { node { id } } } }": types.ShelterShelterStays5Document,
    "query ShelterShelterStays6 { shelterStays(first: 5) { totalCount } }": types.ShelterShelterStays6Document,
    "query ShelterShelterBeds3 { shelterBeds { totalCount } }": types.ShelterShelterBeds3Document,
    "query ShelterShelterStays7($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id case { id } } } } }": types.ShelterShelterStays7Document,
    "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }": types.ShelterShelterStaysDocument,
    "query ShelterShelterBeds4 { shelterBeds(first: 100, filter: { free: true }) { edges { node { occupied } } } }": types.ShelterShelterBeds4Document,
    "query ReleaseStatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    minimumCount\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n    release { number releasedAt latestNumber }\n  }\n}": types.ReleaseStatisticsTableDocument,
    "mutation ReleasePublishCorrectedStatistics($input: CorrectStatisticsInput!) {\n  publishCorrectedStatistics(input: $input) {\n    table { rows { label cells { value } total { value } } columnTotals { value } grandTotal { value } release { number latestNumber } }\n    userErrors { field message code }\n  }\n}": types.ReleasePublishCorrectedStatisticsDocument,
    "mutation ReleaseWithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { message } } }": types.ReleaseWithdrawConsentDocument,
    "mutation ReleaseRecordService($input: RecordServiceInput!) { recordService(input: $input) { userErrors { message } } }": types.ReleaseRecordServiceDocument,
    "mutation ReleaseEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }": types.ReleaseEraseBeneficiaryDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": types.StatisticsTableDocument,
    "\n  mutation InvitationInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user { id email fullName role status invitationExpiresAt units { code } }\n      invitation { token expiresAt }\n      userErrors { code field params }\n    }\n  }\n": types.InvitationInviteDocument,
    "query InvitationPreview($token: String!) { invitation(token: $token) { state fullName role expiresAt } }": types.InvitationPreviewDocument,
    "\n  mutation InvitationAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accepted userErrors { code field params } } }\n": types.InvitationAcceptDocument,
    "\n  mutation InvitationReissue($input: InvitationUserInput!) {\n    reissueInvitation(input: $input) { user { id status invitationExpiresAt } invitation { token expiresAt } userErrors { code field params } }\n  }\n": types.InvitationReissueDocument,
    "\n  mutation InvitationCancel($input: InvitationUserInput!) { cancelInvitation(input: $input) { user { id status archivedAt } userErrors { code field params } } }\n": types.InvitationCancelDocument,
    "query InvitationStatus($id: ID!) { user(id: $id) { id status invitationExpiresAt } }": types.InvitationStatusDocument,
    "\n  query UserUsers($filter: UserFilter) {\n    users(first: 100, filter: $filter) { edges { node { id fullName role archivedAt units { code } } } }\n  }\n": types.UserUsersDocument,
    "query UserVersion($id: ID!) { user(id: $id) { id version role archivedAt } }": types.UserVersionDocument,
    "\n  mutation UserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role version } userErrors { code field params } }\n  }\n": types.UserUpdateDocument,
    "\n  mutation UserArchive($id: ID!) { archiveUser(input: { id: $id }) { user { id archivedAt } userErrors { code field params } } }\n": types.UserArchiveDocument,
    "query AccessBeneficiaries { beneficiaries(first: 2) { edges { node { id code firstName } } } }": types.AccessBeneficiariesDocument,
    "query AccessBeneficiaries2 { beneficiaries(first: 1) { edges { node { firstName } } } }": types.AccessBeneficiaries2Document,
    "query AccessViewer { viewer { kind scopes partner { id name } user { id } } }": types.AccessViewerDocument,
    "query AccessViewer2 { viewer { user { id email fullName role units { code } } } }": types.AccessViewer2Document,
    "query AccessUsers { users(first: 5) { edges { node { email } } } }": types.AccessUsersDocument,
    "query Docker__typename { __typename }": types.Docker__TypenameDocument,
    "mutation ExportsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id code } userErrors { field message code } }\n}": types.ExportsCreateBeneficiaryDocument,
    "query ExportsBeneficiaryCount($filter: BeneficiaryFilter) {\n  beneficiaries(first: 0, filter: $filter) { totalCount }\n}": types.ExportsBeneficiaryCountDocument,
    "mutation ExportsCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id } userErrors { field message code } }\n}": types.ExportsCreateCampaignDocument,
    "mutation ExportsReportActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id } userErrors { field message code } }\n}": types.ExportsReportActivityDocument,
    "query ExportsActivityCount($filter: CampaignActivitiesFilter) {\n  campaignActivities(first: 0, filter: $filter) { totalCount }\n}": types.ExportsActivityCountDocument,
    "mutation ExportsCreateCourse($input: CreateCourseInput!) {\n  createCourse(input: $input) { course { id } userErrors { field message } }\n}": types.ExportsCreateCourseDocument,
    "mutation ExportsScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) { session { id } userErrors { field message } }\n}": types.ExportsScheduleSessionDocument,
    "mutation ExportsEnrollInCourse($input: EnrollInCourseInput!) {\n  enrollInCourse(input: $input) { added userErrors { field message } }\n}": types.ExportsEnrollInCourseDocument,
    "mutation ExportsRecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) { changed userErrors { field message } }\n}": types.ExportsRecordAttendanceDocument,
    "mutation ExportsRecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n  recordSelfAssessment(input: $input) { userErrors { field message } }\n}": types.ExportsRecordSelfAssessmentDocument,
    "query ExportsEnrollments($filter: EnrollmentFilter) {\n  enrollments(first: 50, filter: $filter) { totalCount edges { node { beneficiary { code } attendedSessions completed } } }\n}": types.ExportsEnrollmentsDocument,
    "mutation ExportsCreateGroup($input: CreateSelfHelpGroupInput!) {\n  createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { field message } }\n}": types.ExportsCreateGroupDocument,
    "mutation ExportsAddGroupMember($input: AddGroupMemberInput!) {\n  addGroupMember(input: $input) { membership { id } userErrors { field message } }\n}": types.ExportsAddGroupMemberDocument,
    "mutation ExportsRemoveGroupMember($input: RemoveGroupMemberInput!) {\n  removeGroupMember(input: $input) { membership { id } userErrors { field message } }\n}": types.ExportsRemoveGroupMemberDocument,
    "query ExportsGroupMemberCount($filter: GroupMemberFilter) {\n  groupMembers(first: 0, filter: $filter) { totalCount }\n}": types.ExportsGroupMemberCountDocument,
    "mutation FaultsCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }": types.FaultsCreatePartnerDocument,
    "query Faults__typename { __typename }": types.Faults__TypenameDocument,
    "query Faults__typename2 { __typename }": types.Faults__Typename2Document,
    "query Faults__typename3 { __typename }": types.Faults__Typename3Document,
    "query Faults__typename4 { __typename }": types.Faults__Typename4Document,
    "query Faults__typename5 { __typename }": types.Faults__Typename5Document,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) { viewer { kind user { id email role } } userErrors { field message code } }\n}": types.LoginDocument,
    "mutation HarnessCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }": types.HarnessCreateUserDocument,
    "mutation HarnessCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { message } } }": types.HarnessCreatePartnerDocument,
    "mutation HarnessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret userErrors { message } } }": types.HarnessCreateApiKeyDocument,
    "query HostileInputViewer2 { viewer { kind } }": types.HostileInputViewer2Document,
    "query HostileInputViewer3 { viewer { kind } }": types.HostileInputViewer3Document,
    "query HostileInputViewer4 { viewer { kind } }": types.HostileInputViewer4Document,
    "query HostileInputBeneficiaries { beneficiaries(first: 100000) { totalCount } }": types.HostileInputBeneficiariesDocument,
    "query HostileInputBeneficiaries2 { beneficiaries(first: 101) { totalCount } }": types.HostileInputBeneficiaries2Document,
    "mutation HostileInputCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }": types.HostileInputCreatePartnerDocument,
    "query HostileInputCampaigns { campaigns(first: 1) { totalCount } }": types.HostileInputCampaignsDocument,
    "query HostileInputViewer5 { viewer { kind } }": types.HostileInputViewer5Document,
    "query HostileInputUsers { users(first: 1) { totalCount } }": types.HostileInputUsersDocument,
    "query HostileInputCase($id: ID!) { case(id: $id) { id } }": types.HostileInputCaseDocument,
    "mutation HostileInputUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { beneficiary { version } userErrors { code } } }": types.HostileInputUpdateBeneficiaryDocument,
    "mutation IdempotencyCreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) { partner { id name } userErrors { field code } }\n}": types.IdempotencyCreatePartnerDocument,
    "query ListPermissionsBeneficiaries($filter: BeneficiaryFilter, $sort: BeneficiarySort) { beneficiaries(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { code } } } }": types.ListPermissionsBeneficiariesDocument,
    "query PageColumnsWomen {\n  beneficiaries(first: 40) { edges { node { ...PageColumnsWoman\n    services(first: 3) { edges { node { ...PageColumnsService } } } } } }\n}\nfragment PageColumnsWoman on Beneficiary {\n  id code firstName lastName patronymic birthYear phone status vulnerabilities registeredOn erasedAt\n  version archivedAt createdAt updatedAt community { id } unit { id }\n}\nfragment PageColumnsService on Service {\n  id kind subtype providedOn outcome followUpDueOn followUpDoneAt notes overdue version archivedAt createdAt updatedAt\n  beneficiary { id } unit { id }\n}": types.PageColumnsWomenDocument,
    "query PageColumnsWoman($id: ID!) { beneficiary(id: $id) { ...PageColumnsWoman } }": types.PageColumnsWomanDocument,
    "query PageColumnsServices {\n  services(first: 60) { edges { node { ...PageColumnsService } } }\n}": types.PageColumnsServicesDocument,
    "query PageColumnsOverdue {\n  services(first: 60) { edges { node { id overdue beneficiary { code } } } }\n}": types.PageColumnsOverdueDocument,
    "query PageColumnsOneService($id: ID!) { service(id: $id) { ...PageColumnsService } }": types.PageColumnsOneServiceDocument,
    "query PageColumnsAliased {\n  a: beneficiaries(first: 5) { edges { node { id code } } }\n  b: beneficiaries(first: 5) { edges { node { id ... on Beneficiary { phone createdAt } } } }\n}": types.PageColumnsAliasedDocument,
    "query PageColumnsNarrow {\n  beneficiaries(first: 5) { edges { node { id code firstName community { name } services(first: 2) { edges { node { kind } } } } } }\n}": types.PageColumnsNarrowDocument,
    "query PageCostBeneficiaries($community: ID!, $first: Int!) {\n  beneficiaries(first: $first, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }\n      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }\n  }\n}": types.PageCostBeneficiariesDocument,
    "query PageCostCaseload($first: Int!) {\n  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }\n  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt\n    beneficiary { code firstName lastName services(first: 3) { totalCount edges { node { kind providedOn } } } } } } } }": types.PageCostCaseloadDocument,
    "query PageCostBeneficiaries2 { beneficiaries(first: 50) { edges { node { code } } } }": types.PageCostBeneficiaries2Document,
    "query PageCostServices { services(first: 50) { edges { node { providedOn } } } }": types.PageCostServicesDocument,
    "query PageCostServices2 { services(first: 50, filter: { providedOn: { from: \"2026-01-01\", to: \"2026-01-31\" } }) { edges { node { id } } } }": types.PageCostServices2Document,
    "query PageCostCases { cases(first: 50) { edges { node { openedAt } } } }": types.PageCostCasesDocument,
    "query PageCostDashboard { dashboard(scope: { from: \"2026-01-01\", to: \"2026-03-31\" }) {\n        womenSupported { total { value } } openCasesByRisk { total { value } } overdueFollowUps { value }\n        trainings { completed { value } } shelter { bedsTaken { value } } campaignReach { total } } }": types.PageCostDashboardDocument,
    "mutation PartnerClientCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id version } userErrors { field message } } }": types.PartnerClientCreateCampaignDocument,
    "mutation PartnerClientSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { field message } } }": types.PartnerClientSetCampaignPartnersDocument,
    "mutation PartnerClientRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }": types.PartnerClientRevokeApiKeyDocument,
    "mutation PartnerGuideCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { message } } }": types.PartnerGuideCreateApiKeyDocument,
    "query PartnerReachBeneficiaries { beneficiaries(first: 1) { totalCount } }": types.PartnerReachBeneficiariesDocument,
    "query PartnerReachBeneficiary { beneficiary(id: \"00000000-0000-4000-8000-000000000000\") { code } }": types.PartnerReachBeneficiaryDocument,
    "query PartnerReachCases { cases(first: 1) { totalCount } }": types.PartnerReachCasesDocument,
    "query PartnerReachReferrals { referrals(first: 1) { totalCount } }": types.PartnerReachReferralsDocument,
    "query PartnerReachServices { services(first: 1) { totalCount } }": types.PartnerReachServicesDocument,
    "query PartnerReachShelterStays { shelterStays(first: 1) { totalCount } }": types.PartnerReachShelterStaysDocument,
    "query PartnerReachUsers { users(first: 1) { totalCount } }": types.PartnerReachUsersDocument,
    "query PartnerReachAuditEvents { auditEvents(first: 1) { totalCount } }": types.PartnerReachAuditEventsDocument,
    "query PartnerReachCourse { course(id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.PartnerReachCourseDocument,
    "query PartnerReachSelfHelpGroup { selfHelpGroup(id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.PartnerReachSelfHelpGroupDocument,
    "mutation PlatformLogin($input: LoginInput!) { login(input: $input) { step mfaChallenge { token } userErrors { code } } }": types.PlatformLoginDocument,
    "mutation PlatformBeginMfaEnrolment($input: BeginMfaEnrolmentInput!) { beginMfaEnrolment(input: $input) { enrolment { secret } } }": types.PlatformBeginMfaEnrolmentDocument,
    "mutation PlatformConfirmMfaEnrolment($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { userErrors { code } } }": types.PlatformConfirmMfaEnrolmentDocument,
    "mutation PlatformVerifyMfa($input: VerifyMfaInput!) { verifyMfa(input: $input) { step } }": types.PlatformVerifyMfaDocument,
    "query PlatformUnits { units { totalCount } districts { totalCount } beneficiaries(first: 1) { totalCount }\n      communities(first: 100) { totalCount edges { node { families inhabitants } } } }": types.PlatformUnitsDocument,
    "query RateBudgetCampaigns($first: Int!) { campaigns(first: $first) { totalCount edges { node { id districts { name } totals { overall { total } } } } } }": types.RateBudgetCampaignsDocument,
    "query RateBudgetViewer { viewer { kind } }": types.RateBudgetViewerDocument,
    "query RateBudgetViewer2 { viewer { kind } }": types.RateBudgetViewer2Document,
    "query RateBudgetViewer3 { viewer { kind } }": types.RateBudgetViewer3Document,
    "query RateBudgetCampaigns2 { campaigns(first: 100) { edges { node { activities(first: 100) { edges { node { id district { name } } } } } } } }": types.RateBudgetCampaigns2Document,
    "query ReachCases { cases(first: 100) { totalCount edges { node { unit { id } } } }\n      services(first: 100) { totalCount edges { node { unit { id } } } }\n      referrals(first: 100) { totalCount } shelterStays(first: 100) { totalCount } caseload { awaitingClosure } }": types.ReachCasesDocument,
    "query ReachCampaign($id: ID!) { campaign(id: $id) { id } }": types.ReachCampaignDocument,
    "query ReachCases2($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }": types.ReachCases2Document,
    "query ReachServices($filter: ServiceFilter, $sort: ServiceSort, $after: String) {\n      services(first: 100, filter: $filter, sort: $sort, after: $after) { totalCount edges { node { followUpDueOn } } pageInfo { hasNextPage endCursor } } }": types.ReachServicesDocument,
    "query ReachReferrals($filter: ReferralFilter) { referrals(first: 1, filter: $filter) { totalCount } }": types.ReachReferralsDocument,
    "query ReachShelterStays($filter: ShelterStayFilter) { shelterStays(first: 1, filter: $filter) { totalCount } }": types.ReachShelterStaysDocument,
    "query ReachBeneficiaries { beneficiaries(first: 50) { edges { node { id firstName lastName phone } } } }": types.ReachBeneficiariesDocument,
    "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName entityIds } } } }": types.ReachAuditEventsDocument,
    "query ReplicasViewer { viewer { user { email } } }": types.ReplicasViewerDocument,
    "mutation ReplicasLogout { logout { ok } }": types.ReplicasLogoutDocument,
    "query ReplicasViewer2 { viewer { kind } }": types.ReplicasViewer2Document,
    "query ReplicasViewer3 { viewer { kind } }": types.ReplicasViewer3Document,
    "query ReplicasViewer4 { viewer { kind } }": types.ReplicasViewer4Document,
    "query ReplicasCampaigns { campaigns(first: 100) { edges { node { districts { name } partners { partner { name } } } } } }": types.ReplicasCampaignsDocument,
    "query ReplicasViewer5 { viewer { kind } }": types.ReplicasViewer5Document,
    "query RequestErrorsViewer { viewer { kind } }": types.RequestErrorsViewerDocument,
    "query RequestErrorsViewer2 { viewer { kind } }": types.RequestErrorsViewer2Document,
    "query RequestErrorsViewer3 { viewer { kind } }": types.RequestErrorsViewer3Document,
    "query RequestErrorsViewer4 { viewer { kind } }": types.RequestErrorsViewer4Document,
    "query RequestErrorsCampaigns { campaigns(first: 1) { edges { node { districts { communities { district { communities { district { name } } } } } } } } }": types.RequestErrorsCampaignsDocument,
    "query SchemaViewer { viewer { user { units { id } } } }": types.SchemaViewerDocument,
    "query SchemaDistricts { districts { edges { node { communities { district { communities { district { communities { district { communities { district { communities { id } } } } } } } } } } } } }": types.SchemaDistrictsDocument,
    "query SchemaEightInline { districts { edges { node { communities { district { communities { district { name } } } } } } } }": types.SchemaEightInlineDocument,
    "\n      query SchemaEightSpread { districts { edges { node { ...SchemaDistrictDeep } } } }\n      fragment SchemaDistrictDeep on District { communities { ...SchemaCommunityDeep } }\n      fragment SchemaCommunityDeep on Community { district { communities { district { name } } } }\n    ": types.SchemaEightSpreadDocument,
    "\n      query SchemaNineSpread { districts { edges { node { ...SchemaDistrictNine } } } }\n      fragment SchemaDistrictNine on District { communities { district { ...SchemaCommunityNine } } }\n      fragment SchemaCommunityNine on District { communities { district { communities { id } } } }\n    ": types.SchemaNineSpreadDocument,
    "query SchemaViewer2 { viewer { kind } }": types.SchemaViewer2Document,
    "query SchemaViewer3 { viewer { kind } }": types.SchemaViewer3Document,
    "query Schema__schema { __schema { queryType { name } } }": types.Schema__SchemaDocument,
    "query Schema__schema2 { __schema { queryType { name } } }": types.Schema__Schema2Document,
    "query SchemaViewer4 { viewer { kind } }": types.SchemaViewer4Document,
    "query SelfAndDenialsViewer { viewer { user { id email } } }": types.SelfAndDenialsViewerDocument,
    "query SelfAndDenialsBeneficiaries { beneficiaries(first: 5) { edges { node { code birthYear phone } } } }": types.SelfAndDenialsBeneficiariesDocument,
    "query SelfAndDenialsUsers { users(first: 1) { totalCount } }": types.SelfAndDenialsUsersDocument,
    "query SelfAndDenialsStatisticsTable { statisticsTable(input: { table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: { year: 2025 } }) { minimumCount } }": types.SelfAndDenialsStatisticsTableDocument,
    "query SelfAndDenialsUsers2 { users(first: 1) { totalCount } }": types.SelfAndDenialsUsers2Document,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ArchiveServicesListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveArchiveService($id: ID!) { archiveService(input: { id: $id }) { service { id archivedAt } userErrors { code } } }"): typeof import('./graphql').ArchiveArchiveServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveRestoreService($id: ID!) { restoreService(input: { id: $id }) { service { archivedAt } } }"): typeof import('./graphql').ArchiveRestoreServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveArchiveService2($id: ID!) { archiveService(input: { id: $id }) { service { id } userErrors { code } } }"): typeof import('./graphql').ArchiveArchiveService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveArchiveCampaign($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { id } } }"): typeof import('./graphql').ArchiveArchiveCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveArchiveCampaign2($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt version } userErrors { code } } }"): typeof import('./graphql').ArchiveArchiveCampaign2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ArchiveCampaignsListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserErrorsCreateBeneficiary($input: CreateBeneficiaryInput!) {\n  createBeneficiary(input: $input) { beneficiary { id } userErrors { field message code params } }\n}"): typeof import('./graphql').UserErrorsCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserErrorsUpdateCase($input: UpdateCaseInput!) {\n  updateCase(input: $input) { case { id } userErrors { field code params } }\n}"): typeof import('./graphql').UserErrorsUpdateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserErrorsCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) { userErrors { field code params } } }"): typeof import('./graphql').UserErrorsCreateSelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserErrorsRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code params } } }"): typeof import('./graphql').UserErrorsRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserErrorsChangeCaseRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) { case { id } userErrors { field code params } } }"): typeof import('./graphql').UserErrorsChangeCaseRiskDocument;
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
export function graphql(source: "mutation ServiceRecordService($input: RecordServiceInput!) { recordService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }"): typeof import('./graphql').ServiceRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceUpdateService($input: UpdateServiceInput!) { updateService(input: $input) {\n  service { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } userErrors { field message code } } }"): typeof import('./graphql').ServiceUpdateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id followUpDoneAt overdue version } userErrors { field message code } } }"): typeof import('./graphql').ServiceCompleteFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message code } } }"): typeof import('./graphql').ServiceOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').ServiceCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService($id: ID!) { service(id: $id) { notes } }"): typeof import('./graphql').ServiceServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService2($id: ID!) { service(id: $id) { outcome notes version } }"): typeof import('./graphql').ServiceService2Document;
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
export function graphql(source: "mutation ServiceCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } } }"): typeof import('./graphql').ServiceCreateBeneficiary2Document;
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
export function graphql(source: "query ServiceService3($id: ID!) { service(id: $id) { id } }"): typeof import('./graphql').ServiceService3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService4 { service(id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').ServiceService4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ServicesOfOtherUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService5($id: ID!) { service(id: $id) { id notes } }"): typeof import('./graphql').ServiceService5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceServices { services(first: 5) { edges { node { id } } } }"): typeof import('./graphql').ServiceServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService6($id: ID!) { service(id: $id) { kind notes } }"): typeof import('./graphql').ServiceService6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceServices2($w: ID!) { services(first: 10, filter: { beneficiaryId: $w }) { edges { node { id } } } }"): typeof import('./graphql').ServiceServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceServices3($w: ID!) { services(first: 1, filter: { beneficiaryId: $w }) { totalCount } }"): typeof import('./graphql').ServiceServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceCase($id: ID!) { case(id: $id) { services { id notes } } }"): typeof import('./graphql').ServiceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceService7($id: ID!) { service(id: $id) { case { id } } }"): typeof import('./graphql').ServiceService7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceCase2($id: ID!) { case(id: $id) { id services { id kind subtype outcome providedOn followUpDueOn followUpDoneAt notes version overdue\n  beneficiary { id } unit { code } provider { id fullName } case { id } } } }"): typeof import('./graphql').ServiceCase2Document;
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
export function graphql(source: "query AuthViewer { viewer { kind user { email role } } }"): typeof import('./graphql').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout { ok } }"): typeof import('./graphql').AuthLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUsers { users(first: 1) { totalCount } }"): typeof import('./graphql').AuthUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthArchiveUser($input: IdInput!) { archiveUser(input: $input) { userErrors { message } } }"): typeof import('./graphql').AuthArchiveUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer2 { viewer { kind } }"): typeof import('./graphql').AuthViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer3 { viewer { kind } }"): typeof import('./graphql').AuthViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthBeneficiaries { beneficiaries(first: 1) { totalCount } }"): typeof import('./graphql').AuthBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LockoutLoginLocks { loginLocks(first: 50) { totalCount edges { node { id kind account address failures lockedUntil user { email fullName } } } } }"): typeof import('./graphql').LockoutLoginLocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockoutLiftLoginLock($input: IdInput!) { liftLoginLock(input: $input) { lock { id failures lockedUntil } userErrors { code } } }"): typeof import('./graphql').LockoutLiftLoginLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: LoginInput!) {\n  login(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } mfaChallenge { token expiresAt } userErrors { field code } }\n}"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Verify($input: VerifyMfaInput!) {\n  verifyMfa(input: $input) { step viewer { user { email } session { mfa enrolmentRequired } } userErrors { field code } }\n}"): typeof import('./graphql').VerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Begin($input: BeginMfaEnrolmentInput!) {\n  beginMfaEnrolment(input: $input) { enrolment { secret otpauthUri qrCodeDataUrl } userErrors { field code } }\n}"): typeof import('./graphql').BeginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Confirm($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes userErrors { field code } } }"): typeof import('./graphql').ConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Disable($input: MfaCodeInput!) { disableMfa(input: $input) { ok userErrors { field code params } } }"): typeof import('./graphql').DisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($input: IdInput!) { resetUserMfa(input: $input) { user { id mfaEnabled } userErrors { code } } }"): typeof import('./graphql').ResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaViewer { viewer { session { mfa enrolmentRequired } mfa { enabled required enabledAt recoveryCodesLeft } } }"): typeof import('./graphql').MfaViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaCases { cases(first: 1) { totalCount } }"): typeof import('./graphql').MfaCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaViewer2 { viewer { kind session { mfa } mfa { enabled } } campaigns(first: 1) { totalCount } }"): typeof import('./graphql').MfaViewer2Document;
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
export function graphql(source: "mutation DuplicatesCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { code } } }"): typeof import('./graphql').DuplicatesCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatesBeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { reasons beneficiary { id code firstName } } }"): typeof import('./graphql').DuplicatesBeneficiaryDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatesBeneficiaryDuplicates2($input: BeneficiaryDuplicateInput!) { beneficiaryDuplicates(input: $input) { beneficiary { phone } } }"): typeof import('./graphql').DuplicatesBeneficiaryDuplicates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatesBeneficiaries($search: String!) { beneficiaries(first: 20, filter: { search: $search }) { edges { node { id } } } }"): typeof import('./graphql').DuplicatesBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id code } userErrors { message } } }"): typeof import('./graphql').ErasureCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }"): typeof import('./graphql').ErasureOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { userErrors { message } } }"): typeof import('./graphql').ErasureRecordIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { userErrors { message } } }"): typeof import('./graphql').ErasureRecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) { referral { id } userErrors { message } } }"): typeof import('./graphql').ErasureMakeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { beneficiary { code erasedAt } userErrors { message } } }"): typeof import('./graphql').ErasureEraseBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureBeneficiaries { beneficiaries(first: 5, filter: { search: \"Тестерасова\" }) { totalCount } }"): typeof import('./graphql').ErasureBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureEraseBeneficiary2($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }"): typeof import('./graphql').ErasureEraseBeneficiary2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureCreateBeneficiary2($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').ErasureCreateBeneficiary2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureEraseBeneficiary3($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }"): typeof import('./graphql').ErasureEraseBeneficiary3Document;
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
export function graphql(source: "mutation CaseloadOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }"): typeof import('./graphql').CaseloadOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadCaseload { caseload { myOpenCasesByRisk { key count } awaitingClosure } }"): typeof import('./graphql').CaseloadCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadCaseload2 { caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure } }"): typeof import('./graphql').CaseloadCaseload2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadAssistanceCounts2 { assistanceCounts(from: \"2000-01-01\", to: \"2100-12-31\") { casesOpenedByRisk { key count } minimumCount } }"): typeof import('./graphql').CaseloadAssistanceCounts2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadCases { cases(first: 1) { totalCount } }"): typeof import('./graphql').CaseloadCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadAssistanceCounts3 { assistanceCounts(from: \"2026-12-31\", to: \"2026-01-01\") { shelterAdmissions } }"): typeof import('./graphql').CaseloadAssistanceCounts3Document;
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
export function graphql(source: "mutation CaseHistoryOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { code } } }"): typeof import('./graphql').CaseHistoryOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseHistoryChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) { case { version } userErrors { field code } } }"): typeof import('./graphql').CaseHistoryChangeRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseHistoryRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }"): typeof import('./graphql').CaseHistoryRequestClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseHistoryDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) { case { version } userErrors { field code } } }"): typeof import('./graphql').CaseHistoryDecideClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseHistoryReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) { case { version } userErrors { field code } } }"): typeof import('./graphql').CaseHistoryReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseHistoryCase($id: ID!) { case(id: $id) {\n  status closureDecision closureReason closureDecisionReason\n  closureRequestedBy { id fullName } closureDecidedBy { id fullName }\n  riskHistory { previousLevel level reason changedBy { id fullName role } }\n  closureHistory { step reason takenBy { id fullName } }\n} }"): typeof import('./graphql').CaseHistoryCaseDocument;
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
export function graphql(source: "mutation CaseOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id status stage riskLevel plan version caseWorker { fullName } riskHistory { previousLevel level } } userErrors { field message code } } }"): typeof import('./graphql').CaseOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) {\n  incident { id gbvType narrative perpetratorDetails reportingDelay } userErrors { field message code } } }"): typeof import('./graphql').CaseRecordIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseChangeRisk($id: ID!, $version: Int!, $reason: String!, $level: RiskLevel!) {\n  changeCaseRisk(input: { id: $id, version: $version, reason: $reason, level: $level }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }"): typeof import('./graphql').CaseChangeRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRequestClosure($id: ID!, $version: Int!, $reason: String!) {\n  requestCaseClosure(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }"): typeof import('./graphql').CaseRequestClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseDecideClosure($id: ID!, $version: Int!, $reason: String!, $approve: Boolean!) {\n  decideCaseClosure(input: { id: $id, version: $version, reason: $reason, approve: $approve }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }"): typeof import('./graphql').CaseDecideClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseReopen($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(input: { id: $id, version: $version, reason: $reason }) {\n    case { status stage riskLevel closureDecision version } userErrors { field message code } } }"): typeof import('./graphql').CaseReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCase($id: ID!) { case(id: $id) { riskLevel incidents { gbvType } } }"): typeof import('./graphql').CaseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseIncident($id: ID!) { incident(id: $id) { gbvType } }"): typeof import('./graphql').CaseIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCase2($id: ID!) { case(id: $id) { id } }"): typeof import('./graphql').CaseCase2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCase3 { case(id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').CaseCase3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCases5 { cases(first: 100) { edges { node { id } } } }"): typeof import('./graphql').CaseCases5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCase4($id: ID!) { case(id: $id) { id } }"): typeof import('./graphql').CaseCase4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseBeneficiary($id: ID!) { beneficiary(id: $id) { code lastName } }"): typeof import('./graphql').CaseBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseUpdateCase($input: UpdateCaseInput!) { updateCase(input: $input) { case { stage version } userErrors { field code } } }"): typeof import('./graphql').CaseUpdateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCase5($id: ID!) { case(id: $id) { riskHistory { previousLevel level reason } } }"): typeof import('./graphql').CaseCase5Document;
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
export function graphql(source: "query CaseCase6($id: ID!) { case(id: $id) { plan } }"): typeof import('./graphql').CaseCase6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id version } userErrors { field message code } }\n}"): typeof import('./graphql').CampaignCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignReportCampaignActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id version heldOn reached reportedByNk reportedBy { id } } userErrors { field message code } }\n}"): typeof import('./graphql').CampaignReportCampaignActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignCorrectCampaignActivity($input: CorrectCampaignActivityInput!) {\n  correctCampaignActivity(input: $input) { activity { id version title womenUnder18 } userErrors { field message code } }\n}"): typeof import('./graphql').CampaignCorrectCampaignActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign($id: ID!) { campaign(id: $id) { totals {\n  overall { activities women men total } materials\n  byDistrict { district { id } activities women men total }\n  bySex { sex reached }\n  byAgeBand { ageBand women men total }\n  byMonth { month activities women men total }\n} } }"): typeof import('./graphql').CampaignCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { code } } }"): typeof import('./graphql').CampaignSetCampaignPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign3($id: ID!) { campaign(id: $id) { id } }"): typeof import('./graphql').CampaignCampaign3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaigns { campaigns(first: 50) { totalCount edges { node { id } } } }"): typeof import('./graphql').CampaignCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaigns2 { campaigns(first: 50) { totalCount edges { node { id } } } }"): typeof import('./graphql').CampaignCampaigns2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign4($id: ID!) { campaign(id: $id) { id title } }"): typeof import('./graphql').CampaignCampaign4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign5($id: ID!) { campaign(id: $id) { id title } }"): typeof import('./graphql').CampaignCampaign5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaigns3 { campaigns(first: 50) { totalCount } }"): typeof import('./graphql').CampaignCampaigns3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignCampaign2($id: ID!) { campaign(id: $id) {\n        partners { role partner { id name acronym kind contactEmail districts { name } } }\n        activities(first: 100) { totalCount edges { node { title reportedByNk reportedBy { id } district { name } community { name } } } }\n      } }"): typeof import('./graphql').CampaignCampaign2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignCreateForum($input: CreateForumInput!) { createForum(input: $input) { forum { id } userErrors { field code } } }"): typeof import('./graphql').CampaignCreateForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForum($id: ID!) { forum(id: $id) { title campaign { id } partners { role partner { id } } } }"): typeof import('./graphql').CampaignForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForums2 { forums(first: 10) { totalCount } }"): typeof import('./graphql').CampaignForums2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForums3 { forums(first: 10) { totalCount } }"): typeof import('./graphql').CampaignForums3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForums4 { forums(first: 10, filter: { from: \"2026-01-20\", to: \"2026-01-20\" }) { totalCount } }"): typeof import('./graphql').CampaignForums4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForums5 { forums(first: 10, filter: { from: \"soon\" }) { totalCount } }"): typeof import('./graphql').CampaignForums5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForum2($id: ID!) { forum(id: $id) { id } }"): typeof import('./graphql').CampaignForum2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignForum3($id: ID!) { forum(id: $id) { campaign { id } } }"): typeof import('./graphql').CampaignForum3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignUpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) { campaign { id version startsOn endsOn } userErrors { field message code } }\n  }"): typeof import('./graphql').CampaignUpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignSetPartners($input: SetCampaignPartnersInput!) {\n    setCampaignPartners(input: $input) { campaign { id version partners { role partner { id } } } userErrors { field code } }\n  }"): typeof import('./graphql').CampaignSetPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignSetDistricts($input: SetCampaignDistrictsInput!) {\n    setCampaignDistricts(input: $input) { campaign { id version districts { id } } userErrors { field code } }\n  }"): typeof import('./graphql').CampaignSetDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignEditRead($id: ID!) {\n    campaign(id: $id) { id version title startsOn endsOn archivedAt districts { id } partners { role partner { id } } }\n  }"): typeof import('./graphql').CampaignEditReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignEditListed($archived: Boolean) {\n    campaigns(first: 100, filter: { archived: $archived }) { edges { node { id } } }\n  }"): typeof import('./graphql').CampaignEditListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignEditArchive($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }"): typeof import('./graphql').CampaignEditArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignEditRestore($id: ID!) { restoreCampaign(input: { id: $id }) { campaign { archivedAt } userErrors { code } } }"): typeof import('./graphql').CampaignEditRestoreDocument;
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
export function graphql(source: "mutation CouncilCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }"): typeof import('./graphql').CouncilCreateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilById($id: ID!) { council(id: $id) { id version name region chairedByNk coalition { id } } }"): typeof import('./graphql').CouncilByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilAddCouncilMember($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }"): typeof import('./graphql').CouncilAddCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilRemoveCouncilMember($input: RemoveCouncilMemberInput!) { removeCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }"): typeof import('./graphql').CouncilRemoveCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilUpdateCouncil($input: UpdateCouncilInput!) { updateCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }"): typeof import('./graphql').CouncilUpdateCouncilDocument;
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
export function graphql(source: "mutation CommunityCreateSelfHelpGroup($input: CreateSelfHelpGroupInput!) { createSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }"): typeof import('./graphql').CommunityCreateSelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityUpdateSelfHelpGroup($input: UpdateSelfHelpGroupInput!) { updateSelfHelpGroup(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }"): typeof import('./graphql').CommunityUpdateSelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityChangeGroupStage($input: ChangeGroupStageInput!) { changeGroupStage(input: $input) {\n  selfHelpGroup { id name foundedOn stage version community { id } facilitator { id role } stageHistory { fromStage toStage changedOn reason } } userErrors { field message code } } }"): typeof import('./graphql').CommunityChangeGroupStageDocument;
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
export function graphql(source: "query CommunityMembersMinimal($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { id code firstName } } } }"): typeof import('./graphql').CommunityMembersMinimalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitySelfHelpGroup3($id: ID!) { selfHelpGroup(id: $id) { meetings { attendance { count women { code lastName } } } } }"): typeof import('./graphql').CommunitySelfHelpGroup3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityMembersFull($id: ID!) { selfHelpGroup(id: $id) { members { beneficiary { lastName } } } }"): typeof import('./graphql').CommunityMembersFullDocument;
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
export function graphql(source: "\n  mutation GroupReachRestore($input: IdInput!) {\n    restoreSelfHelpGroup(input: $input) {\n      selfHelpGroup {\n        id\n        archivedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').GroupReachRestoreDocument;
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
export function graphql(source: "query DashboardDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n  from to suppressionMin district { name }\n  womenSupported { byDistrict { district { name } byKind { key value suppressed } total { value suppressed } } byKind { key value suppressed } total { value suppressed } }\n  openCasesByRisk { items { key value suppressed } total { value suppressed } }\n  overdueFollowUps { value suppressed }\n  shelter { beds bedsTaken { value suppressed } accompanyingChildren { value suppressed } }\n  trainings { training { code } courses enrolled { value suppressed } completed { value suppressed } }\n  selfHelpGroupsByStage { key value suppressed }\n  campaignReach { activities women men total }\n} }"): typeof import('./graphql').DashboardDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }"): typeof import('./graphql').DashboardCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardRecordService($input: RecordServiceInput!) { recordService(input: $input) { service { id } userErrors { field code } } }"): typeof import('./graphql').DashboardRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { code } } }"): typeof import('./graphql').DashboardOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) { shelterStay { id } userErrors { field code } } }"): typeof import('./graphql').DashboardAdmitToShelterDocument;
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
export function graphql(source: "query RollupDashboardNow($scope: DashboardScope!) { dashboard(scope: $scope) {\n  openCasesByRisk { items { key value } total { value } } overdueFollowUps { value } } }"): typeof import('./graphql').RollupDashboardNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupCompleteFollowUp($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {\n  service { id version } userErrors { code } } }"): typeof import('./graphql').RollupCompleteFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollupServiceVersion($id: ID!) { service(id: $id) { id version } }"): typeof import('./graphql').RollupServiceVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupOpenCase($input: OpenCaseInput!) { openCase(input: $input) {\n  case { id version } userErrors { code } } }"): typeof import('./graphql').RollupOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupChangeRisk($input: ChangeCaseRiskInput!) { changeCaseRisk(input: $input) {\n  case { id version } userErrors { code } } }"): typeof import('./graphql').RollupChangeRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupRequestClosure($input: CaseStepInput!) { requestCaseClosure(input: $input) {\n  case { id version } userErrors { code } } }"): typeof import('./graphql').RollupRequestClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupDecideClosure($input: DecideCaseClosureInput!) { decideCaseClosure(input: $input) {\n  case { id version status } userErrors { code } } }"): typeof import('./graphql').RollupDecideClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupReopenCase($input: CaseStepInput!) { reopenCase(input: $input) {\n  case { id version status } userErrors { code } } }"): typeof import('./graphql').RollupReopenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdCreate($input: CreateHouseholdInput!) { createHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }"): typeof import('./graphql').HouseholdCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdUpdate($input: UpdateHouseholdInput!) { updateHousehold(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }"): typeof import('./graphql').HouseholdUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdAddMember($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }"): typeof import('./graphql').HouseholdAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdRemoveMember($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }"): typeof import('./graphql').HouseholdRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdSetHead($input: SetHouseholdHeadInput!) { setHouseholdHead(input: $input) {\n  household { id code version childrenCount size community { id } head { id }\n    members { relationToHead joinedOn leftOn beneficiary { id } } } userErrors { field code params } } }"): typeof import('./graphql').HouseholdSetHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdHousehold($id: ID!) { household(id: $id) { id code version childrenCount size community { id } head { id }\n  members { relationToHead joinedOn leftOn beneficiary { id } } } }"): typeof import('./graphql').HouseholdHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdBeneficiary($id: ID!) { beneficiary(id: $id) { id household { id code size } } }"): typeof import('./graphql').HouseholdBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { code } } }"): typeof import('./graphql').HouseholdCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { code } } }"): typeof import('./graphql').HouseholdEraseBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdBeneficiary2($id: ID!) { beneficiary(id: $id) { household { id } } }"): typeof import('./graphql').HouseholdBeneficiary2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdBeneficiaries($first: Int!) { beneficiaries(first: $first) { edges { node { code\n      household { code size community { name } head { code } members { relationToHead beneficiary { code } } } } } } }"): typeof import('./graphql').HouseholdBeneficiariesDocument;
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
export function graphql(source: "query LearningFiguresCourse($id: ID!) { course(id: $id) { results { enrolled } } }"): typeof import('./graphql').LearningFiguresCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresCourse2($id: ID!) { course(id: $id) { results { enrolled withdrawn completed completionRate assessed averageChange improved } } }"): typeof import('./graphql').LearningFiguresCourse2Document;
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
export function graphql(source: "query LearningFiguresCourseCost($id: ID!) { course(id: $id) { results { completed } sessions { attendance { present beneficiary { firstName } } }\n       enrollments { attendedSessions completed selfAssessment { score } beneficiary { firstName } } } }"): typeof import('./graphql').LearningFiguresCourseCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresDashboard($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }"): typeof import('./graphql').LearningFiguresDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresRecordAttendanceAgain($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message code } } }"): typeof import('./graphql').LearningFiguresRecordAttendanceAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningFiguresDashboardPeriods($scope: DashboardScope!) { dashboard(scope: $scope) {\n    trainings { training { code } courses enrolled { value } completed { value } } } }"): typeof import('./graphql').LearningFiguresDashboardPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningFiguresWithdraw($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id } userErrors { code } } }"): typeof import('./graphql').LearningFiguresWithdrawDocument;
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
export function graphql(source: "mutation LearningTrainerCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { course { id version trainer { id } } userErrors { field message } } }"): typeof import('./graphql').LearningTrainerCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { field message } } }"): typeof import('./graphql').LearningTrainerScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added userErrors { message } } }"): typeof import('./graphql').LearningTrainerEnrollInCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed userErrors { field message } } }"): typeof import('./graphql').LearningTrainerRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerScheduleSession2($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } } }"): typeof import('./graphql').LearningTrainerScheduleSession2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerCreateCourse2($input: CreateCourseInput!) { createCourse(input: $input) { course { id } userErrors { message } } }"): typeof import('./graphql').LearningTrainerCreateCourse2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerScheduleSession3($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { message } } }"): typeof import('./graphql').LearningTrainerScheduleSession3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerEnrollInCourse2($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added } }"): typeof import('./graphql').LearningTrainerEnrollInCourse2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerRecordAttendance2($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed } }"): typeof import('./graphql').LearningTrainerRecordAttendance2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningTrainerRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) { userErrors { message } } }"): typeof import('./graphql').LearningTrainerRecordSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningTrainerCourse($id: ID!) { course(id: $id) { id enrollments { id beneficiary { code } selfAssessment { score } }\n      sessions { id attendance { present beneficiary { code } } } } }"): typeof import('./graphql').LearningTrainerCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningCreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) {\n  training { id code version sessionCount completionPercent assessmentItems scaleMin scaleMax } userErrors { field message code } } }"): typeof import('./graphql').LearningCreateTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningUpdateTraining($input: UpdateTrainingInput!) { updateTraining(input: $input) { training { id version title } userErrors { field message code } } }"): typeof import('./graphql').LearningUpdateTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) {\n  course { id version startsOn endsOn capacity language trainer { id role } training { id } } userErrors { field message code } } }"): typeof import('./graphql').LearningCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningUpdateCourse($input: UpdateCourseInput!) { updateCourse(input: $input) { course { id version capacity } userErrors { field message code } } }"): typeof import('./graphql').LearningUpdateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id heldOn topic trainer { id } } userErrors { field message code } } }"): typeof import('./graphql').LearningScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningEnrollInCourse($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { added alreadyEnrolled course { id } userErrors { field message code } } }"): typeof import('./graphql').LearningEnrollInCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { changed session { id } userErrors { field message code } } }"): typeof import('./graphql').LearningRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningRecordSelfAssessment($input: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $input) {\n  enrollment { id selfAssessment { phase item score } } userErrors { field message code } } }"): typeof import('./graphql').LearningRecordSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningWithdrawFromCourse($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { enrollment { id withdrawnAt } userErrors { field message code } } }"): typeof import('./graphql').LearningWithdrawFromCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningCreateBeneficiary($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { beneficiary { id } userErrors { message } } }"): typeof import('./graphql').LearningCreateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningTraining($trainingId: ID!) { training(id: $trainingId) { completionPercent scaleMin scaleMax assessmentItems } }"): typeof import('./graphql').LearningTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningTrainings { trainings(first: 100, filter: { search: \"lead-test\" }) { edges { node { id } } } }"): typeof import('./graphql').LearningTrainingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourses { courses(first: 100, filter: { mine: true }) { edges { node { id } } } }"): typeof import('./graphql').LearningCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse($courseId: ID!) { course(id: $courseId) { sessions { id heldOn trainer { id } } } }"): typeof import('./graphql').LearningCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningUpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { session { id version heldOn topic } userErrors { field message code } } }"): typeof import('./graphql').LearningUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourses2($trainingId: ID!) { courses(first: 100, filter: { trainingId: $trainingId }) { totalCount } }"): typeof import('./graphql').LearningCourses2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse2($courseId: ID!) { course(id: $courseId) { sessions { attendance { present beneficiary { code firstName } } } } }"): typeof import('./graphql').LearningCourse2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse3($courseId: ID!) { course(id: $courseId) { enrollments { id attendedSessions completed beneficiary { id code firstName } } } }"): typeof import('./graphql').LearningCourse3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourseLastNames($id: ID!) { course(id: $id) { enrollments { beneficiary { code lastName } } } }"): typeof import('./graphql').LearningCourseLastNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCoursePhones($id: ID!) { course(id: $id) { sessions { attendance { beneficiary { phone } } } } }"): typeof import('./graphql').LearningCoursePhonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse4($courseId: ID!) { course(id: $courseId) { enrollments { beneficiary { lastName } } } }"): typeof import('./graphql').LearningCourse4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse5($courseId: ID!) { course(id: $courseId) { enrollments { id } } }"): typeof import('./graphql').LearningCourse5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse6($courseId: ID!) { course(id: $courseId) { results { enrolled } } }"): typeof import('./graphql').LearningCourse6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse7($courseId: ID!) { course(id: $courseId) { id capacity } }"): typeof import('./graphql').LearningCourse7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourses3 { courses(first: 1) { totalCount } }"): typeof import('./graphql').LearningCourses3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse8($courseId: ID!) { course(id: $courseId) { enrollments { id } } }"): typeof import('./graphql').LearningCourse8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningCourse9($courseId: ID!) { course(id: $courseId) { enrollments { id } } }"): typeof import('./graphql').LearningCourse9Document;
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
export function graphql(source: "query ProgramPrograms4($sort: ProgramSort!) { programs(first: 10, sort: $sort) { edges { node { title startsOn } } } }"): typeof import('./graphql').ProgramPrograms4Document;
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
export function graphql(source: "query ProgramProgram($id: ID!) { program(id: $id) { indicators { code measure targets { period actual actualSuppressed } } } }"): typeof import('./graphql').ProgramProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramLearningFigures { learningFigures(from: \"2025-01-01\", to: \"2025-12-31\") { womenTrainedByTrainingAndDistrict { women } } }"): typeof import('./graphql').ProgramLearningFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) {\n  consent { id scope receiverName givenAt withdrawnAt partner { name } } userErrors { field message code } } }"): typeof import('./graphql').ReferralRecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralMakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) {\n  referral { id status version sharesPersonalData consent { id } consentOverrideReason history { fromStatus toStatus changedAt } }\n  userErrors { field message code } } }"): typeof import('./graphql').ReferralMakeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralChangeReferralStatus($input: ChangeReferralStatusInput!) { changeReferralStatus(input: $input) {\n  referral { status version nextStatuses history { fromStatus toStatus } } userErrors { field message code } } }"): typeof import('./graphql').ReferralChangeReferralStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralWithdrawConsent($id: ID!) { withdrawConsent(input: { id: $id }) { consent { withdrawnAt } userErrors { message } } }"): typeof import('./graphql').ReferralWithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralWithdrawConsent2($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }"): typeof import('./graphql').ReferralWithdrawConsent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralBeneficiary($id: ID!) { beneficiary(id: $id) { consents { id scope withdrawnAt } } }"): typeof import('./graphql').ReferralBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralCreatePartner { createPartner(input: { name: \"Closed NGO\", kind: NGO }) { partner { id } } }"): typeof import('./graphql').ReferralCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }"): typeof import('./graphql').ReferralArchivePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id version } userErrors { message } } }"): typeof import('./graphql').ReferralOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralRequestCaseClosure($id: ID!, $v: Int!) { requestCaseClosure(input: { id: $id, version: $v, reason: \"done\" }) { case { closureDecision } userErrors { message } } }"): typeof import('./graphql').ReferralRequestCaseClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralCase($id: ID!) { case(id: $id) { referrals { status } } }"): typeof import('./graphql').ReferralCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralCreatePartner2 { createPartner(input: { name: \"Kulob Regional Hospital\", kind: STATE_BODY }) { partner { id } } }"): typeof import('./graphql').ReferralCreatePartner2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralMakeReferral2($input: MakeReferralInput!) { makeReferral(input: $input) {\n        referral { id receiverKind receiverName partner { id } } userErrors { field code } } }"): typeof import('./graphql').ReferralMakeReferral2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReferrals($filter: ReferralFilter) { referrals(first: 100, filter: $filter) { edges { node { id } } } }"): typeof import('./graphql').ReferralReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReferral($id: ID!) { referral(id: $id) { history { toStatus changedAt changedBy { id fullName } } } }"): typeof import('./graphql').ReferralReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralConsentToShare($b: ID!, $p: ID, $n: String) { consentToShare(beneficiaryId: $b, partnerId: $p, receiverName: $n) { id withdrawnAt } }"): typeof import('./graphql').ReferralConsentToShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferralWithdrawConsent3($id: ID!) { withdrawConsent(input: { id: $id }) { userErrors { message } } }"): typeof import('./graphql').ReferralWithdrawConsent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReferral2($id: ID!) { referral(id: $id) { id } }"): typeof import('./graphql').ReferralReferral2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReferrals2 { referrals(first: 100) { totalCount edges { node { id unit { code } } } } }"): typeof import('./graphql').ReferralReferrals2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShelterAdmitToShelter($input: AdmitToShelterInput!) { admitToShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }"): typeof import('./graphql').ShelterAdmitToShelterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShelterUpdateShelterStay($input: UpdateShelterStayInput!) { updateShelterStay(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }"): typeof import('./graphql').ShelterUpdateShelterStayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShelterDischargeFromShelter($input: DischargeFromShelterInput!) { dischargeFromShelter(input: $input) {\n  shelterStay { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } userErrors { field message code } } }"): typeof import('./graphql').ShelterDischargeFromShelterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStay($id: ID!) { shelterStay(id: $id) { id version bed shelterBed { id code } admittedOn plannedDischargeOn dischargedOn accompanyingChildren notes\n  beneficiary { id } unit { code } case { id } } }"): typeof import('./graphql').ShelterShelterStayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterOccupancy { shelterOccupancy { unit { code } capacity occupiedBeds women children freeBeds } }"): typeof import('./graphql').ShelterShelterOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!, $unitId: ID) {\n  shelterOccupancyOverTime(from: $from, to: $to, interval: $interval, unitId: $unitId) {\n    periodStart capacity averageOccupiedBeds peakOccupiedBeds women admissions } }"): typeof import('./graphql').ShelterShelterOccupancyOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterBeds { shelterBeds(first: 100) { totalCount edges { node { id code position occupied unit { code }\n  currentStay { id admittedOn accompanyingChildren beneficiary { id } } } } } }"): typeof import('./graphql').ShelterShelterBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShelterOpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { message } } }"): typeof import('./graphql').ShelterOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterOccupancy2($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }"): typeof import('./graphql').ShelterShelterOccupancy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterOccupancy3($id: ID) { shelterOccupancy(unitId: $id) { occupiedBeds } }"): typeof import('./graphql').ShelterShelterOccupancy3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays2 { shelterStays(first: 5) { totalCount } }"): typeof import('./graphql').ShelterShelterStays2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStay2 { shelterStay(id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').ShelterShelterStay2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterBeds2 { shelterBeds(filter: { free: true }) { totalCount } }"): typeof import('./graphql').ShelterShelterBeds2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays3 { shelterStays(first: 100, filter: { current: true }) { edges { node { id version } } } }"): typeof import('./graphql').ShelterShelterStays3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays5 { shelterStays(first: 100) { totalCount edges { node { id } } } }"): typeof import('./graphql').ShelterShelterStays5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays6 { shelterStays(first: 5) { totalCount } }"): typeof import('./graphql').ShelterShelterStays6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterBeds3 { shelterBeds { totalCount } }"): typeof import('./graphql').ShelterShelterBeds3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays7($b: ID) { shelterStays(first: 10, filter: { beneficiaryId: $b }) { edges { node { id case { id } } } } }"): typeof import('./graphql').ShelterShelterStays7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterStays { shelterStays(first: 100, filter: { current: true }) { totalCount edges { node { id dischargedOn } } } }"): typeof import('./graphql').ShelterShelterStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShelterShelterBeds4 { shelterBeds(first: 100, filter: { free: true }) { edges { node { occupied } } } }"): typeof import('./graphql').ShelterShelterBeds4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseStatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    minimumCount\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n    release { number releasedAt latestNumber }\n  }\n}"): typeof import('./graphql').ReleaseStatisticsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleasePublishCorrectedStatistics($input: CorrectStatisticsInput!) {\n  publishCorrectedStatistics(input: $input) {\n    table { rows { label cells { value } total { value } } columnTotals { value } grandTotal { value } release { number latestNumber } }\n    userErrors { field message code }\n  }\n}"): typeof import('./graphql').ReleasePublishCorrectedStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseWithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { message } } }"): typeof import('./graphql').ReleaseWithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseRecordService($input: RecordServiceInput!) { recordService(input: $input) { userErrors { message } } }"): typeof import('./graphql').ReleaseRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseEraseBeneficiary($input: EraseBeneficiaryInput!) { eraseBeneficiary(input: $input) { userErrors { message } } }"): typeof import('./graphql').ReleaseEraseBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}"): typeof import('./graphql').StatisticsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user { id email fullName role status invitationExpiresAt units { code } }\n      invitation { token expiresAt }\n      userErrors { code field params }\n    }\n  }\n"): typeof import('./graphql').InvitationInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) { invitation(token: $token) { state fullName role expiresAt } }"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accepted userErrors { code field params } } }\n"): typeof import('./graphql').InvitationAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationReissue($input: InvitationUserInput!) {\n    reissueInvitation(input: $input) { user { id status invitationExpiresAt } invitation { token expiresAt } userErrors { code field params } }\n  }\n"): typeof import('./graphql').InvitationReissueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationCancel($input: InvitationUserInput!) { cancelInvitation(input: $input) { user { id status archivedAt } userErrors { code field params } } }\n"): typeof import('./graphql').InvitationCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationStatus($id: ID!) { user(id: $id) { id status invitationExpiresAt } }"): typeof import('./graphql').InvitationStatusDocument;
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
export function graphql(source: "query AccessBeneficiaries { beneficiaries(first: 2) { edges { node { id code firstName } } } }"): typeof import('./graphql').AccessBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessBeneficiaries2 { beneficiaries(first: 1) { edges { node { firstName } } } }"): typeof import('./graphql').AccessBeneficiaries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer { viewer { kind scopes partner { id name } user { id } } }"): typeof import('./graphql').AccessViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer2 { viewer { user { id email fullName role units { code } } } }"): typeof import('./graphql').AccessViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessUsers { users(first: 5) { edges { node { email } } } }"): typeof import('./graphql').AccessUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Docker__typename { __typename }"): typeof import('./graphql').Docker__TypenameDocument;
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
export function graphql(source: "mutation ExportsCreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) { campaign { id } userErrors { field message code } }\n}"): typeof import('./graphql').ExportsCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsReportActivity($input: ReportCampaignActivityInput!) {\n  reportCampaignActivity(input: $input) { activity { id } userErrors { field message code } }\n}"): typeof import('./graphql').ExportsReportActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsActivityCount($filter: CampaignActivitiesFilter) {\n  campaignActivities(first: 0, filter: $filter) { totalCount }\n}"): typeof import('./graphql').ExportsActivityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsCreateCourse($input: CreateCourseInput!) {\n  createCourse(input: $input) { course { id } userErrors { field message } }\n}"): typeof import('./graphql').ExportsCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) { session { id } userErrors { field message } }\n}"): typeof import('./graphql').ExportsScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsEnrollInCourse($input: EnrollInCourseInput!) {\n  enrollInCourse(input: $input) { added userErrors { field message } }\n}"): typeof import('./graphql').ExportsEnrollInCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsRecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) { changed userErrors { field message } }\n}"): typeof import('./graphql').ExportsRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsRecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n  recordSelfAssessment(input: $input) { userErrors { field message } }\n}"): typeof import('./graphql').ExportsRecordSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsEnrollments($filter: EnrollmentFilter) {\n  enrollments(first: 50, filter: $filter) { totalCount edges { node { beneficiary { code } attendedSessions completed } } }\n}"): typeof import('./graphql').ExportsEnrollmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsCreateGroup($input: CreateSelfHelpGroupInput!) {\n  createSelfHelpGroup(input: $input) { selfHelpGroup { id } userErrors { field message } }\n}"): typeof import('./graphql').ExportsCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsAddGroupMember($input: AddGroupMemberInput!) {\n  addGroupMember(input: $input) { membership { id } userErrors { field message } }\n}"): typeof import('./graphql').ExportsAddGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsRemoveGroupMember($input: RemoveGroupMemberInput!) {\n  removeGroupMember(input: $input) { membership { id } userErrors { field message } }\n}"): typeof import('./graphql').ExportsRemoveGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsGroupMemberCount($filter: GroupMemberFilter) {\n  groupMembers(first: 0, filter: $filter) { totalCount }\n}"): typeof import('./graphql').ExportsGroupMemberCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }"): typeof import('./graphql').FaultsCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Faults__typename { __typename }"): typeof import('./graphql').Faults__TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Faults__typename2 { __typename }"): typeof import('./graphql').Faults__Typename2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Faults__typename3 { __typename }"): typeof import('./graphql').Faults__Typename3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Faults__typename4 { __typename }"): typeof import('./graphql').Faults__Typename4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Faults__typename5 { __typename }"): typeof import('./graphql').Faults__Typename5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) { viewer { kind user { id email role } } userErrors { field message code } }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }"): typeof import('./graphql').HarnessCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { message } } }"): typeof import('./graphql').HarnessCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret userErrors { message } } }"): typeof import('./graphql').HarnessCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputViewer2 { viewer { kind } }"): typeof import('./graphql').HostileInputViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputViewer3 { viewer { kind } }"): typeof import('./graphql').HostileInputViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputViewer4 { viewer { kind } }"): typeof import('./graphql').HostileInputViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputBeneficiaries { beneficiaries(first: 100000) { totalCount } }"): typeof import('./graphql').HostileInputBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputBeneficiaries2 { beneficiaries(first: 101) { totalCount } }"): typeof import('./graphql').HostileInputBeneficiaries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileInputCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }"): typeof import('./graphql').HostileInputCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputCampaigns { campaigns(first: 1) { totalCount } }"): typeof import('./graphql').HostileInputCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputViewer5 { viewer { kind } }"): typeof import('./graphql').HostileInputViewer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputUsers { users(first: 1) { totalCount } }"): typeof import('./graphql').HostileInputUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileInputCase($id: ID!) { case(id: $id) { id } }"): typeof import('./graphql').HostileInputCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileInputUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { beneficiary { version } userErrors { code } } }"): typeof import('./graphql').HostileInputUpdateBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyCreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) { partner { id name } userErrors { field code } }\n}"): typeof import('./graphql').IdempotencyCreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPermissionsBeneficiaries($filter: BeneficiaryFilter, $sort: BeneficiarySort) { beneficiaries(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { code } } } }"): typeof import('./graphql').ListPermissionsBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsWomen {\n  beneficiaries(first: 40) { edges { node { ...PageColumnsWoman\n    services(first: 3) { edges { node { ...PageColumnsService } } } } } }\n}\nfragment PageColumnsWoman on Beneficiary {\n  id code firstName lastName patronymic birthYear phone status vulnerabilities registeredOn erasedAt\n  version archivedAt createdAt updatedAt community { id } unit { id }\n}\nfragment PageColumnsService on Service {\n  id kind subtype providedOn outcome followUpDueOn followUpDoneAt notes overdue version archivedAt createdAt updatedAt\n  beneficiary { id } unit { id }\n}"): typeof import('./graphql').PageColumnsWomenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsWoman($id: ID!) { beneficiary(id: $id) { ...PageColumnsWoman } }"): typeof import('./graphql').PageColumnsWomanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsServices {\n  services(first: 60) { edges { node { ...PageColumnsService } } }\n}"): typeof import('./graphql').PageColumnsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsOverdue {\n  services(first: 60) { edges { node { id overdue beneficiary { code } } } }\n}"): typeof import('./graphql').PageColumnsOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsOneService($id: ID!) { service(id: $id) { ...PageColumnsService } }"): typeof import('./graphql').PageColumnsOneServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsAliased {\n  a: beneficiaries(first: 5) { edges { node { id code } } }\n  b: beneficiaries(first: 5) { edges { node { id ... on Beneficiary { phone createdAt } } } }\n}"): typeof import('./graphql').PageColumnsAliasedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageColumnsNarrow {\n  beneficiaries(first: 5) { edges { node { id code firstName community { name } services(first: 2) { edges { node { kind } } } } } }\n}"): typeof import('./graphql').PageColumnsNarrowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostBeneficiaries($community: ID!, $first: Int!) {\n  beneficiaries(first: $first, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }\n      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }\n  }\n}"): typeof import('./graphql').PageCostBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostCaseload($first: Int!) {\n  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }\n  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt\n    beneficiary { code firstName lastName services(first: 3) { totalCount edges { node { kind providedOn } } } } } } } }"): typeof import('./graphql').PageCostCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostBeneficiaries2 { beneficiaries(first: 50) { edges { node { code } } } }"): typeof import('./graphql').PageCostBeneficiaries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostServices { services(first: 50) { edges { node { providedOn } } } }"): typeof import('./graphql').PageCostServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostServices2 { services(first: 50, filter: { providedOn: { from: \"2026-01-01\", to: \"2026-01-31\" } }) { edges { node { id } } } }"): typeof import('./graphql').PageCostServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostCases { cases(first: 50) { edges { node { openedAt } } } }"): typeof import('./graphql').PageCostCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageCostDashboard { dashboard(scope: { from: \"2026-01-01\", to: \"2026-03-31\" }) {\n        womenSupported { total { value } } openCasesByRisk { total { value } } overdueFollowUps { value }\n        trainings { completed { value } } shelter { bedsTaken { value } } campaignReach { total } } }"): typeof import('./graphql').PageCostDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerClientCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id version } userErrors { field message } } }"): typeof import('./graphql').PartnerClientCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerClientSetCampaignPartners($input: SetCampaignPartnersInput!) { setCampaignPartners(input: $input) { userErrors { field message } } }"): typeof import('./graphql').PartnerClientSetCampaignPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerClientRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }"): typeof import('./graphql').PartnerClientRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerGuideCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { message } } }"): typeof import('./graphql').PartnerGuideCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachBeneficiaries { beneficiaries(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachBeneficiary { beneficiary(id: \"00000000-0000-4000-8000-000000000000\") { code } }"): typeof import('./graphql').PartnerReachBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachCases { cases(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachReferrals { referrals(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachServices { services(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachShelterStays { shelterStays(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachShelterStaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachUsers { users(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachAuditEvents { auditEvents(first: 1) { totalCount } }"): typeof import('./graphql').PartnerReachAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachCourse { course(id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').PartnerReachCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerReachSelfHelpGroup { selfHelpGroup(id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').PartnerReachSelfHelpGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformLogin($input: LoginInput!) { login(input: $input) { step mfaChallenge { token } userErrors { code } } }"): typeof import('./graphql').PlatformLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformBeginMfaEnrolment($input: BeginMfaEnrolmentInput!) { beginMfaEnrolment(input: $input) { enrolment { secret } } }"): typeof import('./graphql').PlatformBeginMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformConfirmMfaEnrolment($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { userErrors { code } } }"): typeof import('./graphql').PlatformConfirmMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformVerifyMfa($input: VerifyMfaInput!) { verifyMfa(input: $input) { step } }"): typeof import('./graphql').PlatformVerifyMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformUnits { units { totalCount } districts { totalCount } beneficiaries(first: 1) { totalCount }\n      communities(first: 100) { totalCount edges { node { families inhabitants } } } }"): typeof import('./graphql').PlatformUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudgetCampaigns($first: Int!) { campaigns(first: $first) { totalCount edges { node { id districts { name } totals { overall { total } } } } } }"): typeof import('./graphql').RateBudgetCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudgetViewer { viewer { kind } }"): typeof import('./graphql').RateBudgetViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudgetViewer2 { viewer { kind } }"): typeof import('./graphql').RateBudgetViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudgetViewer3 { viewer { kind } }"): typeof import('./graphql').RateBudgetViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudgetCampaigns2 { campaigns(first: 100) { edges { node { activities(first: 100) { edges { node { id district { name } } } } } } } }"): typeof import('./graphql').RateBudgetCampaigns2Document;
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
export function graphql(source: "query ReachAuditEvents($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actorName entityIds } } } }"): typeof import('./graphql').ReachAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasViewer { viewer { user { email } } }"): typeof import('./graphql').ReplicasViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasLogout { logout { ok } }"): typeof import('./graphql').ReplicasLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasViewer2 { viewer { kind } }"): typeof import('./graphql').ReplicasViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasViewer3 { viewer { kind } }"): typeof import('./graphql').ReplicasViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasViewer4 { viewer { kind } }"): typeof import('./graphql').ReplicasViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasCampaigns { campaigns(first: 100) { edges { node { districts { name } partners { partner { name } } } } } }"): typeof import('./graphql').ReplicasCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasViewer5 { viewer { kind } }"): typeof import('./graphql').ReplicasViewer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestErrorsViewer { viewer { kind } }"): typeof import('./graphql').RequestErrorsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestErrorsViewer2 { viewer { kind } }"): typeof import('./graphql').RequestErrorsViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestErrorsViewer3 { viewer { kind } }"): typeof import('./graphql').RequestErrorsViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestErrorsViewer4 { viewer { kind } }"): typeof import('./graphql').RequestErrorsViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestErrorsCampaigns { campaigns(first: 1) { edges { node { districts { communities { district { communities { district { name } } } } } } } } }"): typeof import('./graphql').RequestErrorsCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaViewer { viewer { user { units { id } } } }"): typeof import('./graphql').SchemaViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaDistricts { districts { edges { node { communities { district { communities { district { communities { district { communities { district { communities { id } } } } } } } } } } } } }"): typeof import('./graphql').SchemaDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaEightInline { districts { edges { node { communities { district { communities { district { name } } } } } } } }"): typeof import('./graphql').SchemaEightInlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SchemaEightSpread { districts { edges { node { ...SchemaDistrictDeep } } } }\n      fragment SchemaDistrictDeep on District { communities { ...SchemaCommunityDeep } }\n      fragment SchemaCommunityDeep on Community { district { communities { district { name } } } }\n    "): typeof import('./graphql').SchemaEightSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SchemaNineSpread { districts { edges { node { ...SchemaDistrictNine } } } }\n      fragment SchemaDistrictNine on District { communities { district { ...SchemaCommunityNine } } }\n      fragment SchemaCommunityNine on District { communities { district { communities { id } } } }\n    "): typeof import('./graphql').SchemaNineSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaViewer2 { viewer { kind } }"): typeof import('./graphql').SchemaViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaViewer3 { viewer { kind } }"): typeof import('./graphql').SchemaViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Schema__schema { __schema { queryType { name } } }"): typeof import('./graphql').Schema__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Schema__schema2 { __schema { queryType { name } } }"): typeof import('./graphql').Schema__Schema2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaViewer4 { viewer { kind } }"): typeof import('./graphql').SchemaViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAndDenialsViewer { viewer { user { id email } } }"): typeof import('./graphql').SelfAndDenialsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAndDenialsBeneficiaries { beneficiaries(first: 5) { edges { node { code birthYear phone } } } }"): typeof import('./graphql').SelfAndDenialsBeneficiariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAndDenialsUsers { users(first: 1) { totalCount } }"): typeof import('./graphql').SelfAndDenialsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAndDenialsStatisticsTable { statisticsTable(input: { table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: { year: 2025 } }) { minimumCount } }"): typeof import('./graphql').SelfAndDenialsStatisticsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAndDenialsUsers2 { users(first: 1) { totalCount } }"): typeof import('./graphql').SelfAndDenialsUsers2Document;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
