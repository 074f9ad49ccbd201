import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { requestErrorMessage } from "../app/errors";

/**
 * One record for a detail page: the data, loading, and any failure (NOT_FOUND, FORBIDDEN, the
 * network) as a message in words. The record stays in the Apollo cache, so a mutation that returns
 * it updates every page that shows it.
 */
export function useRecord<TData, TVariables, TRecord>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: () => TVariables,
  pick: (data: TData) => TRecord,
) {
  const { result, loading, error, refetch } = useQuery(query, variables);
  const record = computed(() => (result.value ? pick(result.value as TData) : null));
  const errorMessage = computed(() => (error.value ? requestErrorMessage(error.value) : null));
  return { record, loading, error, errorMessage, refetch };
}
