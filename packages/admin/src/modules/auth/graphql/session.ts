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
      session {
        mfa
        enrolmentRequired
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      step
      viewer {
        kind
        user {
          id
          email
          fullName
          role
        }
        session {
          mfa
          enrolmentRequired
        }
      }
      mfaChallenge {
        token
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VerifyMfaMutation = graphql(`
  mutation VerifyMfa($input: VerifyMfaInput!) {
    verifyMfa(input: $input) {
      step
      viewer {
        kind
        user {
          id
          email
          fullName
          role
        }
        session {
          mfa
          enrolmentRequired
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
