import type en from "../locales/en.json";

/** English is the reference: every locale file has exactly its keys (scripts/check-locales.mjs). */
export type MessageSchema = typeof en;
export type Messages = Record<string, unknown>;

/**
 * Each module's texts, `modules/<name>/locales/<locale>.json`, are a chunk of their own (a few KB),
 * merged under the module's name (`t("programs.list.title")`) when a page of the module is opened.
 * The shell's texts (`src/locales/<locale>.json`: navigation, roles, errors, PrimeVue's) are one
 * chunk per language, loaded before the app mounts.
 */
const MODULE_FILES = import.meta.glob<{ default: Messages }>("../modules/*/locales/*.json");

/** The loader of a module's texts in a language, or null when the module keeps none of its own. */
export function moduleTextsLoader(name: string, locale: string): (() => Promise<{ default: Messages }>) | null {
  return MODULE_FILES[`../modules/${name}/locales/${locale}.json`] ?? null;
}
