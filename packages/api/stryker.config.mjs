// Mutation testing of the security core: `pnpm mutation` (scripts/mutation.ts), not part of `pnpm test`.

/**
 * The security core: every file that decides who may reach what, keeps text secret or keeps a
 * woman from being singled out in figures. A new file of that kind is added here when it is written.
 */
export const securityCore = [
  "src/core/grants.ts",
  "src/core/access.ts",
  "src/core/reach.ts",
  "src/core/crypto.ts",
  "src/modules/statistics/suppression.ts",
  "src/modules/coalition/scope.ts",
  "src/modules/auth/throttle.service.ts",
  "src/modules/auth/mfa.service.ts",
  "src/core/graphql/guard.ts",
  "src/core/graphql/filters.ts",
  "src/core/graphql/list.ts",
  "src/core/idempotency.ts",
  "src/core/floor.ts",
  "src/core/phone.ts",
  "src/core/cost.ts",
  "src/modules/statistics/release.service.ts",
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: securityCore,
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
  // A 2-core machine shared with others: one test process.
  concurrency: 1,
  checkers: [],
  // break: also enforced per file by scripts/mutation.ts.
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 20000,
  // The first run is the whole suite in one process: about 5 minutes here.
  dryRunTimeoutMinutes: 20,
};
