import { graphql } from "../../../gql";

export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    id
    kind
    subtype
    providedOn
    outcome
    followUpDueOn
    followUpDoneAt
    overdue
    notes
    archivedAt
    updatedAt
    version
    beneficiary {
      id
      code
      firstName
      lastName
    }
    unit {
      id
      name
      nameRu
      nameTg
    }
    provider {
      id
      fullName
    }
    case {
      id
      openedAt
    }
  }
`);

export const ServicesQuery = graphql(`
  query Services($first: Int!, $after: String, $filter: ServiceFilter, $sort: ServiceSort) {
    services(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ServiceFields
        }
      }
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      ...ServiceFields
    }
  }
`);

/** What the form and the filters offer: each kind's subtypes, and who may be named as provider. */
export const ServiceChoicesQuery = graphql(`
  query ServiceChoices($unitId: ID) {
    serviceKinds {
      kind
      subtypes
    }
    serviceProviders(unitId: $unitId) {
      id
      fullName
    }
  }
`);

export const RecordServiceMutation = graphql(`
  mutation RecordService($input: RecordServiceInput!) {
    recordService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CompleteFollowUpMutation = graphql(`
  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveServiceMutation = graphql(`
  mutation ArchiveService($input: IdInput!) {
    archiveService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreServiceMutation = graphql(`
  mutation RestoreService($input: IdInput!) {
    restoreService(input: $input) {
      service {
        ...ServiceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
