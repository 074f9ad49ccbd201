import { ref } from "vue";
import { useI18n } from "vue-i18n";
import type { ConflictField } from "../components/ConflictDialog.vue";

export interface ConflictOptions<F extends object> {
  /** The record as saved now (fetched `network-only`), as form values. */
  fetchSaved: () => Promise<F>;
  /** What she has in the form. */
  mine: () => F;
  /** The fields to compare, with the i18n key of each label. */
  labels: { [K in keyof F]?: string };
  /** A value as text for the dialog. */
  shown: (key: keyof F, value: F[keyof F]) => string;
  /** Puts the saved version into the form. */
  load: (saved: F) => void;
}

/**
 * The state behind `ConflictDialog` after a CONFLICT: fetch what is saved now, list the fields
 * where it differs from what she typed, and load the saved version when she asks.
 */
export function useConflict<F extends object>(options: ConflictOptions<F>) {
  const { t } = useI18n();
  const open = ref(false);
  const loading = ref(false);
  const fields = ref<ConflictField[]>([]);
  let saved: F | null = null;

  async function show() {
    loading.value = true;
    open.value = true;
    try {
      const theirs = await options.fetchSaved();
      saved = theirs;
      const mine = options.mine();
      fields.value = (Object.keys(options.labels) as (keyof F & string)[])
        .filter((key) => JSON.stringify(theirs[key]) !== JSON.stringify(mine[key]))
        .map((key) => ({
          key,
          label: t(options.labels[key] as string),
          theirs: options.shown(key, theirs[key]),
          mine: options.shown(key, mine[key]),
        }));
    } finally {
      loading.value = false;
    }
  }

  function reload() {
    if (saved) options.load(saved);
  }

  return { open, loading, fields, show, reload };
}
