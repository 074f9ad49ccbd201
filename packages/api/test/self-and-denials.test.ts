import { ROLES } from "@nk/shared";
import { type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from "graphql";
import { grantsOf } from "../src/core/access";
import { ReadLog } from "../src/core/audit";
import type { Context, Viewer } from "../src/core/context";
import { Loaders } from "../src/core/loaders";
import { getSchema } from "../src/schema";
import { graphql } from "./gql";
import { Client, codes, startTestPlatform, type TestPlatform } from "./harness";

/**
 * Two promises of the access rules that the matrix does not show: a SELF grant opens a field to
 * the one person the record is about and to nobody else, and each refusal leaves one line in the
 * audit log per field and request.
 */
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.stop());

/** Every field of the schema whose rule names SELF, as `Type.field`. */
async function selfGranted(): Promise<{ type: string; field: string }[]> {
  const schema = await getSchema();
  const out: { type: string; field: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (grantsOf(type, field)?.includes("SELF")) out.push({ type: type.name, field: field.name });
    }
  }
  return out;
}

/** The DENIED events written for one actor, as the field names they record, sorted. */
async function deniedFields(actorId: string): Promise<string[]> {
  const rows = await t.sql<{ field: string }>(
    "SELECT details->>'field' AS field FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 ORDER BY id",
    [actorId],
  );
  return rows.map((r) => r.field).sort();
}

const NON_ADMIN = ROLES.filter((r) => r !== "ADMIN");

describe("SELF: a person's own account, and no one else's", () => {
  it("finds the self-granted fields, all on User", async () => {
    expect((await selfGranted()).map((f) => `${f.type}.${f.field}`).sort()).toEqual([
      "User.email",
      "User.fullName",
      "User.id",
      "User.mfaEnabled",
      "User.role",
      "User.units",
    ]);
  });

  it("lets every signed-in role read each self-granted field of her own account over HTTP", async () => {
    const fields = await selfGranted();
    for (const role of NON_ADMIN) {
      const c = await t.signedIn(role, ["CRISIS"]);
      for (const { field } of fields) {
        const selection = field === "units" ? "units { code }" : field;
        // One document per self-granted field, read from the schema: codegen cannot see them.
        const r = await c.gql<{ viewer: { user: Record<string, unknown> | null } }>(`{ viewer { user { ${selection} } } }`);
        expect({ role, field, codes: codes(r), has: r.data?.viewer.user?.[field] !== undefined }).toEqual({
          role,
          field,
          codes: [],
          has: true,
        });
      }
      expect((await c.ok(graphql(`query SelfAndDenialsViewer { viewer { user { id email } } }`))).viewer?.user).toEqual({
        id: c.userId,
        email: c.email,
      });
    }
  });

  // No operation hands a non-admin someone else's User today, so the walk gives the schema's own
  // resolvers (access guard included) another person's record, as a future field would.
  it("refuses every self-granted field of another person's record to every non-admin role, and audits it once", async () => {
    const schema = await getSchema();
    const fields = await selfGranted();
    const other = await t.signedIn("CASE_WORKER", ["CRISIS"]);
    const [record] = await t.sql('SELECT * FROM "user" WHERE id = $1', [other.userId]);
    for (const role of NON_ADMIN) {
      const me = await t.signedIn(role, ["CRISIS"]);
      const viewer: Viewer = { kind: "user", userId: me.userId, role, unitIds: [], sessionId: "not-used" };
      const ctx = context(viewer);
      for (const { type, field } of fields) {
        const parentType = schema.getType(type);
        if (!isObjectType(parentType)) throw new Error(`${type} is not an object type`);
        const resolve = parentType.getFields()[field]?.resolve;
        if (!resolve) throw new Error(`${type}.${field} has no resolver`);
        const info = { schema, parentType, fieldName: field, path: { key: field } } as unknown as GraphQLResolveInfo;
        for (const attempt of [1, 2]) {
          const outcome = await Promise.resolve()
            .then(() => resolve(record, {}, ctx, info))
            .then(
              (value: unknown) => ({ value }),
              (error: { extensions?: { code?: string } }) => ({ code: error.extensions?.code }),
            );
          expect({ role, field, attempt, outcome }).toEqual({ role, field, attempt, outcome: { code: "FORBIDDEN" } });
        }
      }
      // Once per field for the request, though each was tried twice.
      expect({ role, denied: await deniedFields(me.userId) }).toEqual({ role, denied: fields.map((f) => `${f.type}.${f.field}`).sort() });
      // Her own record is hers.
      const [own] = await t.sql('SELECT * FROM "user" WHERE id = $1', [me.userId]);
      const user = schema.getType("User") as GraphQLObjectType;
      const info = { schema, parentType: user, fieldName: "email", path: { key: "email" } } as unknown as GraphQLResolveInfo;
      await expect(Promise.resolve(user.getFields().email?.resolve?.(own, {}, context(viewer), info))).resolves.toBe(me.email);
    }
  });
});

