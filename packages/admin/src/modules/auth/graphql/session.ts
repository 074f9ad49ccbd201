import { graphql } from "../../../gql";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      kind
      user {
        id
        email
        fullName
        role
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        kind
        user {
          id
          email
          fullName
          role
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);
