import { computed } from "vue";
import { useI18n } from "vue-i18n";
import type { CaseStage, CaseStatus, GbvType, PerpetratorRelation, PlaceType, RiskLevel } from "../../gql/graphql";

export const STATUSES: readonly CaseStatus[] = ["OPEN", "CLOSED", "TRANSFERRED", "DUPLICATE"];
export const STAGES: readonly CaseStage[] = ["NEW", "CASE_PLAN", "SERVICE_PROVISION", "SERVICES_IMPLEMENTED", "CLOSED"];
export const RISKS: readonly RiskLevel[] = ["HIGH", "MEDIUM", "LOW"];
export const GBV_TYPES: readonly GbvType[] = [
  "RAPE",
  "SEXUAL_ASSAULT",
  "PHYSICAL_ASSAULT",
  "FORCED_MARRIAGE",
  "DENIAL_OF_RESOURCES",
  "PSYCHOLOGICAL_ABUSE",
  "NOT_GBV",
];
export const RELATIONS: readonly PerpetratorRelation[] = [
  "INTIMATE_PARTNER",
  "FORMER_PARTNER",
  "FAMILY_MEMBER",
  "IN_LAW",
  "FRIEND_OR_NEIGHBOUR",
  "EMPLOYER",
  "TEACHER",
  "SERVICE_PROVIDER",
  "STRANGER",
  "OTHER",
  "UNKNOWN",
];
export const PLACES: readonly PlaceType[] = [
  "HOME",
  "PERPETRATOR_HOME",
  "IN_LAWS_HOME",
  "WORKPLACE",
  "SCHOOL",
  "PUBLIC_PLACE",
  "FIELD",
  "HEALTH_FACILITY",
  "OTHER",
];

/** The stages a case may move forward to from this one (closing has its own steps). */
export function nextStages(stage: CaseStage): CaseStage[] {
  return STAGES.slice(STAGES.indexOf(stage) + 1).filter((s) => s !== "CLOSED");
}

/** Options of a select over coded values, named in the current language (`cases.<group>.<VALUE>`). */
export function useCodeOptions<T extends string>(group: string, values: () => readonly T[]) {
  const { t } = useI18n();
  return computed(() => values().map((value) => ({ value, label: t(`cases.${group}.${value}`) })));
}

/** "Ҷӯраева Гулҷаҳон (NK-2026-00042)": how a woman is named on the case screens. */
export function womanName(b: { code: string; firstName: string; lastName: string }): string {
  return `${b.lastName} ${b.firstName} (${b.code})`;
}
