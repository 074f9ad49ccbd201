import { randomUUID } from "node:crypto";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { getSchema } from "../src/schema";
import { type Client, codes, type GraphQLResponse, startTestPlatform, type TestPlatform } from "./harness";

/**
 * The one rule for mutation failures, walked over every mutation of the schema: each payload has
 * `userErrors`; a missing id, and a stale version of a real record, come back there — never as a
 * top-level error. The cases are generated from the schema.
 */

/** Staff roles tried after the admin, before a partner key. */
const MORE_ROLES = ["COORDINATOR", "TRAINER", "FACILITATOR"] as const;

/** A value the input type accepts, with fresh UUIDs for ids: enough to reach the mutation's own checks. */
function sample(name: string, type: GraphQLInputType, overrides: Record<string, unknown>): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(name, inner.ofType, overrides)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) return sampleInput(inner.getFields(), overrides);
  switch (inner.name) {
    case "ID":
      return randomUUID();
    case "Int":
      return name === "version" ? 1 : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return "2025-01-15T08:00:00.000Z";
    case "JSONObject":
      return {};
    default:
      if (/On$|^from$|^to$|Date$/.test(name)) return "2025-01-15";
      if (/email/i.test(name)) return "someone@test.example";
      if (/password/i.test(name)) return "A-Password-Of-Length-20";
      if (/phone/i.test(name)) return "+992918000000";
      return "Test value";
  }
}

/** The required fields of an input, its `version`, and (with `ids`) every field holding ids. */
function sampleInput(
  fields: Record<string, { name: string; type: GraphQLInputType }>,
  overrides: Record<string, unknown> = {},
  ids = false,
) {
  const out: Record<string, unknown> = {};
  for (const f of Object.values(fields)) {
    if (f.name in overrides) out[f.name] = overrides[f.name];
    else if (isNonNullType(f.type) || f.name === "version" || (ids && getNamedType(f.type).name === "ID"))
      out[f.name] = sample(f.name, f.type, {});
  }
  return out;
}

function inputFields(field: GraphQLField<unknown, unknown>) {
  const arg = field.args.find((a) => a.name === "input");
  const type = arg ? getNamedType(arg.type) : undefined;
  return isInputObjectType(type) ? type.getFields() : undefined;
}

function hasIdField(fields: Record<string, { name: string; type: GraphQLInputType }>): boolean {
  return Object.values(fields).some((f) => getNamedType(f.type).name === "ID");
}

/** The record type a payload carries that has an id and a version (UpdateXPayload.x), if any. */
function versionedRecord(payload: GraphQLObjectType): GraphQLObjectType | undefined {
  for (const f of Object.values(payload.getFields())) {
    const t = getNamedType(f.type);
    if (isObjectType(t) && "id" in t.getFields() && "version" in t.getFields()) return t;
  }
  return undefined;
}

/** A root query field listing `record` as a connection. */
function listOf(schema: GraphQLSchema, record: GraphQLObjectType): string | undefined {
  const query = schema.getQueryType();
  return Object.values(query?.getFields() ?? {}).find((f) => getNamedType(f.type).name === `${record.name}Connection`)?.name;
}

