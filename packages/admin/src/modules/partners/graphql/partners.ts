import { graphql } from "../../../gql";

export const PartnerFieldsFragment = graphql(`
  fragment PartnerFields on Partner {
    id
    version
    name
    acronym
    kind
    contactEmail
    contactPhone
    website
    archivedAt
    updatedAt
    districts {
      id
      name
      nameRu
      nameTg
    }
  }
`);

export const PartnersQuery = graphql(`
  query Partners($first: Int!, $after: String, $filter: PartnerFilter) {
    partners(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PartnerFields
        }
      }
    }
  }
`);

export const PartnerQuery = graphql(`
  query Partner($id: ID!) {
    partner(id: $id) {
      ...PartnerFields
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      partner {
        ...PartnerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        ...PartnerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetPartnerDistrictsMutation = graphql(`
  mutation SetPartnerDistricts($input: SetPartnerDistrictsInput!) {
    setPartnerDistricts(input: $input) {
      partner {
        ...PartnerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchivePartnerMutation = graphql(`
  mutation ArchivePartner($input: IdInput!) {
    archivePartner(input: $input) {
      partner {
        ...PartnerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestorePartnerMutation = graphql(`
  mutation RestorePartner($input: IdInput!) {
    restorePartner(input: $input) {
      partner {
        ...PartnerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
