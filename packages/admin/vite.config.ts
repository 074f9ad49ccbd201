import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// `pnpm dev` serves the SPA on its own port; /graphql goes to a locally running API
// (`pnpm --filter @nk/api dev`, port 4000 unless NK_API_URL says otherwise).
const apiUrl = process.env.NK_API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [vue()],
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
  },
});
