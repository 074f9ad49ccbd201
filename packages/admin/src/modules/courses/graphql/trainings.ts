import { graphql } from "../../../gql";

export const TrainingFieldsFragment = graphql(`
  fragment TrainingFields on Training {
    id
    version
    code
    title
    aims
    topics
    sessionCount
    completionPercent
    assessmentItems
    scaleMin
    scaleMax
    archivedAt
    updatedAt
  }
`);

export const TrainingsQuery = graphql(`
  query Trainings($first: Int!, $after: String, $filter: TrainingFilter) {
    trainings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingFields
        }
      }
    }
  }
`);

export const TrainingQuery = graphql(`
  query Training($id: ID!) {
    training(id: $id) {
      ...TrainingFields
    }
  }
`);

export const CreateTrainingMutation = graphql(`
  mutation CreateTraining($input: CreateTrainingInput!) {
    createTraining(input: $input) {
      training {
        ...TrainingFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateTrainingMutation = graphql(`
  mutation UpdateTraining($input: UpdateTrainingInput!) {
    updateTraining(input: $input) {
      training {
        ...TrainingFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveTrainingMutation = graphql(`
  mutation ArchiveTraining($input: IdInput!) {
    archiveTraining(input: $input) {
      training {
        id
        version
        archivedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreTrainingMutation = graphql(`
  mutation RestoreTraining($input: IdInput!) {
    restoreTraining(input: $input) {
      training {
        id
        version
        archivedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
