import { graphql } from "../../../gql";

/** The courses a trainer gives, with their sessions (the next one is picked in the view). */
export const MyCoursesQuery = graphql(`
  query MyCourses($first: Int!, $after: String, $filter: CourseFilter) {
    courses(first: $first, after: $after, filter: $filter) {
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
          startsOn
          endsOn
          place
          capacity
          training {
            id
            title
          }
          community {
            id
            name
            nameRu
            nameTg
          }
          sessions {
            id
            heldOn
            topic
          }
        }
      }
    }
  }
`);
