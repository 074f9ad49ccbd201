import { type Ref, watch } from "vue";
import { useRoute } from "vue-router";

const PREFIX = "nk.draft:";

/**
 * Keeps an open form's values in sessionStorage under the page's address, so that an expired
 * session (sign in again, come back) or a reload does not lose what was typed. The tab's storage
 * dies with the tab; `clear()` after saving or discarding.
 */
export function useFormDraft<T extends object>(values: Ref<T>, isDirty: Ref<boolean>) {
  const key = PREFIX + useRoute().path;

  function restore(): boolean {
    try {
      const raw = sessionStorage.getItem(key);
      if (!raw) return false;
      values.value = { ...values.value, ...(JSON.parse(raw) as Partial<T>) };
      return true;
    } catch {
      return false;
    }
  }

  function clear(): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Storage blocked: nothing was kept either.
    }
  }

  watch(
    values,
    (current) => {
      try {
        if (isDirty.value) sessionStorage.setItem(key, JSON.stringify(current));
      } catch {
        // Storage full or blocked: the form still works, only the draft is not kept.
      }
    },
    { deep: true },
  );

  return { restore, clear };
}
