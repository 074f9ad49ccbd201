import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useApolloClient } from "@vue/apollo-composable";
import { computed, type Ref } from "vue";
import { type RouteLocationRaw, useRouter } from "vue-router";
import type { Message } from "../app/errors";
import type { ConflictField } from "../components/ConflictDialog.vue";
import { useConflict } from "./use-conflict";
import { useEditForm } from "./use-edit-form";
import { type MutationFormOptions, type Payload, useMutationForm } from "./use-mutation-form";
import { useRecord } from "./use-record";

export interface RecordFormOptions<F extends { version: number }, TData, TRecord, CD, CV, CP extends Payload, UD, UV, UP extends Payload> {
  /** The record's id on its edit page, undefined on the "new" one. */
  id: () => string | undefined;
  /** The values of a new record. */
  empty: () => F;
  /** The record read by its id: for the form, and again `network-only` after a CONFLICT. */
  query: TypedDocumentNode<TData, { id: string }>;
  pick: (data: TData) => TRecord;
  /** The record as form values, its `version` among them. */
  toValues: (record: TRecord) => F;
  /**
   * Why the record read is not hers to edit (another trainer's course): said in words in place
   * of the form, which never takes its values.
   */
  refusal?: (record: Readonly<Ref<TRecord | null>>) => Readonly<Ref<Message | null>>;
  create: MutationFormOptions<CD, CV, CP>;
  update: MutationFormOptions<UD, UV, UP>;
  /** The fields the conflict dialog compares, with the i18n key of each label. */
  labels: { [K in keyof F]?: string };
  /** A value as text in the conflict dialog; by default as it is. */
  shown?: (key: keyof F, value: F[keyof F]) => string;
}

/** The entries of a field written one per line, trimmed, blank lines left out. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What `FormPage` shows of a record form: read states, the submit's state, the two dialogs. */
export interface RecordFormFrame {
  /** An edit page reads its record; a "new" page reads nothing. */
  reads: boolean;
  loading: Readonly<Ref<boolean>>;
  error: Readonly<Ref<Message | null>>;
  retry: () => void;
  /** The record is here (or none is needed): the page is ready for her. */
  ready: Readonly<Ref<boolean>>;
  /** The form is shown: nothing to read, or the record read and hers to edit. */
  shown: Readonly<Ref<boolean>>;
  restoredDraft: Readonly<Ref<boolean>>;
  formErrors: Readonly<Ref<readonly Message[]>>;
  pending: Readonly<Ref<boolean>>;
  conflict: {
    open: Ref<boolean>;
    loading: Readonly<Ref<boolean>>;
    fields: Readonly<Ref<readonly ConflictField[]>>;
    reload: () => void;
  };
  confirmLeave: Readonly<Ref<boolean>>;
  stay: () => void;
  leave: () => void;
}

/**
 * A page that creates a record or edits one: its values (draft, unsaved-edits guard), the record
 * read by id, the create with its idempotency key and the update with the version read, the
 * conflict dialog after a stale version, and `frame` for `FormPage`. The view keeps what is its
 * own: the fields, how values become the mutation's input, where she goes once it is saved.
 */
export function useRecordForm<F extends { version: number }, TData, TRecord, CD, CV, CP extends Payload, UD, UV, UP extends Payload>(
  options: RecordFormOptions<F, TData, TRecord, CD, CV, CP, UD, UV, UP>,
) {
  const router = useRouter();
  const { resolveClient } = useApolloClient();
  const editing = computed(() => options.id() !== undefined);
  const variables = () => ({ id: options.id() ?? "" });

  const form = useEditForm(options.empty);
  const existing = editing.value ? useRecord(options.query, variables, options.pick) : null;
  const record = computed(() => existing?.record.value ?? null);
  const refused = existing && options.refusal ? options.refusal(record) : null;
  const refusal = computed(() => refused?.value ?? null);
  if (existing) form.loadWhenReady(() => (refusal.value ? null : existing.record.value), options.toValues);
  else form.load(options.empty());

  const create = useMutationForm(options.create);
  const update = useMutationForm(options.update);
  const active = computed(() => (editing.value ? update : create));

  const conflict = useConflict<F>({
    fetchSaved: async () => {
      const { data } = await resolveClient().query({ query: options.query, variables: variables(), fetchPolicy: "network-only" });
      return options.toValues(options.pick(data));
    },
    mine: () => form.values.value,
    labels: options.labels,
    shown: options.shown ?? ((_key, value) => String(value ?? "")),
    load: (saved) => form.load(saved, { keepDraft: false }),
  });

  /** Sends the update with the version she read; a stale one opens the conflict dialog. */
  async function submitUpdate(input: UV): Promise<UP | null> {
    const payload = await update.submit(input);
    if (!payload && update.conflict.value) await conflict.show();
    return payload;
  }

  /** It is saved: nothing is unsaved any more, and she goes to what she saved. */
  async function done(to: RouteLocationRaw): Promise<void> {
    form.saved();
    await router.push(to);
  }

  const frame: RecordFormFrame = {
    reads: existing !== null,
    loading: computed(() => (existing ? existing.loading.value && !existing.record.value : false)),
    error: computed(() => refusal.value ?? existing?.errorMessage.value ?? null),
    retry: () => void existing?.refetch(),
    ready: computed(() => !existing || existing.record.value !== null),
    shown: computed(() => !existing || Boolean(existing.record.value && !refusal.value)),
    restoredDraft: form.restoredDraft,
    formErrors: computed(() => active.value.formErrors.value),
    pending: computed(() => active.value.pending.value),
    conflict: { open: conflict.open, loading: conflict.loading, fields: conflict.fields, reload: conflict.reload },
    confirmLeave: form.confirmLeave,
    stay: form.stay,
    leave: form.leave,
  };

  return {
    editing,
    form,
    values: form.values,
    record,
    refusal,
    create,
    update,
    active,
    conflict,
    submitUpdate,
    submitCreate: create.submit,
    done,
    frame,
  };
}
