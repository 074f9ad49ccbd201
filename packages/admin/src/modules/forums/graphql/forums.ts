import { graphql } from "../../../gql";

export const ForumFieldsFragment = graphql(`
  fragment ForumFields on Forum {
    id
    version
    title
    heldOn
    place
    participantsWomen
    participantsMen
    resolutions
    followUps
    archivedAt
    updatedAt
    campaign {
      id
      title
    }
    partners {
      role
      partner {
        id
        name
        acronym
      }
    }
  }
`);

export const ForumsQuery = graphql(`
  query Forums($first: Int!, $after: String, $filter: ForumFilter) {
    forums(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ForumFields
        }
      }
    }
  }
`);

export const ForumQuery = graphql(`
  query Forum($id: ID!) {
    forum(id: $id) {
      ...ForumFields
    }
  }
`);

export const CreateForumMutation = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      forum {
        ...ForumFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateForumMutation = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      forum {
        ...ForumFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetForumPartnersMutation = graphql(`
  mutation SetForumPartners($input: SetForumPartnersInput!) {
    setForumPartners(input: $input) {
      forum {
        ...ForumFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
