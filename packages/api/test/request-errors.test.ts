import { graphql } from "./gql";
import { startTestPlatform, type TestPlatform } from "./harness";

/** Whatever a client sends, the answer is a GraphQL error with its proper status, never a 500 or an HTML page. */
describe("malformed requests", () => {
  let t: TestPlatform;
  let key: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    key = (await t.partnerClient(["READ_CAMPAIGNS"])).secret;
  });
  afterAll(() => t?.stop());

  async function raw(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}`, ...headers },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      json: JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] },
    };
  }
  const first = (r: { json: { errors: { message: string; extensions: { code: string } }[] } }) => r.json.errors[0];

  // Bodies sent raw, over the limits on purpose: they stay strings.
  it.each([
    [
      "a document over 4000 tokens",
      JSON.stringify({ query: `{ ${"viewer { kind } ".repeat(1200)}}` }),
      400,
      "GRAPHQL_PARSE_FAILED",
      /4000 tokens/,
    ],
    [
      "a field repeated past what can be checked",
      JSON.stringify({ query: `{ ${"viewer { kind } ".repeat(995)}}` }),
      400,
      "GRAPHQL_VALIDATION_FAILED",
      /repeats the same fields/,
    ],
    [
      "a batch",
      JSON.stringify([
        { query: graphql(`query RequestErrorsViewer { viewer { kind } }`) },
        { query: graphql(`query RequestErrorsViewer2 { viewer { kind } }`) },
      ]),
      400,
      "BAD_REQUEST",
      /batching/i,
    ],
    ["a body that is not JSON", '{"query": "{ viewer { kind }', 400, "BAD_REQUEST", /not valid JSON/],
    [
      "variables that are not an object",
      JSON.stringify({ query: graphql(`query RequestErrorsViewer3 { viewer { kind } }`), variables: 5 }),
      400,
      "BAD_REQUEST",
      /variables/,
    ],
    [
      "a body over 256 KiB",
      JSON.stringify({ query: graphql(`query RequestErrorsViewer4 { viewer { kind } }`), padding: "a".repeat(300 * 1024) }),
      413,
      "PAYLOAD_TOO_LARGE",
      /256 KiB/,
    ],
    [
      "a query nested deeper than 8",
      JSON.stringify({
        query: graphql(
          `query RequestErrorsCampaigns { campaigns(first: 1) { edges { node { districts { communities { district { communities { district { name } } } } } } } } }`,
        ),
      }),
      400,
      "GRAPHQL_VALIDATION_FAILED",
      /depth limit of 8/,
    ],
  ])("answers %s with a proper status and code", async (_what, body, status, code, message) => {
    const r = await raw(body);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/application\/(graphql-response\+)?json/);
    expect(first(r)?.extensions.code).toBe(code);
    expect(first(r)?.message).toMatch(message);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});
