import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useMutation } from "@vue/apollo-composable";
import { useToast } from "primevue/usetoast";
import { computed, ref, shallowRef } from "vue";
import { useI18n } from "vue-i18n";
import { evictLists } from "../app/apollo";
import { isConflict, type Message, requestErrorMessage, type UserErrorLike, userErrorField } from "../app/errors";
import { useUserErrorText } from "./use-user-error-text";

/** What every mutation payload of the API carries. */
export interface Payload {
  userErrors: readonly UserErrorLike[];
}

export interface MutationFormOptions<TData, TVariables, TPayload extends Payload> {
  mutation: TypedDocumentNode<TData, TVariables>;
  /** The payload inside the mutation's data. */
  payload: (data: TData) => TPayload;
  /** A create sends an `Idempotency-Key`, the same one when the same submit is retried. */
  creates?: boolean;
  /** Root lists that change with this mutation; their cached pages are dropped, lists refetch. */
  evicts?: readonly string[];
  /** i18n key of the toast shown on success. */
  successKey: string;
  /**
   * What to say instead of a code's general sentence for one field, e.g. `{ bedId: { DUPLICATE:
   * "shelter.admit.bedTaken" } }`: "this bed is taken" says more than "already used".
   */
  messages?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const SLOW_MS = 800;

/**
 * Submitting a form: one request at a time (a double click never sends twice), the idempotency
 * key of a create, field-level messages from `userErrors`, CONFLICT noticed whichever way it
 * comes, progress and success toasts, and request failures in words.
 */
export function useMutationForm<TData, TVariables, TPayload extends Payload>(options: MutationFormOptions<TData, TVariables, TPayload>) {
  const { t } = useI18n();
  const toast = useToast();
  const { mutate } = useMutation(options.mutation);
  const sentence = useUserErrorText();
  const pending = ref(false);
  const userErrors = shallowRef<readonly UserErrorLike[]>([]);
  const requestError = shallowRef<Message | null>(null);
  const conflict = ref(false);
  let idempotency: { key: string; body: string } | null = null;

  /** Messages per input field ("title", "targets.0.period"); "" holds those of no field. */
  const fieldErrors = computed(() => {
    const byField: Record<string, Message[]> = {};
    for (const error of userErrors.value) {
      if (error.code === "CONFLICT") continue;
      const field = userErrorField(error);
      const list = byField[field] ?? [];
      const own = options.messages?.[field]?.[error.code];
      list.push(own ? { key: own } : sentence(error));
      byField[field] = list;
    }
    return byField;
  });
  /** Fields to correct: a CONFLICT is none of hers (ConflictDialog says it), nor is a problem of the whole input. */
  const toCorrect = computed(() => userErrors.value.filter((e) => e.code !== "CONFLICT" && userErrorField(e) !== ""));
  /** The summary above the form: the request's failure, how many fields to correct, and what belongs to no field. */
  const formErrors = computed<Message[]>(() => [
    ...(requestError.value ? [requestError.value] : []),
    ...(toCorrect.value.length ? [{ key: "forms.checkFields", params: { count: toCorrect.value.length } }] : []),
    ...(fieldErrors.value[""] ?? []),
  ]);

  /**
   * For a button with no form to correct (archive, revoke): every message in words, those of a
   * field included, where `formErrors` would point to fields that are not on the screen.
   */
  const actionErrors = computed<Message[]>(() => [
    ...(requestError.value ? [requestError.value] : []),
    ...Object.values(fieldErrors.value).flat(),
  ]);

  function keyFor(variables: TVariables): string | undefined {
    if (!options.creates) return undefined;
    const body = JSON.stringify(variables);
    if (idempotency?.body !== body) idempotency = { key: crypto.randomUUID(), body };
    return idempotency.key;
  }

  /** Sends the mutation; resolves to the payload on success, null otherwise (state says why). */
  async function submit(variables: TVariables): Promise<TPayload | null> {
    if (pending.value) return null;
    pending.value = true;
    userErrors.value = [];
    requestError.value = null;
    conflict.value = false;
    const slow = setTimeout(() => toast.add({ severity: "info", summary: t("common.saving"), group: "progress" }), SLOW_MS);
    try {
      const idempotencyKey = keyFor(variables);
      const result = await mutate(variables as never, idempotencyKey ? { context: { idempotencyKey } } : {});
      const payload = result?.data ? options.payload(result.data as TData) : null;
      if (!payload) throw new Error("no payload");
      if (payload.userErrors.length > 0) {
        userErrors.value = payload.userErrors;
        conflict.value = isConflict(null, payload.userErrors);
        return null;
      }
      idempotency = null;
      if (options.evicts?.length) evictLists(options.evicts);
      toast.add({ severity: "success", summary: t(options.successKey), life: 3000 });
      return payload;
    } catch (error) {
      if (isConflict(error)) conflict.value = true;
      else requestError.value = requestErrorMessage(error);
      return null;
    } finally {
      clearTimeout(slow);
      toast.removeGroup("progress");
      pending.value = false;
    }
  }

  /** The messages of one field, translated, for `<FormField :errors>`. */
  function errorsOf(field: string): string[] {
    return (fieldErrors.value[field] ?? []).map((m) => t(m.key, m.params ?? {}));
  }

  return { submit, pending, userErrors, fieldErrors, formErrors, actionErrors, conflict, errorsOf };
}
