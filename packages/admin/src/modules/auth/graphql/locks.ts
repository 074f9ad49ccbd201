import { graphql } from "../../../gql";

export const LoginLocksQuery = graphql(`
  query LoginLocks($first: Int, $after: String) {
    loginLocks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          account
          address
          failures
          lastFailureAt
          lockedUntil
          user {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const LiftLoginLockMutation = graphql(`
  mutation LiftLoginLock($input: IdInput!) {
    liftLoginLock(input: $input) {
      lock {
        id
        failures
        lockedUntil
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
