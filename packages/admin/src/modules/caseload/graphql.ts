import { graphql } from "../../gql";

/**
 * The case worker's home in one request: the counts, her open cases by risk, the cases awaiting
 * a coordinator's decision on closing, and the follow-ups past their deadline.
 */
export const CaseloadQuery = graphql(`
  query Caseload {
    caseload {
      myOpenCasesByRisk {
        key
        count
      }
      overdueFollowUps
      awaitingClosure
    }
    myCases: cases(first: 20, filter: { mine: true, status: OPEN }, sort: { field: RISK, direction: DESC }) {
      totalCount
      edges {
        node {
          ...CaseRow
        }
      }
    }
    awaiting: cases(first: 20, filter: { closureDecision: REQUESTED, status: OPEN }, sort: { field: RISK, direction: DESC }) {
      totalCount
      edges {
        node {
          ...CaseRow
        }
      }
    }
    overdue: services(first: 20, filter: { overdue: true }, sort: { field: FOLLOW_UP_DUE_ON, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          version
          kind
          followUpDueOn
          followUpDoneAt
          beneficiary {
            id
            code
            firstName
            lastName
          }
          case {
            id
          }
        }
      }
    }
  }
`);
