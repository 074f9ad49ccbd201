import type { FieldPolicy } from "@apollo/client/cache";
import { ApolloClient, ApolloLink, createHttpLink, InMemoryCache } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";

/**
 * One page of a Relay connection is cached under its filter, sort, size and cursor, so going back
 * to page 1 or to an earlier filter shows it at once. After a create, archive or restore the list
 * fields are evicted (see `evictLists`), and every list on screen refetches by itself.
 */
export function pagedConnection(): FieldPolicy {
  return { keyArgs: ["filter", "sort", "first", "after"] };
}

/** Connection fields of the root Query; a module adds its list here when it adds one. */
const QUERY_LISTS = [
  "programs",
  "beneficiaries",
  "cases",
  "services",
  "referrals",
  "units",
  "districts",
  "users",
  "partners",
  "courses",
  "trainings",
  "selfHelpGroups",
  "supportServices",
  "loginLocks",
  "shelterBeds",
  "shelterStays",
  "campaigns",
  "forums",
  "apiKeys",
  "auditEvents",
];

const cache = new InMemoryCache({
  typePolicies: {
    Query: { fields: Object.fromEntries(QUERY_LISTS.map((name) => [name, pagedConnection()])) },
    // Payload parts without an identity of their own: never normalised.
    UserError: { keyFields: false },
    PageInfo: { keyFields: false },
    // The viewer is read by several queries (session, security page): their fields merge.
    Viewer: { keyFields: false, merge: true },
    StaffSession: { keyFields: false },
    MfaStatus: { keyFields: false },
    // Replaced wholesale when the indicator is saved (the input replaces the list).
    Indicator: { fields: { targets: { merge: false } } },
    Program: { fields: { indicators: { merge: false }, units: { merge: false }, districts: { merge: false } } },
  },
});

/** Drops cached pages of the given root lists; watched queries over them refetch. */
export function evictLists(fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: "ROOT_QUERY", fieldName });
  cache.gc();
}

type SessionExpiredHandler = () => void;
let sessionExpired: SessionExpiredHandler = () => undefined;

/** The router registers what to do when any request answers UNAUTHENTICATED. */
export function onSessionExpired(handler: SessionExpiredHandler): void {
  sessionExpired = handler;
}

// Asking who is signed in, or signing in, answers "nobody" without it being an expiry.
const SESSION_OPERATIONS = new Set(["Viewer", "Login", "Logout"]);

const expiryLink = onError(({ graphQLErrors, operation }) => {
  if (SESSION_OPERATIONS.has(operation.operationName)) return;
  if (graphQLErrors?.some((e) => e.extensions?.code === "UNAUTHENTICATED")) sessionExpired();
});

/** `context: { idempotencyKey }` on a create mutation becomes the `Idempotency-Key` header. */
const idempotencyLink = new ApolloLink((operation, forward) => {
  const key: unknown = operation.getContext().idempotencyKey;
  if (typeof key === "string") {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, "Idempotency-Key": key },
    }));
  }
  return forward(operation);
});

const httpLink = createHttpLink({ uri: "/graphql", credentials: "same-origin" });

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([expiryLink, idempotencyLink, httpLink]),
  cache,
  defaultOptions: {
    watchQuery: { fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first", errorPolicy: "none" },
    query: { fetchPolicy: "network-only" },
  },
});

/** Drops one field of a cached record (e.g. a programme's indicators after adding one); it refetches. */
export function evictField(typename: string, id: string, fieldName: string): void {
  cache.evict({ id: cache.identify({ __typename: typename, id }), fieldName });
  cache.gc();
}
