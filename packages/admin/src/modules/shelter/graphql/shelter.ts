import { graphql } from "../../../gql";

export const ShelterStayFieldsFragment = graphql(`
  fragment ShelterStayFields on ShelterStay {
    id
    version
    admittedOn
    plannedDischargeOn
    dischargedOn
    accompanyingChildren
    bed
    beneficiary {
      id
      code
      firstName
      lastName
    }
  }
`);

export const ShelterBoardQuery = graphql(`
  query ShelterBoard {
    shelterBeds(first: 100) {
      totalCount
      edges {
        node {
          id
          code
          occupied
          unit {
            id
            name
            nameRu
            nameTg
          }
          currentStay {
            ...ShelterStayFields
          }
        }
      }
    }
    shelterOccupancy {
      unit {
        id
      }
      capacity
      occupiedBeds
      freeBeds
      women
      children
    }
  }
`);

export const FreeBedsQuery = graphql(`
  query FreeShelterBeds {
    shelterBeds(first: 100, filter: { free: true }) {
      edges {
        node {
          id
          code
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

export const ShelterWomenQuery = graphql(`
  query ShelterWomen($search: String) {
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

export const AdmitToShelterMutation = graphql(`
  mutation AdmitToShelter($input: AdmitToShelterInput!) {
    admitToShelter(input: $input) {
      shelterStay {
        ...ShelterStayFields
      }
      userErrors {
        field
        message
        code
        params
      }
    }
  }
`);

export const DischargeFromShelterMutation = graphql(`
  mutation DischargeFromShelter($input: DischargeFromShelterInput!) {
    dischargeFromShelter(input: $input) {
      shelterStay {
        ...ShelterStayFields
      }
      userErrors {
        field
        message
        code
        params
      }
    }
  }
`);

export const ShelterStaysQuery = graphql(`
  query ShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {
    shelterStays(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ShelterStayFields
        }
      }
    }
  }
`);

export const ShelterOccupancyOverTimeQuery = graphql(`
  query ShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!) {
    shelterOccupancyOverTime(from: $from, to: $to, interval: $interval) {
      periodStart
      capacity
      averageOccupiedBeds
      peakOccupiedBeds
      women
      admissions
    }
  }
`);
