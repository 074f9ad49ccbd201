import { buildSchema, parse } from "graphql";
import { COST_PER_POINT, documentCost, LIST_ITEMS, pointsFor, queryCost } from "./cost";

// A schema of the shapes the cost model tells apart: scalars and enums, objects, connections (a
// field with `first`), and short lists that are not connections.
const schema = buildSchema(`
  enum Risk { LOW HIGH }
  type Woman { id: ID! code: String! risk: Risk district: District cases: [Case!]! services(first: Int = 20): ServiceConnection! }
  type District { id: ID! name: String! }
  type Case { id: ID! opened: String! worker: District }
  type Service { id: ID! kind: String! provider: District }
  type ServiceEdge { cursor: String! node: Service! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ServiceConnection { edges: [ServiceEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type WomanEdge { cursor: String! node: Woman! }
  type WomanConnection { edges: [WomanEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Query { woman(id: ID!): Woman women(first: Int = 20, search: String): WomanConnection! districts: [District!]! version: String! }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  queryCost(schema, parse(query), variables, operationName);

describe("the cost of a query", () => {
  it("counts 0 for scalars and enums and 1 for each object, with what is selected inside", () => {
    expect(cost("{ version }")).toBe(0);
    expect(cost('{ woman(id: "1") { id code risk } }')).toBe(1);
    expect(cost('{ woman(id: "1") { id district { id name } } }')).toBe(2);
  });

  it("counts a connection as 1 plus `first` times what its edges select; its wrappers cost nothing", () => {
    expect(cost("{ women(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }")).toBe(1 + 10 * 1);
    expect(cost("{ women(first: 10) { edges { node { id district { name } } } } }")).toBe(1 + 10 * 2);
    // Nested connections multiply.
    expect(cost("{ women(first: 10) { edges { node { services(first: 5) { edges { node { id provider { id } } } } } } } }")).toBe(
      1 + 10 * (1 + 1 + 5 * 2),
    );
  });

  it("reads `first` as sent, from a variable, or its default; below 1 counts no items", () => {
    const query = "query Q($n: Int) { women(first: $n) { edges { node { id } } } }";
    expect(cost(query, { n: 50 })).toBe(1 + 50);
    expect(cost("{ women { edges { node { id } } } }")).toBe(1 + 20);
    expect(cost("{ women(first: 0) { edges { node { id } } } }")).toBe(1);
    expect(cost("{ women(first: -3) { edges { node { id } } } }")).toBe(1);
    expect(cost(query, {})).toBe(1 + 20); // an unset variable leaves the field its default
  });

  it("counts a short list that is not a connection as LIST_ITEMS items", () => {
    expect(LIST_ITEMS).toBe(5);
    expect(cost("{ districts { id name } }")).toBe(LIST_ITEMS * 1);
    expect(cost('{ woman(id: "1") { cases { id } } }')).toBe(1 + LIST_ITEMS * 1);
    expect(cost('{ woman(id: "1") { cases { id worker { id } } } }')).toBe(1 + LIST_ITEMS * (1 + 1));
  });

  it("prices the operation named, and is undefined when the variables do not fit", () => {
    const two = "query A { version } query B { districts { id } }";
    expect(cost(two, undefined, "A")).toBe(0);
    expect(cost(two, undefined, "B")).toBe(LIST_ITEMS);
    expect(cost("query Q($n: Int) { women(first: $n) { edges { node { id } } } }", { n: "many" })).toBeUndefined();
  });

  it("spends one point of the rate budget per COST_PER_POINT of cost, at least one", () => {
    expect(COST_PER_POINT).toBe(100);
    expect([0, 1, 99, 100, 101, 250, 6000].map(pointsFor)).toEqual([1, 1, 1, 1, 2, 3, 60]);
  });
});

describe("the cost of a document asked for again", () => {
  it("is worked out once per operation and variables, each set of variables at its own cost", () => {
    const document = parse("query Q($n: Int) { women(first: $n) { edges { node { id district { name } } } } } query R { version }");
    expect(documentCost(schema, document, { n: 10 }, "Q")).toBe(1 + 10 * 2);
    expect(documentCost(schema, document, { n: 50 }, "Q")).toBe(1 + 50 * 2);
    expect(documentCost(schema, document, { n: 10 }, "Q")).toBe(1 + 10 * 2);
    expect(documentCost(schema, document, {}, "R")).toBe(0);
    expect(documentCost(schema, document, { n: "ten" }, "Q")).toBeUndefined();
  });
});
