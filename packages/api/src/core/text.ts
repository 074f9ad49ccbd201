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

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
