import { readFile } from "node:fs/promises";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { getSchema, SCHEMA_FILE } from "../src/schema";
import { graphql } from "./gql";
import { codes, startTestPlatform, type TestPlatform } from "./harness";

describe("the schema as a product", () => {
  it("matches the committed schema.graphql", async () => {
    const committed = await readFile(SCHEMA_FILE, "utf8");
    expect(committed).toContain(printSchema(lexicographicSortSchema(await getSchema())));
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description && !type.description) undocumented.push(`${type.name}.${v.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});

describe("abuse limits", () => {
  let t: TestPlatform;
  let production: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    production = await startTestPlatform((config) => {
      config.env = "production";
    });
  });
  afterAll(async () => {
    await t?.stop();
    await production?.stop();
  });

  it("refuses queries nested too deep", async () => {
    const deep = graphql(`query SchemaViewer { viewer { user { units { id } } } }`);
    expect((await t.admin.gql(deep)).errors).toBeUndefined();
    const tooDeep = graphql(
      `query SchemaDistricts { districts { edges { node { communities { district { communities { district { communities { district { communities { district { communities { id } } } } } } } } } } } } }`,
    );
    const r = await t.admin.gql(tooDeep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("counts a fragment's fields at the depth where it is spread, as if written there", async () => {
    // Eight levels: districts › edges › node › communities › district › communities › district › name.
    const inline = graphql(
      `query SchemaEightInline { districts { edges { node { communities { district { communities { district { name } } } } } } } }`,
    );
    const spread = graphql(`
      query SchemaEightSpread { districts { edges { node { ...SchemaDistrictDeep } } } }
      fragment SchemaDistrictDeep on District { communities { ...SchemaCommunityDeep } }
      fragment SchemaCommunityDeep on Community { district { communities { district { name } } } }
    `);
    expect((await t.admin.gql(inline)).errors).toBeUndefined();
    expect((await t.admin.gql(spread)).errors).toBeUndefined();
    // Nine levels through the same fragments: refused as the inline query is.
    const nine = graphql(`
      query SchemaNineSpread { districts { edges { node { ...SchemaDistrictNine } } } }
      fragment SchemaDistrictNine on District { communities { district { ...SchemaCommunityNine } } }
      fragment SchemaCommunityNine on District { communities { district { communities { id } } } }
    `);
    const refused = await t.admin.gql(nine);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(/depth limit of 8/);
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { kind }`).join(" ");
    // Assembled: twenty aliases, over the limit on purpose.
    const r = await t.admin.gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses batched requests", async () => {
    const response = await t.admin.post([
      { query: graphql(`query SchemaViewer2 { viewer { kind } }`) },
      { query: graphql(`query SchemaViewer3 { viewer { kind } }`) },
    ]);
    expect(response.status).toBe(400);
  });

  it("turns introspection and field suggestions off in production", async () => {
    const introspection = await production.admin.gql(graphql(`query Schema__schema { __schema { queryType { name } } }`));
    expect(codes(introspection)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    // A misspelt field on purpose (codegen would refuse it): a plain string.
    const typo = await production.admin.gql("{ beneficiarys(first: 1) { totalCount } }");
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const devTypo = await t.admin.gql(graphql(`query Schema__schema2 { __schema { queryType { name } } }`));
    expect(devTypo.errors).toBeUndefined();
  });

  it("limits each signed-in user's requests per minute", async () => {
    const limited = await startTestPlatform((config) => {
      config.rateLimitPerMinute = 5;
    });
    try {
      // Signing in counted against the address; from then on the user has a budget of their own.
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await limited.admin.gql(graphql(`query SchemaViewer4 { viewer { kind } }`))).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const other = await limited.signedIn("ANALYST").catch((e: Error) => e);
      expect(other).toBeInstanceOf(Error); // the admin's budget is spent, so creating a user is refused too
    } finally {
      await limited.stop();
    }
  });
});
