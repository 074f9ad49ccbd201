import pino, { type Logger } from "pino";

/**
 * Paths never written to a log line. Personal and sensitive fields are redacted wherever they
 * appear one or two levels deep, and credentials in request headers always.
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "*.*.password",
  "secret",
  "*.secret",
  "token",
  "*.token",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  ...["firstName", "lastName", "patronymic", "phone", "birthYear", "email", "notes", "narrative"].flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "nk-api" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
