import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { archiveResolvers } from "./archives";
import { bindColumns } from "./core/graphql/columns";
import { guardFields } from "./core/graphql/guard";
import { bindLists } from "./core/graphql/list";
import { modules } from "./modules";

function allResolvers(): NonEmptyArray<Function> {
  const [first, ...rest] = [...modules.flatMap((m) => m.resolvers ?? []), ...archiveResolvers];
  if (!first) throw new Error("no module declares a resolver");
  return [first, ...rest];
}

/** The one list of resolvers, read from the module list. */
export const resolvers = allResolvers();

export const SCHEMA_FILE = path.resolve(__dirname, "../schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

async function build(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Inputs are validated by runMutation, which turns problems into userErrors.
    validate: false,
    emitSchemaFile: false,
  });
  // Every field passes the access guard, the text guard and, for mutations, the failure mapping.
  guardFields(schema);
  // Filters and sorts carry the permission of the fields they read.
  bindLists(schema);
  // Pages read the columns of the node fields asked for.
  bindColumns(schema);
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads. Lists are Relay connections (`first` at most 100, then `after: pageInfo.endCursor`).";
  if (mutation) mutation.description = "Changes. Each takes one `input` and returns a payload with `userErrors`.";
  return schema;
}

/** Builds the schema once per process; every field passes the access guard. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= build();
  return built;
}
