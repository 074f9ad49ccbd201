import { computed, type Ref, ref, watch } from "vue";
import { useRouter } from "vue-router";
import { useEditsGuard } from "./use-edits-guard";
import { useFormDraft } from "./use-form-draft";

/**
 * The state of a form that edits or creates a record: its values, whether they differ from what
 * was loaded, the draft kept in sessionStorage, and the unsaved-edits guard. Values must be plain
 * JSON (dates as "YYYY-MM-DD"); an edit form keeps the record's `version` among them, so a draft
 * restored later still carries the version it was typed against and a stale one meets CONFLICT.
 */
export function useEditForm<T extends object>(empty: () => T) {
  const router = useRouter();
  const values = ref(empty()) as Ref<T>;
  const loaded = ref(JSON.stringify(values.value));
  const dirty = computed(() => JSON.stringify(values.value) !== loaded.value);
  const draft = useFormDraft(values, dirty);
  const guard = useEditsGuard(dirty);
  const restoredDraft = ref(false);

  /** Takes the record's values; a draft of this page, if one was kept, goes on top. */
  function load(record: T, options: { keepDraft?: boolean } = {}): void {
    values.value = record;
    loaded.value = JSON.stringify(record);
    restoredDraft.value = options.keepDraft === false ? false : draft.restore();
  }

  /**
   * Loads the record once it has arrived, and only once: later cache updates (someone else's save
   * seen by another query) must not overwrite what she is typing.
   */
  function loadWhenReady<R>(source: () => R | null | undefined, toValues: (record: R) => T): void {
    let done = false;
    watch(
      source,
      (record) => {
        if (done || !record) return;
        done = true;
        load(toValues(record));
      },
      { immediate: true },
    );
  }

  /** After a successful save: nothing is unsaved any more. */
  function saved(): void {
    loaded.value = JSON.stringify(values.value);
    draft.clear();
    restoredDraft.value = false;
  }

  /** The guard's dialog said "leave": drop the draft and go where she wanted. */
  function leave(): void {
    draft.clear();
    const to = guard.leaveTo.value;
    guard.confirmLeave.value = false;
    if (to) void router.push(to.fullPath);
  }

  function stay(): void {
    guard.confirmLeave.value = false;
    guard.leaveTo.value = null;
  }

  return {
    values,
    dirty,
    load,
    loadWhenReady,
    saved,
    leave,
    stay,
    confirmLeave: guard.confirmLeave,
    restoredDraft,
    loadedValues: () => JSON.parse(loaded.value) as T,
  };
}
