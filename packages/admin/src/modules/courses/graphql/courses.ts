import { graphql } from "../../../gql";

export const CourseFieldsFragment = graphql(`
  fragment CourseFields on TrainingCourse {
    id
    version
    startsOn
    endsOn
    place
    capacity
    language
    archivedAt
    updatedAt
    training {
      id
      code
      title
    }
    trainer {
      id
      fullName
    }
    community {
      id
      name
      nameRu
      nameTg
    }
    sessions {
      id
      version
      heldOn
      topic
    }
  }
`);

/** Courses, with their sessions (the next one is picked in the view). */
export const CoursesQuery = graphql(`
  query Courses($first: Int!, $after: String, $filter: CourseFilter) {
    courses(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CourseFields
        }
      }
    }
  }
`);

export const EnrollmentFieldsFragment = graphql(`
  fragment EnrollmentFields on Enrollment {
    id
    enrolledAt
    withdrawnAt
    attendedSessions
    completed
    beneficiary {
      id
      code
      firstName
    }
    selfAssessment {
      phase
      item
      score
    }
  }
`);

/** What a course achieved; saved marks and scores bring it back, so the results page is never stale. */
export const CourseResultsFieldsFragment = graphql(`
  fragment CourseResultsFields on TrainingCourse {
    id
    results {
      enrolled
      withdrawn
      completed
      completionRate
      assessed
      averageChange
      improved
    }
  }
`);

/** A course with its curriculum, sessions and women (the API shows a trainer the women of her own courses only). */
export const CourseQuery = graphql(`
  query Course($id: ID!) {
    course(id: $id) {
      ...CourseFields
      training {
        id
        sessionCount
        completionPercent
        assessmentItems
        scaleMin
        scaleMax
      }
      enrollments {
        ...EnrollmentFields
      }
      ...CourseResultsFields
    }
  }
`);

/** One session's sheet: every woman enrolled, and the marks recorded. */
export const SessionSheetQuery = graphql(`
  query SessionSheet($id: ID!) {
    course(id: $id) {
      id
      archivedAt
      training {
        id
        title
      }
      trainer {
        id
      }
      enrollments {
        id
        withdrawnAt
        beneficiary {
          id
          code
          firstName
        }
      }
      sessions {
        id
        version
        heldOn
        topic
        attendance {
          present
          beneficiary {
            id
          }
        }
      }
    }
  }
`);

export const CourseTrainersQuery = graphql(`
  query CourseTrainers {
    courseTrainers {
      id
      fullName
      role
    }
  }
`);

/** Women to enrol, by code or first name: only what a trainer may read of them. */
export const EnrolChoicesQuery = graphql(`
  query EnrolChoices($search: String) {
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

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        ...CourseFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        ...CourseFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveCourseMutation = graphql(`
  mutation ArchiveCourse($input: IdInput!) {
    archiveTrainingCourse(input: $input) {
      trainingCourse {
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

export const RestoreCourseMutation = graphql(`
  mutation RestoreCourse($input: IdInput!) {
    restoreTrainingCourse(input: $input) {
      trainingCourse {
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

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      session {
        id
        version
        heldOn
        topic
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      session {
        id
        version
        heldOn
        topic
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EnrollInCourseMutation = graphql(`
  mutation EnrollInCourse($input: EnrollInCourseInput!) {
    enrollInCourse(input: $input) {
      added
      alreadyEnrolled
      course {
        id
        enrollments {
          ...EnrollmentFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawFromCourseMutation = graphql(`
  mutation WithdrawFromCourse($input: WithdrawFromCourseInput!) {
    withdrawFromCourse(input: $input) {
      enrollment {
        ...EnrollmentFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      changed
      session {
        id
        attendance {
          present
          beneficiary {
            id
          }
        }
        course {
          ...CourseResultsFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordSelfAssessmentMutation = graphql(`
  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {
    recordSelfAssessment(input: $input) {
      enrollment {
        ...EnrollmentFields
        course {
          ...CourseResultsFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
