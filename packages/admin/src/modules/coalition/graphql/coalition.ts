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

// The council's fields are written out here rather than spread: a fragment counts as a level of
// the API's depth limit (8), and coalition → council → member → partner would pass it.
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

export const CouncilQuery = graphql(`
  query Council($id: ID!) {
    council(id: $id) {
      id
      version
      name
      region
      chairedByNk
      chairPartner {
        id
        name
      }
      coalition {
        id
        name
      }
    }
  }
`);

export const CoalitionChoicesQuery = graphql(`
  query CoalitionChoices {
    coalitions(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      council {
        ...CouncilFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCouncilMutation = graphql(`
  mutation UpdateCouncil($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      council {
        ...CouncilFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
