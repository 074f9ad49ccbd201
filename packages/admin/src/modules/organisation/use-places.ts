import type { Locale } from "@nk/shared";
import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { useI18n } from "vue-i18n";
import { PlacesQuery } from "./graphql";

interface Named {
  name: string;
  nameRu: string;
  nameTg: string;
}

/** A place's name in the reader's language. */
export function localName(place: Named, locale: string): string {
  const byLocale: Record<Locale, string> = { en: place.name, ru: place.nameRu, tg: place.nameTg };
  return byLocale[locale as Locale] ?? place.name;
}

/** Units, districts and communities as options of a select, named in the current language. */
export function usePlaces() {
  const { locale } = useI18n();
  const { result, loading } = useQuery(PlacesQuery, {}, { fetchPolicy: "cache-first" });
  const units = computed(
    () => result.value?.units.edges.map(({ node }) => ({ value: node.id, label: localName(node, locale.value) })) ?? [],
  );
  const districts = computed(
    () => result.value?.districts.edges.map(({ node }) => ({ value: node.id, label: localName(node, locale.value) })) ?? [],
  );
  const communities = computed(
    () =>
      result.value?.communities.edges.map(({ node }) => ({
        value: node.id,
        label: localName(node, locale.value),
        districtId: node.district.id,
      })) ?? [],
  );
  return { units, districts, communities, loading };
}
