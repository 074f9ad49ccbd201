import type { ExportLanguage, Heading } from "./csv-export";

/** Headings of the fields many exports share. */
export const HEADINGS = {
  id: { tg: "Рақами сабт", ru: "Идентификатор", en: "Id" },
  beneficiaryCode: { tg: "Рамзи зан", ru: "Код женщины", en: "Woman's code" },
  unit: { tg: "Шуъба", ru: "Подразделение", en: "Unit" },
  community: { tg: "Ҷамоат", ru: "Сообщество", en: "Community" },
  status: { tg: "Ҳолат", ru: "Статус", en: "Status" },
  createdAt: { tg: "Сабт шуд", ru: "Создано", en: "Created at" },
} satisfies Record<string, Heading>;

/** The column holding a record's name in `language` (records named in three languages: name_tg, name_ru, name). */
export const nameIn = (language: ExportLanguage) => (language === "tg" ? "name_tg" : language === "ru" ? "name_ru" : "name");
