import { definePreset } from "@primeuix/themes";
import Aura from "@primeuix/themes/aura";
import type { App } from "vue";
import { watch } from "vue";
import PrimeVue, { type PrimeVueConfiguration, usePrimeVue } from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import ToastService from "primevue/toastservice";
import { i18n } from "./i18n";

// NK's colour (a deep teal) on PrimeVue's Aura theme; components are imported one by one where
// they are used, so only those end up in a page's bundle.
const NkPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: "{teal.50}",
      100: "{teal.100}",
      200: "{teal.200}",
      300: "{teal.300}",
      400: "{teal.400}",
      500: "{teal.600}",
      600: "{teal.700}",
      700: "{teal.800}",
      800: "{teal.900}",
      900: "{teal.950}",
      950: "{teal.950}",
    },
  },
});

type LocaleOptions = NonNullable<PrimeVueConfiguration["locale"]>;

/** PrimeVue's own texts (paginator, date picker, dialogs, "no results") from our locale files. */
function primeLocale(): LocaleOptions {
  const messages = i18n.global.getLocaleMessage(i18n.global.locale.value) as unknown as { primevue: LocaleOptions };
  return messages.primevue;
}

export function installPrimeVue(app: App): void {
  app.use(PrimeVue, {
    theme: { preset: NkPreset, options: { darkModeSelector: false, cssLayer: false } },
    locale: primeLocale(),
    ripple: false,
  });
  app.use(ToastService);
  app.use(ConfirmationService);
}

/** Keeps PrimeVue's texts in the chosen language; called once by the shell. */
export function usePrimeVueLocale(): void {
  const primevue = usePrimeVue();
  watch(
    () => i18n.global.locale.value,
    () => {
      primevue.config.locale = primeLocale();
    },
    { immediate: true },
  );
}
