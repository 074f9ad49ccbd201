import { useQuery } from "@vue/apollo-composable";
import { computed, type MaybeRefOrGetter, toValue } from "vue";
import { useI18n } from "vue-i18n";
import type { ServiceKind, ServiceOutcome } from "../../gql/graphql";
import { ServiceChoicesQuery } from "./graphql/services";

export const OUTCOMES: readonly ServiceOutcome[] = [
  "PROVIDED",
  "REFERRED",
  "RECEIVED_ELSEWHERE",
  "DECLINED",
  "UNAVAILABLE",
  "NOT_APPLICABLE",
];

/**
 * The kinds with their own subtypes (from the API, so the form offers only valid ones), the
 * outcomes and the staff who may be named as provider in a unit, as options of a select.
 */
export function useServiceChoices(unitId: MaybeRefOrGetter<string | null> = null) {
  const { t } = useI18n();
  const { result, loading } = useQuery(ServiceChoicesQuery, () => ({ unitId: toValue(unitId) || null }), { fetchPolicy: "cache-first" });
  const kinds = computed(() => (result.value?.serviceKinds ?? []).map((k) => ({ value: k.kind, label: t(`services.kind.${k.kind}`) })));
  const subtypesOf = (kind: ServiceKind | "" | null) =>
    (result.value?.serviceKinds.find((k) => k.kind === kind)?.subtypes ?? []).map((s) => ({ value: s, label: t(`services.subtype.${s}`) }));
  const outcomes = computed(() => OUTCOMES.map((o) => ({ value: o, label: t(`services.outcome.${o}`) })));
  const providers = computed(() => (result.value?.serviceProviders ?? []).map((p) => ({ value: p.id, label: p.fullName })));
  return { kinds, subtypesOf, outcomes, providers, loading };
}
