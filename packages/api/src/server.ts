import "reflect-metadata";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import type { GraphQLSchema } from "graphql";
import helmet from "helmet";
import { seedDemoData } from "../seed/demo";
import { bootstrapAdmin } from "./bootstrap";
import { ReadLog } from "./core/audit";
import { authenticate } from "./core/auth/authenticate";
import { sessionCookie } from "./core/auth/sessions";
import type { Config } from "./core/config";
import type { AppServices, Context } from "./core/context";
import { MAX_DEPTH, MAX_TOKENS } from "./core/cost";
import { useKeyRing } from "./core/crypto";
import { dataKeyWarning, loadKeyRing } from "./core/data-key";
import { createDataSource, type DataSource, ensureDatabase } from "./core/db/data-source";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./core/db/embedded";
import { databaseWentAway, isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from "./core/db/faults";
import { countingStatements, statementHeaderPlugin } from "./core/db/statements";
import { ApiError, createErrorFormatter } from "./core/errors";
import { compiledExecution } from "./core/graphql/executor";
import { idempotencyPlugin } from "./core/idempotency";
import { costPlugin, Limiters } from "./core/limits";
import { Loaders } from "./core/loaders";
import { createLogger, type Logger } from "./core/logger";
import { entities } from "./entities";
import { exportRoute } from "./exports";
import { getSchema } from "./schema";

export interface Platform {
  url: string;
  port: number;
  services: AppServices;
  /** The embedded PostgreSQL, when no DATABASE_URL was given. */
  embedded: EmbeddedDatabase | undefined;
  /** Printed once at start, when the bootstrap admin's password was generated. */
  generatedAdmin: { email: string; password: string } | undefined;
  stop(): Promise<void>;
}

async function openDatabase(config: Config, log: Logger) {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: undefined };
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  try {
    return { url: await ensureDatabase(embedded.url, "nk"), embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Migrations, the bootstrap admin and the demo data, under a PostgreSQL advisory lock so that
 * replicas starting together take turns instead of racing.
 */
async function prepareDatabase(db: DataSource, config: Config, log: Logger) {
  const lock = db.createQueryRunner();
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(736360)");
    const ran = await db.runMigrations({ transaction: "each" });
    if (ran.length) log.info({ migrations: ran.map((m) => m.name) }, "ran migrations");
    const generatedAdmin = await bootstrapAdmin(db, config, log);
    if (config.demoData) await seedDemoData(db, log);
    return generatedAdmin;
  } finally {
    await lock.query("SELECT pg_advisory_unlock(736360)").catch(() => undefined);
    await lock.release();
  }
}

/** Apollo's GraphQL parse/validation errors are HTTP 400 already; our codes get their usual statuses. */
function httpStatusOf(code: unknown): number | undefined {
  return code === "UNAUTHENTICATED" ? 401 : code === "RATE_LIMITED" ? 429 : code === "SERVICE_UNAVAILABLE" ? 503 : undefined;
}

/** body-parser's refusals (malformed JSON, a body over the limit …) as GraphQL errors, never HTML. */
const bodyErrors: express.ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
  const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : undefined;
  if (status === undefined || res.headersSent) return next(error);
  const [code, message] =
    status === 413
      ? ["PAYLOAD_TOO_LARGE", "The request body is over the limit of 256 KiB."]
      : error.type === "entity.parse.failed"
        ? ["BAD_REQUEST", "The request body is not valid JSON."]
        : ["BAD_REQUEST", "The request body could not be read (send UTF-8 JSON with content-type: application/json)."];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

const BODY_LIMIT = "256kb";

const unavailable = () =>
  new ApiError("SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE, { http: { status: 503, headers: new Map([["retry-after", "5"]]) } });

/** A response with a SERVICE_UNAVAILABLE error (the database went away mid-request) is HTTP 503. */
const statusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === "single" ? (body.singleResult.errors ?? []) : [];
        if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) {
          response.http.status = 503;
          response.http.headers.set("retry-after", "5");
        }
      },
    };
  },
};

