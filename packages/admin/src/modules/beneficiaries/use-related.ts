import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { requestErrorMessage } from "../../app/errors";
import type { Connection } from "../../composables/use-connection-list";

const SHOWN = 10;

/**
 * One of her records' lists on her page: another module's top-level list, filtered by her id,
 * its first page and its total.
 */
export function useRelated<TData, TNode>(
  query: TypedDocumentNode<TData, { first: number; filter: { beneficiaryId: string } }>,
  connection: (data: TData) => Connection<TNode>,
  beneficiaryId: () => string,
  enabled: () => boolean,
) {
  const { result, loading, error, refetch } = useQuery(
    query,
    () => ({ first: SHOWN, filter: { beneficiaryId: beneficiaryId() } }),
    () => ({
      enabled: enabled(),
    }),
  );
  const page = computed(() => (result.value ? connection(result.value as TData) : null));
  return {
    rows: computed(() => page.value?.edges.map((e) => e.node) ?? []),
    total: computed(() => page.value?.totalCount ?? 0),
    loading,
    errorMessage: computed(() => (error.value ? requestErrorMessage(error.value) : null)),
    refetch: () => void refetch(),
  };
}

export type Related = ReturnType<typeof useRelated>;
