/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query BeneficiaryChoices($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.BeneficiaryChoicesDocument,
    "\n  query BeneficiaryChoice($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n": typeof types.BeneficiaryChoiceDocument,
    "\n  query OpenCasesOf($beneficiaryId: ID!) {\n    cases(first: 20, filter: { beneficiaryId: $beneficiaryId, status: OPEN }) {\n      edges {\n        node {\n          id\n          openedAt\n          riskLevel\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenCasesOfDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ArchiveProgramDocument,
    "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RestoreProgramDocument,
    "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SaveIndicatorDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    status\n    nextStatuses\n    receiverKind\n    receiverName\n    reason\n    sharesPersonalData\n    consentOverrideReason\n    referredAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    partner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    consent {\n      id\n      givenAt\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralFields\n        }\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      history {\n        id\n        fromStatus\n        toStatus\n        changedAt\n        changedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  query ReferralPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ReferralPartnersDocument,
    "\n  query ConsentToShare($beneficiaryId: ID!, $partnerId: ID, $receiverName: String) {\n    consentToShare(beneficiaryId: $beneficiaryId, partnerId: $partnerId, receiverName: $receiverName) {\n      id\n      givenAt\n    }\n  }\n": typeof types.ConsentToShareDocument,
    "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      referral {\n        ...ReferralFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.MakeReferralDocument,
    "\n  mutation ChangeReferralStatus($input: ChangeReferralStatusInput!) {\n    changeReferralStatus(input: $input) {\n      referral {\n        ...ReferralFields\n        history {\n          id\n          fromStatus\n          toStatus\n          changedAt\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.ChangeReferralStatusDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    kind\n    subtype\n    providedOn\n    outcome\n    followUpDueOn\n    followUpDoneAt\n    overdue\n    notes\n    archivedAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    provider {\n      id\n      fullName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query Services($first: Int!, $after: String, $filter: ServiceFilter, $sort: ServiceSort) {\n    services(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query ServiceChoices($unitId: ID) {\n    serviceKinds {\n      kind\n      subtypes\n    }\n    serviceProviders(unitId: $unitId) {\n      id\n      fullName\n    }\n  }\n": typeof types.ServiceChoicesDocument,
    "\n  mutation RecordService($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.RecordServiceDocument,
    "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.UpdateServiceDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation ArchiveService($input: IdInput!) {\n    archiveService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.ArchiveServiceDocument,
    "\n  mutation RestoreService($input: IdInput!) {\n    restoreService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.RestoreServiceDocument,
};
const documents: Documents = {
    "\n  query BeneficiaryChoices($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.BeneficiaryChoicesDocument,
    "\n  query BeneficiaryChoice($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n": types.BeneficiaryChoiceDocument,
    "\n  query OpenCasesOf($beneficiaryId: ID!) {\n    cases(first: 20, filter: { beneficiaryId: $beneficiaryId, status: OPEN }) {\n      edges {\n        node {\n          id\n          openedAt\n          riskLevel\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n": types.OpenCasesOfDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n": types.PlacesDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ArchiveProgramDocument,
    "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RestoreProgramDocument,
    "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SaveIndicatorDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    status\n    nextStatuses\n    receiverKind\n    receiverName\n    reason\n    sharesPersonalData\n    consentOverrideReason\n    referredAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    partner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    consent {\n      id\n      givenAt\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralFields\n        }\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      history {\n        id\n        fromStatus\n        toStatus\n        changedAt\n        changedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.ReferralDocument,
    "\n  query ReferralPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n        }\n      }\n    }\n  }\n": types.ReferralPartnersDocument,
    "\n  query ConsentToShare($beneficiaryId: ID!, $partnerId: ID, $receiverName: String) {\n    consentToShare(beneficiaryId: $beneficiaryId, partnerId: $partnerId, receiverName: $receiverName) {\n      id\n      givenAt\n    }\n  }\n": types.ConsentToShareDocument,
    "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      referral {\n        ...ReferralFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.MakeReferralDocument,
    "\n  mutation ChangeReferralStatus($input: ChangeReferralStatusInput!) {\n    changeReferralStatus(input: $input) {\n      referral {\n        ...ReferralFields\n        history {\n          id\n          fromStatus\n          toStatus\n          changedAt\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.ChangeReferralStatusDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    kind\n    subtype\n    providedOn\n    outcome\n    followUpDueOn\n    followUpDoneAt\n    overdue\n    notes\n    archivedAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    provider {\n      id\n      fullName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query Services($first: Int!, $after: String, $filter: ServiceFilter, $sort: ServiceSort) {\n    services(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n": types.ServiceDocument,
    "\n  query ServiceChoices($unitId: ID) {\n    serviceKinds {\n      kind\n      subtypes\n    }\n    serviceProviders(unitId: $unitId) {\n      id\n      fullName\n    }\n  }\n": types.ServiceChoicesDocument,
    "\n  mutation RecordService($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.RecordServiceDocument,
    "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.UpdateServiceDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation ArchiveService($input: IdInput!) {\n    archiveService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.ArchiveServiceDocument,
    "\n  mutation RestoreService($input: IdInput!) {\n    restoreService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.RestoreServiceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryChoices($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryChoices($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryChoice($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryChoice($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCasesOf($beneficiaryId: ID!) {\n    cases(first: 20, filter: { beneficiaryId: $beneficiaryId, status: OPEN }) {\n      edges {\n        node {\n          id\n          openedAt\n          riskLevel\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCasesOf($beneficiaryId: ID!) {\n    cases(first: 20, filter: { beneficiaryId: $beneficiaryId, status: OPEN }) {\n      edges {\n        node {\n          id\n          openedAt\n          riskLevel\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    status\n    nextStatuses\n    receiverKind\n    receiverName\n    reason\n    sharesPersonalData\n    consentOverrideReason\n    referredAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    partner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    consent {\n      id\n      givenAt\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    id\n    status\n    nextStatuses\n    receiverKind\n    receiverName\n    reason\n    sharesPersonalData\n    consentOverrideReason\n    referredAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    partner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    consent {\n      id\n      givenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      history {\n        id\n        fromStatus\n        toStatus\n        changedAt\n        changedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      history {\n        id\n        fromStatus\n        toStatus\n        changedAt\n        changedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentToShare($beneficiaryId: ID!, $partnerId: ID, $receiverName: String) {\n    consentToShare(beneficiaryId: $beneficiaryId, partnerId: $partnerId, receiverName: $receiverName) {\n      id\n      givenAt\n    }\n  }\n"): (typeof documents)["\n  query ConsentToShare($beneficiaryId: ID!, $partnerId: ID, $receiverName: String) {\n    consentToShare(beneficiaryId: $beneficiaryId, partnerId: $partnerId, receiverName: $receiverName) {\n      id\n      givenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      referral {\n        ...ReferralFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      referral {\n        ...ReferralFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeReferralStatus($input: ChangeReferralStatusInput!) {\n    changeReferralStatus(input: $input) {\n      referral {\n        ...ReferralFields\n        history {\n          id\n          fromStatus\n          toStatus\n          changedAt\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeReferralStatus($input: ChangeReferralStatusInput!) {\n    changeReferralStatus(input: $input) {\n      referral {\n        ...ReferralFields\n        history {\n          id\n          fromStatus\n          toStatus\n          changedAt\n          changedBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on Service {\n    id\n    kind\n    subtype\n    providedOn\n    outcome\n    followUpDueOn\n    followUpDoneAt\n    overdue\n    notes\n    archivedAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    provider {\n      id\n      fullName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceFields on Service {\n    id\n    kind\n    subtype\n    providedOn\n    outcome\n    followUpDueOn\n    followUpDoneAt\n    overdue\n    notes\n    archivedAt\n    updatedAt\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    provider {\n      id\n      fullName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($first: Int!, $after: String, $filter: ServiceFilter, $sort: ServiceSort) {\n    services(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($first: Int!, $after: String, $filter: ServiceFilter, $sort: ServiceSort) {\n    services(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceChoices($unitId: ID) {\n    serviceKinds {\n      kind\n      subtypes\n    }\n    serviceProviders(unitId: $unitId) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ServiceChoices($unitId: ID) {\n    serviceKinds {\n      kind\n      subtypes\n    }\n    serviceProviders(unitId: $unitId) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordService($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordService($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveService($input: IdInput!) {\n    archiveService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveService($input: IdInput!) {\n    archiveService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreService($input: IdInput!) {\n    restoreService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreService($input: IdInput!) {\n    restoreService(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;