/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A note to add to a case. */
export type AddCaseNoteInput = {
  /** The case. */
  caseId: string | number;
  /** What to write. Encrypted at rest. */
  text: string;
};

/** Workflow of a case: new → case plan → service provision → services implemented → closed (a closed case can be reopened). */
export type CaseStage =
  | 'CASE_PLAN'
  | 'CLOSED'
  | 'NEW'
  | 'SERVICES_IMPLEMENTED'
  | 'SERVICE_PROVISION';

/** A span of days, both ends included; either end may be left open. */
export type DateRange = {
  /** First day, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Last day, YYYY-MM-DD. */
  to?: string | null | undefined;
};

/** Whose personal data to erase, and why. */
export type EraseBeneficiaryInput = {
  /** Which beneficiary. */
  id: string | number;
  /** Why (e.g. her written request of a date); no personal data. Kept in the audit log. */
  reason: string;
};

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

export type ArchiveServicesListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveServicesListedQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type ArchiveCampaignsListedQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveCampaignsListedQuery = { campaigns: { edges: Array<{ node: { id: string } }> } };

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

export type ServicesOfOtherUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesOfOtherUnitsQuery = { services: { edges: Array<{ node: { id: string } }> } };

export type CaseServiceIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseServiceIdsQuery = { case: { services: Array<{ id: string }> } };

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

export type StatisticsTableQueryVariables = Exact<{
  input: StatisticsTableInput;
}>;


export type StatisticsTableQuery = { statisticsTable: { table: StatisticsTableName, minimumCount: number, note: string, period: { from: string, to: string, kind: string }, columns: Array<{ key: string, label: string }>, rows: Array<{ key: string, label: string, cells: Array<{ column: string, value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, columnTotals: Array<{ column: string, value: number | null, suppressed: boolean }>, grandTotal: { value: number | null, suppressed: boolean } } };

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