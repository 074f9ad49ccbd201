import { graphql } from "../../../gql";

// No totalCount: counting a long log costs more than reading its page.
export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          action
          actorType
          actorName
          actorRole
          entityType
          entityId
          entityIds
          ip
        }
      }
    }
  }
`);
