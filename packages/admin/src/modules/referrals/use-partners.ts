import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { ReferralPartnersQuery } from "./graphql/referrals";

/** Registered partners as options of a select, whatever their kind. */
export function usePartners() {
  const { result, loading } = useQuery(ReferralPartnersQuery, {}, { fetchPolicy: "cache-first" });
  const partners = computed(() => result.value?.partners.edges.map(({ node }) => node) ?? []);
  const options = computed(() => partners.value.map((p) => ({ value: p.id, label: p.acronym ? `${p.name} (${p.acronym})` : p.name })));
  return { partners, options, loading };
}
