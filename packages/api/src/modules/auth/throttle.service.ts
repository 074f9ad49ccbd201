import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import { User } from "../../core/auth/user.entity";
import type { LoginThrottling } from "../../core/config";
import type { RequestContext } from "../../core/context";
import { selectOne, selectRows } from "../../core/db/query";
import { ApiError, notFound } from "../../core/errors";
import type { PageArgs } from "../../core/graphql/connection";
import { defineList } from "../../core/graphql/list";
import { declareReach, openReach } from "../../core/reach";
import { LoginThrottle } from "./login-throttle.entity";

/** Who is trying to sign in: the email as typed (lower-cased, known or not) and the client address. */
export interface Attempt {
  account: string;
  address: string;
}

/** The three counters an attempt meets: PAIR ($1, $2), ACCOUNT ($1) and ADDRESS ($2). */
const COUNTERS_OF_ATTEMPT = `(kind = 'PAIR' AND account = $1 AND address = $2)
   OR (kind = 'ACCOUNT' AND account = $1 AND address = '')
   OR (kind = 'ADDRESS' AND account = '' AND address = $2)`;

/**
 * Refuses with RATE_LIMITED while a counter of the attempt is locked, saying when to try again.
 * An unknown email is counted as a known one is, so the refusal tells nothing of who has an account.
 */
export async function ensureNotThrottled(db: DataSource, attempt: Attempt): Promise<void> {
  const row = await selectOne<{ until: Date | null }>(
    db,
    `SELECT max(locked_until) AS until FROM login_throttle WHERE locked_until > now() AND (${COUNTERS_OF_ATTEMPT})`,
    [attempt.account, attempt.address],
  );
  if (!row.until) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((row.until.getTime() - Date.now()) / 1000));
  throw new ApiError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${retryAfterSeconds} s (at ${row.until.toISOString()}).`, {
    retryAfterSeconds,
    retryAt: row.until.toISOString(),
    http: { status: 429 },
  });
}

/**
 * Counts a failed password or second-step code against the pair, the account and the address
 * (every API process shares the table; the upsert is atomic). The pair waits from its
 * `freeFailures`-th failure on, the wait doubling with each further one; the account and the
 * address are locked for a window at their ceilings. A counter idle for a window starts again.
 */
export async function recordFailure(db: DataSource, limits: LoginThrottling, attempt: Attempt): Promise<void> {
  const counted = await selectRows<{ id: string }>(
    db,
    `INSERT INTO login_throttle AS t (kind, account, address, failures, last_failure_at)
     VALUES ('PAIR', $1, $2, 1, now()), ('ACCOUNT', $1, '', 1, now()), ('ADDRESS', '', $2, 1, now())
     ON CONFLICT (kind, account, address) DO UPDATE
       SET failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           last_failure_at = now()
     RETURNING t.id`,
    [attempt.account, attempt.address, limits.windowMs / 1000],
  );
  // A second statement: one cannot see the rows the first inserted within the same statement.
  await db.query(
    `UPDATE login_throttle SET locked_until = CASE
         WHEN kind = 'PAIR' AND failures >= $2 THEN now() + make_interval(secs => least($3::float8 * power(2, failures - $2), $4))
         WHEN kind = 'ACCOUNT' AND failures >= $5 THEN now() + make_interval(secs => $7)
         WHEN kind = 'ADDRESS' AND failures >= $6 THEN now() + make_interval(secs => $7)
         ELSE locked_until END
      WHERE id = ANY($1::uuid[])`,
    [
      counted.map((r) => r.id),
      limits.freeFailures,
      limits.delayMs / 1000,
      limits.maxDelayMs / 1000,
      limits.accountCeiling,
      limits.addressCeiling,
      limits.windowMs / 1000,
    ],
  );
}

/**
 * A complete sign-in forgets the failures of its pair, and counters idle for a window. The
 * account's and the address's stay until their window ends, so signing in now and then does not
 * reset what someone else keeps trying.
 */
export async function clearPair(db: DataSource, limits: LoginThrottling, attempt: Attempt): Promise<void> {
  await db.query(
    `DELETE FROM login_throttle
      WHERE (kind = 'PAIR' AND account = $1 AND address = $2)
         OR (last_failure_at < now() - make_interval(secs => $3) AND (locked_until IS NULL OR locked_until < now()))`,
    [attempt.account, attempt.address, limits.windowMs / 1000],
  );
}

declareReach(LoginThrottle, openReach("LoginLock"));

/** Locks and throttles in force, the longest first. */
const lockList = defineList<object, "LOCKED_UNTIL">({
  node: "LoginLock",
  entity: LoginThrottle,
  alias: "t",
  always: ["t.locked_until > now()"],
  sorts: { LOCKED_UNTIL: { expression: "t.locked_until", reads: ["lockedUntil"] } },
  defaultSort: { field: "LOCKED_UNTIL", direction: "DESC" },
});

export function listLocks(ctx: RequestContext, page: PageArgs) {
  return lockList.page<LoginThrottle>(ctx, null, null, page);
}

/** The staff member whose email a lock counts, batched per request; null for an email of nobody. */
export function accountOf(ctx: RequestContext, lock: LoginThrottle): Promise<User | null> {
  // Stryker disable next-line ConditionalExpression: no user has an empty email, so the loader would answer null too; this saves the query
  if (!lock.account) return Promise.resolve(null);
  return (
    ctx.loaders
      // Stryker disable next-line StringLiteral: a loader's key only has to be unique among the request's loaders, and no other is named ""
      .get<string, User | null>("auth:userByEmail", async (emails) => {
        const users = await ctx.db
          .getRepository(User)
          .createQueryBuilder("u")
          // Stryker disable next-line StringLiteral: users are matched by email below as well; without the condition the batch reads every user but answers the same
          .where("u.email IN (:...emails)", { emails })
          .getMany();
        return emails.map((e) => users.find((u) => u.email === e) ?? null);
      })
      .load(lock.account)
  );
}

/** Ends a lock or throttle at once: its failures are forgotten. Audited, without the email. */
export async function liftLock(ctx: RequestContext, em: EntityManager, id: string): Promise<LoginThrottle> {
  const lock = await em.getRepository(LoginThrottle).findOneBy({ id });
  if (!lock) throw notFound("Login lock");
  await em.delete(LoginThrottle, { id });
  const user = await accountOf(ctx, lock);
  await audit(ctx, { action: "LOGIN_LOCK_LIFTED", entityType: "User", entityId: user?.id ?? null, details: { kind: lock.kind } }, em);
  return { ...lock, lockedUntil: null, failures: 0 };
}
