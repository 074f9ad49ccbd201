import { API_KEY_SCOPES, ROLES, type Role } from "@nk/shared";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { type Grant, grantsOf } from "../src/core/access";
import { getSchema } from "../src/schema";
import { graphql } from "./gql";
import { Client, codes, present, startTestPlatform, type TestPlatform } from "./harness";

/**
 * The access matrix of the API, read from the rules the schema declares (`@Allow`, stored in each
 * field's extensions): a field without a rule fails the first test, and every root operation is
 * then called over HTTP by every principal, who must be let through exactly when a grant names
 * her. The call is built from the operation's own arguments, with values that cannot change
 * anything (ids that are not ids, empty names, negative counts).
 */
type Principal = "ANONYMOUS" | Role | "PARTNER" | "PARTNER_WITHOUT_SCOPES";
const ALL: readonly Principal[] = ["ANONYMOUS", ...ROLES, "PARTNER", "PARTNER_WITHOUT_SCOPES"];
const NIL = "00000000-0000-4000-8000-000000000000";

/** Whether `grants` let `principal` through; the full partner key holds every scope. */
function admits(grants: readonly Grant[], principal: Principal): boolean {
  return grants.some((g) => {
    if (g === "PUBLIC") return true;
    if (g === "PARTNER") return principal === "PARTNER" || principal === "PARTNER_WITHOUT_SCOPES";
    if (g.startsWith("PARTNER:")) return principal === "PARTNER";
    return g === principal;
  });
}

/** A literal of `type` that GraphQL accepts and no resolver can act on. */
function sample(type: GraphQLInputType, mutation: boolean): string {
  if (isNonNullType(type)) return sample(type.ofType, mutation);
  if (isListType(type)) return "[]";
  if (isEnumType(type)) return (type.getValues()[0] as { name: string }).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type, mutation)}`).join(", ")} }`;
  }
  switch (type.name) {
    case "ID":
      return mutation ? '"bad"' : `"${NIL}"`;
    case "Int":
    case "Float":
      return "-1";
    case "Boolean":
      return "false";
    case "DateTimeISO":
      return '"2026-01-01T00:00:00Z"';
    case "JSONObject":
      return "{}";
    default:
      return '""';
  }
}

interface Operation {
  name: string;
  grants: readonly Grant[];
  document: string;
}

// One document per root operation, assembled from the schema: codegen cannot see them.
function operations(schema: GraphQLSchema): Operation[] {
  const roots = [
    { type: schema.getQueryType(), keyword: "query" },
    { type: schema.getMutationType(), keyword: "mutation" },
  ];
  return roots.flatMap(({ type, keyword }) =>
    Object.values(type?.getFields() ?? {}).map((field) => {
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const call = args.length ? `(${args.map((a) => `${a.name}: ${sample(a.type, keyword === "mutation")}`).join(", ")})` : "";
      const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
      return {
        name: field.name,
        grants: (type && grantsOf(type, field)) ?? [],
        document: `${keyword} { ${field.name}${call}${selection} }`,
      };
    }),
  );
}

