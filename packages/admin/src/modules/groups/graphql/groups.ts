import { graphql } from "../../../gql";

/** The self-help groups a facilitator leads, with their meetings (the next one is picked in the view). */
export const MyGroupsQuery = graphql(`
  query MyGroups($first: Int!, $after: String, $filter: SelfHelpGroupFilter) {
    selfHelpGroups(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          version
          name
          stage
          foundedOn
          community {
            id
            name
            nameRu
            nameTg
          }
          meetings {
            id
            heldOn
            topics
          }
        }
      }
    }
  }
`);
