import type { AuditEvent } from "../../core/audit";
import { defineExport } from "../../core/export/csv-export";
import { auditList } from "./audit.service";

/** `/exports/audit-events.csv`: the audit log (admins), newest first. */
export const auditExport = defineExport<object, string, AuditEvent>({
  name: "audit-events",
  root: "auditEvents",
  list: auditList,
  columns: [
    { field: "id", heading: { tg: "Рақам", ru: "Номер", en: "Number" } },
    { field: "at", heading: { tg: "Вақт", ru: "Время", en: "At" } },
    { field: "actorType", heading: { tg: "Намуди иҷрокунанда", ru: "Тип исполнителя", en: "Actor type" } },
    { field: "actorId", heading: { tg: "Иҷрокунанда", ru: "Исполнитель", en: "Actor" } },
    { field: "actorRole", heading: { tg: "Нақш", ru: "Роль", en: "Role" } },
    { field: "action", heading: { tg: "Амал", ru: "Действие", en: "Action" } },
    { field: "entityType", heading: { tg: "Намуди сабт", ru: "Тип записи", en: "Record type" } },
    { field: "entityId", heading: { tg: "Сабт", ru: "Запись", en: "Record" } },
    { field: "entityIds", heading: { tg: "Сабтҳо", ru: "Записи", en: "Records" } },
    { field: "ip", heading: { tg: "Суроға", ru: "Адрес", en: "Address" } },
    { field: "details", heading: { tg: "Тафсилот", ru: "Подробности", en: "Details" } },
  ],
});
