import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  type OperationDefinitionNode,
  OperationTypeNode,
  typeFromAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context, Viewer } from "../context";
import { ApiError } from "../errors";
import { answerInOneStatement } from "./answer";
import { inlinedFieldsAllowed, withoutPropertyGuards } from "./guard";

type Gateway = ApolloServerOptionsWithGateway<Context>["gateway"];

/**
 * Runs each operation as JavaScript compiled once per document (graphql-jit) instead of walking
 * the document field by field on every request (graphql-js `execute`), which was a good part of
 * the CPU of a list page. The resolvers are the schema's own — every field's guard (core/graphql/guard.ts),
 * audit and error path runs as before; the errors carry the same message, path, locations and
 * extensions. What the compiled code does not reproduce exactly goes to graphql-js as before:
 * variables that do not fit their declared types (graphql-js's messages, which Apollo turns into
 * 400 BAD_USER_INPUT) and any document the compiler refuses. Before either, a query made of
 * declared pages, links and plain columns is answered by one SQL statement (core/graphql/answer.ts).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  // Documents are kept parsed by Apollo's document store, so the same object comes back for the same query.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  /** Per document, whether each kind of viewer may read all its plain property fields. */
  const inlined = new WeakMap<DocumentNode, Map<string, boolean>>();

  /**
   * Two compilations per document: the plain property fields read straight from their parents
   * (no resolver call, no guard: the viewer may read them all, checked once per document and
   * kind of viewer), or every field through its guard (refusals answered and audited as always).
   */
  function compiledFor(document: DocumentNode, operationName: string | undefined, viewer: Viewer | null): CompiledQuery | null {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    let allowed = inlined.get(document);
    if (!allowed) {
      allowed = new Map();
      inlined.set(document, allowed);
    }
    const who = viewerKey(viewer);
    let direct = allowed.get(who);
    if (direct === undefined) {
      direct = inlinedFieldsAllowed(schema, document, viewer);
      allowed.set(who, direct);
    }
    const key = `${direct ? "direct" : "guarded"}:${operationName ?? ""}`;
    let query = byName.get(key);
    if (query === undefined) {
      const compile = () => compileQuery(schema, document, operationName);
      const result = direct ? withoutPropertyGuards(schema, compile) : compile();
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  }

  /**
   * Whether the compiled code answers `operation` exactly as graphql-js would. Where graphql-jit
   * 0.8 differs, graphql-js runs: mutations (their inputs change records: an input field whose
   * variable is left out must stay absent, where graphql-jit makes it null), variables of input
   * object types (graphql-jit leaves out their fields' defaults), and variables declared but not
   * sent (absent, not null, inside an input written in the document).
   */
  function compiles(operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
    if (operation.operation !== OperationTypeNode.QUERY) return false;
    return (operation.variableDefinitions ?? []).every((definition) => {
      const type = typeFromAST(schema, definition.type);
      return Object.hasOwn(variables, definition.variable.name.value) && type !== undefined && !isInputObjectType(getNamedType(type));
    });
  }

  /**
   * The operation run by its resolvers: compiled by graphql-jit where it answers as graphql-js
   * would, else graphql-js. `coerced`: its variables already coerced, when they were.
   */
  async function throughResolvers(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    context: Context,
    coerced?: ReturnType<typeof getVariableValues>,
  ): Promise<ExecutionResult> {
    const operation = getOperationAST(document, operationName);
    const query = operation && compiles(operation, variables) ? compiledFor(document, operationName, context.viewer) : null;
    const coercion = query && (coerced ?? getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 50 }));
    if (!query || !coercion || coercion.errors) {
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    }
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  }

  return {
    async load() {
      return {
        executor: async ({ document, operationName, request, context }): Promise<ExecutionResult> => {
          const variables = request.variables ?? {};
          const operation = getOperationAST(document, operationName);
          let coerced: ReturnType<typeof getVariableValues> | undefined;
          if (operation?.operation === OperationTypeNode.QUERY && context.config.sqlAnswers) {
            coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
            // The root fields it cannot answer (a case load's figures beside its list) are resolved beside it.
            const others = (rest: DocumentNode) =>
              throughResolvers(rest, operationName ?? undefined, variables, context as Context, coerced);
            // A failure (a cursor not given out, the database gone) is answered by the resolvers, with their errors.
            const answered =
              !coerced.errors &&
              (await answerInOneStatement(
                schema,
                document,
                operation,
                coerced.coerced,
                context as Context,
                viewerKey(context.viewer),
                others,
              ).catch((error: Error & { code?: string }) => {
                // Its name and code only: a message or a statement's parameters may hold what a filter was given.
                if (!(error instanceof ApiError))
                  context.log.warn({ error: error.name, code: error.code }, "answered through the resolvers after a failure");
                return null;
              }));
            if (answered) return answered;
          }
          return throughResolvers(document, operationName ?? undefined, variables, context as Context, coerced);
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}

/** What the grants of a field look at in a viewer: her role, or a key's scopes. */
function viewerKey(viewer: Viewer | null): string {
  if (!viewer) return "anonymous";
  return viewer.kind === "user" ? `user:${viewer.role}` : `partner:${[...viewer.scopes].sort().join(",")}`;
}

/**
 * graphql-jit's errors as graphql-js makes them: the same message, path, locations and original
 * error, and extensions that are always an object (Apollo and the error formatter read them).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (made as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return made;
}
