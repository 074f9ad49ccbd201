import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { useI18n } from "vue-i18n";
import type { BeneficiaryStatus, Vulnerability } from "../../gql/graphql";
import { ProgramOptionsQuery } from "./graphql/beneficiaries";

export const STATUSES: readonly BeneficiaryStatus[] = ["ACTIVE", "INACTIVE"];
export const VULNERABILITIES: readonly Vulnerability[] = [
  "DOMESTIC_VIOLENCE_SURVIVOR",
  "WIDOW",
  "SINGLE_MOTHER",
  "ABANDONED_BY_MIGRANT_HUSBAND",
  "DISABILITY",
  "NO_IDENTITY_DOCUMENTS",
  "LOW_INCOME",
  "YOUNG_WOMAN",
];

/** Values of a GraphQL enum as select options, labelled from `beneficiaries.<group>.<VALUE>`. */
export function useEnumOptions<T extends string>(group: string, values: readonly T[]) {
  const { t } = useI18n();
  return computed(() => values.map((value) => ({ value, label: t(`beneficiaries.${group}.${value}`) })));
}

/** The programmes as options ("CODE — title"), one page of them. */
export function useProgramOptions() {
  const { result } = useQuery(ProgramOptionsQuery, {}, { fetchPolicy: "cache-first" });
  return computed(() => result.value?.programs.edges.map(({ node }) => ({ value: node.id, label: `${node.code} — ${node.title}` })) ?? []);
}

/** Her name as staff write it: surname, first name, patronymic. */
export function fullName(b: { firstName: string; lastName?: string | null; patronymic?: string | null }): string {
  return [b.lastName, b.firstName, b.patronymic].filter(Boolean).join(" ");
}
