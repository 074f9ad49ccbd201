import { LOCALES, type Locale } from "@nk/shared";
import { createI18n } from "vue-i18n";
import { type MessageSchema, type Messages, moduleTextsLoader } from "./locale-modules";

export type { MessageSchema } from "./locale-modules";

export const DEFAULT_LOCALE: Locale = "tg";
const STORAGE_KEY = "nk.locale";

/**
 * The shell's texts in each language are a chunk of their own, loaded when that language is first
 * shown; a module's texts come with its pages (`loadModuleTexts`, called by the router).
 */
const CORE: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  tg: () => import("../locales/tg.json"),
  ru: () => import("../locales/ru.json"),
  en: () => import("../locales/en.json"),
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

/** What is loaded (or on its way) per language: "" for the shell's texts, else a module's name. */
const loading: Record<Locale, Map<string, Promise<void>>> = { tg: new Map(), ru: new Map(), en: new Map() };
/** Every module whose texts a page has needed so far: a language switched to loads them all. */
const needed = new Set<string>();

function loadOnce(locale: Locale, name: string, load: () => Promise<void>): Promise<void> {
  let pending = loading[locale].get(name);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      // A failed chunk (network) is tried again by the next navigation or switch.
      loading[locale].delete(name);
      throw error;
    });
    loading[locale].set(name, pending);
  }
  return pending;
}

function loadCore(locale: Locale): Promise<void> {
  return loadOnce(locale, "", async () => {
    // Merged, not replaced: a module's texts may have arrived first.
    i18n.global.mergeLocaleMessage(locale, (await CORE[locale]()).default);
  });
}

function loadModules(locale: Locale, names: Iterable<string>): Promise<void> {
  const loads = [...names].flatMap((name) => {
    const loader = moduleTextsLoader(name, locale);
    if (!loader) return [];
    return [
      loadOnce(locale, name, async () => {
        const texts = (await loader()).default;
        i18n.global.mergeLocaleMessage(locale, { [name]: texts } as Messages as MessageSchema);
      }),
    ];
  });
  return Promise.all(loads).then(() => undefined);
}

/** Loads a language's shell texts once; the app is mounted after the first, a switch waits for its own. */
export function loadLocale(locale: Locale): Promise<void> {
  return loadCore(locale);
}

/**
 * The texts of these modules in the language shown (the router awaits it before a page renders,
 * so no key is ever shown before its text). Should the language change meanwhile, that one's too.
 */
export async function loadModuleTexts(names: readonly string[]): Promise<void> {
  for (const name of names) needed.add(name);
  let locale: Locale;
  do {
    locale = currentLocale();
    await loadModules(locale, names);
  } while (locale !== currentLocale());
}

export async function setLocale(locale: Locale): Promise<void> {
  // The shell's texts and those of every module opened so far, before anything shows the language.
  await Promise.all([loadCore(locale), loadModules(locale, needed)]);
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; the switch itself still works.
  }
}
