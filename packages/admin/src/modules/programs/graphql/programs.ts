import { graphql } from "../../../gql";

export const ProgramFieldsFragment = graphql(`
  fragment ProgramFields on Program {
    id
    code
    title
    goal
    targetGroups
    startsOn
    endsOn
    archivedAt
    updatedAt
    version
    units {
      id
      code
      name
      nameRu
      nameTg
    }
    districts {
      id
      name
      nameRu
      nameTg
    }
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    version
    code
    name
    unit
    baseline
    measure
    updatedAt
    targets {
      id
      period
      periodStart
      periodEnd
      target
      actual
      actualSuppressed
    }
  }
`);

export const ProgramsQuery = graphql(`
  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {
    programs(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProgramFields
        }
      }
    }
  }
`);

export const ProgramQuery = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramFields
      indicators {
        ...IndicatorFields
      }
    }
  }
`);

export const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        ...ProgramFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      program {
        ...ProgramFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveProgramMutation = graphql(`
  mutation ArchiveProgram($input: IdInput!) {
    archiveProgram(input: $input) {
      program {
        ...ProgramFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreProgramMutation = graphql(`
  mutation RestoreProgram($input: IdInput!) {
    restoreProgram(input: $input) {
      program {
        ...ProgramFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SaveIndicatorMutation = graphql(`
  mutation SaveIndicator($input: SaveIndicatorInput!) {
    saveIndicator(input: $input) {
      indicator {
        ...IndicatorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
