import { graphql } from "../../../gql";

export const CouncilFieldsFragment = graphql(`
  fragment CouncilFields on Council {
    id
    version
    name
    region
    chairedByNk
    chairPartner {
      id
      name
    }
    members {
      joinedOn
      leftOn
      partner {
        id
        name
        acronym
        kind
      }
    }
  }
`);

export const CoalitionsQuery = graphql(`
  query Coalitions {
    coalitions(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          description
          councils {
            ...CouncilFields
          }
        }
      }
    }
  }
`);

export const PartnerChoicesQuery = graphql(`
  query PartnerChoices {
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

export const AddCouncilMemberMutation = graphql(`
  mutation AddCouncilMember($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      council {
        ...CouncilFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCouncilMemberMutation = graphql(`
  mutation RemoveCouncilMember($input: RemoveCouncilMemberInput!) {
    removeCouncilMember(input: $input) {
      council {
        ...CouncilFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
