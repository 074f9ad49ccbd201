import { graphql } from "../../../gql";

export const ReferralFieldsFragment = graphql(`
  fragment ReferralFields on Referral {
    id
    status
    nextStatuses
    receiverKind
    receiverName
    reason
    sharesPersonalData
    consentOverrideReason
    referredAt
    updatedAt
    version
    beneficiary {
      id
      code
      firstName
      lastName
    }
    partner {
      id
      name
    }
    unit {
      id
      name
      nameRu
      nameTg
    }
    consent {
      id
      givenAt
    }
  }
`);

export const ReferralsQuery = graphql(`
  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {
    referrals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ReferralFields
        }
      }
    }
  }
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
      history {
        id
        fromStatus
        toStatus
        changedAt
        changedBy {
          id
          fullName
        }
      }
    }
  }
`);

/** Registered partners, for choosing a receiver (a few dozen: one page). */
export const ReferralPartnersQuery = graphql(`
  query ReferralPartners {
    partners(first: 100) {
      edges {
        node {
          id
          name
          acronym
          kind
        }
      }
    }
  }
`);

export const ConsentToShareQuery = graphql(`
  query ConsentToShare($beneficiaryId: ID!, $partnerId: ID, $receiverName: String) {
    consentToShare(beneficiaryId: $beneficiaryId, partnerId: $partnerId, receiverName: $receiverName) {
      id
      givenAt
    }
  }
`);

export const MakeReferralMutation = graphql(`
  mutation MakeReferral($input: MakeReferralInput!) {
    makeReferral(input: $input) {
      referral {
        ...ReferralFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeReferralStatusMutation = graphql(`
  mutation ChangeReferralStatus($input: ChangeReferralStatusInput!) {
    changeReferralStatus(input: $input) {
      referral {
        ...ReferralFields
        history {
          id
          fromStatus
          toStatus
          changedAt
          changedBy {
            id
            fullName
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
