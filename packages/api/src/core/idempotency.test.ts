import { randomUUID } from "node:crypto";
import type { GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from "@apollo/server";
import { Kind, parse } from "graphql";
import type { DataSource } from "typeorm";
import { type DirectDatabase, directDatabase, staffViewer } from "../../test/direct";
import type { Context, Viewer } from "./context";
import { keyRing } from "./crypto";
import { type IdempotencyOptions, idempotencyPlugin } from "./idempotency";
import type { Logger } from "./logger";

/**
 * The Idempotency-Key plugin called directly, as Apollo calls it, on a real PostgreSQL: which
 * requests it remembers, when it replays, refuses or waits, and what it keeps. Through the server:
 * test/idempotency.test.ts.
 */

const OPTIONS: IdempotencyOptions = { ttlMs: 24 * 3600_000, waitMs: 300, abandonedMs: 2_000 };
const CREATE = "mutation Create($input: CreateInput!) { createThing(input: $input) { thing { id } } }";

let d: DirectDatabase;
beforeAll(async () => {
  d = await directDatabase();
});
afterAll(() => d?.stop());

const user = (id = randomUUID()) => staffViewer(id, "ADMIN");
const warnings: unknown[] = [];
const log = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as Logger;

interface Request {
  key?: string;
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  viewer?: Viewer | null;
  /** As Apollo gives it when the document's operation could not be picked. */
  noOperation?: boolean;
}

type Listener = GraphQLRequestListener<Context>;
type Rc = GraphQLRequestContext<Context>;
type OperationRc = Parameters<NonNullable<Listener["responseForOperation"]>>[0];

/** Apollo's first two steps: the request starts, its operation is known. */
async function start(plugin: ReturnType<typeof idempotencyPlugin>, r: Request) {
  const headers = new Map<string, string>(r.key === undefined ? [] : [["idempotency-key", r.key]]);
  const started = await plugin.requestDidStart?.({ request: { http: { headers } } } as unknown as Rc);
  const query = r.query ?? CREATE;
  const document = parse(query);
  // The operation named, or the first, as Apollo picks it.
  const operation = r.noOperation
    ? undefined
    : document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!r.operationName || d.name?.value === r.operationName));
  const rc = {
    document,
    operation,
    contextValue: { viewer: r.viewer === undefined ? VIEWER : r.viewer },
    request: { query, operationName: r.operationName, variables: r.variables },
  } as unknown as OperationRc;
  const listener = started as Listener | undefined;
  return { listener, rc, early: await listener?.responseForOperation?.(rc) };
}

/** The answer as Apollo sends it, after the operation ran (or did not). */
function finish(
  listener: Listener | undefined,
  rc: OperationRc,
  singleResult: Record<string, unknown>,
  status: number | undefined = 200,
  kind = "single",
): Promise<void> | undefined {
  const response = { http: { status, headers: new Map() }, body: kind === "single" ? { kind, singleResult } : { kind } };
  return listener?.willSendResponse?.({ ...rc, response } as unknown as Parameters<NonNullable<Listener["willSendResponse"]>>[0]);
}

let VIEWER: Viewer = user();
let plugin: ReturnType<typeof idempotencyPlugin>;
beforeEach(() => {
  VIEWER = user();
  plugin = idempotencyPlugin(d.db, log, OPTIONS);
});

/** A request that runs and answers `data`; returns what the plugin answered before it ran, if anything. */
async function send(r: Request, data: unknown = { createThing: { thing: { id: "1" } } }, status?: number) {
  const { listener, rc, early } = await start(plugin, r);
  if (early) return early;
  await finish(listener, rc, { data }, status);
  return null;
}

const rows = (key: string) =>
  d.sql<{ caller: string; status: string; http_status: number | null; response: string | null }>(
    "SELECT caller, status, http_status, response FROM idempotency_key WHERE key = $1 ORDER BY caller",
    [key],
  );

function errorOf(response: GraphQLResponse | null | undefined) {
  if (response?.body.kind !== "single") throw new Error("no single answer");
  return {
    status: response.http.status,
    retryAfter: response.http.headers.get("retry-after") ?? null,
    errors: response.body.singleResult.errors,
  };
}

