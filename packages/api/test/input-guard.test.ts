// Generated from the schema: every string argument and input field of every operation receives
// hostile text, as the admin (who may call every operation). None may answer with a 500 or
// INTERNAL_SERVER_ERROR, and text the platform cannot store is refused naming the field.
import { randomUUID } from "node:crypto";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { checkText } from "../src/core/graphql/input-guard";
import { getSchema } from "../src/schema";
import { type GraphQLResponse, startTestPlatform, type TestPlatform } from "./harness";

interface Target {
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  /** Path of the string inside the arguments, e.g. ["input", "notes"] or ["filter", "search"]. */
  path: string[];
}

const REFUSED = {
  nul: "a\u0000b",
  loneSurrogate: "a\uD800b",
  control: "a\u0007b",
  overLong: "x".repeat(20_001),
};
const SURVIVED = { sqlLike: "' OR 1=1; DROP TABLE beneficiary; --", lineBreak: "a\nb" };

function placeholder(type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, depth);
  if (isListType(type)) return [placeholder(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || depth < 2) value[f.name] = placeholder(f.type, depth + 1);
    }
    return value;
  }
  switch (isScalarType(type) ? type.name : "") {
    case "ID":
      return randomUUID();
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "DateTimeISO":
    case "DateTime":
      return "2026-01-01T00:00:00.000Z";
    case "JSONObject":
      return {};
    default:
      return "2026-01-01";
  }
}

function listOf(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Paths of every String/ID inside `type` (a list's first element as "0"), nested inputs down to `depth`. */
function stringPaths(type: GraphQLInputType, prefix: string[], depth: number): string[][] {
  const named = getNamedType(type);
  const at = listOf(type) ? [...prefix, "0"] : prefix;
  if (isScalarType(named)) return named.name === "String" || named.name === "ID" ? [at] : [];
  if (!isInputObjectType(named) || depth > 2) return [];
  return Object.values(named.getFields()).flatMap((f) => stringPaths(f.type, [...at, f.name], depth + 1));
}

function targets(schema: GraphQLSchema): Target[] {
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((arg) => stringPaths(arg.type, [arg.name], 0).map((path) => ({ operation, field, path }))),
    ),
  );
}

/** Every argument with a placeholder, and `value` at `path`. */
function variablesFor(t: Target, value: string): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const arg of t.field.args) vars[arg.name] = placeholder(arg.type, 0);
  let type = t.field.args.find((a) => a.name === t.path[0])?.type as GraphQLInputType;
  let holder = vars;
  const listItem = t.path.at(-1) === "0";
  const segments = t.path.slice(0, listItem ? -2 : -1);
  for (const [i, segment] of segments.entries()) {
    if (segment === "0") continue;
    const named = getNamedType(type);
    holder[segment] ??= placeholder(type, 0);
    let next = holder[segment];
    if (Array.isArray(next)) next = next[0];
    holder = next as Record<string, unknown>;
    const child = t.path[i + 1] === "0" ? t.path[i + 2] : t.path[i + 1];
    if (isInputObjectType(named) && child) type = named.getFields()[child]?.type as GraphQLInputType;
  }
  if (listItem) holder[t.path.at(-2) as string] = [value];
  else holder[t.path.at(-1) as string] = value;
  return vars;
}

// One document per operation and argument, assembled from the schema: codegen cannot see them.
function document(t: Target): string {
  const defs = t.field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const uses = t.field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const type = getNamedType(t.field.type);
  const payload = isObjectType(type) && "userErrors" in type.getFields();
  const selection = isLeafType(type) ? "" : payload ? " { userErrors { field code } }" : " { __typename }";
  return `${t.operation}${defs ? `(${defs})` : ""} { ${t.field.name}${uses ? `(${uses})` : ""}${selection} }`;
}

function failed(r: GraphQLResponse): boolean {
  return r.status >= 500 || (r.errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
}

/** How the answer named the refused field, or undefined when it did not refuse. */
/** What the assembled documents ask for: each root field's payload (a mutation's) with its userErrors. */
type Payloads = Record<string, { userErrors?: { field: string[] | null; code: string }[] } | null>;

function refusal(r: GraphQLResponse<Payloads>, t: Target): { field: string; code: string } | undefined {
  const top = r.errors?.find((e) => e.extensions?.code === "BAD_USER_INPUT");
  if (top) return { field: String(top.extensions?.field), code: "BAD_USER_INPUT" };
  const userError = r.data?.[t.field.name]?.userErrors?.[0];
  return userError ? { field: (userError.field ?? []).join("."), code: String(userError.code) } : undefined;
}

let t: TestPlatform;
let all: Target[];
beforeAll(async () => {
  t = await startTestPlatform((c) => {
    c.rateLimitPerMinute = 1_000_000;
  });
  all = targets(await getSchema());
});
afterAll(() => t?.stop());

test("covers every string argument of every operation", () => {
  const operations = new Set(all.map((x) => `${x.operation}.${x.field.name}`));
  process.stdout.write(`input guard: ${all.length} string arguments and input fields in ${operations.size} operations\n`);
  expect(operations.size).toBeGreaterThan(100);
  expect(all.some((x) => x.field.name === "beneficiaries" && x.path.join(".") === "filter.search")).toBe(true);
});

test("checkText refuses each kind of bad text and keeps line breaks in free text only", () => {
  const oneLine = { max: 200, multiLine: false };
  const free = { max: 20_000, multiLine: true };
  expect(checkText(REFUSED.nul, free)?.code).toBe("INVALID_CHARACTERS");
  expect(checkText(REFUSED.loneSurrogate, free)?.code).toBe("INVALID_CHARACTERS");
  expect(checkText(REFUSED.control, free)?.code).toBe("INVALID_CHARACTERS");
  expect(checkText(REFUSED.overLong, free)?.code).toBe("TOO_LONG");
  expect(checkText("a\tb", oneLine)?.code).toBe("INVALID_CHARACTERS");
  expect(checkText("Ҳамагӣ 😀 a\n\tb", free)).toBeUndefined();
  expect(checkText("😀".repeat(200), oneLine)).toBeUndefined();
});

test("NUL bytes, unpaired surrogates, control characters and over-long text are refused naming the field", async () => {
  const wrong: string[] = [];
  // Each path gets one kind of bad text in turn; checkText itself is tested for every kind below.
  for (const [i, target] of all.entries()) {
    const kinds = Object.entries(REFUSED);
    for (const [label, value] of [kinds[i % kinds.length] as [string, string]]) {
      const r = await t.admin.gql<Payloads>(document(target), variablesFor(target, value));
      const got = refusal(r, target);
      const expected = target.path.join(".");
      if (failed(r)) wrong.push(`${target.field.name} ${expected} ${label}: ${r.status}`);
      else if (got?.field !== expected)
        wrong.push(`${target.field.name} ${expected} ${label}: ${JSON.stringify(got ?? r.errors ?? r.data)}`);
    }
  }
  expect(wrong).toEqual([]);
}, 600_000);

test("SQL-looking text and line breaks never reach an internal error", async () => {
  const wrong: string[] = [];
  for (const [i, target] of all.entries()) {
    const kinds = Object.entries(SURVIVED);
    for (const [label, value] of [kinds[i % kinds.length] as [string, string]]) {
      const r = await t.admin.gql<Payloads>(document(target), variablesFor(target, value));
      if (failed(r)) {
        wrong.push(`${target.field.name} ${target.path.join(".")} ${label}: ${r.status} ${JSON.stringify(r.errors)}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  const ready = await fetch(`${t.url}/readyz`);
  expect(ready.status).toBe(200);
}, 600_000);
