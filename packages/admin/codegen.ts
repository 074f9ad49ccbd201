import type { CodegenConfig } from "@graphql-codegen/cli";

// Types every document of the admin from the API's committed schema. `pnpm codegen` writes
// src/gql/; `pnpm codegen:check` (part of `pnpm test` through typecheck) fails when it is stale.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,vue}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
        skipTypename: false,
      },
    },
  },
};

export default config;
