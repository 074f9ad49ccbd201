// Tajik Cyrillic letters folded to their nearest Russian ones, so "Қодирова" is found by
// "кодирова" and the other way round; ё folds to е as Russian speakers usually type it.
const FOLD: Record<string, string> = { ғ: "г", ӣ: "и", қ: "к", ӯ: "у", ҳ: "х", ҷ: "ч", ё: "е" };

/** The form names are stored and searched in: NFC, lower case, Tajik letters folded, spaces single. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("ru")
    .replace(/[ғӣқӯҳҷё]/g, (c) => FOLD[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A name in the form it is stored and searched in: folded as foldForSearch, "дж" (the Russian
 * spelling of Tajik "ҷ", e.g. Джураева / Ҷӯраева) written "ч" as the folded "ҷ" is, and the hard
 * sign left out (Tajik Маъруфа, Russian Маруфа).
 */
export function foldName(text: string): string {
  return foldForSearch(text).replace(/ъ/g, "").replace(/дж/g, "ч");
}

/** The words of a search, folded as names are: each must occur, in any order (surname first or last). */
export function nameWords(text: string): string[] {
  return foldName(text).split(" ").filter(Boolean).slice(0, 6);
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
