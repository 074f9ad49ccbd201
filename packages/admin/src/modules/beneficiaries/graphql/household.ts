import { graphql } from "../../../gql";

export const HouseholdFieldsFragment = graphql(`
  fragment HouseholdFields on Household {
    id
    code
    version
    size
    childrenCount
    archivedAt
    head {
      id
    }
    members {
      id
      relationToHead
      joinedOn
      leftOn
      beneficiary {
        id
        code
        firstName
        lastName
      }
    }
  }
`);

export const HerHouseholdQuery = graphql(`
  query HerHousehold($id: ID!) {
    beneficiary(id: $id) {
      id
      household {
        ...HouseholdFields
      }
    }
  }
`);

export const CreateHouseholdMutation = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      household {
        ...HouseholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddHouseholdMemberMutation = graphql(`
  mutation AddHouseholdMember($input: AddHouseholdMemberInput!) {
    addHouseholdMember(input: $input) {
      household {
        ...HouseholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveHouseholdMemberMutation = graphql(`
  mutation RemoveHouseholdMember($input: RemoveHouseholdMemberInput!) {
    removeHouseholdMember(input: $input) {
      household {
        ...HouseholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetHouseholdHeadMutation = graphql(`
  mutation SetHouseholdHead($input: SetHouseholdHeadInput!) {
    setHouseholdHead(input: $input) {
      household {
        ...HouseholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const HouseholdCandidatesQuery = graphql(`
  query HouseholdCandidates($search: String!, $communityId: ID!) {
    beneficiaries(first: 10, filter: { search: $search, communityId: $communityId }) {
      edges {
        node {
          id
          code
          firstName
          lastName
        }
      }
    }
  }
`);
