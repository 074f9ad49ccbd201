// The tests written for the list builder and its filters, the Idempotency-Key plugin, statistics
// releases and the sign-in throttle and second step: each calls the file's functions directly (on
// a test database of its own, test/direct.ts), so one mutant runs in seconds instead of starting
// the API. Their HTTP tests (list-permissions, idempotency, release, lockout, mfa) stay in
// `pnpm test` for the behaviour through the server. Same shape as the security core's plan: file →
// the test files that must kill its mutants (paths from packages/api).

/** @type {Record<string, string[]>} */
export const serverPlan = {
  "src/core/graphql/filters.ts": ["src/core/graphql/filters.test.ts"],
  "src/core/graphql/list.ts": ["src/core/graphql/list.test.ts"],
  "src/core/idempotency.ts": ["src/core/idempotency.test.ts"],
  "src/modules/statistics/release.service.ts": ["src/modules/statistics/release.service.test.ts"],
  "src/modules/auth/throttle.service.ts": ["src/modules/auth/throttle.service.test.ts"],
  "src/modules/auth/mfa.service.ts": ["src/modules/auth/mfa.service.test.ts"],
};
