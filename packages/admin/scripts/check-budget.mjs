// Part of `pnpm test`, after the build: the JavaScript loaded by the sign-in page and by the
// dashboard route must each stay under 300 KB gzipped (routes and charts are split).
import { gzippedBytes, ROUTES, routeFiles } from "./route-js.mjs";

const LIMIT = 300 * 1024;
let failed = false;
for (const route of ROUTES) {
  const files = routeFiles(route);
  const bytes = gzippedBytes(files);
  const kb = (bytes / 1024).toFixed(1);
  const over = bytes > LIMIT;
  failed ||= over;
  console.log(`${route.name} (${route.path}): ${kb} KB gzipped in ${files.length} files${over ? " — OVER the 300 KB budget" : ""}`);
}
if (failed) process.exit(1);
