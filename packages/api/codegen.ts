import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for the GraphQL documents of the API's tests, from the committed schema.graphql.
// `pnpm --filter @nk/api codegen` rewrites test/gql/; `codegen:check` (part of `pnpm test`) fails when it is stale.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.test.ts", "test/**/*.test.ts", "test/harness.ts"],
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
