import "reflect-metadata";
import type { Role } from "@nk/shared";
import { GraphQLObjectType, type GraphQLObjectTypeConfig, GraphQLString, isObjectType } from "graphql";
import { buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { Viewer } from "./context";
import { Allow, AllowDuringEnrolment, allowedDuringEnrolment, allows, type Grant, grantsOf, hasRole, PERSONAL_DATA, STAFF } from "./grants";

const staff = (role: Role, userId = "u-1"): Viewer => ({ kind: "user", userId, role, unitIds: [], sessionId: "s-1" });
const partner = (...scopes: ("READ_CAMPAIGNS" | "REPORT_ACTIVITIES" | "READ_STATISTICS")[]): Viewer => ({
  kind: "partner",
  apiKeyId: "k-1",
  partnerId: "p-1",
  scopes,
});

describe("who a grant lets in", () => {
  it("lets anyone through PUBLIC, signed in or not, wherever it stands in the list", () => {
    expect(allows(["PUBLIC"], null)).toBe(true);
    expect(allows(["ADMIN", "PUBLIC"], null)).toBe(true);
    expect(allows(["PUBLIC"], staff("TRAINER"))).toBe(true);
    expect(allows(["PUBLIC"], partner())).toBe(true);
  });

  it("lets nobody in without a grant that names them", () => {
    expect(allows([], staff("ADMIN"))).toBe(false);
    expect(allows([], null)).toBe(false);
    expect(allows(["ADMIN"], null)).toBe(false);
    expect(allows(["ADMIN", "SELF", "PARTNER", "PARTNER:READ_STATISTICS"], null, { id: "u-1" })).toBe(false);
  });

  it("lets a staff member in by her role, whichever grant names it", () => {
    expect(allows(["ADMIN"], staff("ADMIN"))).toBe(true);
    expect(allows(["TRAINER", "CASE_WORKER"], staff("CASE_WORKER"))).toBe(true);
    expect(allows(["ADMIN", "COORDINATOR"], staff("CASE_WORKER"))).toBe(false);
    expect(allows(STAFF, staff("FACILITATOR"))).toBe(true);
    expect(allows(PERSONAL_DATA, staff("ANALYST"))).toBe(false);
    expect(allows(PERSONAL_DATA, staff("TRAINER"))).toBe(false);
    expect(PERSONAL_DATA).toEqual(["ADMIN", "COORDINATOR", "CASE_WORKER"]);
  });

  it("opens SELF only to the person the record is about", () => {
    expect(allows(["SELF"], staff("TRAINER", "u-1"), { id: "u-1" })).toBe(true);
    expect(allows(["ADMIN", "SELF"], staff("ANALYST", "u-1"), { id: "u-1" })).toBe(true);
    expect(allows(["SELF"], staff("TRAINER", "u-1"), { id: "u-2" })).toBe(false);
    expect(allows(["SELF"], staff("ADMIN", "u-1"), { id: "u-2" })).toBe(false);
    expect(allows(["SELF"], staff("TRAINER", "u-1"), {})).toBe(false);
    expect(allows(["SELF"], staff("TRAINER", "u-1"))).toBe(false);
    expect(allows(["SELF"], staff("TRAINER", "u-1"), null)).toBe(false);
    // Her own record opens only what SELF opens: other grants still ask for their role.
    expect(allows(["ADMIN", "COORDINATOR"], staff("TRAINER", "u-1"), { id: "u-1" })).toBe(false);
    // A partner key is nobody's own account, whatever the record's id.
    expect(allows(["SELF"], partner("READ_CAMPAIGNS"), { id: "k-1" })).toBe(false);
    expect(allows(["SELF"], partner("READ_CAMPAIGNS"), { id: "p-1" })).toBe(false);
  });

  it("lets any partner key through PARTNER, and no staff member", () => {
    expect(allows(["PARTNER"], partner())).toBe(true);
    expect(allows(["ADMIN", "PARTNER"], partner("READ_STATISTICS"))).toBe(true);
    expect(allows(["PARTNER"], staff("ADMIN"))).toBe(false);
    expect(allows(["PARTNER", "PARTNER:READ_CAMPAIGNS"], staff("COORDINATOR"))).toBe(false);
  });

  it("lets a partner key through PARTNER:<scope> only when it holds that scope", () => {
    expect(allows(["PARTNER:READ_STATISTICS"], partner("READ_STATISTICS"))).toBe(true);
    expect(allows(["PARTNER:READ_STATISTICS"], partner("READ_CAMPAIGNS", "READ_STATISTICS"))).toBe(true);
    expect(allows(["PARTNER:READ_CAMPAIGNS", "PARTNER:REPORT_ACTIVITIES"], partner("REPORT_ACTIVITIES"))).toBe(true);
    expect(allows(["PARTNER:READ_STATISTICS"], partner("READ_CAMPAIGNS"))).toBe(false);
    expect(allows(["PARTNER:READ_STATISTICS"], partner())).toBe(false);
    // Staff roles never let a key in, nor does a scope's bare name.
    expect(allows(["ADMIN", "COORDINATOR", "CASE_WORKER", "SELF"], partner("READ_CAMPAIGNS"), { id: "k-1" })).toBe(false);
    expect(allows(["READ_CAMPAIGNS" as Grant], partner("READ_CAMPAIGNS"))).toBe(false);
    expect(allows(["PARTNER:" as Grant], partner("READ_CAMPAIGNS"))).toBe(false);
    // A misspelt prefix of the same length opens nothing.
    expect(allows(["PARTNER_READ_CAMPAIGNS" as Grant], partner("READ_CAMPAIGNS"))).toBe(false);
  });

  it("tells whether a signed-in staff member holds one of some roles", () => {
    expect(hasRole(staff("ANALYST"), "ADMIN", "ANALYST")).toBe(true);
    expect(hasRole(staff("ANALYST"), "ADMIN")).toBe(false);
    expect(hasRole(staff("ANALYST"))).toBe(false);
    expect(hasRole(partner("READ_STATISTICS"), "ADMIN", "ANALYST")).toBe(false);
    expect(hasRole(null, "ADMIN")).toBe(false);
  });
});

describe("where the rule is read", () => {
  const fieldsOf = (extensions?: Record<string, unknown>) => ({
    plain: { type: GraphQLString },
    ruled: { type: GraphQLString, extensions },
  });
  const type = (config: Partial<GraphQLObjectTypeConfig<unknown, unknown>> & { name: string }) =>
    new GraphQLObjectType({ fields: fieldsOf({ allow: ["ANALYST"] }), ...config });
  const field = (t: GraphQLObjectType, name: string) => {
    const found = t.getFields()[name];
    if (!found) throw new Error(`${t.name}.${name} is missing`);
    return found;
  };

  it("prefers a field's own rule, and falls back to its type's", () => {
    const ruledType = type({ name: "Beneficiary", extensions: { allow: ["ADMIN", "CASE_WORKER"] } });
    expect(grantsOf(ruledType, field(ruledType, "ruled"))).toEqual(["ANALYST"]);
    expect(grantsOf(ruledType, field(ruledType, "plain"))).toEqual(["ADMIN", "CASE_WORKER"]);
    const bare = type({ name: "Household" });
    expect(grantsOf(bare, field(bare, "plain"))).toBeUndefined();
    expect(grantsOf(bare, field(bare, "ruled"))).toEqual(["ANALYST"]);
  });

  it.each(["Query", "Mutation", "Subscription"])("gives a %s field no rule but its own", (name) => {
    const root = type({ name, extensions: { allow: ["PUBLIC"] } });
    expect(grantsOf(root, field(root, "plain"))).toBeUndefined();
    expect(grantsOf(root, field(root, "ruled"))).toEqual(["ANALYST"]);
  });

  it("refuses a rule that names nobody", () => {
    expect(() => Allow()).toThrow("Allow() needs at least one grant");
  });

  it("reads what @Allow and @AllowDuringEnrolment declared, from the built schema", async () => {
    @ObjectType()
    @Allow("COORDINATOR")
    class Report {
      @Field()
      title: string;

      @Field()
      @Allow("ANALYST", "SELF")
      summary: string;
    }

    @Resolver()
    class ReportResolver {
      @Query(() => Report)
      @Allow("COORDINATOR")
      @AllowDuringEnrolment()
      report(): Report {
        return { title: "t", summary: "s" };
      }

      @Query(() => String)
      @Allow("PUBLIC")
      health(): string {
        return "ok";
      }
    }

    const schema = await buildSchema({ resolvers: [ReportResolver], validate: false });
    const query = schema.getQueryType();
    const report = schema.getType("Report");
    if (!query || !isObjectType(report)) throw new Error("the schema lost its types");
    expect(grantsOf(report, field(report, "title"))).toEqual(["COORDINATOR"]);
    expect(grantsOf(report, field(report, "summary"))).toEqual(["ANALYST", "SELF"]);
    expect(grantsOf(query, field(query, "report"))).toEqual(["COORDINATOR"]);
    expect(grantsOf(query, field(query, "health"))).toEqual(["PUBLIC"]);
    expect(allowedDuringEnrolment(field(query, "report"))).toBe(true);
    expect(allowedDuringEnrolment(field(query, "health"))).toBe(false);
  });

  it("takes only an explicit true as allowed during enrolment", () => {
    const t = new GraphQLObjectType({
      name: "Query",
      fields: {
        yes: { type: GraphQLString, extensions: { duringEnrolment: true } },
        no: { type: GraphQLString, extensions: { duringEnrolment: "yes" } },
      },
    });
    expect(allowedDuringEnrolment(field(t, "yes"))).toBe(true);
    expect(allowedDuringEnrolment(field(t, "no"))).toBe(false);
  });
});
