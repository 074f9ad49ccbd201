import type { DataSource } from "typeorm";

/** SQLSTATE classes and codes that mean "the database is not there right now", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "08007"]);
const UNAVAILABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Connection ended unexpectedly",
  "terminating connection",
  "the database system is",
  "Client was closed",
  // TypeORM releases a transaction's connection when it breaks; the next statement reports this.
  "Query runner already released",
];

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.includes(current) && seen.length < 6) {
    seen.push(current);
    const e = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return seen;
}

/** True when `error` (or what it wraps) says PostgreSQL cannot be reached or is shutting down. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    // An AggregateError from net.connect when every address of the host refused.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    return typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => message.includes(m));
  });
}

export const SERVICE_UNAVAILABLE_MESSAGE = "The database is not reachable at the moment. Nothing was changed; try again shortly.";

/**
 * Whether PostgreSQL answers a trivial statement within `ms`: asked after an error no rule above
 * recognises, so a failure caused by the database going away (with words the driver has never
 * used before) is still answered as SERVICE_UNAVAILABLE, which tells the client to try again.
 */
export async function databaseAnswers(db: DataSource, ms = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer")), ms);
  });
  try {
    await Promise.race([db.query("SELECT 1"), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether a failure is the database's absence: its error says so, or (an error no rule above
 * recognises) PostgreSQL does not answer a trivial statement right after it.
 */
export async function databaseWentAway(error: unknown, db: DataSource): Promise<boolean> {
  return isDatabaseUnavailable(error) || !(await databaseAnswers(db));
}