describe("what is remembered", () => {
  it("a mutation with a key: its answer is kept, encrypted, and replayed with its status", async () => {
    const key = randomUUID();
    expect(
      await send({ key, variables: { input: { name: "Шамсия" } } }, { createThing: { thing: { id: "7", name: "Шамсия" } } }, 201),
    ).toBeNull();
    const [row] = await rows(key);
    expect(row).toEqual({
      caller: `user:${(VIEWER as { userId: string }).userId}`,
      status: "DONE",
      http_status: 201,
      response: expect.stringMatching(/^v1:/),
    });
    expect(row?.response).not.toContain("Шамсия");
    expect(JSON.parse(keyRing().decrypt(row?.response ?? ""))).toEqual({ data: { createThing: { thing: { id: "7", name: "Шамсия" } } } });
    const replay = await send({ key, variables: { input: { name: "Шамсия" } } });
    expect(replay?.http).toEqual({ status: 201, headers: new Map([["idempotent-replayed", "true"]]) });
    expect(replay?.body).toEqual({ kind: "single", singleResult: { data: { createThing: { thing: { id: "7", name: "Шамсия" } } } } });
  });

  it("an answer without a status is kept and replayed as 200", async () => {
    const key = randomUUID();
    const { listener, rc } = await start(plugin, { key });
    await finish(listener, rc, { data: { ok: true } }, undefined);
    expect((await rows(key))[0]?.http_status).toBe(200);
    await d.sql("UPDATE idempotency_key SET http_status = NULL WHERE key = $1", [key]);
    expect((await send({ key }))?.http.status).toBe(200);
  });

  it("not a request without a key, a query, signing in or out, or an anonymous caller", async () => {
    const key = randomUUID();
    expect(await plugin.requestDidStart?.({ request: { http: { headers: new Map() } } } as unknown as Rc)).toBeUndefined();
    expect(await plugin.requestDidStart?.({ request: {} } as unknown as Rc)).toBeUndefined();
    expect(await send({ key, query: "query Q { viewer { kind } }" })).toBeNull();
    expect(await send({ key, query: "mutation L { login(input: {}) { viewer { kind } } }" })).toBeNull();
    expect(await send({ key, query: "mutation O { createThing(input: {}) { ok } logout }" })).toBeNull();
    expect(await send({ key, viewer: null })).toBeNull();
    expect(await rows(key)).toEqual([]);
    // An operation Apollo could not pick is not a mutation either.
    expect(await send({ key, query: "mutation A { a } mutation B { b }", noOperation: true })).toBeNull();
    expect(await rows(key)).toEqual([]);
  });

  it("not signing in or out inside fragments, aliased, or maybe skipped", async () => {
    const key = randomUUID();
    for (const query of [
      "mutation { ... on Mutation { login(input: {}) { ok } } }",
      "mutation { ... { createThing(input: {}) { ok } } ... on Mutation { ... { logout } } }",
      "mutation S { ...Out } fragment Out on Mutation { createThing(input: {}) { ok } logout }",
      "fragment In on Mutation { ... { ...Deeper } } mutation S { ... on Mutation { ...In } } fragment Deeper on Mutation { login(input: {}) { ok } }",
      "mutation V { verifyMfa(input: {}) { viewer { kind } } }",
      "mutation A { out: logout }",
      "mutation K($no: Boolean = true) { createThing(input: {}) { ok } logout @skip(if: $no) }",
    ]) {
      expect(await send({ key, query })).toBeNull();
    }
    expect(await rows(key)).toEqual([]);
  });

  it("a mutation naming login below its root, or a fragment it does not spread, and a partner key's, are remembered per caller", async () => {
    for (const query of [
      "mutation Mine { createThing(input: {}) { login logout { ok } } }",
      "mutation Mine { ...Thing } fragment Thing on Mutation { createThing(input: {}) { ... on Thing { login } } }",
      "mutation Other { logout } mutation Mine { createThing(input: {}) { ok } }",
      "fragment Out on Mutation { logout } mutation Mine { createThing(input: {}) { ok } }",
    ]) {
      const mine = randomUUID();
      expect(await send({ key: mine, query, operationName: "Mine" })).toBeNull();
      expect((await rows(mine)).map((r) => r.status)).toEqual(["DONE"]);
    }
    const key = randomUUID();
    expect(await send({ key })).toBeNull();
    const partner: Viewer = { kind: "partner", apiKeyId: (VIEWER as { userId: string }).userId, partnerId: "p", scopes: [] };
    expect(await send({ key, viewer: partner, variables: { other: true } })).toBeNull();
    expect((await rows(key)).map((r) => r.caller).sort()).toEqual([`key:${partner.apiKeyId}`, `user:${partner.apiKeyId}`].sort());
  });

  it("an answer with top-level errors, or not a single one, is not kept: a retry runs", async () => {
    const key = randomUUID();
    const first = await start(plugin, { key });
    await finish(first.listener, first.rc, { errors: [{ message: "database down" }] });
    expect(await rows(key)).toEqual([]);
    const second = await start(plugin, { key });
    expect(second.early).toBeNull();
    await finish(second.listener, second.rc, {}, 200, "incremental");
    expect(await rows(key)).toEqual([]);
    expect(await send({ key }, { ok: 1 })).toBeNull();
    const kept = await start(plugin, { key });
    expect(errorOf(kept.early).status).toBe(200);
    const third = randomUUID();
    const empty = await start(plugin, { key: third });
    await finish(empty.listener, empty.rc, { data: { ok: 2 }, errors: [] });
    expect((await rows(third))[0]?.status).toBe("DONE");
  });
});

