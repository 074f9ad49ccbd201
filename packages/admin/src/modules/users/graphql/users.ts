import { graphql } from "../../../gql";

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    version
    email
    fullName
    role
    archivedAt
    lastLoginAt
    updatedAt
    units {
      id
      code
      name
      nameRu
      nameTg
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserFields
        }
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

/** Everyone who can have acted, current and deactivated, for choosing a person by name. */
export const StaffNamesQuery = graphql(`
  query StaffNames {
    current: users(first: 100) {
      edges {
        node {
          id
          fullName
          role
        }
      }
    }
    deactivated: users(first: 100, filter: { archived: true }) {
      edges {
        node {
          id
          fullName
          role
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveUserMutation = graphql(`
  mutation ArchiveUser($input: IdInput!) {
    archiveUser(input: $input) {
      user {
        id
        version
        archivedAt
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreUserMutation = graphql(`
  mutation RestoreUser($input: IdInput!) {
    restoreUser(input: $input) {
      user {
        id
        version
        archivedAt
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
