import { todayInDushanbe } from "@nk/shared";
import { computed } from "vue";
import { type LocationQueryRaw, useRoute, useRouter } from "vue-router";
import { PERIOD_KINDS, type PeriodKind, periodOf, type Range, rangeOf } from "./period";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dashboard's period and district, kept in the address (`?period=quarter&at=2026-Q3&district=…`,
 * or `?period=custom&from=…&to=…`), so a shared link or the back button shows the same figures.
 * Without one it covers this year in all districts.
 */
export function useDashboardScope() {
  const route = useRoute();
  const router = useRouter();
  const today = todayInDushanbe();
  const param = (key: string) => {
    const value = route.query[key];
    return typeof value === "string" ? value : "";
  };

  const kind = computed<PeriodKind>(() => {
    const value = param("period");
    return (PERIOD_KINDS as readonly string[]).includes(value) ? (value as PeriodKind) : "year";
  });
  const at = computed(() => {
    const k = kind.value;
    if (k === "custom") return "";
    const value = param("at");
    return rangeOf(k, value) ? value : periodOf(k, today);
  });
  const custom = computed(() => ({ from: DAY.test(param("from")) ? param("from") : "", to: DAY.test(param("to")) ? param("to") : "" }));
  const range = computed<Range | null>(() => {
    if (kind.value !== "custom") return rangeOf(kind.value, at.value);
    const { from, to } = custom.value;
    return from && to ? { from, to } : null;
  });
  const districtId = computed(() => param("district"));

  function set(changes: Record<string, string>) {
    const query: LocationQueryRaw = { ...route.query, ...changes };
    for (const [key, value] of Object.entries(query)) if (value === "") delete query[key];
    void router.push({ query });
  }

  return {
    today,
    kind,
    at,
    custom,
    range,
    districtId,
    setKind: (k: PeriodKind) =>
      set(
        k === "custom"
          ? { period: k, at: "", ...(range.value ?? {}) }
          : { period: k, at: periodOf(k, range.value?.from ?? today), from: "", to: "" },
      ),
    setAt: (value: string) => set({ at: value }),
    setDay: (end: "from" | "to", value: string | null) => set({ [end]: value ?? "" }),
    setDistrict: (id: string) => set({ district: id }),
  };
}