describe("the same key again", () => {
  it("with another body is refused with IDEMPOTENCY_KEY_REUSED, 422", async () => {
    const key = randomUUID();
    await send({ key, variables: { input: { name: "a" } } });
    expect(errorOf(await send({ key, variables: { input: { name: "b" } } }))).toEqual({
      status: 422,
      retryAfter: null,
      errors: [
        {
          message: "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
          extensions: { code: "IDEMPOTENCY_KEY_REUSED" },
        },
      ],
    });
    expect(errorOf(await send({ key, variables: { input: { name: "a" } }, operationName: "Create" })).status).toBe(422);
    expect(errorOf(await send({ key, variables: { input: { name: "a" } }, query: `${CREATE} ` })).status).toBe(422);
  });

  it("compares bodies with object keys in any order, and values, arrays and nulls as they are", async () => {
    const same = async (a: Record<string, unknown>, b: Record<string, unknown>) => {
      const key = randomUUID();
      await send({ key, variables: a });
      return (await send({ key, variables: b }))?.http.status;
    };
    expect(await same({ a: 1, b: { c: [1, { d: 2, e: 3 }], f: null } }, { b: { f: null, c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(200);
    expect(await same({ x: 1, y: 2, z: 3 }, { z: 3, x: 1, y: 2 })).toBe(200);
    expect(await same({ a: 1 }, { a: 2 })).toBe(422);
    expect(await same({ a: "x" }, { a: "y" })).toBe(422);
    expect(await same({ a: [1, 2] }, { a: [2, 1] })).toBe(422);
    expect(await same({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(422);
    expect(await same({ a: [1, 23] }, { a: [12, 3] })).toBe(422);
    expect(await same({ a: { b: 1, c: 2 } }, { a: { b: 12 } })).toBe(422);
    expect(await same({ a: { b: 1 } }, { a: { c: 1 } })).toBe(422);
    expect(await same({ a: null }, { a: "null" })).toBe(422);
    expect(await same({ a: null }, { a: undefined })).toBe(200);
    expect(await same({ a: {} }, { a: [] })).toBe(422);
    // No variables and empty variables are one request; so are no operation name and null.
    const key = randomUUID();
    await send({ key });
    expect((await send({ key, variables: {}, operationName: null }))?.http.status).toBe(200);
  });

  it("while the first still runs, waits for it and gets its answer, or 409 after the wait", async () => {
    const key = randomUUID();
    const first = await start(plugin, { key });
    expect(first.early).toBeNull();
    expect((await rows(key))[0]?.status).toBe("PENDING");
    const waited = start(plugin, { key });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await finish(first.listener, first.rc, { data: { done: true } });
    expect((await waited).early?.body).toEqual({ kind: "single", singleResult: { data: { done: true } } });

    const other = randomUUID();
    await start(plugin, { key: other });
    expect(errorOf((await start(plugin, { key: other })).early)).toEqual({
      status: 409,
      retryAfter: "1",
      errors: [
        {
          message: "A request with this Idempotency-Key is still running. Try again in a moment.",
          extensions: { code: "IDEMPOTENCY_KEY_IN_USE" },
        },
      ],
    });
  });

  it("claims the key itself when the first one failed and let it go while it waited", async () => {
    const key = randomUUID();
    const first = await start(plugin, { key });
    const waiting = start(plugin, { key });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await finish(first.listener, first.rc, { errors: [{ message: "failed" }] });
    expect((await waiting).early).toBeNull();
    expect((await rows(key))[0]?.status).toBe("PENDING");
  });

  it("takes over a key left PENDING by a request that died, and one older than its time to live", async () => {
    const key = randomUUID();
    await start(plugin, { key });
    await d.sql("UPDATE idempotency_key SET updated_at = now() - interval '3 seconds' WHERE key = $1", [key]);
    expect((await start(plugin, { key, variables: { other: 1 } })).early).toBeNull();
    const recent = randomUUID();
    await start(plugin, { key: recent });
    await d.sql("UPDATE idempotency_key SET updated_at = now() - interval '1 second' WHERE key = $1", [recent]);
    expect(errorOf((await start(plugin, { key: recent })).early).status).toBe(409);

    const done = randomUUID();
    await send({ key: done });
    await d.sql(
      "UPDATE idempotency_key SET created_at = now() - interval '24 hours 1 second', updated_at = now() - interval '1 day' WHERE key = $1",
      [done],
    );
    expect((await start(plugin, { key: done, variables: { other: 2 } })).early).toBeNull();
    const young = randomUUID();
    await send({ key: young });
    await d.sql(
      "UPDATE idempotency_key SET created_at = now() - interval '23 hours 59 minutes', updated_at = now() - interval '1 day' WHERE key = $1",
      [young],
    );
    expect(errorOf((await start(plugin, { key: young, variables: { other: 3 } })).early).status).toBe(422);
  });

  it("purges every caller's expired keys, at most once a minute", async () => {
    const old = async () => {
      const key = randomUUID();
      await d.sql(
        "INSERT INTO idempotency_key (caller, key, request_hash, status, created_at) VALUES ('user:someone', $1, repeat('0', 64), 'DONE', now() - interval '25 hours')",
        [key],
      );
      return key;
    };
    const young = randomUUID();
    await d.sql("INSERT INTO idempotency_key (caller, key, request_hash, status) VALUES ('user:someone', $1, repeat('0', 64), 'DONE')", [
      young,
    ]);
    const first = await old();
    await send({ key: randomUUID() });
    expect(await rows(first)).toEqual([]);
    expect(await rows(young)).toHaveLength(1);
    const second = await old();
    await send({ key: randomUUID() });
    expect(await rows(second)).toHaveLength(1);
  });
});

describe("refusals", () => {
  it("refuses a key that is not 1 to 255 visible ASCII characters with 400", async () => {
    for (const key of ["has space", "", "x".repeat(256), "ключ", "tab\there", "del\x7F"]) {
      expect(errorOf(await send({ key }))).toEqual({
        status: 400,
        retryAfter: null,
        errors: [
          {
            message: "The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is best).",
            extensions: { code: "BAD_USER_INPUT" },
          },
        ],
      });
    }
    for (const key of ["x".repeat(255), "!", "~", "a-B_9.:/"]) expect(await send({ key })).toBeNull();
  });

  it("answers 503 when the database is unreachable, and lets any other failure through while it answers", async () => {
    const down = { query: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })) };
    const unreachable = idempotencyPlugin(down as unknown as DataSource, log, OPTIONS);
    expect(errorOf((await start(unreachable, { key: randomUUID() })).early)).toEqual({
      status: 503,
      retryAfter: "1",
      errors: [
        {
          message: "The database is not reachable at the moment. Nothing was changed; try again shortly.",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ],
    });
    // A failure of no known kind while the database answers passes through; while it does not, it is the database's absence.
    const failing = (answers: boolean) => ({
      query: (sql: string) => (sql === "SELECT 1" && answers ? Promise.resolve([{ "?column?": 1 }]) : Promise.reject(new Error("boom"))),
    });
    const broken = idempotencyPlugin(failing(true) as unknown as DataSource, log, OPTIONS);
    await expect(start(broken, { key: randomUUID() })).rejects.toThrow("boom");
    const gone = idempotencyPlugin(failing(false) as unknown as DataSource, log, OPTIONS);
    expect(errorOf((await start(gone, { key: randomUUID() })).early)?.status).toBe(503);
  });

  it("logs, and does not fail the answer, when its outcome cannot be recorded", async () => {
    const failing = {
      query: (sql: string, params: unknown[]) =>
        sql.startsWith("UPDATE") || sql === "DELETE FROM idempotency_key WHERE caller = $1 AND key = $2"
          ? Promise.reject(new Error("lost"))
          : d.db.query(sql, params),
    };
    const flaky = idempotencyPlugin(failing as unknown as DataSource, log, OPTIONS);
    warnings.length = 0;
    const ok = await start(flaky, { key: randomUUID() });
    await expect(finish(ok.listener, ok.rc, { data: {} })).resolves.toBeUndefined();
    const failed = await start(flaky, { key: randomUUID() });
    await expect(finish(failed.listener, failed.rc, { errors: [{ message: "x" }] })).resolves.toBeUndefined();
    expect(warnings).toEqual([
      [{ err: expect.objectContaining({ message: "lost" }) }, "could not record the outcome of an idempotent request"],
      [{ err: expect.objectContaining({ message: "lost" }) }, "could not record the outcome of an idempotent request"],
    ]);
  });

  it("does nothing after a request it did not claim", async () => {
    const key = randomUUID();
    await send({ key, variables: { n: 1 } });
    const refused = await start(plugin, { key, variables: { n: 2 } });
    await finish(refused.listener, refused.rc, { errors: [{ message: "refused" }] });
    expect((await rows(key))[0]?.status).toBe("DONE");
  });
});
