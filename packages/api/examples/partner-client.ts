// A partner's client for the NK Platform API, with Apollo Client: who am I, my campaigns (all
// pages) with their totals, and, with --report, one activity reported for the first campaign.
//
//   NK_API_URL=http://localhost:4000/graphql NK_API_KEY=nk_… node -r @swc-node/register examples/partner-client.ts [--report]
//
// It prints one JSON document; errors go to stderr with their extensions.code, and the exit code is 1.
import { ApolloClient, ApolloError, gql, HttpLink, InMemoryCache } from "@apollo/client/core";

const url = process.env.NK_API_URL ?? "http://localhost:4000/graphql";
const key = process.env.NK_API_KEY;
if (!key) {
  console.error("Set NK_API_KEY to the key NK gave you (it starts with nk_).");
  process.exit(2);
}

const client = new ApolloClient({
  link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: "no-cache" }, mutate: { fetchPolicy: "no-cache" } },
});

const WHO_AM_I = gql`
  query WhoAmI {
    viewer { kind scopes partner { id name } }
  }
`;

const CAMPAIGNS = gql`
  query MyCampaigns($after: String) {
    campaigns(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title startsOn endsOn status
          districts { id name }
          partners { role partner { name } }
          totals { overall { activities women men total } materials byDistrict { district { name } total } }
        }
      }
    }
  }
`;

const REPORT = gql`
  mutation Report($input: ReportCampaignActivityInput!) {
    reportCampaignActivity(input: $input) {
      activity { id title heldOn reached version }
      userErrors { field message code }
    }
  }
`;

interface CampaignsPage {
  campaigns: { edges: { node: Campaign }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface Campaign {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  districts: { id: string; name: string }[];
}

async function allCampaigns(): Promise<Campaign[]> {
  const campaigns: Campaign[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: CampaignsPage } = await client.query<CampaignsPage>({ query: CAMPAIGNS, variables: { after } });
    campaigns.push(...data.campaigns.edges.map((e) => e.node));
    if (!data.campaigns.pageInfo.hasNextPage) return campaigns;
    after = data.campaigns.pageInfo.endCursor;
  }
}

async function main() {
  const { data: me } = await client.query({ query: WHO_AM_I });
  const campaigns = await allCampaigns();
  const result: Record<string, unknown> = { partner: me.viewer.partner, scopes: me.viewer.scopes, campaigns };
  const first = campaigns[0];
  if (process.argv.includes("--report") && first) {
    const { data } = await client.mutate({
      mutation: REPORT,
      variables: {
        input: {
          campaignId: first.id,
          kind: "EVENT",
          title: "Talk at the school",
          districtId: first.districts[0]?.id,
          heldOn: first.startsOn,
          women18to29: 25,
          women30to49: 12,
          men18to29: 4,
          materials: 60,
        },
      },
    });
    result.reported = data.reportCampaignActivity;
  }
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  if (error instanceof ApolloError) {
    for (const e of error.graphQLErrors) console.error(`${e.extensions?.code}: ${e.message}`);
    if (error.networkError) console.error(`network: ${error.networkError.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
