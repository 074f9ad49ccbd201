import { keyRing, lookupHashedColumns } from "./crypto";

/**
 * Phone numbers as the platform keeps them: +992 and nine digits. Spaces, dashes, dots and
 * brackets are dropped, and 00992 or a bare nine-digit Tajik number become +992…, so one number
 * typed two ways hashes the same.
 */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[\s\-().]/g, "");
  if (/^00992\d{9}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^992\d{9}$/.test(digits)) return `+${digits}`;
  if (/^\d{9}$/.test(digits)) return `+992${digits}`;
  return digits;
}

/** The stored form of a phone: the number (encrypted by the column's transformer) and its keyed hash. */
export function phoneColumns(phone: string | null | undefined): { phone: string | null; phoneHash: string | null } {
  if (phone === null || phone === undefined || phone === "") return { phone: null, phoneHash: null };
  const normalised = normalisePhone(phone);
  return { phone: normalised, phoneHash: keyRing().lookupHash(normalised) };
}

/** Every hash `phone` may be stored under (current and previous keys): match `phone_hash = ANY(…)`. */
export function phoneHashes(phone: string): string[] {
  return keyRing().lookupHashes(normalisePhone(phone));
}

/** Registers `table.column` as a phone kept encrypted with its hash in `hashColumn`. */
export function hashedPhone(table: string, column = "phone", hashColumn = "phone_hash"): void {
  if (!lookupHashedColumns.some((c) => c.table === table && c.column === column)) {
    lookupHashedColumns.push({ table, column, hashColumn, normalise: normalisePhone });
  }
}
