import { graphql } from "../../../gql";

export const GroupFieldsFragment = graphql(`
  fragment GroupFields on SelfHelpGroup {
    id
    version
    name
    stage
    foundedOn
    archivedAt
    updatedAt
    community {
      id
      name
      nameRu
      nameTg
    }
    facilitator {
      id
      fullName
    }
  }
`);

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on GroupMembership {
    id
    joinedOn
    leftOn
    beneficiary {
      id
      code
      firstName
    }
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on GroupMeeting {
    id
    version
    heldOn
    topics
    decisions
    attendance {
      count
      women {
        id
      }
    }
  }
`);

export const AdvocacyFieldsFragment = graphql(`
  fragment AdvocacyFields on AdvocacyAction {
    id
    version
    actedOn
    targetKind
    targetName
    request
    result
    resultNote
  }
`);

/** The self-help groups a facilitator leads, with their meetings (the next one is picked in the view). */
export const MyGroupsQuery = graphql(`
  query MyGroups($first: Int!, $after: String, $filter: SelfHelpGroupFilter) {
    selfHelpGroups(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...GroupFields
          members {
            id
          }
          meetings {
            id
            heldOn
            topics
          }
        }
      }
    }
  }
`);

/** Groups for the list page: filters in the address, by name. */
export const GroupsQuery = graphql(`
  query Groups($first: Int!, $after: String, $filter: SelfHelpGroupFilter) {
    selfHelpGroups(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...GroupFields
        }
      }
    }
  }
`);

/** One group with everything its page shows: stage history, members (past ones too), meetings, advocacy. */
export const GroupQuery = graphql(`
  query Group($id: ID!) {
    selfHelpGroup(id: $id) {
      ...GroupFields
      stageHistory {
        id
        fromStage
        toStage
        changedOn
        reason
        changedBy {
          id
          fullName
        }
      }
      members(current: false) {
        ...MembershipFields
      }
      meetings {
        ...MeetingFields
      }
      advocacyActions {
        ...AdvocacyFields
      }
    }
  }
`);

/** Who may be named a group's facilitator. */
export const GroupFacilitatorsQuery = graphql(`
  query GroupFacilitators {
    groupFacilitators {
      id
      fullName
    }
  }
`);

/** Figures of groups, advocacy and support services over a period. */
export const CommunityFiguresQuery = graphql(`
  query CommunityFigures($from: String!, $to: String!) {
    communityFigures(from: $from, to: $to) {
      from
      to
      autonomousGroups
      supportServicePeopleHelped
      minimumCount
      groupsByStage {
        stage
        count
      }
      membersPerGroup {
        members
        suppressed
        group {
          id
          name
          community {
            id
            name
            nameRu
            nameTg
          }
        }
      }
      advocacyActionsByResult {
        result
        count
      }
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateSelfHelpGroupInput!) {
    createSelfHelpGroup(input: $input) {
      selfHelpGroup {
        ...GroupFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateSelfHelpGroupInput!) {
    updateSelfHelpGroup(input: $input) {
      selfHelpGroup {
        ...GroupFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeGroupStageMutation = graphql(`
  mutation ChangeGroupStage($input: ChangeGroupStageInput!) {
    changeGroupStage(input: $input) {
      selfHelpGroup {
        ...GroupFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveGroupMutation = graphql(`
  mutation ArchiveGroup($input: IdInput!) {
    archiveSelfHelpGroup(input: $input) {
      selfHelpGroup {
        ...GroupFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreGroupMutation = graphql(`
  mutation RestoreGroup($input: IdInput!) {
    restoreSelfHelpGroup(input: $input) {
      selfHelpGroup {
        ...GroupFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddGroupMemberMutation = graphql(`
  mutation AddGroupMember($input: AddGroupMemberInput!) {
    addGroupMember(input: $input) {
      membership {
        ...MembershipFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {
    removeGroupMember(input: $input) {
      membership {
        ...MembershipFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordGroupMeetingMutation = graphql(`
  mutation RecordGroupMeeting($input: RecordGroupMeetingInput!) {
    recordGroupMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateGroupMeetingMutation = graphql(`
  mutation UpdateGroupMeeting($input: UpdateGroupMeetingInput!) {
    updateGroupMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordAdvocacyActionMutation = graphql(`
  mutation RecordAdvocacyAction($input: RecordAdvocacyActionInput!) {
    recordAdvocacyAction(input: $input) {
      advocacyAction {
        ...AdvocacyFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateAdvocacyActionMutation = graphql(`
  mutation UpdateAdvocacyAction($input: UpdateAdvocacyActionInput!) {
    updateAdvocacyAction(input: $input) {
      advocacyAction {
        ...AdvocacyFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
