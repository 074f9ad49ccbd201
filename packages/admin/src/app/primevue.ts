import { definePreset } from "@primeuix/themes";
import Aura from "@primeuix/themes/aura";
import PrimeVue, { type PrimeVueConfiguration, usePrimeVue } from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import ToastService from "primevue/toastservice";
import type { App } from "vue";
import { watch } from "vue";
import { i18n } from "./i18n";

type Palette = Record<50 | 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900 | 950, string>;

/**
 * Aura's default shades put white on teal-500 and red-500 text on white, below WCAG AA contrast
 * (axe fails them). Every palette used for text or filled buttons is moved two steps darker.
 */
function darker(palette: Palette): Palette {
  return { ...palette, 400: palette[600], 500: palette[700], 600: palette[800], 700: palette[900], 800: palette[950] };
}
const primitive = Aura.primitive as unknown as Record<string, Palette>;
const DARKENED = ["teal", "red", "green", "emerald", "orange", "amber", "yellow", "sky", "blue", "slate"] as const;

// NK's colour (a deep teal) on PrimeVue's Aura theme; components are imported one by one where
// they are used, so only those end up in a page's bundle.
const NkPreset = definePreset(Aura, {
  primitive: Object.fromEntries(DARKENED.flatMap((name) => (primitive[name] ? [[name, darker(primitive[name])]] : []))),
  semantic: {
    primary: Object.fromEntries([50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950].map((shade) => [shade, `{teal.${shade}}`])),
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