/**
 * Writes the reads of a request to the audit log, in one statement, before its answer leaves; an
 * answer whose reads could not be recorded is replaced by an error (503 when the database is away).
 */
function readAuditPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.reads?.flush();
          } catch (error) {
            const down = await databaseWentAway(error, contextValue.db);
            if (!down) log.error({ err: error }, "could not write the audit log of a request");
            const code = down ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR";
            const message = down ? SERVICE_UNAVAILABLE_MESSAGE : "Internal server error.";
            response.body = { kind: "single", singleResult: { errors: [{ message, extensions: { code } }] } };
            response.http.status = down ? 503 : 500;
          }
        },
      };
    },
  };
}

/** Requests being served, and whether the process is stopping (new requests then get 503). */
class Traffic {
  draining = false;
  private readonly serving = new Set<express.Response>();
  private idle: (() => void)[] = [];

  get inFlight(): number {
    return this.serving.size;
  }

  middleware: express.RequestHandler = (req, res, next) => {
    if (this.draining) {
      // The body is read first: closing a connection with unread bytes resets it before the answer arrives.
      req.resume();
      req.once("end", () => {
        res.status(503).set({ connection: "close", "retry-after": "5" });
        res.json({ errors: [{ message: "The server is stopping. Try again in a moment.", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
      });
      return;
    }
    this.serving.add(res);
    res.once("close", () => {
      this.serving.delete(res);
      if (this.serving.size === 0) for (const resolve of this.idle.splice(0)) resolve();
    });
    next();
  };

  /** Stops taking requests and resolves once those in flight are answered, or after `graceMs`. */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    // Connections of the requests still being answered close after their answer, so that no
    // client sends a new request on a connection the server is about to close.
    for (const res of this.serving) if (!res.headersSent) res.setHeader("connection", "close");
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

function createApp(services: AppServices, apollo: ApolloServer<Context>, traffic: Traffic, schema: GraphQLSchema): express.Express {
  const { config, db, log } = services;
  const app = express();
  app.disable("x-powered-by");
  // Answers are never cached (no-store): an ETag would only hash every answer for nothing.
  app.set("etag", false);
  app.set("trust proxy", config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } } }));

  app.get("/healthz", (_req, res) => {
    res.json({ status: traffic.draining ? "stopping" : "ok" });
  });
  app.use(traffic.middleware);
  app.get("/readyz", async (_req, res) => {
    try {
      await db.query("SELECT 1");
      res.json({ status: "ok", database: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  });

  // Statements are counted only where the count is reported (outside production).
  const counting: express.RequestHandler[] = config.env === "production" ? [] : [(_req, _res, next) => countingStatements(next)];
  // Answers hold personal data: no proxy or browser keeps them.
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader("cache-control", "no-store");
    next();
  };
  app.use(
    "/graphql",
    noStore,
    ...counting,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        try {
          const { viewer, budget } = await authenticate(services, req);
          const request = { ip: req.ip ?? "", userAgent: req.get("user-agent") ?? null };
          return {
            ...services,
            viewer,
            rateBudget: budget,
            loaders: new Loaders(db),
            reads: new ReadLog({ viewer, request, db }),
            request,
            session: sessionCookie(res, config),
            denied: new Set(),
          };
        } catch (error) {
          if (error instanceof ApiError) {
            const status = httpStatusOf(error.extensions.code);
            if (status) error.extensions.http = { status };
            throw error;
          }
          if (await databaseWentAway(error, db)) throw unavailable();
          log.error({ err: error }, "authentication failed");
          throw new ApiError("INTERNAL_SERVER_ERROR", "Internal server error.", { http: { status: 503 } });
        }
      },
    }),
  );

  app.use("/graphql", bodyErrors);

  // CSV exports of the lists (src/exports.ts): a GET that only reads, under the SameSite session cookie.
  app.get("/exports/:file", exportRoute(services, schema));

