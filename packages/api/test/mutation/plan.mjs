// The security core and, for each of its files, the tests written for it: `pnpm mutation`
// (scripts/mutation.ts) mutates each file against these tests only, so a mutant runs a few focused
// tests instead of the whole suite. Read by stryker.config.mjs and scripts/mutation.ts.

/**
 * Every file that decides who may reach what, keeps text secret or keeps a woman from being singled
 * out in figures, with the test files that must kill its mutants (paths from packages/api). A new
 * file of that kind is added here when it is written, with its tests. Files listing the same tests
 * are mutated in one Stryker run. Unit tests (calling the file's functions, on a test database
 * where SQL is involved) come first; a test over HTTP only for what needs the whole server.
 *
 * @type {Record<string, string[]>}
 */
export const securityCore = {
  "src/core/grants.ts": ["src/core/grants.test.ts"],
  "src/core/access.ts": ["src/core/access.test.ts"],
  "src/core/reach.ts": ["src/core/reach.test.ts"],
  "src/modules/coalition/scope.ts": ["src/modules/coalition/scope.test.ts"],
  "src/core/graphql/guard.ts": ["src/core/graphql/guard.test.ts"],
  "src/core/floor.ts": ["src/core/floor.test.ts"],
  "src/core/crypto.ts": ["src/core/crypto.test.ts"],
  "src/modules/statistics/suppression.ts": ["src/modules/statistics/suppression.test.ts"],
  "src/core/phone.ts": ["src/core/phone.test.ts"],
  "src/core/cost.ts": ["src/core/cost.test.ts"],
  "src/modules/auth/throttle.service.ts": ["src/modules/auth/throttle.service.test.ts"],
  "src/modules/auth/mfa.service.ts": ["src/modules/auth/mfa.service.test.ts"],
  "src/core/graphql/filters.ts": ["src/core/graphql/filters.test.ts"],
  "src/core/graphql/list.ts": ["src/core/graphql/list.test.ts"],
  "src/core/idempotency.ts": ["src/core/idempotency.test.ts"],
  "src/modules/statistics/release.service.ts": ["src/modules/statistics/release.service.test.ts"],
};
