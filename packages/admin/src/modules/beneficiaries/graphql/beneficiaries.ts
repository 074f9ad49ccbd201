import { graphql } from "../../../gql";

// `$personal` is false for trainers and facilitators: the API lets them read the code and first name only.

export const BeneficiariesQuery = graphql(`
  query Beneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter, $sort: BeneficiarySort, $personal: Boolean!) {
    beneficiaries(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          firstName
          lastName @include(if: $personal)
          patronymic @include(if: $personal)
          birthYear @include(if: $personal)
          status @include(if: $personal)
          registeredOn @include(if: $personal)
          community @include(if: $personal) {
            id
            name
            nameRu
            nameTg
          }
        }
      }
    }
  }
`);

export const BeneficiaryFieldsFragment = graphql(`
  fragment BeneficiaryFields on Beneficiary {
    id
    code
    firstName
    lastName
    patronymic
    birthYear
    phone
    status
    vulnerabilities
    registeredOn
    archivedAt
    erasedAt
    updatedAt
    version
    community {
      id
      name
      nameRu
      nameTg
      district {
        id
        name
        nameRu
        nameTg
      }
    }
    unit {
      id
      name
      nameRu
      nameTg
    }
    programs {
      id
      code
      title
    }
  }
`);

export const BeneficiaryQuery = graphql(`
  query Beneficiary($id: ID!) {
    beneficiary(id: $id) {
      ...BeneficiaryFields
    }
  }
`);

export const BeneficiaryMinimalQuery = graphql(`
  query BeneficiaryMinimal($id: ID!) {
    beneficiary(id: $id) {
      id
      code
      firstName
    }
  }
`);

export const BeneficiaryDuplicatesQuery = graphql(`
  query BeneficiaryDuplicates($input: BeneficiaryDuplicateInput!) {
    beneficiaryDuplicates(input: $input) {
      reasons
      beneficiary {
        id
        code
        firstName
        lastName
        birthYear
        community {
          id
          name
          nameRu
          nameTg
        }
      }
    }
  }
`);

export const CreateBeneficiaryMutation = graphql(`
  mutation CreateBeneficiary($input: CreateBeneficiaryInput!) {
    createBeneficiary(input: $input) {
      beneficiary {
        ...BeneficiaryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateBeneficiaryMutation = graphql(`
  mutation UpdateBeneficiary($input: UpdateBeneficiaryInput!) {
    updateBeneficiary(input: $input) {
      beneficiary {
        ...BeneficiaryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveBeneficiaryMutation = graphql(`
  mutation ArchiveBeneficiary($input: IdInput!) {
    archiveBeneficiary(input: $input) {
      beneficiary {
        ...BeneficiaryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreBeneficiaryMutation = graphql(`
  mutation RestoreBeneficiary($input: IdInput!) {
    restoreBeneficiary(input: $input) {
      beneficiary {
        ...BeneficiaryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EraseBeneficiaryMutation = graphql(`
  mutation EraseBeneficiary($input: EraseBeneficiaryInput!) {
    eraseBeneficiary(input: $input) {
      beneficiary {
        ...BeneficiaryFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ProgramOptionsQuery = graphql(`
  query ProgramOptions {
    programs(first: 100) {
      edges {
        node {
          id
          code
          title
        }
      }
    }
  }
`);
