import { LOCALES, type Locale } from "@nk/shared";
import { createI18n } from "vue-i18n";
import en from "../locales/en.json";
import ru from "../locales/ru.json";
import tg from "../locales/tg.json";

/** English is the reference: every locale file has exactly its keys (scripts/check-locales.mjs). */
export type MessageSchema = typeof en;
type Messages = Record<string, unknown>;

export const DEFAULT_LOCALE: Locale = "tg";
const STORAGE_KEY = "nk.locale";

// Each module may keep its texts beside it in `modules/<name>/locales/<locale>.json`; they are
// merged under the module's name (`t("programs.list.title")`).
const moduleFiles = import.meta.glob<{ default: Messages }>("../modules/*/locales/*.json", { eager: true });

function withModules(locale: Locale, base: MessageSchema): MessageSchema {
  const merged: Messages = { ...base };
  for (const [file, content] of Object.entries(moduleFiles)) {
    const match = /modules\/([^/]+)\/locales\/([a-z]+)\.json$/.exec(file);
    if (match?.[2] === locale && match[1]) merged[match[1]] = content.default;
  }
  // Typed as the core schema: module keys are looked up by string, checked by check-locales.
  return merged as MessageSchema;
}

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
  messages: { en: withModules("en", en), ru: withModules("ru", ru), tg: withModules("tg", tg) },
  pluralRules: { ru: slavic, tg: tajik },
});

export function currentLocale(): Locale {
  const value = i18n.global.locale.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; the switch itself still works.
  }
}
