import { graphql } from "../../gql";

/** Women whose name or code matches, for choosing whom a service or referral is for. */
export const BeneficiaryChoicesQuery = graphql(`
  query BeneficiaryChoices($search: String) {
    beneficiaries(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          code
          firstName
          lastName
        }
      }
    }
  }
`);

/** The same search for roles that see a woman's code and first name only (trainers, facilitators). */
export const BeneficiaryMinimalChoicesQuery = graphql(`
  query BeneficiaryMinimalChoices($search: String) {
    beneficiaries(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          code
          firstName
        }
      }
    }
  }
`);

export const BeneficiaryMinimalChoiceQuery = graphql(`
  query BeneficiaryMinimalChoice($id: ID!) {
    beneficiary(id: $id) {
      id
      code
      firstName
    }
  }
`);

/** The woman named in the address, with her open cases. */
export const BeneficiaryChoiceQuery = graphql(`
  query BeneficiaryChoice($id: ID!) {
    beneficiary(id: $id) {
      id
      code
      firstName
      lastName
    }
  }
`);

/** Her open cases, for tying a service or referral to one. */
export const OpenCasesQuery = graphql(`
  query OpenCasesOf($beneficiaryId: ID!) {
    cases(first: 20, filter: { beneficiaryId: $beneficiaryId, status: OPEN }) {
      edges {
        node {
          id
          openedAt
          riskLevel
          unit {
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
