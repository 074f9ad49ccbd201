import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformAsync } from "@babel/core";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import vue from "@vitejs/plugin-vue";
import { defineConfig, type Plugin } from "vite";

const GENERATED = fileURLToPath(new URL("./src/gql/graphql.ts", import.meta.url));
const DOCUMENT = "virtual:nk-document/";

/** Each document codegen wrote in src/gql/graphql.ts, by its name: its JSON. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(GENERATED, "utf8").split("\n")) {
    const found = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode</.exec(line);
    if (found?.[1] && found[2]) documents.set(found[1], found[2]);
  }
  return documents;
}

/**
 * A page loads only the GraphQL documents it uses. Codegen's babel optimizer turns each
 * `graphql(\`…\`)` into an import of its own document from src/gql/graphql.ts instead of the map
 * of all of them in src/gql/gql.ts; each such import is then served as a module of one document,
 * so the bundler puts it in the chunk of the pages that use it. Build only: the dev server keeps
 * the map.
 */
function documentsPerPage(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: "nk-graphql-documents-per-page",
    apply: "build",
    enforce: "pre",
    buildStart() {
      documents = generatedDocuments();
    },
    resolveId: (id) => (id.startsWith(DOCUMENT) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT}`)) return null;
      const name = id.slice(DOCUMENT.length + 1);
      return `export const ${name} = ${documents.get(name)};`;
    },
    async transform(code, id) {
      if (!id.endsWith(".ts") || id.includes("/src/gql/") || !code.includes("graphql(`")) return null;
      const out = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        plugins: ["@babel/plugin-syntax-typescript", [babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }]],
      });
      if (!out?.code) return null;
      const split = out.code.replace(/import \{ (\w+) \} from "[^"]*\/gql\/graphql";/g, (_line: string, name: string) => {
        if (!documents.has(name)) throw new Error(`${id}: ${name} is not in src/gql/graphql.ts: run pnpm --filter @nk/admin codegen`);
        return `import { ${name} } from "${DOCUMENT}${name}";`;
      });
      return { code: split, map: out.map };
    },
  };
}

// `pnpm dev` serves the SPA on its own port; /graphql goes to a locally running API
// (`pnpm --filter @nk/api dev`, port 4000 unless NK_API_URL says otherwise).
const apiUrl = process.env.NK_API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [documentsPerPage(), vue()],
  define: {
    // vue-i18n's feature flags: Composition API only, no devtools hooks in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: { "/graphql": { target: apiUrl, changeOrigin: false }, "/exports": { target: apiUrl, changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Read by scripts/check-budget.mjs to add up what each route loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // A module's texts are named for it (texts-cases-tg-<hash>.js), the shell's texts-core-tg-….
        chunkFileNames: (chunk) => {
          const texts = /\/src\/(?:modules\/([^/]+)\/)?locales\/([a-z]+)\.json$/.exec(chunk.facadeModuleId ?? "");
          return texts ? `assets/texts-${texts[1] ?? "core"}-${texts[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
});
