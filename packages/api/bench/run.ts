// The benchmark: the API in production mode (NODE_ENV=production, the compiled build as
// `pnpm --filter @nk/api start` runs it: `pnpm bench` builds it first) on
// the generated database (pnpm --filter @nk/api bench:seed), loaded by autocannon with 10
// connections, each query warmed up and then measured in rounds interleaved with the others and
// with the baseline (bench/baseline.ts: plain Node + pg, one hand-written SQL statement). Prints,
// per query: requests/s, p50, p99, SQL statements per request (counted by a NODE_ENV=test start,
// which reports them), API CPU ms per request, the CPU of the PostgreSQL processes on this machine
// per request, and peak memory, the ratio to the baseline, and the
// latency of a request alone (one connection, after the rounds).
// Run: pnpm bench [--seconds 10] [--rounds 2] [--warmup 3] [--profile: a CPU profile of the API, summed] [--only Q1]
// [--parts: Q1 taken apart too, from an authenticated trivial query up] (not part of pnpm test)
import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { productionNodeArgs } from "../scripts/run-compiled";
import { createDataSource } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { BENCH_DIR, BENCH_PASSWORD, BENCH_USERS, openBenchDatabase } from "./database";
import { summarise } from "./profile";

const ADMIN = { email: "bench-admin@bench.example", password: "Bench-Admin-Password-1" };
const API_DIR = path.resolve(__dirname, "..");
const SQL_STATEMENTS_HEADER = "x-nk-sql-statements";
/** How long each query is sent over one connection, one request at a time, for its latency alone. */
const ALONE_SECONDS = 3;

const Q1 = `query Q1($community: ID!) {
  beneficiaries(first: 50, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }
      services(first: 5) { edges { node { id kind subtype providedOn outcome } } } } }
  }
}`;
/** Q1 built up a step at a time (--parts): what authentication and the pipeline cost, then each level of the page. */
const Q1_PARTS: [string, string][] = [
  ["Q1 part: an authenticated trivial query", "query Q1Trivial { serviceKinds { kind } }"],
  [
    "Q1 part: 50 women, ids only",
    `query Q1Ids($community: ID!) {
  beneficiaries(first: 50, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) { edges { node { id } } } }`,
  ],
  [
    "Q1 part: + her fields, community, district",
    `query Q1Women($community: ID!) {
  beneficiaries(first: 50, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName lastName registeredOn community { name district { name } } } } } }`,
  ],
  [
    "Q1 part: + the ids of her last 5 services",
    `query Q1ServiceIds($community: ID!) {
  beneficiaries(first: 50, filter: { communityId: $community }, sort: { field: REGISTERED_ON, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code firstName lastName registeredOn community { name district { name } }
      services(first: 5) { edges { node { id } } } } } } }`,
  ],
];
const Q2 = `query Q2($scope: DashboardScope!) { dashboard(scope: $scope) {
  womenSupported { byDistrict { district { name } byKind { key value } total { value } } total { value } }
  openCasesByRisk { items { key value } } overdueFollowUps { value }
  trainings { training { code } courses enrolled { value } completed { value } } } }`;
const Q3 = `query Q3($period: StatisticsPeriodInput!) {
  campaigns(first: 10) { edges { node { title totals { overall { activities women men total } materials } } } }
  statisticsTable(input: { table: WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT, period: $period }) {
    rows { key cells { column value suppressed } total { value suppressed } } grandTotal { value suppressed } } }`;
const Q4 = `query Q4($first: Int!) {
  caseload { myOpenCasesByRisk { key count } overdueFollowUps awaitingClosure }
  cases(first: $first, filter: { mine: true, status: OPEN }) { edges { node { id riskLevel stage openedAt
    beneficiary { code firstName lastName } } } } }`;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** User + system CPU of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** User + system CPU so far of each PostgreSQL process on this machine, in ms, by pid. */
function databaseProcesses(): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") found.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

/**
 * Starts counting the CPU of the PostgreSQL processes on this machine (the benchmark's server,
 * whose backends serve the API and the baseline alike); the function returned stops and answers
 * the ms spent, 0 when none runs here. Sampled every 100 ms, so a process that starts and ends
 * meanwhile (an autovacuum worker) counts up to its last sample.
 */
