import {
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";

/**
 * What a query costs, counted before it runs from the document and its variables — the one count
 * behind both the cost limit and the rate budget (docs/partners.md §9 explains it to partners):
 *
 * - a scalar or enum field costs 0;
 * - an object costs 1, plus what is selected inside it;
 * - a connection (a field with `first`) costs 1 plus `first` times what is selected in its edges:
 *   `first` as sent, a variable's value, or its default (20); `pageInfo`, `totalCount` and the edge
 *   wrappers cost nothing of their own;
 * - a list that is not a connection (a campaign's districts, a woman's cases) is short by design
 *   and counts as LIST_ITEMS items.
 */

/** Items a list without paging is counted as. */
export const LIST_ITEMS = 5;
/** The most a single query may cost. */
export const MAX_QUERY_COST = 6000;
/** Most levels of nesting a query may have. */
export const MAX_DEPTH = 8;
/** Most tokens a document may have. */
export const MAX_TOKENS = 4000;
/** A request spends ceil(cost / COST_PER_POINT) points of the rate budget, at least one. */
export const COST_PER_POINT = 100;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (isLeafType(getNamedType(field.type))) return 0;
  // The fields of a connection (edges, pageInfo): counted through the connection's `first`.
  if (type.name.endsWith("Connection")) return childComplexity;
  if (field.args.some((arg) => arg.name === "first")) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: graphql-js has coerced `first` to a number or null, and 0 items cost nothing either way
    const first = typeof args.first === "number" && args.first > 0 ? args.first : 0;
    return 1 + first * childComplexity;
  }
  if (isList(field.type)) return LIST_ITEMS * (1 + childComplexity);
  return 1 + childComplexity;
}

/**
 * The cost of the operation `operationName` of `query` with `variables`; undefined when the
 * variables do not fit the operation (execution refuses the request then, before any work).
 */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | undefined {
  try {
    return getComplexity({ schema, query, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimate] });
    // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  } catch {
    return undefined;
  }
}

const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | undefined>>>();
/** How many sets of variables a document's costs are kept for. */
const COSTS_PER_DOCUMENT = 64;

/**
 * `queryCost`, worked out once per schema, document (Apollo keeps each parsed document), operation
 * and variables: the same page is asked for over and over.
 */
export function documentCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | undefined {
  let bySchema = costs.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    costs.set(schema, bySchema);
  }
  let byArguments = bySchema.get(query);
  if (!byArguments) {
    byArguments = new Map();
    bySchema.set(query, byArguments);
  }
  const key = JSON.stringify([operationName ?? null, variables ?? {}]);
  if (byArguments.has(key)) return byArguments.get(key);
  const cost = queryCost(schema, query, variables, operationName);
  if (byArguments.size < COSTS_PER_DOCUMENT) byArguments.set(key, cost);
  return cost;
}

/** Rate-budget points a request of query cost `cost` spends. */
export function pointsFor(cost: number): number {
  return Math.max(1, Math.ceil(cost / COST_PER_POINT));
}