describe("one rule for mutation failures, over every mutation of the schema", () => {
  let t: TestPlatform;
  let schema: GraphQLSchema;
  let callers: Client[];
  beforeAll(async () => {
    t = await startTestPlatform();
    schema = await getSchema();
    callers = [t.admin];
    for (const role of MORE_ROLES) callers.push(await t.signedIn(role));
    callers.push(await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]));
  });
  afterAll(() => t?.stop());

  const mutations = () => Object.values(schema.getMutationType()?.getFields() ?? {});

  /** What a walked mutation's document asks for: its payload's userErrors. */
  type Payloads = Record<string, { userErrors?: { field: string[] | null; code: string; message: string }[] } | null>;
  /** What a walked list's first page asks for. */
  type Pages = Record<string, { edges: { node: { id: string; version: number } }[] }>;

  /** Sends `mutation` as the first caller the access rules let through (a refusal there is top-level by rule). */
  // The documents are assembled from the schema, one per mutation: codegen cannot see them.
  async function send(field: GraphQLField<unknown, unknown>, input: unknown): Promise<GraphQLResponse<Payloads>> {
    const document = `mutation($input: ${field.args.find((a) => a.name === "input")?.type}) { ${field.name}(input: $input) { userErrors { field code message } } }`;
    let last: GraphQLResponse<Payloads> | undefined;
    for (const caller of callers) {
      last = await caller.gql<Payloads>(document, { input });
      if (!codes(last).includes("FORBIDDEN") && !codes(last).includes("UNAUTHENTICATED")) return last;
    }
    throw new Error(`${field.name}: every caller was refused (${JSON.stringify(last?.errors)})`);
  }

  it("gives every mutation that takes an input a payload with userErrors", () => {
    const withoutInput = mutations().filter((m) => !m.args.some((a) => a.name === "input"));
    // logout takes nothing and answers a Boolean: there is nothing in it to refuse.
    expect(withoutInput.map((m) => m.name)).toEqual(["logout"]);
    const without = mutations().filter((m) => {
      const payload = getNamedType(m.type);
      return m.args.some((a) => a.name === "input") && (!isObjectType(payload) || !("userErrors" in payload.getFields()));
    });
    expect(mutations().length).toBeGreaterThan(80);
    expect(without.map((m) => m.name)).toEqual([]);
  });

  it("answers a missing id in userErrors, never as a top-level error", async () => {
    const cases = mutations().filter((m) => {
      const fields = inputFields(m);
      return fields !== undefined && hasIdField(fields);
    });
    expect(cases.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    let notFound = 0;
    for (const m of cases) {
      const r = await send(m, sampleInput(inputFields(m) ?? {}, {}, true));
      const userErrors = r.data?.[m.name]?.userErrors ?? [];
      if (r.errors?.length || userErrors.length === 0) wrong.push(`${m.name}: ${JSON.stringify(r.errors ?? r.data)}`);
      if (userErrors.some((e) => e.code === "NOT_FOUND")) notFound++;
    }
    expect(wrong).toEqual([]);
    // Most inputs are otherwise acceptable, so the missing record is what they are refused for.
    expect(notFound).toBeGreaterThan(cases.length / 2);
  });

  it("answers a stale version of a real record in userErrors, and changes nothing", async () => {
    const cases: { m: GraphQLField<unknown, unknown>; list: string }[] = [];
    for (const m of mutations()) {
      const fields = inputFields(m);
      const payload = getNamedType(m.type);
      if (!fields || !("id" in fields) || !("version" in fields) || !isObjectType(payload)) continue;
      const record = versionedRecord(payload);
      const list = record && listOf(schema, record);
      if (list) cases.push({ m, list });
    }
    expect(cases.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    let conflicts = 0;
    for (const { m, list } of cases) {
      // The list is found from the schema for each mutation: an assembled document.
      const page = await t.admin.ok<Pages>(`{ ${list}(first: 1) { edges { node { id version } } } }`);
      const record = page[list]?.edges[0]?.node;
      if (!record) continue; // nothing of this kind in the demo data
      const r = await send(m, sampleInput(inputFields(m) ?? {}, { id: record.id, version: record.version + 1000 }));
      const userErrors = r.data?.[m.name]?.userErrors ?? [];
      if (r.errors?.length || userErrors.length === 0) wrong.push(`${m.name}: ${JSON.stringify(r.errors ?? r.data)}`);
      if (userErrors.some((e) => e.code === "CONFLICT")) conflicts++;
      const after = await t.admin.ok<Pages>(`{ ${list}(first: 1) { edges { node { id version } } } }`);
      if (after[list]?.edges[0]?.node.version !== record.version) wrong.push(`${m.name} changed the record`);
    }
    expect(wrong).toEqual([]);
    expect(conflicts).toBeGreaterThan(5);
  });
});