  const admin = config.adminDist;
  if (existsSync(path.join(admin, "index.html"))) {
    app.use(express.static(admin, { index: false, maxAge: "1h" }));
    app.get("/{*splat}", (_req, res) => res.sendFile(path.join(admin, "index.html"), { maxAge: 0 }));
  } else {
    app.get("/", (_req, res) => {
      res.type("text").send("The admin is not built. Run `pnpm --filter @nk/admin build`, or `pnpm start` from the repository root.\n");
    });
  }
  return app;
}

/**
 * Stops listening first (a new connection is refused rather than cut), lets requests already on
 * accepted connections get their 503, then closes the idle connections, and after a second all.
 */
async function closeHttpServer(server: http.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 100));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 1_000);
  await closed;
  clearTimeout(force);
}

/** Starts everything: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
export async function startPlatform(config: Config, log: Logger = createLogger(config.logLevel)): Promise<Platform> {
  useKeyRing(await loadKeyRing(config, log));
  const keyWarning = dataKeyWarning(config);
  if (keyWarning) log.warn({ dataDir: config.dataDir }, keyWarning);
  const { url, embedded } = await openDatabase(config, log);
  const db = createDataSource(url, { entities, limits: config.database });
  const limiters = new Limiters(config, log);
  const cleanup = async () => {
    await limiters.close();
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  };
  try {
    await db.initialize();
    const generatedAdmin = await prepareDatabase(db, config, log);

    const services: AppServices = { config, db, log, limiters };
    const httpServer = http.createServer();
    const development = config.env === "development";
    const armor = new ApolloArmor({
      // A fragment's fields count at the depth where it is spread, as if written there.
      maxDepth: { n: MAX_DEPTH, flattenFragments: true },
      maxAliases: { n: 15 },
      maxDirectives: { n: 20 },
      // Apollo's parser counts tokens (parseOptions below): armor's count fails outside the parser, as a 500.
      maxTokens: { enabled: false },
      // core/cost.ts counts the cost with the variables (`first: $n`), in costPlugin().
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: !development },
    }).protect();
    const formatInternal = createErrorFormatter({ development, onInternal: (err) => log.error({ err }, "unexpected error in a request") });
    const traffic = new Traffic();
    const schema = await getSchema();
    const apollo = new ApolloServer<Context>({
      // The schema, its operations compiled once per document (core/graphql/executor.ts).
      gateway: compiledExecution(schema),
      introspection: config.env !== "production",
      includeStacktraceInErrorResponses: development,
      allowBatchedHttpRequests: false,
      // main.ts owns signals and stops the database after Apollo; two handlers would race.
      stopOnTerminationSignals: false,
      csrfPrevention: true,
      parseOptions: { maxTokens: MAX_TOKENS },
      validationRules: armor.validationRules,
      plugins: [
        // First: the answer is replaced before any other plugin stores or measures it.
        readAuditPlugin(log),
        ...armor.plugins,
        costPlugin(),
        statusPlugin,
        idempotencyPlugin(db, log, { ttlMs: config.idempotencyTtlMs, waitMs: config.database.statementTimeoutMs, abandonedMs: 2 * 60_000 }),
        ApolloServerPluginLandingPageDisabled(),
        // Apollo's cache-control plugin runs a hook on every field of every answer to work out a
        // policy no field declares; no answer is cacheable (no-store is set in createApp).
        ApolloServerPluginCacheControlDisabled(),
        ...(config.env === "production" ? [] : [statementHeaderPlugin()]),
      ],
      formatError: (formatted, error) =>
        isDatabaseUnavailable(error)
          ? { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } }
          : formatInternal(formatted, error),
    });
    await apollo.start();
    httpServer.on("request", createApp(services, apollo, traffic, schema));
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const address = httpServer.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://localhost:${port}`,
      port,
      services,
      embedded,
      generatedAdmin,
      stop: () => {
        stopping ??= (async () => {
          await traffic.drain(config.shutdownGraceMs); // new requests get 503 while those in flight finish
          await closeHttpServer(httpServer);
          await apollo.stop();
          await cleanup();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
