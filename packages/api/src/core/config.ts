import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROLES, type Role } from "@nk/shared";
import { z } from "zod";

/** ADMIN, and the roles that read cases and incidents. */
const MFA_REQUIRED_BY_DEFAULT: readonly Role[] = ["ADMIN", "COORDINATOR", "CASE_WORKER"];

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_PASSWORD_FILE: z.string().min(1).optional(),
  NK_DATA_DIR: z.string().min(1).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  NK_REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/, "must be 1 to 32 of a-z, 0-9, _ and -")
    .default("nk"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NK_ADMIN_EMAIL: z.email().optional(),
  NK_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(256).optional(),
  NK_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "must be 32 bytes in base64 (44 characters)")
    .optional(),
  NK_DATA_KEY_FILE: z.string().min(1).optional(),
  NK_DATA_KEYS_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/, "must be 32-byte keys in base64, separated by commas")
    .optional(),
  NK_SUPPRESSION_MIN: z.coerce.number().int().min(5, "must be 5 or more").default(10),
  NK_INTERNAL_SUPPRESSION_MIN: z.coerce.number().int().min(5, "must be 5 or more").default(5),
  NK_DEMO_DATA: bool.default(true),
  NK_SQL_ANSWERS: bool.default(true),
  NK_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  NK_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  NK_LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  NK_LOGIN_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  NK_LOGIN_MAX_DELAY_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  NK_LOGIN_ACCOUNT_CEILING: z.coerce.number().int().min(2).max(10_000).default(50),
  NK_LOGIN_ADDRESS_CEILING: z.coerce.number().int().min(2).max(100_000).default(200),
  NK_LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  NK_LOGIN_MAX_FAILURES: z.never({ error: "replaced by NK_LOGIN_FREE_FAILURES and NK_LOGIN_ACCOUNT_CEILING" }).optional(),
  NK_LOGIN_LOCK_MINUTES: z.never({ error: "replaced by NK_LOGIN_DELAY_SECONDS and NK_LOGIN_WINDOW_MINUTES" }).optional(),
  NK_MFA_REQUIRED_ROLES: z
    .string()
    .regex(
      new RegExp(`^(none|(${ROLES.join("|")})(,(${ROLES.join("|")}))*)$`),
      `must be "none" or roles separated by commas (${ROLES.join(", ")})`,
    )
    .default(MFA_REQUIRED_BY_DEFAULT.join(",")),
  NK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  NK_TRUST_PROXY: z.string().default("loopback"),
  NK_ADMIN_DIST: z.string().optional(),
  NK_SECURE_COOKIES: bool.optional(),
  NK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NK_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  NK_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  NK_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  NK_DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  NK_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  NK_IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(24),
});

export type Env = z.input<typeof schema>;

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; unset means the embedded one. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so deployments can share one Redis. */
  redisPrefix: string;
  logLevel: string;
  admin: { email: string | undefined; password: string | undefined };
  /** Key for sensitive text at rest (NK_DATA_KEY, or read from NK_DATA_KEY_FILE); with the embedded database a generated one is kept in dataDir. */
  dataKey: string | undefined;
  /** Where the key was read from, when NK_DATA_KEY_FILE gave it. */
  dataKeyFile: string | undefined;
  /** Earlier keys, still used to read what they encrypted until a rotation re-encrypts it. */
  previousDataKeys: string[];
  suppressionMin: number;
  /** The floor of figures inside NK for roles that read no personal data (ANALYST): smallest count shown. */
  internalSuppressionMin: number;
  demoData: boolean;
  /** Queries made only of declared pages, links and plain columns are answered by one SQL statement (core/graphql/answer.ts). */
  sqlAnswers: boolean;
  session: { idleMs: number; absoluteMs: number };
  login: LoginThrottling;
  /** Staff roles that must sign in with a second step (an authenticator code). */
  mfa: { requiredRoles: Role[] };
  rateLimitPerMinute: number;
  trustProxy: string;
  adminDist: string;
  /** Session cookies carry `Secure` (sent over HTTPS and to localhost only). */
  secureCookies: boolean;
  /** Pool size and the timeouts that keep a slow or vanished database from holding requests forever. */
  database: DatabaseLimits;
  /** How long a stopping process lets in-flight requests finish, answering new ones with 503. */
  shutdownGraceMs: number;
  /** How long an Idempotency-Key is remembered. */
  idempotencyTtlMs: number;
}

/**
 * Failed sign-ins: per account and address pair, free up to `freeFailures`, then each further
 * one waits `delayMs` doubled per failure (at most `maxDelayMs`); an account or an address is
 * locked for a window once it reaches its ceiling. Failures are forgotten after a window without any.
 */
export interface LoginThrottling {
  freeFailures: number;
  delayMs: number;
  maxDelayMs: number;
  accountCeiling: number;
  addressCeiling: number;
  windowMs: number;
}