describe("every refusal is audited once per field and request", () => {
  it("writes one DENIED event per refused field, however many rows refuse it, and again in the next request", async () => {
    const trainer = await t.signedIn("TRAINER", ["CRISIS"]);
    const query = graphql(`query SelfAndDenialsBeneficiaries { beneficiaries(first: 5) { edges { node { code birthYear phone } } } }`);
    const r = await trainer.gql(query);
    expect(r.data?.beneficiaries.edges).toHaveLength(5);
    expect(codes(r)).toEqual(Array(10).fill("FORBIDDEN"));
    expect(await deniedFields(trainer.userId)).toEqual(["Beneficiary.birthYear", "Beneficiary.phone"]);
    await trainer.gql(query);
    expect(await deniedFields(trainer.userId)).toEqual([
      "Beneficiary.birthYear",
      "Beneficiary.birthYear",
      "Beneficiary.phone",
      "Beneficiary.phone",
    ]);
  });

  it("audits a refused operation with who asked and what she asked for", async () => {
    const analyst = await t.signedIn("ANALYST");
    const r = await analyst.gql(graphql(`query SelfAndDenialsUsers { users(first: 1) { totalCount } }`));
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    const rows = await t.sql(
      "SELECT actor_type, actor_role, action, entity_type, entity_id, details FROM audit_event WHERE actor_id = $1 AND action <> 'LOGIN'",
      [analyst.userId],
    );
    expect(rows).toEqual([
      {
        actor_type: "USER",
        actor_role: "ANALYST",
        action: "DENIED",
        entity_type: null,
        entity_id: null,
        details: { field: "Query.users" },
      },
    ]);
  });

  it("audits a partner key's refusal under the key", async () => {
    const partner = await t.partnerClient(["READ_CAMPAIGNS"]);
    const r = await partner.gql(
      graphql(
        `query SelfAndDenialsStatisticsTable { statisticsTable(input: { table: SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT, period: { year: 2025 } }) { minimumCount } }`,
      ),
    );
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    expect(await deniedFields(partner.apiKeyId)).toEqual(["Query.statisticsTable"]);
  });

  it("answers an anonymous caller UNAUTHENTICATED and writes nothing for her", async () => {
    const before = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE actor_type = 'ANONYMOUS'");
    const r = await new Client(t.url).gql(graphql(`query SelfAndDenialsUsers2 { users(first: 1) { totalCount } }`));
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    const after = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE actor_type = 'ANONYMOUS'");
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});

/** A request context as the server builds one, for the signed-in `viewer`. */
function context(viewer: Viewer): Context {
  const services = t.platform.services;
  const request = { ip: "127.0.0.1", userAgent: "self-and-denials.test" };
  return {
    ...services,
    viewer,
    loaders: new Loaders(services.db),
    reads: new ReadLog({ viewer, request, db: services.db }),
    request,
    session: { set: () => undefined, clear: () => undefined },
    denied: new Set(),
  };
}
