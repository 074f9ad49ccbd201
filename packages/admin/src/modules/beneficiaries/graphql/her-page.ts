import { graphql } from "../../../gql";

// Her page in one request: her record, her consents and the first rows of her case work, read
// through the nested connections under her (batched on the API, each an audited read).

export const ConsentFieldsFragment = graphql(`
  fragment ConsentFields on Consent {
    id
    scope
    givenAt
    withdrawnAt
    receiverName
    note
    partner {
      id
      name
    }
    recordedBy {
      id
      fullName
    }
    withdrawnBy {
      id
      fullName
    }
  }
`);

export const HerPageQuery = graphql(`
  query HerPage($id: ID!, $first: Int!) {
    beneficiary(id: $id) {
      ...BeneficiaryFields
      consents {
        ...ConsentFields
      }
      cases(first: $first) {
        totalCount
        edges {
          node {
            id
            openedAt
            status
            riskLevel
            stage
          }
        }
      }
      services(first: $first) {
        totalCount
        edges {
          node {
            id
            providedOn
            kind
            outcome
            overdue
          }
        }
      }
      referrals(first: $first) {
        totalCount
        edges {
          node {
            id
            referredAt
            receiverKind
            status
          }
        }
      }
      shelterStays(first: $first) {
        totalCount
        edges {
          node {
            id
            admittedOn
            dischargedOn
            accompanyingChildren
          }
        }
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
        ...ConsentFields
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
        ...ConsentFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
