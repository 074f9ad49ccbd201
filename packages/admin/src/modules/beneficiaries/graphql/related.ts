import { graphql } from "../../../gql";

// Her records in the other modules, read through their own lists filtered by her id.

export const HerCasesQuery = graphql(`
  query HerCases($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          openedAt
          status
          riskLevel
          stage
        }
      }
    }
  }
`);

export const HerServicesQuery = graphql(`
  query HerServices($first: Int!, $after: String, $filter: ServiceFilter) {
    services(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          providedOn
          kind
          outcome
          overdue
        }
      }
    }
  }
`);

export const HerReferralsQuery = graphql(`
  query HerReferrals($first: Int!, $after: String, $filter: ReferralFilter) {
    referrals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          referredAt
          receiverKind
          status
        }
      }
    }
  }
`);

export const HerShelterStaysQuery = graphql(`
  query HerShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {
    shelterStays(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          admittedOn
          dischargedOn
          accompanyingChildren
        }
      }
    }
  }
`);

export const HerConsentsQuery = graphql(`
  query HerConsents($id: ID!) {
    beneficiary(id: $id) {
      id
      consents {
        id
        scope
        givenAt
        withdrawnAt
        receiverName
        partner {
          id
          name
        }
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
        id
        scope
        givenAt
        withdrawnAt
        receiverName
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      consent {
        id
        withdrawnAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
