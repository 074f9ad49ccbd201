import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useQuery } from "@vue/apollo-composable";
import { type ComputedRef, computed, ref, watch } from "vue";
import { type LocationQuery, type LocationQueryRaw, useRoute, useRouter } from "vue-router";
import { type Message, requestErrorMessage } from "../app/errors";

/** A Relay connection as every list of the API returns it. */
export interface Connection<TNode> {
  /** Left out by lists that do not count (a long log): `totalCount` is then null. */
  totalCount?: number;
  edges: ReadonlyArray<{ cursor: string; node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The state of a list as it sits in the address: filters by name, sort, page. */
export interface ListState<TFilters extends Record<string, string>> {
  filters: TFilters;
  /** `FIELD` ascending or `-FIELD` descending; "" for the API's default order. */
  sort: string;
  /** Cursor after which this page starts; "" for the first page. */
  after: string;
  /** Page number shown to the person, from 1. */
  page: number;
}

export interface ConnectionListOptions<TData, TVariables, TNode, TFilters extends Record<string, string>> {
  query: TypedDocumentNode<TData, TVariables>;
  /** The connection inside the query's data. */
  connection: (data: TData) => Connection<TNode>;
  /** Every filter with its default, as text (it lives in the URL): e.g. `{ search: "", archived: "" }`. */
  filters: TFilters;
  /** The query's variables for a state of the list. */
  variables: (state: ListState<TFilters>, first: number) => TVariables;
  pageSize?: number;
  /** Sort used when the URL names none. */
  defaultSort?: string;
}

function text(query: LocationQuery, key: string): string | undefined {
  const value = query[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * One list page over a Relay connection: search, filters, sort and cursor paging, all kept in the
 * address (so the back button and a shared link show the same list), with loading, empty, error
 * and the total count. Every list screen of the admin is built on it.
 */
export function useConnectionList<TData, TVariables, TNode, TFilters extends Record<string, string>>(
  options: ConnectionListOptions<TData, TVariables, TNode, TFilters>,
) {
  const route = useRoute();
  const router = useRouter();
  const pageSize = options.pageSize ?? 20;
  // Cursors of the pages before this one, to step back without the browser's history.
  const previousCursors = ref<string[]>([]);

  const state: ComputedRef<ListState<TFilters>> = computed(() => {
    const filters = Object.fromEntries(
      Object.entries(options.filters).map(([key, fallback]) => [key, text(route.query, key) ?? fallback]),
    ) as TFilters;
    const page = Number(text(route.query, "page") ?? "1");
    return {
      filters,
      sort: text(route.query, "sort") ?? options.defaultSort ?? "",
      after: text(route.query, "after") ?? "",
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  });

  // The query's variables for the list as shown; their filter and sort also drive the CSV export.
  const variables = computed(() => options.variables(state.value, pageSize));
  const { result, loading, error, refetch } = useQuery(options.query, () => variables.value);

  const connection = computed(() => (result.value ? options.connection(result.value as TData) : null));
  const rows = computed(() => connection.value?.edges.map((e) => e.node) ?? []);
  const totalCount = computed(() => connection.value?.totalCount ?? 0);
  /** The count when the query asks for it, else null. */
  const counted = computed(() => connection.value?.totalCount ?? null);
  const hasNext = computed(() => connection.value?.pageInfo.hasNextPage ?? false);
  const hasPrevious = computed(() => state.value.page > 1);
  const errorMessage = computed<Message | null>(() => (error.value ? requestErrorMessage(error.value) : null));
  const isEmpty = computed(() => !loading.value && !error.value && connection.value !== null && rows.value.length === 0);
  const firstIndex = computed(() => (state.value.page - 1) * pageSize);

  /** Writes a new state to the address. Each change is a history entry, except while typing. */
  function go(next: Partial<ListState<TFilters>>, mode: "push" | "replace" = "push") {
    const merged = { ...state.value, ...next, filters: { ...state.value.filters, ...next.filters } };
    const query: LocationQueryRaw = {};
    for (const [key, value] of Object.entries(merged.filters)) if (value !== options.filters[key]) query[key] = value;
    if (merged.sort && merged.sort !== (options.defaultSort ?? "")) query.sort = merged.sort;
    if (merged.after) query.after = merged.after;
    if (merged.page > 1) query.page = String(merged.page);
    return mode === "push" ? router.push({ query }) : router.replace({ query });
  }

  function setFilter(key: keyof TFilters & string, value: string, mode: "push" | "replace" = "push") {
    previousCursors.value = [];
    return go({ filters: { [key]: value } as Partial<TFilters> as TFilters, after: "", page: 1 }, mode);
  }

  function setSort(sort: string) {
    previousCursors.value = [];
    return go({ sort, after: "", page: 1 });
  }

  function next() {
    const cursor = connection.value?.pageInfo.endCursor;
    if (!cursor || !hasNext.value) return;
    previousCursors.value = [...previousCursors.value, state.value.after];
    return go({ after: cursor, page: state.value.page + 1 });
  }

  function previous() {
    const stack = [...previousCursors.value];
    const after = stack.pop();
    previousCursors.value = stack;
    // Opened from a shared link on a later page: the earlier cursors are unknown, start over.
    if (after === undefined) return go({ after: "", page: 1 });
    return go({ after, page: Math.max(1, state.value.page - 1) });
  }

  function reset() {
    previousCursors.value = [];
    return router.push({ query: {} });
  }

  // Back and forward change the address without our buttons: forget the stack then.
  watch(
    () => route.query.after,
    (after) => {
      if (!after) previousCursors.value = [];
    },
  );

  return {
    state,
    variables,
    rows,
    totalCount,
    counted,
    loading,
    error,
    errorMessage,
    isEmpty,
    hasNext,
    hasPrevious,
    firstIndex,
    pageSize,
    setFilter,
    setSort,
    next,
    previous,
    reset,
    refetch,
  };
}

/**
 * A filter she types (a search box, a record id): the box follows the address (back button, a
 * shared link) and writes to it, replacing the history entry, once she pauses typing.
 */
export function useTypedFilter<TFilters extends Record<string, string>>(
  list: {
    state: { value: ListState<TFilters> };
    setFilter(key: keyof TFilters & string, value: string, mode?: "push" | "replace"): unknown;
  },
  key: keyof TFilters & string,
  { pauseMs = 300, clean = (value: string) => value }: { pauseMs?: number; clean?: (value: string) => string } = {},
) {
  const text = ref(list.state.value.filters[key] as string);
  watch(
    () => list.state.value.filters[key],
    (value) => {
      text.value = value ?? "";
    },
  );
  let typing: ReturnType<typeof setTimeout> | undefined;
  watch(text, (value) => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (clean(value) !== list.state.value.filters[key]) void list.setFilter(key, clean(value), "replace");
    }, pauseMs);
  });
  return text;
}
