import { graphql } from "../gql";

/** What every `userErrors { … }` selection asks for: the code, the field, the English text and the params the sentence needs. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
    params
  }
`);
