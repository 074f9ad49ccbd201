// Mutation testing of the security core: `pnpm mutation` (scripts/mutation.ts), not part of `pnpm test`.

import { securityCore } from "./test/mutation/plan.mjs";

export { securityCore };

// scripts/mutation.ts runs Stryker once per group of files with the same tests, each with its own
// report folder (and incremental file) under reports/mutation/.
const reportDir = process.env.NK_MUTATION_REPORT_DIR ?? "reports/mutation";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: Object.keys(securityCore),
  // Under pnpm the runner is not beside Stryker's core, where its default "@stryker-mutator/*" looks.
  plugins: [import.meta.resolve("@stryker-mutator/jest-runner")],
  testRunner: "jest",
  jest: {
    configFile: "jest.config.js",
    config: {
      setupFilesAfterEnv: ["<rootDir>/test/mutation/record-tests.ts"],
      testSequencer: "<rootDir>/test/mutation/sequencer.cjs",
    },
  },
  // Each mutant runs only the tests that reached it; code run outside any test (module loading,
  // beforeAll) would otherwise make a mutant run the whole suite.
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  // Two test processes for this 2-core machine: a mutant's run waits on PostgreSQL about half of
  // its time, so two of them keep both cores busy (pass --concurrency 1 on a machine shared with other work).
  concurrency: 2,
  checkers: [],
  // break: also enforced per file by scripts/mutation.ts.
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  htmlReporter: { fileName: `${reportDir}/index.html` },
  incrementalFile: `${reportDir}/stryker-incremental.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 20000,
  // The first run of a group is its tests in one process; of the whole suite (--whole-suite), about 5 minutes here.
  dryRunTimeoutMinutes: 20,
};
