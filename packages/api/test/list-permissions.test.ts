import type { Role } from "@nk/shared";
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import type { Viewer } from "../src/core/context";
import { allows, grantsOf } from "../src/core/grants";
import { declaredLists, type FilterRule } from "../src/core/graphql/list";
import { getSchema } from "../src/schema";
import { graphql } from "./gql";
import { type Client, codes, startTestPlatform, type TestPlatform } from "./harness";

/**
 * Filters and sorts carry the permission of the field they read: for every list of the schema,
 * every filter field and sort key is declared, and a role that may call the list but not read the
 * field the filter or sort reveals is refused it (FORBIDDEN naming the argument), over HTTP.
 */
const ROLES: Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER", "TRAINER", "FACILITATOR", "ANALYST"];
const NIL = "00000000-0000-4000-8000-000000000000";

let t: TestPlatform;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await startTestPlatform();
  for (const role of ROLES) clients.set(role, await t.signedIn(role, role === "CASE_WORKER" ? ["CRISIS"] : []));
  clients.set("PARTNER", await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]));
}, 60_000);
afterAll(() => t?.stop());

const viewerOf = (who: string): Viewer =>
  who === "PARTNER"
    ? { kind: "partner", apiKeyId: NIL, partnerId: NIL, scopes: ["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"] }
    : { kind: "user", userId: NIL, role: who as Role, unitIds: [], sessionId: NIL };

