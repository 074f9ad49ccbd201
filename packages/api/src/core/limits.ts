import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import Redis from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "./config";
import type { Context } from "./context";
import { documentCost, MAX_QUERY_COST, pointsFor } from "./cost";
import { rateLimited } from "./errors";
import type { Logger } from "./logger";

/** Where a request stands against its rate budget (points per minute), as the response reports it. */
export interface RateBudget {
  key: string;
  /** Points per minute. */
  limit: number;
  /** Points this request spent. */
  cost: number;
  /** Points left in the current minute. */
  remaining: number;
  /** When the budget is whole again. */
  resetAt: Date;
}

function budgetAfter(key: string, limit: number, cost: number, res: RateLimiterRes): RateBudget {
  return { key, limit, cost, remaining: Math.max(0, res.remainingPoints), resetAt: new Date(Date.now() + res.msBeforeNext) };
}

/**
 * Rate-limit counters: in Redis when REDIS_URL is set, so that every API replica counts
 * together; in this process otherwise.
 */
export class Limiters {
  private readonly redis: Redis | undefined;
  private readonly byLimit = new Map<number, RateLimiterAbstract>();

  constructor(
    private readonly config: Config,
    log: Logger,
  ) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on("error", (error) => log.warn({ err: error.message }, "redis"));
    }
  }

  private create(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
    const options = { keyPrefix: `${this.config.redisPrefix}:${keyPrefix}`, points, duration };
    // While Redis is away each process counts on its own (insuranceLimiter) instead of not counting at all.
    return this.redis
      ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
  }

  private budgetOf(perMinute: number): RateLimiterAbstract {
    let limiter = this.byLimit.get(perMinute);
    if (!limiter) {
      limiter = this.create(`points:${perMinute}`, perMinute, 60);
      this.byLimit.set(perMinute, limiter);
    }
    return limiter;
  }

  /**
   * Spends the first point of a request for `key` (whatever it turns out to cost, so that even a
   * request that fails to parse counts) against `perMinute` points; throws RATE_LIMITED past it.
   */
  async consumeRequest(key: string, perMinute = this.config.rateLimitPerMinute): Promise<RateBudget> {
    try {
      const res = await this.budgetOf(perMinute).consume(key, 1);
      return budgetAfter(key, perMinute, 1, res);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /**
   * Spends `points` more of `budget` once the query's cost is known. When they do not fit in what
   * is left, nothing more is spent and RATE_LIMITED says how long until the budget is renewed.
   */
  async spend(budget: RateBudget, points: number): Promise<RateBudget> {
    if (points <= 0) return budget;
    const limiter = this.budgetOf(budget.limit);
    try {
      const res = await limiter.consume(budget.key, points);
      return budgetAfter(budget.key, budget.limit, budget.cost + points, res);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await limiter.reward(budget.key, points);
      const retryAfterSeconds = Math.ceil(error.msBeforeNext / 1000);
      const left = Math.max(0, budget.limit - (error.consumedPoints - points));
      throw rateLimited(
        retryAfterSeconds,
        `This query costs ${budget.cost + points} points of your rate budget and ${left} of ${budget.limit} are left this minute. Try again in ${retryAfterSeconds} s, or ask for smaller pages.`,
      );
    }
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/**
 * Enforces the cost limit and spends each request's cost from its rate budget, once the operation
 * is known (the cost needs the variables: `first: $n` counts as what $n is); every answer then
 * carries `extensions.cost` and `extensions.rateLimit`, as GitHub's `rateLimit` does.
 */
export function costPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request, schema }) {
          const cost = documentCost(schema, document, request.variables, request.operationName);
          if (cost === undefined) return;
          contextValue.queryCost = cost;
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `The query costs ${cost}, over the limit of ${MAX_QUERY_COST}. Lists count by their \`first\`: ask for smaller pages or fewer nested lists.`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost: MAX_QUERY_COST, http: { status: 400 } } },
            );
          }
          const budget = contextValue.rateBudget;
          if (budget) contextValue.rateBudget = await contextValue.limiters.spend(budget, pointsFor(cost) - budget.cost);
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const { queryCost: cost, rateBudget: budget } = contextValue;
          const extensions: Record<string, unknown> = { ...response.body.singleResult.extensions };
          if (cost !== undefined) extensions.cost = { requested: cost, limit: MAX_QUERY_COST };
          if (budget) {
            const { limit, cost: spent, remaining, resetAt } = budget;
            extensions.rateLimit = { cost: spent, limit, remaining, resetAt: resetAt.toISOString() };
          }
          response.body.singleResult.extensions = extensions;
        },
      };
    },
  };
}
