import "reflect-metadata";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import type { Role } from "@nk/shared";
import { type Config, loadConfig } from "../src/core/config";
import { createLogger } from "../src/core/logger";
import { type Platform, startPlatform } from "../src/server";
import { createTestDatabase } from "./db";
import { ADMIN_EMAIL, ADMIN_PASSWORD, testEnvironment } from "./environment";
import { graphql } from "./gql";

export { ADMIN_EMAIL, ADMIN_PASSWORD, testEnvironment } from "./environment";
export const PASSWORD = "Staff-Password-For-Tests-1";
export { TEST_DATA_KEY } from "./key";

/**
 * What a document codegen cannot see answers (a plain string, assembled at run time from the
 * schema or on purpose outside it): fields by name, each to be narrowed before it is read.
 * Documents written with `graphql()` from ./gql are typed by codegen instead.
 */
export type Untyped = Record<string, unknown>;

/** A document written with `graphql()` from ./gql: its text, typed with its result and variables. */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

export interface GraphQLResponse<T = unknown> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  headers: Headers;
}

/** A GraphQL client over real HTTP, keeping its own session cookie like a browser would. */
export class Client {
  cookie: string | undefined;

  constructor(
    readonly url: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers, ...headers },
      body: JSON.stringify(body),
    });
  }

  gql<T = Untyped>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  gql<R, V>(document: TypedDocument<R, V>, variables?: V): Promise<GraphQLResponse<R>>;
  /** Variables as sent over the wire (e.g. an enum value the schema refuses): the result still typed. */
  gql<R>(document: TypedDocument<R, never>, variables?: Record<string, unknown>): Promise<GraphQLResponse<R>>;
  async gql<T>(document: string | TypedDocument<T, unknown>, variables?: unknown): Promise<GraphQLResponse<T>> {
    const response = await this.post({ query: document.toString(), variables });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie?.startsWith("nk_session=")) {
      const value = setCookie.split(";")[0] as string;
      this.cookie = value === "nk_session=" ? undefined : value;
    }
    const json = (await response.json()) as { data?: T; errors?: GraphQLResponse["errors"] };
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  /** Like gql, but fails the test on any error. */
  ok<T = Untyped>(query: string, variables?: Record<string, unknown>): Promise<T>;
  ok<R, V>(document: TypedDocument<R, V>, variables?: V): Promise<R>;
  ok<R>(document: TypedDocument<R, never>, variables?: Record<string, unknown>): Promise<R>;
  async ok<T>(document: string | TypedDocument<T, unknown>, variables?: unknown): Promise<T> {
    const r = await this.gql<T, unknown>(typeof document === "string" ? { toString: () => document } : document, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }
}

export const LOGIN = graphql(`mutation Login($input: LoginInput!) {
  login(input: $input) { viewer { kind user { id email role } } userErrors { field message code } }
}`);

/** `value`, failing the test when it is null or undefined: narrows a typed result the test goes on with. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** The one root field of an answer (a mutation's payload, a list), typed as its document says. */
export function rootField<R extends object>(data: R): R[Extract<keyof R, string>] {
  for (const key in data) return data[key];
  throw new Error("the answer has no field");
}

export function codes(r: Pick<GraphQLResponse, "errors">): string[] {
  return (r.errors ?? []).map((e) => String(e.extensions?.code));
}

/**
 * Every failure code of a response: top-level errors, then each root field's `userErrors` (a
 * mutation's data-state failures arrive there; the document must select `userErrors { code }`).
 */
export function failures(r: GraphQLResponse<object>): string[] {
  const payloads = Object.values(r.data ?? {}) as ({ userErrors?: { code?: string }[] } | null)[];
  return [...codes(r), ...payloads.flatMap((p) => (p?.userErrors ?? []).map((e) => String(e.code)))];
}