export interface DatabaseLimits {
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  idleTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** packages/api: the nearest folder holding a package.json, from src/core and from dist/src/core alike. */
function apiRoot(dir = __dirname): string {
  if (existsSync(path.join(dir, "package.json"))) return dir;
  const parent = path.dirname(dir);
  return parent === dir ? process.cwd() : apiRoot(parent);
}

/** The repository root: `.data/`, `backups/` and the built admin are found from it. */
export const REPO_ROOT = path.resolve(apiRoot(), "../..");

/** What the file a `…_FILE` variable names holds, without the line break at its end. */
function readSecretFile(variable: string, file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    throw new ConfigError([`${variable}: cannot read ${path.resolve(file)}`]);
  }
}

/** DATABASE_URL with the password read from DATABASE_PASSWORD_FILE (a secret file, as in docker/compose.yaml). */
function withPasswordFile(databaseUrl: string | undefined, passwordFile: string | undefined): string | undefined {
  if (!passwordFile) return databaseUrl;
  if (!databaseUrl) throw new ConfigError(["DATABASE_PASSWORD_FILE: needs DATABASE_URL (without a password) to add it to"]);
  const url = new URL(databaseUrl);
  if (url.password) throw new ConfigError(["DATABASE_PASSWORD_FILE: DATABASE_URL holds a password already; give it in one place"]);
  url.password = encodeURIComponent(readSecretFile("DATABASE_PASSWORD_FILE", passwordFile));
  return url.toString();
}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NK_LOGIN_ACCOUNT_CEILING <= e.NK_LOGIN_FREE_FAILURES * 2) {
    // Else anyone who knows a staff email could keep her out from addresses of their own.
    throw new ConfigError(["NK_LOGIN_ACCOUNT_CEILING: must be more than twice NK_LOGIN_FREE_FAILURES"]);
  }
  let dataKey = e.NK_DATA_KEY;
  const dataKeyFile = e.NK_DATA_KEY_FILE ? path.resolve(e.NK_DATA_KEY_FILE) : undefined;
  if (dataKeyFile) {
    if (dataKey) throw new ConfigError(["NK_DATA_KEY_FILE: give either NK_DATA_KEY or NK_DATA_KEY_FILE, not both"]);
    const text = readSecretFile("NK_DATA_KEY_FILE", dataKeyFile);
    if (!/^[A-Za-z0-9+/]{43}=$/.test(text))
      throw new ConfigError([`NK_DATA_KEY_FILE: ${dataKeyFile} must hold 32 bytes in base64 (44 characters)`]);
    dataKey = text;
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: withPasswordFile(e.DATABASE_URL, e.DATABASE_PASSWORD_FILE),
    dataDir: path.resolve(e.NK_DATA_DIR ?? path.join(REPO_ROOT, ".data")),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.NK_REDIS_PREFIX,
    logLevel: e.LOG_LEVEL,
    admin: { email: e.NK_ADMIN_EMAIL, password: e.NK_ADMIN_PASSWORD },
    dataKey,
    dataKeyFile,
    previousDataKeys: e.NK_DATA_KEYS_PREVIOUS?.split(",") ?? [],
    suppressionMin: e.NK_SUPPRESSION_MIN,
    internalSuppressionMin: e.NK_INTERNAL_SUPPRESSION_MIN,
    demoData: e.NK_DEMO_DATA,
    sqlAnswers: e.NK_SQL_ANSWERS,
    session: { idleMs: e.NK_SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.NK_SESSION_ABSOLUTE_HOURS * 3_600_000 },
    login: {
      freeFailures: e.NK_LOGIN_FREE_FAILURES,
      delayMs: e.NK_LOGIN_DELAY_SECONDS * 1000,
      maxDelayMs: e.NK_LOGIN_MAX_DELAY_MINUTES * 60_000,
      accountCeiling: e.NK_LOGIN_ACCOUNT_CEILING,
      addressCeiling: e.NK_LOGIN_ADDRESS_CEILING,
      windowMs: e.NK_LOGIN_WINDOW_MINUTES * 60_000,
    },
    mfa: { requiredRoles: e.NK_MFA_REQUIRED_ROLES === "none" ? [] : (e.NK_MFA_REQUIRED_ROLES.split(",") as Role[]) },
    rateLimitPerMinute: e.NK_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.NK_TRUST_PROXY,
    adminDist: path.resolve(e.NK_ADMIN_DIST ?? path.join(REPO_ROOT, "packages/admin/dist")),
    secureCookies: e.NK_SECURE_COOKIES ?? e.NODE_ENV !== "development",
    database: {
      poolSize: e.NK_DB_POOL_SIZE,
      connectTimeoutMs: e.NK_DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.NK_DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.NK_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      idleTimeoutMs: e.NK_DB_IDLE_TIMEOUT_MS,
    },
    shutdownGraceMs: e.NK_SHUTDOWN_GRACE_MS,
    idempotencyTtlMs: e.NK_IDEMPOTENCY_TTL_HOURS * 3_600_000,
  };
}
