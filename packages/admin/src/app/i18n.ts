import { LOCALES, type Locale } from "@nk/shared";
import { createI18n } from "vue-i18n";
import en from "../locales/en.json";
import ru from "../locales/ru.json";
import tg from "../locales/tg.json";

/** English is the reference: every locale file has exactly its keys (test/locales.test.mjs). */
export type MessageSchema = typeof en;

export const DEFAULT_LOCALE: Locale = "tg";
const STORAGE_KEY = "nk.locale";

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

const initial = storedLocale();
document.documentElement.lang = initial;

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initial,
  fallbackLocale: "en",
  messages: { en, ru, tg },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; the switch itself still works.
  }
}