/** A value of an input type that narrows a list, whatever it matches. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  if (isScalarType(type)) {
    if (type.name === "ID") return NIL;
    if (type.name === "Boolean") return true;
    if (type.name === "Int" || type.name === "Float") return 1;
    if (type.name === "DateTimeISO") return "2026-01-01T00:00:00.000Z";
    return "2026-01-01";
  }
  throw new Error(`no sample for ${String(type)}`);
}

interface Case {
  list: string;
  who: string;
  argument: string;
  variables: { filter?: unknown; sort?: unknown };
  refused: boolean;
}

async function cases(): Promise<Case[]> {
  const schema = await getSchema();
  const query = schema.getQueryType() as GraphQLObjectType;
  const out: Case[] = [];
  for (const field of Object.values(query.getFields()) as GraphQLField<unknown, unknown>[]) {
    const filterArg = field.args.find((a) => a.name === "filter");
    const sortArg = field.args.find((a) => a.name === "sort");
    if (!filterArg && !sortArg) continue;
    const connection = getNamedType(field.type);
    const node = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
    const nodeType = isObjectType(node) ? getNamedType(node.getFields().node?.type) : undefined;
    if (!isObjectType(nodeType)) throw new Error(`${field.name}: not a connection`);
    const list = declaredLists().find((d) => d.spec.node === nodeType.name);
    if (!list) throw new Error(`${field.name} has filters but no declared list`);
    const reads = (names: readonly string[], who: string) =>
      names.every((n) => {
        const f = nodeType.getFields()[n];
        const grants = f && grantsOf(nodeType, f);
        if (!grants) throw new Error(`${nodeType.name}.${n} has no access rule`);
        return allows(grants, viewerOf(who));
      });
    const grants = grantsOf(query, field) ?? [];
    const callers = [...ROLES, "PARTNER"].filter((who) => allows(grants, viewerOf(who)));
    const filterType = filterArg && getNamedType(filterArg.type);
    if (filterType && isInputObjectType(filterType)) {
      for (const input of Object.values(filterType.getFields())) {
        const rule = (list.spec.filters as Record<string, FilterRule | undefined> | undefined)?.[input.name];
        const isArchived = input.name === "archived" && list.spec.archivable;
        if (!rule && !isArchived) throw new Error(`${filterType.name}.${input.name} is not declared in the list of ${nodeType.name}`);
        for (const who of callers) {
          const usable = isArchived ? reads(["archivedAt"], who) : (rule as FilterRule).variants.some((v) => reads(v.reads, who));
          out.push({
            list: field.name,
            who,
            argument: `filter.${input.name}`,
            variables: { filter: { [input.name]: sample(input.type) } },
            refused: !usable,
          });
        }
      }
    }
    const sortType = sortArg && getNamedType(sortArg.type);
    const sortField = sortType && isInputObjectType(sortType) ? sortType.getFields().field : undefined;
    const sortEnum = sortField && getNamedType(sortField.type);
    if (sortEnum && isEnumType(sortEnum)) {
      for (const value of (sortEnum as GraphQLEnumType).getValues()) {
        const key = (list.spec.sorts as Record<string, { reads: readonly string[] } | undefined>)[value.value as string];
        if (!key) throw new Error(`${sortEnum.name}.${value.name} is not declared in the list of ${nodeType.name}`);
        for (const who of callers) {
          out.push({
            list: field.name,
            who,
            argument: "sort.field",
            variables: { sort: { field: value.value } },
            refused: !reads(key.reads, who),
          });
        }
      }
    }
  }
  return out;
}

describe("filters and sorts carry the permission of the field they read", () => {
  it("declares every filter field and sort key of every list", async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((c) => c.refused)).toBe(true);
  });

  it("refuses each role the filters and sorts whose field it may not read, and only those", async () => {
    const schema = await getSchema();
    const query = schema.getQueryType() as GraphQLObjectType;
    const wrong: string[] = [];
    for (const c of await cases()) {
      const field = query.getFields()[c.list] as GraphQLField<unknown, unknown>;
      const filterType = field.args.find((a) => a.name === "filter")?.type;
      const sortType = field.args.find((a) => a.name === "sort")?.type;
      const params = [filterType && `$filter: ${String(filterType)}`, sortType && `$sort: ${String(sortType)}`].filter(Boolean);
      const args = [filterType && "filter: $filter", sortType && "sort: $sort"].filter(Boolean);
      // Assembled from the schema, one per list and its filter and sort types: codegen cannot see it.
      const r = await (clients.get(c.who) as Client).gql(
        `query(${params.join(", ")}) { ${c.list}(first: 1, ${args.join(", ")}) { totalCount } }`,
        c.variables,
      );
      const forbidden = codes(r).includes("FORBIDDEN") && r.errors?.[0]?.extensions?.field === c.argument;
      if (forbidden !== c.refused) wrong.push(`${c.who} ${c.list}(${c.argument}): ${c.refused ? "not refused" : JSON.stringify(r.errors)}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe("a trainer or facilitator, who reads a woman's code and first name only", () => {
  const BENEFICIARIES = graphql(
    `query ListPermissionsBeneficiaries($filter: BeneficiaryFilter, $sort: BeneficiarySort) { beneficiaries(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { code } } } }`,
  );

  it.each(["TRAINER", "FACILITATOR"])("%s cannot single out the women of the Shelter or of a programme", async (role) => {
    const client = clients.get(role) as Client;
    const shelter = await t.unitId("SHELTER");
    const [programme] = await t.sql("SELECT id FROM program WHERE code = 'VDV-SERVICES'");
    const deniedCount = async () =>
      (
        await t.sql(
          "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND details->>'field' = 'filter.unitId'",
          [(client as Client & { userId: string }).userId],
        )
      )[0].n as number;
    const before = await deniedCount();
    const byUnit = await client.gql(BENEFICIARIES, { filter: { unitId: shelter } });
    expect(codes(byUnit)).toEqual(["FORBIDDEN"]);
    expect(byUnit.errors?.[0]?.extensions?.field).toBe("filter.unitId");
    expect(byUnit.errors?.[0]?.message).toBe("You may not use filter.unitId: it reads a field of Beneficiary you cannot see.");
    expect(byUnit.data).toBeNull();
    const byProgramme = await client.gql(BENEFICIARIES, { filter: { programId: programme.id } });
    expect(codes(byProgramme)).toEqual(["FORBIDDEN"]);
    expect(byProgramme.errors?.[0]?.extensions?.field).toBe("filter.programId");
    const byName = await client.gql(BENEFICIARIES, { sort: { field: "LAST_NAME", direction: "ASC" } });
    expect(codes(byName)).toEqual(["FORBIDDEN"]);
    expect(byName.errors?.[0]?.extensions?.field).toBe("sort.field");
    expect(await deniedCount()).toBe(before + 1);
  });

  it("still lists and finds women by code and first name, and a coordinator still filters by unit", async () => {
    const [woman] = await t.sql(
      "SELECT code, first_name, last_name FROM beneficiary WHERE erased_at IS NULL AND archived_at IS NULL ORDER BY code LIMIT 1",
    );
    const trainer = clients.get("TRAINER") as Client;
    const byCode = await trainer.ok(BENEFICIARIES, { filter: { search: woman.code } });
    expect(byCode.beneficiaries.edges.map((e: { node: { code: string } }) => e.node.code)).toContain(woman.code);
    const byLastName = await trainer.ok(BENEFICIARIES, { filter: { search: woman.last_name } });
    expect(byLastName.beneficiaries.edges.map((e: { node: { code: string } }) => e.node.code)).not.toContain(woman.code);
    const shelter = await t.unitId("SHELTER");
    const [inShelter] = await t.sql(
      "SELECT count(*)::int AS n FROM beneficiary WHERE unit_id = $1 AND erased_at IS NULL AND archived_at IS NULL",
      [shelter],
    );
    const coordinator = clients.get("COORDINATOR") as Client;
    expect((await coordinator.ok(BENEFICIARIES, { filter: { unitId: shelter } })).beneficiaries.totalCount).toBe(inShelter.n);
  });
});
