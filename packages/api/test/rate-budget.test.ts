import { graphql } from "./gql";
import { type Client, startTestPlatform, type TestPlatform, type TypedDocument } from "./harness";

/** The cost-based rate budget of a key, in one process (no Redis), over HTTP. */

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { rateLimit?: { remaining: number } } & Record<string, unknown>;
  };
}

async function send(client: Client, query: TypedDocument<unknown, never>, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await client.post({ query: query.toString(), variables });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const PAGE = graphql(
  `query RateBudgetCampaigns($first: Int!) { campaigns(first: $first) { totalCount edges { node { id districts { name } totals { overall { total } } } } } }`,
);

describe("the rate budget counts each request's cost", () => {
  let t: TestPlatform;
  let partner: Client & { apiKeyId: string };
  beforeAll(async () => {
    t = await startTestPlatform();
    partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    await t.sql("UPDATE api_key SET rate_limit_per_minute = 40 WHERE id = $1", [partner.apiKeyId]);
  });
  afterAll(() => t?.stop());

  it("spends cost / 100 points (at least 1), counting `first` from the variables, and reports it", async () => {
    const small = await send(partner, graphql(`query RateBudgetViewer { viewer { kind } }`));
    expect(small.body.extensions).toMatchObject({
      cost: { requested: 1, limit: 6000 },
      rateLimit: { cost: 1, limit: 40, remaining: 39, resetAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
    // 1 + 100 × (1 + 5 districts + totals 1 + overall 1) = 801: 9 points.
    const page = await send(partner, PAGE, { first: 100 });
    expect(page.status).toBe(200);
    expect(page.body.extensions).toMatchObject({ cost: { requested: 801 }, rateLimit: { cost: 9, remaining: 30 } });
    const few = await send(partner, PAGE, { first: 5 });
    expect(few.body.extensions).toMatchObject({ cost: { requested: 41 }, rateLimit: { cost: 1, remaining: 29 } });
  });

  it("refuses a request that does not fit in what is left with 429, spending only its first point", async () => {
    const spent: (number | undefined)[] = [];
    let refused: Answer | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const r = await send(partner, PAGE, { first: 100 });
      if (r.status === 429) refused = r;
      else spent.push(r.body.extensions?.rateLimit?.remaining);
    }
    // 29 left: three pages of 9 fit (20, 11, 2), the fourth does not.
    expect(spent).toEqual([20, 11, 2]);
    expect(refused?.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect(refused?.body.errors?.[0]?.message).toMatch(/costs 9 points/);
    // The refusal spent one point: one is left for a small request, then none.
    const last = await send(partner, graphql(`query RateBudgetViewer2 { viewer { kind } }`));
    expect(last.body.extensions?.rateLimit).toMatchObject({ cost: 1, remaining: 0 });
    expect((await send(partner, graphql(`query RateBudgetViewer3 { viewer { kind } }`))).status).toBe(429);
  });

  it("refuses a query over the cost limit before it runs, with its cost in the message", async () => {
    const other = await t.partnerClient(["READ_CAMPAIGNS"]);
    // 1 + 100 × (1 + activities 1 + 100 × (1 + district 1)) = 20201.
    const deep = graphql(
      `query RateBudgetCampaigns2 { campaigns(first: 100) { edges { node { activities(first: 100) { edges { node { id district { name } } } } } } } }`,
    );
    const r = await send(other, deep);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", cost: 20201, maxCost: 6000 });
    expect(r.body.errors?.[0]?.message).toMatch(/costs 20201, over the limit of 6000/);
    expect(r.body.data).toBeUndefined();
  });
});
