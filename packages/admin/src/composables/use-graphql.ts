import { type Ref, ref, shallowRef } from "vue";

/**
 * A GraphQL document that carries its result and variable types, so call sites are typed
 * before codegen arrives. The phantom field exists only for the type checker.
 */
export interface TypedDocument<TData, TVariables> {
  readonly source: string;
  readonly __types?: { data: TData; variables: TVariables };
}

/** The variables of an operation that takes none. */
export type NoVariables = Record<string, never>;

export function gql<TData, TVariables = NoVariables>(source: string): TypedDocument<TData, TVariables> {
  return { source };
}

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** Codes of failures that happen before the API could answer with a GraphQL error. */
export type TransportErrorCode = "NETWORK_ERROR" | "BAD_RESPONSE";

/** Thrown for a GraphQL error, a transport failure or an unreadable answer. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first error, or a TransportErrorCode. */
    readonly code: string,
    readonly errors: readonly GraphQLErrorEntry[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLErrorEntry[];
}

const ENDPOINT = "/graphql";
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * Sends one operation to the API on the same origin. The session cookie rides along
 * (`same-origin`); `content-type: application/json` is what Apollo's CSRF prevention wants to see.
 * Any GraphQL error rejects: this app has no use for partial data yet.
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  init: { signal?: AbortSignal } = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: document.source, variables }),
      signal: init.signal ?? null,
    });
  } catch (cause) {
    throw new GraphQLRequestError(cause instanceof Error ? cause.message : "Network error", "NETWORK_ERROR");
  }

  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    // A proxy's error page (the API is down or restarting), or a rate limiter answering in plain text.
    const code = response.status === 429 ? "RATE_LIMITED" : GATEWAY_STATUSES.has(response.status) ? "NETWORK_ERROR" : "BAD_RESPONSE";
    throw new GraphQLRequestError(`Unreadable answer (HTTP ${response.status})`, code, [], response.status);
  }

  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? (response.status === 429 ? "RATE_LIMITED" : "INTERNAL_SERVER_ERROR");
    throw new GraphQLRequestError(first.message, code, body.errors ?? [], response.status);
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`No data (HTTP ${response.status})`, "BAD_RESPONSE", [], response.status);
  }
  return body.data;
}

export interface UseGraphQL<TData, TVariables> {
  loading: Readonly<Ref<boolean>>;
  error: Readonly<Ref<GraphQLRequestError | null>>;
  /** Runs the operation; resolves to the data, or to null after a failure (kept in `error`). */
  execute: (variables: TVariables) => Promise<TData | null>;
}

/** Loading and error state around one operation, for views that show a spinner or an alert. */
export function useGraphQL<TData, TVariables>(document: TypedDocument<TData, TVariables>): UseGraphQL<TData, TVariables> {
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function execute(variables: TVariables): Promise<TData | null> {
    loading.value = true;
    error.value = null;
    try {
      return await graphqlRequest(document, variables);
    } catch (caught) {
      error.value = caught instanceof GraphQLRequestError ? caught : new GraphQLRequestError(String(caught), "BAD_RESPONSE");
      return null;
    } finally {
      loading.value = false;
    }
  }

  return { loading, error, execute };
}
