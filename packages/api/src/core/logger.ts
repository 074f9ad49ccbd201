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

/**
 * Errors are logged by kind, message, code and stack only: a database error's `parameters`,
 * `detail` and `query` can hold the very values (names, phones) that must never reach a log.
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; extensions?: { code?: unknown }; originalError?: unknown };
  const cause = e.originalError ?? e.cause;
  return {
    type: e.name,
    message: e.name === "QueryFailedError" ? "database error" : e.message,
    code: e.code ?? e.extensions?.code,
    stack: e.stack?.split("\n").slice(1, 8).join("\n"),
    ...(cause ? { cause: serializeError(cause) } : {}),
  };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "nk-api" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
