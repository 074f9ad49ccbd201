import { readFileSync } from "node:fs";
import path from "node:path";
import { graphql } from "./gql";
import { present, startTestPlatform, type TestPlatform } from "./harness";

/**
 * docs/partners.md, run as written. Every ```graphql block and every ```sh block with a curl is
 * sent to a real server (demo data) with a key of a demo partner; the ```json blocks after it, up
 * to the next heading, are its variables (no "data"/"errors"/"extensions" key) or the answer it
 * must give ("…" stands for any value; objects need the keys shown, arrays the items shown).
 * Placeholders in variables: "<campaign id>", "<district id>", "<activity id>", "<version>".
 * Each document with `first:` must also fit the limits at `first: 100`, the largest page.
 */

const GUIDE = path.resolve(__dirname, "../../../docs/partners.md");

interface Block {
  lang: string;
  text: string;
  section: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let section = 0;
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^#{2,3} /.test(line)) section++;
    const open = /^```(\w*)\s*$/.exec(line);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
    out.push({ lang: open[1] ?? "", text: body.join("\n"), section });
  }
  return out;
}

interface Run {
  kind: "graphql" | "curl";
  source: string;
  variables?: Record<string, unknown>;
  expected?: unknown;
  status?: number;
}

const isAnswer = (v: unknown) => typeof v === "object" && v !== null && ["data", "errors", "extensions"].some((k) => k in v);

/** The runs of the guide: each document or curl with its variables and expected answer. */
function runs(markdown: string): Run[] {
  const out: Run[] = [];
  let current: Run | undefined;
  let section = -1;
  for (const b of blocks(markdown)) {
    if (b.section !== section) current = undefined;
    section = b.section;
    if (b.lang === "graphql" || (b.lang === "sh" && /\bcurl\b/.test(b.text))) {
      current = { kind: b.lang === "graphql" ? "graphql" : "curl", source: b.text };
      const status = /# → HTTP (\d{3})/.exec(b.text);
      if (status) current.status = Number(status[1]);
      out.push(current);
    } else if (b.lang === "json" && current) {
      const value = JSON.parse(b.text) as Record<string, unknown>;
      if (isAnswer(value)) {
        if (current.expected !== undefined) throw new Error(`two answers for one run:\n${b.text}`);
        current.expected = value;
      } else {
        if (current.variables !== undefined || current.expected !== undefined) {
          current = { kind: current.kind, source: current.source };
          out.push(current);
        }
        current.variables = value;
      }
    }
  }
  return out;
}

/** The parts of a curl command line: headers and the -d body. */
function curl(source: string): { headers: Record<string, string>; body: string } {
  const line = source
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((l) => !l.trim().startsWith("#"))
    .join(" ");
  const words = [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const headers: Record<string, string> = {};
  let body = "";
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "-H") {
      const [name, ...value] = (words[++i] ?? "").split(":");
      headers[(name ?? "").trim().toLowerCase()] = value.join(":").trim();
    } else if (words[i] === "-d") body = words[++i] ?? "";
  }
  return { headers, body };
}

/** Where `actual` differs from `expected` ("…" matches anything); empty when it matches. */
function differences(expected: unknown, actual: unknown, at = "$"): string[] {
  if (expected === "…") return actual === undefined ? [`${at}: missing`] : [];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [`${at}: expected ${expected.length} items, got ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => differences(e, actual[i], `${at}[${i}]`));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => differences(v, (actual as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return expected === actual ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

describe("docs/partners.md, run as written", () => {
  let t: TestPlatform;
  let key: string;
  const fixtures: Record<string, string> = {};
  const guideRuns = runs(readFileSync(GUIDE, "utf8"));
  beforeAll(async () => {
    t = await startTestPlatform();
    const [partner] = await t.sql<{ id: string }>("SELECT id FROM partner WHERE name = 'Нури зан (ТҶ-и намунавӣ)'");
    const created = await t.admin.ok(
      graphql(
        `mutation PartnerGuideCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { message } } }`,
      ),
      { input: { partnerId: partner?.id, name: "guide", scopes: ["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"] } },
    );
    key = present(created.createApiKey.secret, "secret");
    const [campaign] = await t.sql<{ id: string }>("SELECT id FROM campaign WHERE title LIKE '16 рӯзи фаъолнокӣ%2025'");
    const [district] = await t.sql<{ id: string }>("SELECT id FROM district WHERE name = 'Kulob'");
    fixtures["<campaign id>"] = campaign?.id ?? "";
    fixtures["<district id>"] = district?.id ?? "";
  });
  afterAll(() => t?.stop());

  function fill(value: unknown): unknown {
    if (typeof value === "string") {
      if (value === "<version>") return Number(fixtures[value]);
      if (value in fixtures) return fixtures[value];
      return value;
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  }

  /** Remembers the activity the guide reported or corrected, for the next examples. */
  function remember(body: { data?: Record<string, { activity?: { id: string; version: number } | null } | null> | null }) {
    for (const payload of Object.values(body.data ?? {})) {
      if (payload?.activity) {
        fixtures["<activity id>"] = payload.activity.id;
        fixtures["<version>"] = String(payload.activity.version);
      }
    }
  }

  async function send(run: Run, source = run.source) {
    let init: { headers: Record<string, string>; body: string };
    if (run.kind === "curl") {
      const parsed = curl(source);
      const authorization = parsed.headers.authorization?.replace("$NK_API_KEY", key);
      init = { headers: { ...parsed.headers, ...(authorization ? { authorization } : {}) }, body: parsed.body };
    } else {
      init = {
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ query: source, variables: fill(run.variables) }),
      };
    }
    const response = await fetch(`${t.url}/graphql`, { method: "POST", ...init });
    // biome-ignore lint/suspicious/noExplicitAny: a raw HTTP body, not yet typed
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it("has the examples it is meant to have", () => {
    expect(guideRuns.filter((r) => r.kind === "graphql").length).toBeGreaterThanOrEqual(8);
    expect(guideRuns.filter((r) => r.kind === "curl").length).toBeGreaterThanOrEqual(4);
    expect(guideRuns.filter((r) => r.expected !== undefined).length).toBeGreaterThanOrEqual(10);
  });

  it("answers every example as the guide says, within the limits", async () => {
    const wrong: string[] = [];
    for (const run of guideRuns) {
      const name = `${run.kind} ${run.source.slice(0, 60).replace(/\s+/g, " ")}`;
      const { status, body } = await send(run);
      remember(body as never);
      if (process.env.NK_PRINT_COSTS) console.log(name, JSON.stringify(body.extensions?.cost));
      const limitErrors = (body.errors ?? []).filter((e: { extensions?: { code?: string } }) =>
        ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"].includes(String(e.extensions?.code)),
      );
      if (limitErrors.length) wrong.push(`${name}: ${JSON.stringify(limitErrors)}`);
      if (status !== (run.status ?? 200)) wrong.push(`${name}: HTTP ${status}, the guide says ${run.status ?? 200}`);
      if (run.expected === undefined && body.errors?.length) wrong.push(`${name}: ${JSON.stringify(body.errors)}`);
      if (run.expected !== undefined) for (const d of differences(run.expected, body)) wrong.push(`${name}: ${d}`);
    }
    expect(wrong).toEqual([]);
  });

  it("runs every example that pages within the limits at the largest page, first: 100", async () => {
    const paged = [
      ...new Map(
        guideRuns
          .filter((r) => /first: \d+/.test(r.source) && !(isAnswer(r.expected) && "errors" in (r.expected as object)))
          .map((r) => [r.source, r]),
      ).values(),
    ];
    expect(paged.length).toBeGreaterThanOrEqual(3);
    const costs: Record<string, number> = {};
    for (const run of paged) {
      const { status, body } = await send(run, run.source.replace(/first: \d+/g, "first: 100"));
      costs[run.source.slice(0, 40)] = body.extensions?.cost?.requested;
      expect({ status, errors: body.errors ?? [] }).toEqual({ status: 200, errors: [] });
      expect(body.extensions.cost.requested).toBeLessThanOrEqual(body.extensions.cost.limit);
    }
    if (process.env.NK_PRINT_COSTS) console.log(costs);
  });
});