export interface TestPlatform {
  platform: Platform;
  url: string;
  config: Config;
  admin: Client;
  anonymous(): Client;
  /** Creates a staff account with `role` (in `unitCodes`) and returns a signed-in client. */
  signedIn(role: Role, unitCodes?: string[]): Promise<Client & { userId: string; email: string }>;
  unitId(code: string): Promise<string>;
  /** Creates a partner and an API key with `scopes`; returns a client sending it. */
  partnerClient(scopes?: string[]): Promise<Client & { partnerId: string; apiKeyId: string; secret: string }>;
  // Rows of ad-hoc SQL in tests, read by column name.
  // biome-ignore lint/suspicious/noExplicitAny: rows of ad-hoc SQL are read by column name; a test may name their type
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** How many audit events of `action` name the record `entityId`, alone or among others. */
  auditCount(action: string, entityId: string): Promise<number>;
  stop(): Promise<void>;
}

let counter = 0;

/** A client signed in as the bootstrap admin of the server at `url`. */
export async function signInAdmin(url: string): Promise<Client> {
  const admin = new Client(url);
  const login = await admin.gql(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  if (!login.data?.login?.viewer) throw new Error(`admin could not sign in: ${JSON.stringify(login)}`);
  return admin;
}

type Accounts = Pick<TestPlatform, "signedIn" | "partnerClient">;

const noUnits = (code: string) => Promise.reject(new Error(`no unit lookup was given for ${code}`));

/** Staff accounts and partner keys, made through `admin` (a signed-in ADMIN) on the server at `url`. */
export function accountsOn(url: string, admin: Client, unitId: (code: string) => Promise<string> = noUnits): Accounts {
  return {
    async signedIn(role, unitCodes = []) {
      const email = `${role.toLowerCase()}-${++counter}-${process.pid}@test.example`;
      const ids = await Promise.all(unitCodes.map(unitId));
      const created = await admin.ok(
        graphql(
          `mutation HarnessCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`,
        ),
        { input: { email, fullName: `Test ${role}`, role, unitIds: ids, password: PASSWORD } },
      );
      const userId = created.createUser.user?.id;
      if (!userId) throw new Error(`could not create user: ${JSON.stringify(created)}`);
      const client = Object.assign(new Client(url), { userId, email });
      await client.ok(LOGIN, { input: { email, password: PASSWORD } });
      return client;
    },
    async partnerClient(scopes = ["READ_CAMPAIGNS"]) {
      const p = await admin.ok(
        graphql(
          `mutation HarnessCreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { message } } }`,
        ),
        {
          input: { name: `Test partner ${++counter}-${process.pid}`, kind: "NGO" },
        },
      );
      const partnerId = present(p.createPartner.partner, "partner").id as string;
      const k = await admin.ok(
        graphql(
          `mutation HarnessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret userErrors { message } } }`,
        ),
        { input: { partnerId, name: "test key", scopes } },
      );
      const secret = k.createApiKey.secret as string;
      return Object.assign(new Client(url, { authorization: `Bearer ${secret}` }), {
        partnerId,
        apiKeyId: present(k.createApiKey.apiKey, "apiKey").id as string,
        secret,
      });
    },
  };
}

/** Starts the real server on a database of its own; `adjust` may tune the configuration. */
export async function startTestPlatform(adjust: (config: Config) => void = () => {}): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const config = loadConfig(testEnvironment(database.url));
  adjust(config);
  const platform = await startPlatform(config, createLogger(config.logLevel));
  const url = `http://127.0.0.1:${platform.port}`;
  const admin = await signInAdmin(url);
  const unitIds = new Map<string, string>();

  const t: TestPlatform = {
    platform,
    url,
    config,
    admin,
    anonymous: () => new Client(url),
    sql: (query, params) => platform.services.db.query(query, params),
    async auditCount(action, entityId) {
      const [row] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND (entity_id = $2 OR entity_ids @> ARRAY[CAST($2 AS varchar)])",
        [action, entityId],
      );
      return row?.n ?? 0;
    },
    async unitId(code) {
      if (!unitIds.has(code)) {
        const [row] = await t.sql<{ id: string }>("SELECT id FROM unit WHERE code = $1", [code]);
        if (!row) throw new Error(`no unit ${code}`);
        unitIds.set(code, row.id);
      }
      return unitIds.get(code) as string;
    },
    ...accountsOn(url, admin, (code) => t.unitId(code)),
    async stop() {
      await platform.stop();
      await database.drop();
    },
  };
  return t;
}
