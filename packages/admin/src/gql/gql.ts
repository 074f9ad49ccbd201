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
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Caseload {\n    caseload {\n      myOpenCasesByRisk {\n        key\n        count\n      }\n      overdueFollowUps\n      awaitingClosure\n    }\n    myCases: cases(first: 20, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    awaiting: cases(first: 20, filter: { closureDecision: REQUESTED, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    overdue: services(first: 20, filter: { overdue: true }, sort: { field: FOLLOW_UP_DUE_ON, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          followUpDueOn\n          beneficiary {\n            id\n            code\n            firstName\n            lastName\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  fragment CaseRow on Case {\n    id\n    status\n    stage\n    riskLevel\n    openedAt\n    closureDecision\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    caseWorker {\n      id\n      fullName\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {\n    cases(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.CaseWorkersDocument,
    "\n  fragment CaseDetail on Case {\n    ...CaseRow\n    plan\n    notes\n    closedAt\n    updatedAt\n    closureReason\n    closureDecisionReason\n    closureRequestedAt\n    closureDecidedAt\n    riskHistory {\n      id\n      previousLevel\n      level\n      reason\n      changedAt\n      changedBy {\n        id\n        fullName\n      }\n    }\n    closureHistory {\n      id\n      step\n      reason\n      takenAt\n      takenBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      incidents {\n        id\n        occurredOn\n        reportedOn\n        gbvType\n        perpetratorRelation\n        placeType\n        reportingDelay\n      }\n      services {\n        id\n        kind\n        providedOn\n        outcome\n        followUpDueOn\n        overdue\n      }\n      referrals {\n        id\n        referredAt\n        receiverKind\n        receiverName\n        status\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query IncidentText($id: ID!) {\n    incident(id: $id) {\n      id\n      narrative\n      perpetratorDetails\n    }\n  }\n": typeof types.IncidentTextDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation ChangeCaseRisk($input: ChangeCaseRiskInput!) {\n    changeCaseRisk(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.ChangeCaseRiskDocument,
    "\n  mutation RequestCaseClosure($input: CaseStepInput!) {\n    requestCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.RequestCaseClosureDocument,
    "\n  mutation DecideCaseClosure($input: DecideCaseClosureInput!) {\n    decideCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.DecideCaseClosureDocument,
    "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.RecordIncidentDocument,
    "\n  query BeneficiarySearch($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n          birthYear\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.BeneficiarySearchDocument,
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
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Caseload {\n    caseload {\n      myOpenCasesByRisk {\n        key\n        count\n      }\n      overdueFollowUps\n      awaitingClosure\n    }\n    myCases: cases(first: 20, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    awaiting: cases(first: 20, filter: { closureDecision: REQUESTED, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    overdue: services(first: 20, filter: { overdue: true }, sort: { field: FOLLOW_UP_DUE_ON, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          followUpDueOn\n          beneficiary {\n            id\n            code\n            firstName\n            lastName\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  fragment CaseRow on Case {\n    id\n    status\n    stage\n    riskLevel\n    openedAt\n    closureDecision\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    caseWorker {\n      id\n      fullName\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {\n    cases(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.CaseWorkersDocument,
    "\n  fragment CaseDetail on Case {\n    ...CaseRow\n    plan\n    notes\n    closedAt\n    updatedAt\n    closureReason\n    closureDecisionReason\n    closureRequestedAt\n    closureDecidedAt\n    riskHistory {\n      id\n      previousLevel\n      level\n      reason\n      changedAt\n      changedBy {\n        id\n        fullName\n      }\n    }\n    closureHistory {\n      id\n      step\n      reason\n      takenAt\n      takenBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      incidents {\n        id\n        occurredOn\n        reportedOn\n        gbvType\n        perpetratorRelation\n        placeType\n        reportingDelay\n      }\n      services {\n        id\n        kind\n        providedOn\n        outcome\n        followUpDueOn\n        overdue\n      }\n      referrals {\n        id\n        referredAt\n        receiverKind\n        receiverName\n        status\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  query IncidentText($id: ID!) {\n    incident(id: $id) {\n      id\n      narrative\n      perpetratorDetails\n    }\n  }\n": types.IncidentTextDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation ChangeCaseRisk($input: ChangeCaseRiskInput!) {\n    changeCaseRisk(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.ChangeCaseRiskDocument,
    "\n  mutation RequestCaseClosure($input: CaseStepInput!) {\n    requestCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.RequestCaseClosureDocument,
    "\n  mutation DecideCaseClosure($input: DecideCaseClosureInput!) {\n    decideCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.DecideCaseClosureDocument,
    "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.RecordIncidentDocument,
    "\n  query BeneficiarySearch($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n          birthYear\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.BeneficiarySearchDocument,
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
export function graphql(source: "\n  query Caseload {\n    caseload {\n      myOpenCasesByRisk {\n        key\n        count\n      }\n      overdueFollowUps\n      awaitingClosure\n    }\n    myCases: cases(first: 20, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    awaiting: cases(first: 20, filter: { closureDecision: REQUESTED, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    overdue: services(first: 20, filter: { overdue: true }, sort: { field: FOLLOW_UP_DUE_ON, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          followUpDueOn\n          beneficiary {\n            id\n            code\n            firstName\n            lastName\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload {\n    caseload {\n      myOpenCasesByRisk {\n        key\n        count\n      }\n      overdueFollowUps\n      awaitingClosure\n    }\n    myCases: cases(first: 20, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    awaiting: cases(first: 20, filter: { closureDecision: REQUESTED, status: OPEN }, sort: { field: RISK, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n    overdue: services(first: 20, filter: { overdue: true }, sort: { field: FOLLOW_UP_DUE_ON, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          followUpDueOn\n          beneficiary {\n            id\n            code\n            firstName\n            lastName\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    status\n    stage\n    riskLevel\n    openedAt\n    closureDecision\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    caseWorker {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    status\n    stage\n    riskLevel\n    openedAt\n    closureDecision\n    version\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n    unit {\n      id\n      name\n      nameRu\n      nameTg\n    }\n    caseWorker {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {\n    cases(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {\n    cases(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on Case {\n    ...CaseRow\n    plan\n    notes\n    closedAt\n    updatedAt\n    closureReason\n    closureDecisionReason\n    closureRequestedAt\n    closureDecidedAt\n    riskHistory {\n      id\n      previousLevel\n      level\n      reason\n      changedAt\n      changedBy {\n        id\n        fullName\n      }\n    }\n    closureHistory {\n      id\n      step\n      reason\n      takenAt\n      takenBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail on Case {\n    ...CaseRow\n    plan\n    notes\n    closedAt\n    updatedAt\n    closureReason\n    closureDecisionReason\n    closureRequestedAt\n    closureDecidedAt\n    riskHistory {\n      id\n      previousLevel\n      level\n      reason\n      changedAt\n      changedBy {\n        id\n        fullName\n      }\n    }\n    closureHistory {\n      id\n      step\n      reason\n      takenAt\n      takenBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      incidents {\n        id\n        occurredOn\n        reportedOn\n        gbvType\n        perpetratorRelation\n        placeType\n        reportingDelay\n      }\n      services {\n        id\n        kind\n        providedOn\n        outcome\n        followUpDueOn\n        overdue\n      }\n      referrals {\n        id\n        referredAt\n        receiverKind\n        receiverName\n        status\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      incidents {\n        id\n        occurredOn\n        reportedOn\n        gbvType\n        perpetratorRelation\n        placeType\n        reportingDelay\n      }\n      services {\n        id\n        kind\n        providedOn\n        outcome\n        followUpDueOn\n        overdue\n      }\n      referrals {\n        id\n        referredAt\n        receiverKind\n        receiverName\n        status\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentText($id: ID!) {\n    incident(id: $id) {\n      id\n      narrative\n      perpetratorDetails\n    }\n  }\n"): (typeof documents)["\n  query IncidentText($id: ID!) {\n    incident(id: $id) {\n      id\n      narrative\n      perpetratorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseRisk($input: ChangeCaseRiskInput!) {\n    changeCaseRisk(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseRisk($input: ChangeCaseRiskInput!) {\n    changeCaseRisk(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCaseClosure($input: CaseStepInput!) {\n    requestCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCaseClosure($input: CaseStepInput!) {\n    requestCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCaseClosure($input: DecideCaseClosureInput!) {\n    decideCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCaseClosure($input: DecideCaseClosureInput!) {\n    decideCaseClosure(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiarySearch($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n          birthYear\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiarySearch($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n          birthYear\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;