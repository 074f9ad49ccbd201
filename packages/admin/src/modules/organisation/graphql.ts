import { graphql } from "../../gql";

/** Units and districts, for pickers and filters (a few dozen: one page of each). */
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
