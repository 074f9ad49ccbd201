import type { ValueFormat } from "@nk/shared";
import { useI18n } from "vue-i18n";
import { type Message, type UserErrorLike, userErrorMessage, type Words } from "../app/errors";
import { useFormat } from "./use-format";

/** An enum or field name the locales do not know yet, readable rather than SHOUTED: "not requested". */
const humanize = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();

/**
 * User errors as sentences in the reader's language: enum names through `values.*` (or `roles.*`),
 * field names through `fields.*`, formats through `formats.*`, days and numbers as she writes them.
 * Used inside a computed, the sentence follows a language switch.
 */
export function useUserErrorText(): (error: UserErrorLike) => Message {
  const { t, te } = useI18n();
  const { date, dateTime, number } = useFormat();
  const known = (key: string) => (te(key) ? t(key) : null);
  const words: Words = {
    value: (name) => known(`values.${name}`) ?? known(`roles.${name}`) ?? humanize(name),
    field: (name) => known(`fields.${name}`) ?? humanize(name),
    format: (name: ValueFormat) => known(`formats.${name}`) ?? humanize(name),
    date: (value) => (value.includes("T") ? dateTime(value) : date(value)),
    number: (value) => number(value),
  };
  return (error) => userErrorMessage(error, words);
}
