import { LOCALES, type Locale } from "@nk/shared";
import { createI18n } from "vue-i18n";
import type { MessageSchema } from "./locale-modules";

export type { MessageSchema } from "./locale-modules";

export const DEFAULT_LOCALE: Locale = "tg";
const STORAGE_KEY = "nk.locale";

/** Each language's texts are a chunk of their own, loaded when that language is first shown. */
const BUNDLES: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  tg: () => import("../locales/bundle/tg"),
  ru: () => import("../locales/bundle/ru"),
  en: () => import("../locales/bundle/en"),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked by the browser's privacy settings; the default is fine then.
    return DEFAULT_LOCALE;
  }
}

/**
 * Russian: "1 программа | 2 программы | 5 программ", with an optional leading zero form
 * ("нет программ | …"). Tajik and English nouns take one form after a number; a leading zero
 * form is used when the message has one.
 */
function slavic(choice: number, choicesLength: number): number {
  const n = Math.abs(choice);
  const offset = choicesLength === 4 ? 1 : 0;
  if (offset && n === 0) return 0;
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return offset;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 10 || mod100 >= 20)) return offset + 1;
  return offset + 2;
}

function tajik(choice: number, choicesLength: number): number {
  if (choicesLength === 1) return 0;
  if (choicesLength === 2) return choice === 0 ? 0 : 1;
  return choice === 0 ? 0 : choice === 1 ? 1 : 2;
}

const initial = storedLocale();
document.documentElement.lang = initial;

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initial,
  fallbackLocale: false,
  missingWarn: true,
  fallbackWarn: false,
  pluralRules: { ru: slavic, tg: tajik },
});

export function currentLocale(): Locale {
  const value = i18n.global.locale.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const loaded = new Set<Locale>();

/** Loads a language's texts once; the app is mounted after the first, a switch waits for its own. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  i18n.global.setLocaleMessage(locale, (await BUNDLES[locale]()).default);
  loaded.add(locale);
}

export async function setLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; the switch itself still works.
  }
}
