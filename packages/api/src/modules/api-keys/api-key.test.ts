import { graphql } from "../../../test/gql";
import { Client, codes, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

const KEYS = graphql(
  `query ApiKeyApiKeys($partnerId: ID) { apiKeys(first: 10, filter: { partnerId: $partnerId, includeRevoked: true }) { edges { node { id prefix scopes lastUsedAt revokedAt partner { id } } } } }`,
);

describe("partner API keys", () => {
  it("shows the secret once, stores only its hash, and records when it was last used", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    expect(partner.secret).toMatch(/^nk_[A-Za-z0-9_-]{43}$/);
    const listed = await t.admin.ok(KEYS, { partnerId: partner.partnerId });
    const [key] = listed.apiKeys.edges.map((e) => e.node);
    expect(key).toMatchObject({ prefix: partner.secret.slice(0, 11), scopes: ["READ_CAMPAIGNS"], lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(partner.secret);
    const stored = await t.sql("SELECT count(*)::int AS n FROM api_key WHERE encode(secret_hash, 'escape') LIKE $1", [
      `%${partner.secret.slice(3)}%`,
    ]);
    expect(stored[0].n).toBe(0);

    const me = await partner.ok(graphql(`query ApiKeyViewer { viewer { kind scopes partner { id } } }`));
    expect(me.viewer).toEqual({ kind: "PARTNER", scopes: ["READ_CAMPAIGNS"], partner: { id: partner.partnerId } });
    const after = await t.admin.ok(KEYS, { partnerId: partner.partnerId });
    expect(present(after.apiKeys.edges[0], "the key").node.lastUsedAt).not.toBeNull();
  });

  it("answers a partner asking for a beneficiary with FORBIDDEN", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    const [b] = await t.sql("SELECT id FROM beneficiary LIMIT 1");
    const one = await partner.gql(graphql(`query ApiKeyBeneficiary($id: ID!) { beneficiary(id: $id) { code firstName } }`), { id: b.id });
    expect(codes(one)).toEqual(["FORBIDDEN"]);
    expect(one.data).toBeNull();
    const many = await partner.gql(graphql(`query ApiKeyBeneficiaries { beneficiaries(first: 5) { totalCount } }`));
    expect(codes(many)).toEqual(["FORBIDDEN"]);
  });

  it("refuses a revoked key, a key of an archived partner and a made-up key with 401 UNAUTHENTICATED", async () => {
    const revoked = await t.partnerClient();
    const r = await t.admin.ok(
      graphql(`mutation ApiKeyRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }`),
      {
        id: revoked.apiKeyId,
      },
    );
    expect(r.revokeApiKey.apiKey?.revokedAt).not.toBeNull();
    const afterRevoke = await revoked.gql(graphql(`query ApiKeyViewer2 { viewer { kind } }`));
    expect(afterRevoke.status).toBe(401);
    expect(codes(afterRevoke)).toEqual(["UNAUTHENTICATED"]);

    const archived = await t.partnerClient();
    const [{ version }] = await t.sql("SELECT version FROM partner WHERE id = $1", [archived.partnerId]);
    expect(version).toBe(1);
    await t.admin.ok(graphql(`mutation ApiKeyArchivePartner($id: ID!) { archivePartner(input: { id: $id }) { partner { archivedAt } } }`), {
      id: archived.partnerId,
    });
    expect(codes(await archived.gql(graphql(`query ApiKeyViewer3 { viewer { kind } }`)))).toEqual(["UNAUTHENTICATED"]);

    const madeUp = new Client(t.url, { authorization: `Bearer nk_${"A".repeat(43)}` });
    expect(codes(await madeUp.gql(graphql(`query ApiKeyViewer4 { viewer { kind } }`)))).toEqual(["UNAUTHENTICATED"]);
    const notBearer = new Client(t.url, { authorization: "Basic dXNlcjpwYXNz" });
    expect(codes(await notBearer.gql(graphql(`query ApiKeyViewer5 { viewer { kind } }`)))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a key for an archived partner at creation", async () => {
    const p = await t.admin.ok(
      graphql(`mutation ApiKeyCreatePartner { createPartner(input: { name: "Soon archived NGO", kind: NGO }) { partner { id } } }`),
    );
    const id = p.createPartner.partner?.id;
    await t.admin.ok(graphql(`mutation ApiKeyArchivePartner2($id: ID!) { archivePartner(input: { id: $id }) { partner { id } } }`), { id });
    const k = await t.admin.ok(
      graphql(
        `mutation ApiKeyCreateApiKey($id: ID!) { createApiKey(input: { partnerId: $id, name: "k", scopes: [READ_CAMPAIGNS] }) { apiKey { id } secret userErrors { field code } } }`,
      ),
      { id },
    );
    expect(k.createApiKey).toEqual({ apiKey: null, secret: null, userErrors: [{ field: ["input", "partnerId"], code: "ARCHIVED" }] });
  });

  it("limits each key to its own rate, counted per key", async () => {
    const p = await t.partnerClient();
    const slow = await t.admin.ok(
      graphql(
        `mutation ApiKeyCreateApiKey2($id: ID!) { createApiKey(input: { partnerId: $id, name: "slow", scopes: [READ_CAMPAIGNS], rateLimitPerMinute: 3 }) { secret } }`,
      ),
      { id: p.partnerId },
    );
    const client = new Client(t.url, { authorization: `Bearer ${slow.createApiKey.secret}` });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await client.gql(graphql(`query ApiKeyViewer6 { viewer { kind } }`)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    // biome-ignore lint/suspicious/noExplicitAny: a raw HTTP body, not yet typed
    expect(codes(results[3] as any)).toEqual(["RATE_LIMITED"]);
    // The other key of the same partner has its own budget.
    expect((await p.gql(graphql(`query ApiKeyViewer7 { viewer { kind } }`))).status).toBe(200);
  });
});
