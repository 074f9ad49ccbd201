import { graphql } from "../../../gql";

export const MfaStatusQuery = graphql(`
  query MfaStatus {
    viewer {
      kind
      session {
        mfa
        enrolmentRequired
      }
      mfa {
        enabled
        required
        enabledAt
        recoveryCodesLeft
      }
    }
  }
`);

export const BeginMfaEnrolmentMutation = graphql(`
  mutation BeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {
    beginMfaEnrolment(input: $input) {
      enrolment {
        secret
        otpauthUri
        qrCodeDataUrl
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmMfaEnrolmentMutation = graphql(`
  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {
    confirmMfaEnrolment(input: $input) {
      recoveryCodes
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DisableMfaMutation = graphql(`
  mutation DisableMfa($input: MfaCodeInput!) {
    disableMfa(input: $input) {
      ok
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
