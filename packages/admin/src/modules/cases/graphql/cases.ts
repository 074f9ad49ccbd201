import { graphql } from "../../../gql";

export const CaseRowFragment = graphql(`
  fragment CaseRow on Case {
    id
    status
    stage
    riskLevel
    openedAt
    closureDecision
    version
    beneficiary {
      id
      code
      firstName
      lastName
    }
    unit {
      id
      name
      nameRu
      nameTg
    }
    caseWorker {
      id
      fullName
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {
    cases(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseRow
        }
      }
    }
  }
`);

export const CaseWorkersQuery = graphql(`
  query CaseWorkers($unitId: ID) {
    caseWorkers(first: 100, filter: { unitId: $unitId }) {
      edges {
        node {
          id
          fullName
          role
        }
      }
    }
  }
`);

export const CaseDetailFragment = graphql(`
  fragment CaseDetail on Case {
    ...CaseRow
    plan
    notes
    closedAt
    updatedAt
    closureReason
    closureDecisionReason
    closureRequestedAt
    closureDecidedAt
    riskHistory {
      id
      previousLevel
      level
      reason
      changedAt
      changedBy {
        id
        fullName
      }
    }
    caseNotes {
      id
      text
      writtenAt
      writtenBy {
        id
        fullName
      }
    }
    closureHistory {
      id
      step
      reason
      takenAt
      takenBy {
        id
        fullName
      }
    }
  }
`);

// Incidents without their free text: what happened is read only when asked for (see IncidentTextQuery).
export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetail
      incidents {
        id
        occurredOn
        reportedOn
        gbvType
        perpetratorRelation
        placeType
        reportingDelay
      }
      services {
        id
        kind
        providedOn
        outcome
        followUpDueOn
        overdue
      }
      referrals {
        id
        referredAt
        receiverKind
        receiverName
        status
        partner {
          id
          name
        }
      }
    }
  }
`);

export const IncidentTextQuery = graphql(`
  query IncidentText($id: ID!) {
    incident(id: $id) {
      id
      narrative
      perpetratorDetails
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeCaseRiskMutation = graphql(`
  mutation ChangeCaseRisk($input: ChangeCaseRiskInput!) {
    changeCaseRisk(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RequestCaseClosureMutation = graphql(`
  mutation RequestCaseClosure($input: CaseStepInput!) {
    requestCaseClosure(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DecideCaseClosureMutation = graphql(`
  mutation DecideCaseClosure($input: DecideCaseClosureInput!) {
    decideCaseClosure(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReopenCaseMutation = graphql(`
  mutation ReopenCase($input: CaseStepInput!) {
    reopenCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordIncidentMutation = graphql(`
  mutation RecordIncident($input: RecordIncidentInput!) {
    recordIncident(input: $input) {
      incident {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BeneficiarySearchQuery = graphql(`
  query BeneficiarySearch($search: String) {
    beneficiaries(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          code
          firstName
          lastName
          birthYear
          unit {
            id
          }
        }
      }
    }
  }
`);
