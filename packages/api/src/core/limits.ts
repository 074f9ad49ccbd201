import Redis from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "./config";
import { rateLimited } from "./errors";
import type { Logger } from "./logger";

/**
 * Rate-limit counters: in Redis when REDIS_URL is set, so that every API replica counts
 * together; in this process otherwise.
 */
export class Limiters {
  private readonly redis: Redis | undefined;
  private readonly byLimit = new Map<number, RateLimiterAbstract>();
  /** Failed sign-ins per account. */
  readonly loginFailuresByAccount: RateLimiterAbstract;
  /** Failed sign-ins per client address, whatever the account. */
  readonly loginFailuresByAddress: RateLimiterAbstract;

  constructor(
    private readonly config: Config,
    log: Logger,
  ) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on("error", (error) => log.warn({ err: error.message }, "redis"));
    }
    const lockSeconds = Math.ceil(config.login.lockMs / 1000);
    this.loginFailuresByAccount = this.create("login:account", config.login.maxFailures, lockSeconds);
    this.loginFailuresByAddress = this.create("login:address", config.login.maxFailures * 10, lockSeconds);
  }

  private create(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
    const options = { keyPrefix: `${this.config.redisPrefix}:${keyPrefix}`, points, duration };
    // While Redis is away each process counts on its own (insuranceLimiter) instead of not counting at all.
    return this.redis
      ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
  }

  /** Counts one request for `key` against `perMinute`; throws RATE_LIMITED past it. */
  async consumeRequest(key: string, perMinute = this.config.rateLimitPerMinute): Promise<void> {
    let limiter = this.byLimit.get(perMinute);
    if (!limiter) {
      limiter = this.create(`requests:${perMinute}`, perMinute, 60);
      this.byLimit.set(perMinute, limiter);
    }
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /** Throws RATE_LIMITED when `key` has used up `limiter`'s points. */
  static async ensureNotBlocked(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const state = await limiter.get(key);
    if (state && state.consumedPoints >= limiter.points) throw rateLimited(Math.ceil(state.msBeforeNext / 1000));
  }

  /** Records a failure, without throwing when that failure reaches the limit. */
  static async recordFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.penalty(key, 1);
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
