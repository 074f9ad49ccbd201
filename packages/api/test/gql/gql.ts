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
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": typeof types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": typeof types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": typeof types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": typeof types.ServicesNextPageDocument,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": typeof types.ServicesOfOtherUnitsDocument,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": typeof types.CaseServiceIdsDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": typeof types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EraseForNotesDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": typeof types.StatisticsTableDocument,
};
const documents: Documents = {
    "query ArchiveServicesListed { services(first: 100) { edges { node { id } } } }": types.ArchiveServicesListedDocument,
    "query ArchiveCampaignsListed { campaigns(first: 100) { edges { node { id } } } }": types.ArchiveCampaignsListedDocument,
    "query ServicesOverdue($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { id overdue } } } }": types.ServicesOverdueDocument,
    "query ServicesMine($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id providedOn } } } }": types.ServicesMineDocument,
    "query ServicesFirstPage { services(first: 1) { pageInfo { hasNextPage endCursor } edges { node { providedOn } } } }": types.ServicesFirstPageDocument,
    "query ServicesNextPage($after: String) { services(first: 100, after: $after) { edges { node { providedOn } } } }": types.ServicesNextPageDocument,
    "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }": types.ServicesOfOtherUnitsDocument,
    "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }": types.CaseServiceIdsDocument,
    "\n  query CasesByStage($stage: CaseStage!, $unitId: ID) {\n    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n        }\n      }\n    }\n  }\n": types.CasesByStageDocument,
    "\n  query CaseWorkers($unitId: ID) {\n    caseWorkers(first: 100, filter: { unitId: $unitId }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.CaseWorkersDocument,
    "\n  mutation OpenForNotes($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        version\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OpenForNotesDocument,
    "\n  mutation AddNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      case {\n        id\n        caseNotes {\n          text\n          writtenBy {\n            id\n            fullName\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        params\n      }\n    }\n  }\n": types.AddNoteDocument,
    "\n  query CaseNotes($id: ID!) {\n    case(id: $id) {\n      caseNotes {\n        id\n        text\n        writtenAt\n        writtenBy {\n          id\n        }\n      }\n    }\n  }\n": types.CaseNotesDocument,
    "\n  mutation EraseForNotes($input: EraseBeneficiaryInput!) {\n    eraseBeneficiary(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EraseForNotesDocument,
    "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}": types.StatisticsTableDocument,
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
export function graphql(source: "query ServicesOfOtherUnits { services(first: 100) { edges { node { id } } } }"): typeof import('./graphql').ServicesOfOtherUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseServiceIds($id: ID!) { case(id: $id) { services { id } } }"): typeof import('./graphql').CaseServiceIdsDocument;
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
export function graphql(source: "query StatisticsTable($input: StatisticsTableInput!) {\n  statisticsTable(input: $input) {\n    table period { from to kind } minimumCount note\n    columns { key label }\n    rows { key label cells { column value suppressed } total { value suppressed } }\n    columnTotals { column value suppressed }\n    grandTotal { value suppressed }\n  }\n}"): typeof import('./graphql').StatisticsTableDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
