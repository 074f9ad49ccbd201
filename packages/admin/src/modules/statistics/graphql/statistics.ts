import { graphql } from "../../../gql";

export const StatisticsTableQuery = graphql(`
  query StatisticsTable($input: StatisticsTableInput!) {
    statisticsTable(input: $input) {
      table
      minimumCount
      note
      period {
        kind
        from
        to
      }
      release {
        number
        latestNumber
        releasedAt
      }
      columns {
        key
        label
      }
      rows {
        key
        label
        cells {
          column
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      columnTotals {
        column
        value
        suppressed
      }
      grandTotal {
        value
        suppressed
      }
    }
  }
`);
