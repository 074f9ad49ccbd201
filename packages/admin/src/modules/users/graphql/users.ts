import { graphql } from "../../../gql";

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    version
    email
    fullName
    role
    archivedAt
    status
    invitationExpiresAt
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

/** Staff whose name or email holds the text, current and deactivated, for choosing a person by name. */
export const StaffSearchQuery = graphql(`
  query StaffSearch($search: String) {
    current: users(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          fullName
          role
        }
      }
    }
    deactivated: users(first: 10, filter: { search: $search, archived: true }) {
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

/** The person named in the address, by id: her name for the picker. */
export const StaffNameQuery = graphql(`
  query StaffName($id: ID!) {
    user(id: $id) {
      id
      fullName
      role
      archivedAt
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

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        ...UserFields
      }
      invitation {
        token
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($input: InvitationUserInput!) {
    reissueInvitation(input: $input) {
      user {
        ...UserFields
      }
      invitation {
        token
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelInvitationMutation = graphql(`
  mutation CancelInvitation($input: InvitationUserInput!) {
    cancelInvitation(input: $input) {
      user {
        ...UserFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The public page of an invitation link: whom it is for, nothing else. */
export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      state
      fullName
      role
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accepted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
