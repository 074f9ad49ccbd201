import { graphql } from "./gql";
// Hostile requests, each with the answer it must get; the process stays up and ready throughout.
// Covered elsewhere, not repeated here: deep queries, alias and batch limits, introspection
// (test/schema.test.ts); forged, revoked and archived-partner keys (api-keys/api-key.test.ts);
// a replayed cookie after logout and CSRF (auth/auth.test.ts); a case worker reaching another
// unit's case (cases/case.test.ts) and partners reaching others' campaigns (test/partner-reach.test.ts);
// NUL-byte, very long, control-character and SQL-looking strings in every argument (test/input-guard.test.ts).
import { codes, LOGIN, startTestPlatform, type TestPlatform } from "./harness";

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());
afterEach(async () => {
  // Whatever came before, the server is still up and ready.
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
});

async function raw(body: string, headers: Record<string, string> = {}) {
  const r = await fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await r.text();
  let json: { errors?: { extensions?: { code?: string } }[]; data?: unknown } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: r.status, json, text };
}

test("an alias flood on login is refused before any password is checked", async () => {
  const aliases = Array.from(
    { length: 50 },
    (_, i) => `a${i}: login(input: { email: "x${i}@example.org", password: "guess-${i}" }) { userErrors { code } }`,
  );
  // Hostile documents are assembled and sent raw: they are meant to be refused before any resolver.
  const r = await raw(JSON.stringify({ query: `mutation { ${aliases.join(" ")} }` }));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  const [{ n }] = await t.sql(
    "SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'LOGIN%' AND details::text LIKE '%example.org%'",
  );
  expect(n).toBe(0);
});

test("circular fragments are refused as invalid", async () => {
  // Invalid on purpose (codegen would refuse it): sent raw as a string.
  const r = await raw(JSON.stringify({ query: "query { viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }" }));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});

test("thousands of repeated fields are refused by the token limit", async () => {
  // Assembled: 5000 repeated fields, over the token limit on purpose.
  const r = await raw(JSON.stringify({ query: `{ viewer { ${"kind ".repeat(5000)} } }` }));
  expect(r.status).toBe(400);
  expect(JSON.stringify(r.json?.errors)).toMatch(/token/i);
});

test("a wide query over nested lists is refused by the cost limit", async () => {
  const nested =
    "beneficiaries(first: 100) { edges { node { id services(first: 100) { edges { node { id } } } cases(first: 100) { edges { node { id } } } } } }";
  // Assembled: three copies of a wide page, over the cost limit on purpose.
  const r = await raw(JSON.stringify({ query: `{ a: ${nested} b: ${nested} c: ${nested} }` }), { cookie: t.admin.cookie ?? "" });
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});

test("an oversized body is refused with 413, a batched array with 400", async () => {
  const big = await raw(
    JSON.stringify({ query: graphql(`query HostileInputViewer2 { viewer { kind } }`), variables: { pad: "x".repeat(300 * 1024) } }),
  );
  expect(big.status).toBe(413);
  const batch = await raw(
    JSON.stringify([
      { query: graphql(`query HostileInputViewer3 { viewer { kind } }`) },
      { query: graphql(`query HostileInputViewer4 { viewer { kind } }`) },
    ]),
  );
  expect(batch.status).toBe(400);
});

test("first: 100000 is refused (by the cost limit, or as BAD_USER_INPUT past 100)", async () => {
  const r = await t.admin.gql(graphql(`query HostileInputBeneficiaries { beneficiaries(first: 100000) { totalCount } }`));
  // Asking for totalCount only costs 1 whatever `first` says, so the page size check refuses it.
  expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  expect(r.data?.beneficiaries ?? null).toBeNull();
  const justOver = await t.admin.gql(graphql(`query HostileInputBeneficiaries2 { beneficiaries(first: 101) { totalCount } }`));
  expect(codes(justOver)).toEqual(["BAD_USER_INPUT"]);
});

test("an unknown input field is refused with BAD_USER_INPUT and changes nothing", async () => {
  const r = await t.admin.gql(
    graphql(
      `mutation HostileInputCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }`,
    ),
    { input: { name: "Unknown field NGO", kind: "NGO", isAdmin: true } },
  );
  expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM partner WHERE name = 'Unknown field NGO'");
  expect(n).toBe(0);
});

test("an API key in the query string is ignored: the request is anonymous", async () => {
  const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
  for (const name of ["access_token", "api_key", "authorization", "token"]) {
    const r = await fetch(`${t.url}/graphql?${name}=${encodeURIComponent(partner.secret)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: graphql(`query HostileInputCampaigns { campaigns(first: 1) { totalCount } }`) }),
    });
    const json = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  }
  const viewer = await t.anonymous().gql(graphql(`query HostileInputViewer5 { viewer { kind } }`));
  expect(viewer.data?.viewer).toBeNull();
});

test("a forged session cookie is treated as no session", async () => {
  const r = await raw(JSON.stringify({ query: graphql(`query HostileInputUsers { users(first: 1) { totalCount } }`) }), {
    cookie: `nk_session=${"A".repeat(43)}`,
  });
  expect(r.json?.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
});

test("a trainer reaching a case by id is answered as not found", async () => {
  const [c] = await t.sql('SELECT id FROM "case" LIMIT 1');
  const trainer = await t.signedIn("TRAINER");
  const r = await trainer.gql(graphql(`query HostileInputCase($id: ID!) { case(id: $id) { id } }`), { id: c.id });
  expect(codes(r).length).toBe(1);
  expect(["NOT_FOUND", "FORBIDDEN"]).toContain(codes(r)[0]);
  expect(r.data?.case ?? null).toBeNull();
});

test("concurrent updates naming the same version: exactly one wins, the others get CONFLICT", async () => {
  const [b] = await t.sql("SELECT id, version FROM beneficiary WHERE archived_at IS NULL LIMIT 1");
  const update = graphql(
    `mutation HostileInputUpdateBeneficiary($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { beneficiary { version } userErrors { code } } }`,
  );
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) => t.admin.gql(update, { input: { id: b.id, version: b.version, phone: `+99290000000${i}` } })),
  );
  const won = answers.filter((a) => a.data?.updateBeneficiary?.userErrors?.length === 0);
  // CONFLICT as a userError or (before the convention moved it there) as a top-level error.
  const conflicts = answers.filter((a) => a.data?.updateBeneficiary?.userErrors?.[0]?.code === "CONFLICT" || codes(a)[0] === "CONFLICT");
  expect(won).toHaveLength(1);
  expect(conflicts).toHaveLength(5);
  const [after] = await t.sql("SELECT version FROM beneficiary WHERE id = $1", [b.id]);
  expect(after.version).toBe(b.version + 1);
});

test("a login with a NUL byte in the email is refused naming the field", async () => {
  const r = await t.anonymous().gql(LOGIN, { input: { email: "a\u0000@example.org", password: "x" } });
  expect(r.data?.login?.userErrors).toEqual([expect.objectContaining({ field: ["input", "email"], code: "INVALID_CHARACTERS" })]);
});
