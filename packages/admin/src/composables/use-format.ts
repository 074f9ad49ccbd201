import type { Locale } from "@nk/shared";
import { useI18n } from "vue-i18n";

const TIME_ZONE = "Asia/Dushanbe";
// Browsers ship little or no ICU data for Tajik; Tajik writes dates and numbers as Russian does.
const INTL_LOCALE: Record<Locale, string> = { tg: "ru-RU", ru: "ru-RU", en: "en-GB" };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Calendar dates ("2026-03-08") are shown as they are, never shifted by a time zone. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return value;
  if (locale === "en") return `${pad(d)}/${pad(m)}/${y}`;
  return `${pad(d)}.${pad(m)}.${y}`;
}

/** Instants are shown in Dushanbe time: dd.mm.yyyy hh:mm. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const sep = locale === "en" ? "/" : ".";
  return `${get("day")}${sep}${get("month")}${sep}${get("year")} ${get("hour")}:${get("minute")}`;
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined) return "";
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
}

/** Formatting in the language the person chose; re-renders when she switches. */
export function useFormat() {
  const { locale } = useI18n();
  const current = () => locale.value as Locale;
  return {
    date: (value: string | null | undefined) => formatDate(value, current()),
    dateTime: (value: string | null | undefined) => formatDateTime(value, current()),
    number: (value: number | null | undefined, digits?: number) => formatNumber(value, current(), digits),
  };
}
