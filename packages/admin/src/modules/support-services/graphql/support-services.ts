import { graphql } from "../../../gql";

export const SupportServiceFieldsFragment = graphql(`
  fragment SupportServiceFields on SupportService {
    id
    version
    name
    kind
    offers
    openingHours
    contacts
    archivedAt
    updatedAt
    community {
      id
      name
      nameRu
      nameTg
    }
  }
`);

export const SupportServicesQuery = graphql(`
  query SupportServices($first: Int!, $after: String, $filter: SupportServiceFilter) {
    supportServices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SupportServiceFields
        }
      }
    }
  }
`);

/** One service with its monthly activity (every month recorded). */
export const SupportServiceQuery = graphql(`
  query SupportService($id: ID!) {
    supportService(id: $id) {
      ...SupportServiceFields
      activity {
        month
        peopleHelped
      }
    }
  }
`);

export const CreateSupportServiceMutation = graphql(`
  mutation CreateSupportService($input: CreateSupportServiceInput!) {
    createSupportService(input: $input) {
      supportService {
        ...SupportServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateSupportServiceMutation = graphql(`
  mutation UpdateSupportService($input: UpdateSupportServiceInput!) {
    updateSupportService(input: $input) {
      supportService {
        ...SupportServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveSupportServiceMutation = graphql(`
  mutation ArchiveSupportService($input: IdInput!) {
    archiveSupportService(input: $input) {
      supportService {
        ...SupportServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreSupportServiceMutation = graphql(`
  mutation RestoreSupportService($input: IdInput!) {
    restoreSupportService(input: $input) {
      supportService {
        ...SupportServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordSupportServiceActivityMutation = graphql(`
  mutation RecordSupportServiceActivity($input: RecordSupportServiceActivityInput!) {
    recordSupportServiceActivity(input: $input) {
      activity {
        month
        peopleHelped
      }
      supportService {
        id
        activity {
          month
          peopleHelped
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
