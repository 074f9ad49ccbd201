import { graphql } from "../../../gql";

export const CampaignSummaryFragment = graphql(`
  fragment CampaignSummary on Campaign {
    id
    version
    title
    aims
    startsOn
    endsOn
    status
    ledByNk
    archivedAt
    updatedAt
    districts {
      id
      name
      nameRu
      nameTg
    }
    partners {
      role
      partner {
        id
        name
        acronym
      }
    }
  }
`);

export const CampaignActivityFieldsFragment = graphql(`
  fragment CampaignActivityFields on CampaignActivity {
    id
    version
    title
    kind
    heldOn
    reportedByNk
    reportedBy {
      id
      name
    }
    district {
      id
      name
      nameRu
      nameTg
    }
    community {
      id
      name
      nameRu
      nameTg
    }
    reached
    materials
    womenUnder18
    women18to29
    women30to49
    women50plus
    menUnder18
    men18to29
    men30to49
    men50plus
  }
`);

export const CampaignTotalsFieldsFragment = graphql(`
  fragment CampaignTotalsFields on CampaignTotals {
    materials
    overall {
      activities
      total
      women
      men
    }
    byDistrict {
      activities
      total
      women
      men
      district {
        id
        name
        nameRu
        nameTg
      }
    }
    bySex {
      sex
      reached
    }
    byAgeBand {
      ageBand
      women
      men
      total
    }
    byMonth {
      month
      activities
      total
      women
      men
    }
  }
`);

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CampaignSummary
        }
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignSummary
      forums {
        id
        title
        heldOn
      }
      totals {
        ...CampaignTotalsFields
      }
      activities(first: 100) {
        totalCount
        edges {
          node {
            ...CampaignActivityFields
          }
        }
      }
    }
  }
`);

export const ReportCampaignActivityMutation = graphql(`
  mutation ReportCampaignActivity($input: ReportCampaignActivityInput!) {
    reportCampaignActivity(input: $input) {
      activity {
        ...CampaignActivityFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CorrectCampaignActivityMutation = graphql(`
  mutation CorrectCampaignActivity($input: CorrectCampaignActivityInput!) {
    correctCampaignActivity(input: $input) {
      activity {
        ...CampaignActivityFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetCampaignPartnersMutation = graphql(`
  mutation SetCampaignPartners($input: SetCampaignPartnersInput!) {
    setCampaignPartners(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetCampaignDistrictsMutation = graphql(`
  mutation SetCampaignDistricts($input: SetCampaignDistrictsInput!) {
    setCampaignDistricts(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveCampaignMutation = graphql(`
  mutation ArchiveCampaign($input: IdInput!) {
    archiveCampaign(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreCampaignMutation = graphql(`
  mutation RestoreCampaign($input: IdInput!) {
    restoreCampaign(input: $input) {
      campaign {
        ...CampaignSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