function countDatabaseCpu(): () => number {
  const first = databaseProcesses();
  const last = new Map(first);
  const sample = () => {
    for (const [pid, ms] of databaseProcesses()) {
      if (!first.has(pid)) first.set(pid, 0);
      last.set(pid, ms);
    }
  };
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    let total = 0;
    for (const [pid, ms] of last) total += ms - (first.get(pid) ?? 0);
    return total;
  };
}

/** Resident memory of a process, in MiB: at its peak (VmHWM) or now (VmRSS). */
function memoryMiB(pid: number, which: "VmHWM" | "VmRSS" = "VmHWM"): number {
  const kb = new RegExp(`${which}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

interface Server {
  child: ChildProcess;
  url: string;
  readyMs: number;
  stop(): Promise<void>;
}

/** How a script is run: TypeScript through @swc-node/register, or the compiled JavaScript as `pnpm start` does. */
const typescript = (script: string) => ["-r", "@swc-node/register", script];
/** The API as `pnpm --filter @nk/api start` runs it. */
const COMPILED_API = productionNodeArgs();

async function startServer(
  command: string[],
  env: Record<string, string>,
  readyPath: string | null,
  nodeFlags: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const t0 = performance.now();
  const script = command[command.length - 1] as string;
  const child = spawn(process.execPath, [...nodeFlags, ...command], {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    // The servers' logs, for a failed run: BENCH_DIR/servers.log.
    stdio: ["ignore", openSync(path.join(BENCH_DIR, "servers.log"), "a"), "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const up = await fetch(`${url}${readyPath ?? "/"}`, { method: readyPath ? "GET" : "POST", body: readyPath ? undefined : "{}" }).then(
      (r) => (readyPath ? r.ok : true),
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - t0;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { child, url, readyMs, stop };
}

async function graphql(url: string, headers: Record<string, string>, query: string, variables: object) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: Record<string, unknown> };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return { body, response };
}

async function signIn(url: string, email: string, password: string): Promise<Record<string, string>> {
  const { response } = await graphql(url, {}, "mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }", {
    i: { email, password },
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`${email} could not sign in`);
  return { cookie };
}

interface Query {
  name: string;
  target: "api" | "baseline";
  headers: Record<string, string>;
  query: string;
  variables: object;
}

interface Figures {
  rps: number[];
  p50: number[];
  p99: number[];
  cpuPerRequest: number[];
  databaseCpuPerRequest: number[];
  requests: number;
  failed: number;
}

function load(url: string, q: Query, seconds: number, connections = 10) {
  return autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json", ...q.headers },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function monthsBack(n: number): { from: string; to: string } {
  const now = new Date();
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - n + 1, 1));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

function lastEndedQuarter(): { year: number; quarter: number } {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? { year: now.getUTCFullYear() - 1, quarter: 4 } : { year: now.getUTCFullYear(), quarter: q };
}

async function main() {
  const seconds = option("seconds", 10);
  const rounds = option("rounds", 2);
  const warmup = option("warmup", 3);
  const log = createLogger("warn");
  const database = await openBenchDatabase(log);
  const db = createDataSource(database.url);
  await db.initialize();
  const servers: Server[] = [];
  try {
    const [community] = (await db.query(
      "SELECT community_id AS id, count(*)::int AS n FROM beneficiary GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )) as { id: string; n: number }[];
    const [partner] = (await db.query("SELECT partner_id AS id FROM campaign_partner LIMIT 1")) as { id: string }[];
    const [sizes] = (await db.query(
      'SELECT (SELECT count(*) FROM beneficiary)::int AS women, (SELECT count(*) FROM service)::int AS services, (SELECT count(*) FROM "case")::int AS cases',
    )) as { women: number; services: number; cases: number }[];
    if (!community || !partner || !sizes || sizes.women < 1000)
      throw new Error("No bench data: run pnpm --filter @nk/api bench:seed first.");
    console.log(`data: ${sizes.women} women, ${sizes.services} services, ${sizes.cases} cases; Q1 community has ${community.n} women`);
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
    );
    console.log(
      `load average at start: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );

    const env = {
      DATABASE_URL: database.url,
      NK_DATA_KEY: database.dataKey,
      NK_DEMO_DATA: "false",
      NK_ADMIN_EMAIL: ADMIN.email,
      NK_ADMIN_PASSWORD: ADMIN.password,
      NK_RATE_LIMIT_PER_MINUTE: "100000000",
      // Figures of the API's work: staff sign in with a password alone.
      NK_MFA_REQUIRED_ROLES: "none",
      LOG_LEVEL: "warn",
    };
    const variables = {
      Q1: { community: community.id },
      Q2m: { scope: monthsBack(1) },
      Q2y: { scope: monthsBack(12) },
      Q3: { period: lastEndedQuarter() },
      Q4: { first: 50 },
    };

    // Statement counts: reported only outside production, so counted on a start in test mode.
    const counting = await startServer(typescript("src/main.ts"), { ...env, NODE_ENV: "test" }, "/readyz");
    servers.push(counting);
    const auth = async (url: string) => {
      const admin = await signIn(url, ADMIN.email, ADMIN.password);
      const { body } = await graphql(
        url,
        admin,
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret userErrors { code message } } }`,
        {
          i: {
            partnerId: partner.id,
            name: `bench ${Date.now()}`,
            scopes: ["READ_CAMPAIGNS", "READ_STATISTICS"],
            rateLimitPerMinute: 6000,
          },
        },
      );
      const secret = (body.data?.createApiKey as { secret?: string } | undefined)?.secret;
      if (!secret) throw new Error(`no API key: ${JSON.stringify(body)}`);
      // The bench's own database: the key may spend far more than a partner's limit.
      await db.query("UPDATE api_key SET rate_limit_per_minute = 100000000 WHERE prefix = $1", [secret.slice(0, 11)]);
      return {
        coordinator: await signIn(url, BENCH_USERS.coordinator, BENCH_PASSWORD),
        caseWorker: await signIn(url, BENCH_USERS.caseWorker, BENCH_PASSWORD),
        partner: { authorization: `Bearer ${secret}` },
      };
    };
    const queriesFor = (who: Awaited<ReturnType<typeof auth>>): Query[] => [
      { name: "Q1 page of 50 women + last 5 services", target: "api", headers: who.coordinator, query: Q1, variables: variables.Q1 },
      { name: "Q2 dashboard, last month", target: "api", headers: who.coordinator, query: Q2, variables: variables.Q2m },
      { name: "Q2 dashboard, last 12 months", target: "api", headers: who.coordinator, query: Q2, variables: variables.Q2y },
      { name: "Q3 partner campaigns + statistics", target: "api", headers: who.partner, query: Q3, variables: variables.Q3 },
      { name: "Q4 case worker's case load (50)", target: "api", headers: who.caseWorker, query: Q4, variables: variables.Q4 },
      ...(process.argv.includes("--parts") ? Q1_PARTS : []).map(
        ([name, query]): Query => ({
          name,
          target: "api",
          headers: who.coordinator,
          query,
          variables: query.includes("$community") ? variables.Q1 : {},
        }),
      ),
    ];
    const statements = new Map<string, number>();
    for (const q of queriesFor(await auth(counting.url))) {
      // The second answer's count: the first may do once what every later one is spared (a
      // statistics release is computed and stored on its first read).
      await graphql(counting.url, q.headers, q.query, q.variables);
      const { response } = await graphql(counting.url, q.headers, q.query, q.variables);
      statements.set(q.name, Number(response.headers.get(SQL_STATEMENTS_HEADER)));
    }
    await counting.stop();
    servers.pop();

    const profileDir = path.join(BENCH_DIR, `profile-${Date.now()}`);
    const profiling = process.argv.includes("--profile") ? [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`] : [];
    if (!existsSync(path.join(API_DIR, COMPILED_API.at(-1) as string)))
      throw new Error("No compiled API: run pnpm --filter @nk/api build.");
    const api = await startServer(COMPILED_API, { ...env, NODE_ENV: "production" }, "/readyz", profiling);
    servers.push(api);
    console.log(`API start to /readyz (production mode, existing database): ${api.readyMs.toFixed(0)} ms`);
    console.log(`API resident once ready: ${memoryMiB(api.child.pid as number, "VmRSS").toFixed(0)} MiB`);
    const baseline = await startServer(typescript("bench/baseline.ts"), { DATABASE_URL: database.url }, null);
    servers.push(baseline);

    const who = await auth(api.url);
    // --only Q1: the baseline and the queries whose names start so (a quicker look at one of them).
    const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
    const queries: Query[] = [
      { name: "baseline Q1 (node + pg, one SQL)", target: "baseline", headers: {}, query: "", variables: variables.Q1 },
      ...queriesFor(who).filter((q) => !only || q.name.startsWith(only)),
    ];
    // Each answer checked once, so the load measures answers, not errors.
    for (const q of queries) if (q.target === "api") await graphql(api.url, q.headers, q.query, q.variables);

    const figures = new Map<string, Figures>(
      queries.map((q) => [q.name, { rps: [], p50: [], p99: [], cpuPerRequest: [], databaseCpuPerRequest: [], requests: 0, failed: 0 }]),
    );
    for (const q of queries) await load(q.target === "api" ? api.url : baseline.url, q, warmup);
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const server = q.target === "api" ? api : baseline;
        const pid = server.child.pid as number;
        const cpu0 = cpuMs(pid);
        const databaseCpu = countDatabaseCpu();
        const result = await load(server.url, q, seconds);
        const cpu = cpuMs(pid) - cpu0;
        const database = databaseCpu();
        const f = figures.get(q.name) as Figures;
        // Timeouts (autocannon's 10 s) and refusals are counted, not hidden.
        f.failed += result.non2xx + result.errors + result.timeouts;
        f.rps.push(result.requests.average);
        f.p50.push(result.latency.p50);
        f.p99.push(result.latency.p99);
        f.cpuPerRequest.push(cpu / result.requests.total);
        f.databaseCpuPerRequest.push(database / result.requests.total);
        f.requests += result.requests.total;
      }
    }
    // A request alone: one connection, each query for ALONE_SECONDS after the rounds.
    const alone = new Map<string, { p50: number; mean: number }>();
    for (const q of queries) {
      const result = await load(q.target === "api" ? api.url : baseline.url, q, ALONE_SECONDS, 1);
      alone.set(q.name, { p50: result.latency.p50, mean: result.latency.average });
    }
    const base = figures.get(queries[0]?.name as string) as Figures;
    console.log(
      `load average at end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    console.log(`${rounds} rounds × ${seconds} s per query (after ${warmup} s warm-up), 10 connections; medians of the rounds\n`);
    console.log(
      "| query | req/s | ratio to baseline | p50 ms | p99 ms | SQL statements/request | server CPU ms/request | database CPU ms/request | failed | alone: p50 / mean ms |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const q of queries) {
      const f = figures.get(q.name) as Figures;
      const sql = q.target === "baseline" ? 1 : statements.get(q.name);
      const ratio = q.name.startsWith("Q1") || q.target === "baseline" ? `${(median(f.rps) / median(base.rps)).toFixed(2)}×` : "";
      console.log(
        `| ${q.name} | ${median(f.rps).toFixed(0)} | ${ratio} | ${median(f.p50).toFixed(1)} | ${median(f.p99).toFixed(1)} | ${sql} | ${median(f.cpuPerRequest).toFixed(2)} | ${median(f.databaseCpuPerRequest) > 0 ? median(f.databaseCpuPerRequest).toFixed(2) : "n/a"} | ${f.failed} | ${alone.get(q.name)?.p50.toFixed(0)} / ${alone.get(q.name)?.mean.toFixed(1)} |`,
      );
    }
    console.log(
      `\npeak memory (VmHWM): API ${memoryMiB(api.child.pid as number).toFixed(0)} MiB, baseline ${memoryMiB(baseline.child.pid as number).toFixed(0)} MiB`,
    );
    if (profiling.length) {
      await api.stop();
      for (const file of readdirSync(profileDir)) console.log(summarise(path.join(profileDir, file)).join("\n"));
    }
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await db.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
