import { graphql } from "../../../gql";

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
    partner {
      id
      name
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int!, $after: String, $filter: ApiKeyFilter) {
    apiKeys(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
`);

export const KeyPartnersQuery = graphql(`
  query KeyPartners {
    partners(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        ...ApiKeyFields
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
