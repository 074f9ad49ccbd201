import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { useI18n } from "vue-i18n";
import type { AdvocacyResult, AdvocacyTarget, GroupStage } from "../../gql/graphql";
import { GroupFacilitatorsQuery } from "./graphql/groups";

export const STAGES: readonly GroupStage[] = ["FORMING", "ACTIVE", "AUTONOMOUS"];
export const TARGETS: readonly AdvocacyTarget[] = ["LOCAL_AUTHORITY", "JAMOAT", "SCHOOL", "CLINIC", "POLICE", "COURT", "EMPLOYER", "OTHER"];
export const RESULTS: readonly AdvocacyResult[] = ["PENDING", "ACHIEVED", "PARTLY_ACHIEVED", "REFUSED"];

/** Stages, advocacy targets and results, and who may facilitate a group, as options of a select. */
export function useGroupChoices(withFacilitators = false) {
  const { t } = useI18n();
  const facilitatorQuery = withFacilitators ? useQuery(GroupFacilitatorsQuery, {}, { fetchPolicy: "cache-first" }) : null;
  const stages = computed(() => STAGES.map((s) => ({ value: s, label: t(`values.${s}`) })));
  const targets = computed(() => TARGETS.map((s) => ({ value: s, label: t(`groups.advocacy.target.${s}`) })));
  const results = computed(() => RESULTS.map((s) => ({ value: s, label: t(`groups.advocacy.result.${s}`) })));
  const facilitators = computed(() =>
    (facilitatorQuery?.result.value?.groupFacilitators ?? []).map((f) => ({ value: f.id, label: f.fullName })),
  );
  return { stages, targets, results, facilitators };
}
