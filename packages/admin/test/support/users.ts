import type { Role } from "@nk/shared";

/** The staff accounts the global setup creates, one per role, with one shared test password. */
export const STAFF_PASSWORD = "e2e-Password-for-staff-2026";

export function staffEmail(role: Role): string {
  return `${role.toLowerCase().replace("_", "-")}@e2e.example.org`;
}

export const STAFF_NAMES: Record<Role, string> = {
  ADMIN: "Зарина Раҳимова",
  COORDINATOR: "Мадина Каримова",
  CASE_WORKER: "Нигина Саидова",
  TRAINER: "Фарзона Ҳасанова",
  FACILITATOR: "Шаҳло Наимова",
  ANALYST: "Гулнора Азизова",
};
