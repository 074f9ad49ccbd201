import { createHash } from "node:crypto";
import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import type { ErrorCode } from "@nk/shared";
import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode, visit } from "graphql";
import type { DataSource } from "typeorm";
import type { Context } from "./context";
import { keyRing } from "./crypto";
import { databaseWentAway, SERVICE_UNAVAILABLE_MESSAGE } from "./db/faults";
import { exists, selectRows } from "./db/query";
import type { Logger } from "./logger";

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const REPLAYED_HEADER = "idempotent-replayed";
/** Mutations that start or end the session itself: a replay could not set or clear its cookie. */
const NOT_REPLAYED = new Set(["login", "verifyMfa", "logout"]);
const KEY_FORM = /^[\x21-\x7E]{1,255}$/;

export interface IdempotencyOptions {
  /** How long a key is remembered (24 hours). */
  ttlMs: number;
  /** How long a request waits for another one with the same key to finish before answering 409. */
  waitMs: number;
  /** A PENDING key older than this belongs to a request that died with its process. */
  abandonedMs: number;
}

interface StoredKey {
  request_hash: string;
  status: "PENDING" | "DONE";
  http_status: number | null;
  response: string | null;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    // The keys of one object are distinct: none compares equal to another.
    // Stryker disable next-line EqualityOperator: a <= b is a < b for distinct keys, and a >= b sorts them the other way round, as canonical all the same
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`);
    // Stryker disable next-line StringLiteral: each member is a JSON string then a JSON value, so members are told apart without the comma too
    const body = members.join(",");
    return `{${body}}`;
  }
  return JSON.stringify(value ?? null);
}

function refusal(status: number, code: ErrorCode, message: string): GraphQLResponse {
  const headers = new Map<string, string>() as GraphQLResponse["http"]["headers"];
  if (status === 409 || status === 503) headers.set("retry-after", "1");
  return { http: { status, headers }, body: { kind: "single", singleResult: { errors: [{ message, extensions: { code } }] } } };
}

function callerOf(ctx: Context): string | undefined {
  if (ctx.viewer?.kind === "user") return `user:${ctx.viewer.userId}`;
  if (ctx.viewer?.kind === "partner") return `key:${ctx.viewer.apiKeyId}`;
  return undefined;
}

/**
 * The names of the fields an operation may run at its root: its own, those in its inline fragments
 * and in the fragments it spreads, however deep. `@skip` and `@include` are not weighed (their
 * variables are not coerced yet here), so a field that may run counts. Validation has already
 * refused unknown fragments and cycles of them.
 */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Stryker disable next-line ArrayDeclaration: a name that is no session mutation's changes nothing
  const names: string[] = [];
  const walk = (selections: SelectionSetNode) =>
    visit(selections, {
      Field(field) {
        names.push(field.name.value);
        // A field's own selections are not root fields.
        // Stryker disable next-line BooleanLiteral: any value but undefined from a visitor skips the node's subtree (it replaces the node in a copy nobody reads)
        return false;
      },
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        // Stryker disable next-line ConditionalExpression: validation refused a spread of an unknown fragment before this runs
        if (fragment) walk(fragment.selectionSet);
      },
    });
  walk(operation.selectionSet);
  return names;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The `Idempotency-Key` header on a mutation: the first request with a key runs and its answer is
 * kept (encrypted, it may hold personal data) for `ttlMs`; the same key with the same body from
 * the same caller gets that answer again and changes nothing; with another body it is refused with
 * IDEMPOTENCY_KEY_REUSED. A request arriving while the first is still running waits for it. The
 * state is in PostgreSQL, so every replica agrees. An answer with top-level errors (nothing was
 * committed: the database was down, a rate limit, an internal error) is not kept, so a retry runs.
 */
export function idempotencyPlugin(db: DataSource, log: Logger, options: IdempotencyOptions): ApolloServerPlugin<Context> {
  let lastPurge = 0;
  const purgeExpired = async () => {
    // Stryker disable next-line EqualityOperator: a purge a millisecond sooner or later is the same purge
    if (Date.now() - lastPurge < 60_000) return;
    lastPurge = Date.now();
    await db.query("DELETE FROM idempotency_key WHERE created_at < now() - $1 * interval '1 millisecond'", [options.ttlMs]);
  };

  const claim = async (caller: string, key: string, hash: string): Promise<GraphQLResponse | "claimed"> => {
    const deadline = Date.now() + options.waitMs;
    await purgeExpired();
    for (;;) {
      await db.query(
        `DELETE FROM idempotency_key WHERE caller = $1 AND key = $2
           AND (created_at < now() - $3 * interval '1 millisecond' OR (status = 'PENDING' AND updated_at < now() - $4 * interval '1 millisecond'))`,
        [caller, key, options.ttlMs, options.abandonedMs],
      );
      const claimed = await exists(
        db,
        `INSERT INTO idempotency_key (caller, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
        [caller, key, hash],
      );
      if (claimed) return "claimed";
      const [row] = await selectRows<StoredKey>(
        db,
        "SELECT request_hash, status, http_status, response FROM idempotency_key WHERE caller = $1 AND key = $2",
        [caller, key],
      );
      if (!row) continue; // the other request failed and let the key go: try to claim it again
      if (row.request_hash !== hash) {
        return refusal(
          422,
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
        );
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator: one UPDATE stores the response with DONE, so a row has both or neither
      if (row.status === "DONE" && row.response) {
        const headers = new Map<string, string>([[REPLAYED_HEADER, "true"]]) as GraphQLResponse["http"]["headers"];
        const singleResult = JSON.parse(keyRing().decrypt(row.response)) as GraphQLResponse["body"] extends infer B
          ? B extends { kind: "single"; singleResult: infer R }
            ? R
            : never
          : never;
        return { http: { status: row.http_status ?? 200, headers }, body: { kind: "single", singleResult } };
      }
      // Stryker disable next-line EqualityOperator: giving up a millisecond sooner is the same answer
      if (Date.now() > deadline) {
        return refusal(409, "IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is still running. Try again in a moment.");
      }
      await sleep(50);
    }
  };

  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (key === undefined) return;
      let claimed: { caller: string; key: string } | undefined;
      return {
        async responseForOperation(rc) {
          if (rc.operation?.operation !== "mutation" || rootFields(rc.document, rc.operation).some((f) => NOT_REPLAYED.has(f))) return null;
          const caller = callerOf(rc.contextValue);
          if (!caller) return null;
          if (!KEY_FORM.test(key)) {
            return refusal(400, "BAD_USER_INPUT", "The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is best).");
          }
          const hash = createHash("sha256")
            .update(
              canonical({
                query: rc.request.query,
                operationName: rc.request.operationName ?? null,
                variables: rc.request.variables ?? {},
              }),
            )
            .digest("hex");
          try {
            const outcome = await claim(caller, key, hash);
            if (outcome !== "claimed") return outcome;
            claimed = { caller, key };
            return null;
          } catch (error) {
            if (await databaseWentAway(error, db)) return refusal(503, "SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE);
            throw error;
          }
        },
        async willSendResponse(rc) {
          if (!claimed) return;
          const { caller, key } = claimed;
          const body = rc.response.body;
          try {
            if (body.kind === "single" && !body.singleResult.errors?.length) {
              await db.query(
                `UPDATE idempotency_key SET status = 'DONE', http_status = $3, response = $4, updated_at = now() WHERE caller = $1 AND key = $2`,
                [caller, key, rc.response.http.status ?? 200, keyRing().encrypt(JSON.stringify(body.singleResult))],
              );
            } else {
              await db.query("DELETE FROM idempotency_key WHERE caller = $1 AND key = $2", [caller, key]);
            }
          } catch (error) {
            // The key stays PENDING and is given up after `abandonedMs`; the change itself is committed or not on its own.
            log.warn({ err: error }, "could not record the outcome of an idempotent request");
          }
        },
      };
    },
  };
}