describe("the schema declares who may reach everything", () => {
  it("has an access rule on every field of every object type, and on every operation", async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!grantsOf(type as GraphQLObjectType, field)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("grants every operation to staff roles, partner keys or the public only", async () => {
    const known = new Set<string>(["PUBLIC", ...ROLES, "PARTNER", ...API_KEY_SCOPES.map((s) => `PARTNER:${s}`)]);
    const unknown = operations(await getSchema()).flatMap((op) => op.grants.filter((g) => !known.has(g)).map((g) => `${op.name}: ${g}`));
    expect(unknown).toEqual([]);
  });
});

describe("the access matrix holds over HTTP", () => {
  let t: TestPlatform;
  const clients = new Map<Principal, Client>();
  beforeAll(async () => {
    t = await startTestPlatform();
    clients.set("ANONYMOUS", t.anonymous());
    const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
    // The matrix sends the key more requests within a minute than its default limit (120).
    await t.sql("UPDATE api_key SET rate_limit_per_minute = 6000 WHERE id = $1", [partner.apiKeyId]);
    clients.set("PARTNER", partner);
    // A key needs a scope when it is made; this one then loses it, to meet the bare PARTNER grant only.
    const unscoped = await t.partnerClient(["READ_CAMPAIGNS"]);
    await t.sql("UPDATE api_key SET rate_limit_per_minute = 6000, scopes = '{}' WHERE id = $1", [unscoped.apiKeyId]);
    clients.set("PARTNER_WITHOUT_SCOPES", unscoped);
    for (const role of ROLES) {
      clients.set(role, await t.signedIn(role, ["CRISIS"]));
    }
  });
  afterAll(() => t?.stop());

  // Signing in and out would change the clients' sessions; test/auth covers them.
  it("lets every principal through exactly the operations granted to her, and refuses the rest", async () => {
    const ops = operations(await getSchema()).filter((op) => op.name !== "logout" && op.name !== "login");
    expect(ops.length).toBeGreaterThan(100);
    const wrong: unknown[] = [];
    for (const op of ops) {
      await Promise.all(
        ALL.map(async (principal) => {
          const r = await (clients.get(principal) as Client).gql(op.document);
          const denied = codes(r).filter((c) => c === "FORBIDDEN" || c === "UNAUTHENTICATED");
          const expected = admits(op.grants, principal) ? [] : [principal === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN"];
          const data = denied.length ? (r.data?.[op.name] ?? null) : null;
          // A call let through reaches its resolver, which answers it as the bad input it is.
          const broken = codes(r).includes("INTERNAL_SERVER_ERROR");
          if (JSON.stringify(denied) !== JSON.stringify(expected) || data !== null || broken) {
            wrong.push({ operation: op.name, principal, expected, denied, data, errors: r.errors });
          }
        }),
      );
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  it("shows trainers and facilitators a beneficiary's code and first name only", async () => {
    for (const role of ["TRAINER", "FACILITATOR"] as const) {
      const c = clients.get(role) as Client;
      const minimal = await c.gql(
        graphql(`query AccessBeneficiaries { beneficiaries(first: 2) { edges { node { id code firstName } } } }`),
      );
      expect(minimal.errors).toBeUndefined();
      expect(minimal.data?.beneficiaries.edges).toHaveLength(2);
      for (const field of ["lastName", "patronymic", "phone", "birthYear", "vulnerabilities", "community { id }", "programs { id }"]) {
        // One document per refused field, assembled in the loop (only its codes are read).
        const r = await c.gql(`{ beneficiaries(first: 1) { edges { node { code ${field} } } } }`);
        expect({ role, field, codes: codes(r) }).toEqual({ role, field, codes: ["FORBIDDEN"] });
      }
    }
  });

  it("never lets a partner key reach a beneficiary, even through a partner's own fields", async () => {
    const partner = clients.get("PARTNER") as Client;
    const r = await partner.gql(graphql(`query AccessBeneficiaries2 { beneficiaries(first: 1) { edges { node { firstName } } } }`));
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    const own = await partner.ok(graphql(`query AccessViewer { viewer { kind scopes partner { id name } user { id } } }`));
    expect(present(own.viewer, "viewer").kind).toBe("PARTNER");
    expect(present(own.viewer, "viewer").user).toBeNull();
  });

  it("lets staff read their own account but not others'", async () => {
    const analyst = clients.get("ANALYST") as Client;
    const me = await analyst.ok(graphql(`query AccessViewer2 { viewer { user { id email fullName role units { code } } } }`));
    expect(me.viewer?.user?.role).toBe("ANALYST");
    expect(me.viewer?.user?.units).toEqual([{ code: "CRISIS" }]);
    expect(codes(await analyst.gql(graphql(`query AccessUsers { users(first: 5) { edges { node { email } } } }`)))).toEqual(["FORBIDDEN"]);
  });
});
