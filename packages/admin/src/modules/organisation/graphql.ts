import { graphql } from "../../gql";

/** Units, districts and communities, for pickers and filters (a few dozen: one page of each). */
export const PlacesQuery = graphql(`
  query Places {
    units(first: 100) {
      edges {
        node {
          id
          code
          name
          nameRu
          nameTg
        }
      }
    }
    communities(first: 100) {
      edges {
        node {
          id
          name
          nameRu
          nameTg
          district {
            id
          }
        }
      }
    }
    districts(first: 100) {
      edges {
        node {
          id
          name
          nameRu
          nameTg
        }
      }
    }
  }
`);
