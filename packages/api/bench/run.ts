// Prints the platform's figures on this machine: start-up on the embedded PostgreSQL, sign-in
// cost, list latencies and SQL statements per request. Run: pnpm --filter @nk/api bench
import "reflect-metadata";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/core/config";
import { createLogger } from "../src/core/logger";
import { startPlatform } from "../src/server";

const EMAIL = "bench@example.org";
const PASSWORD = "Bench-Password-123";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "nk-bench-"));
  await chmod(dir, 0o755);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    NODE_ENV: "test",
    NK_DATA_DIR: dir,
    NK_ADMIN_EMAIL: EMAIL,
    NK_ADMIN_PASSWORD: PASSWORD,
    NK_RATE_LIMIT_PER_MINUTE: "100000",
    // Figures of the API's work: the admin signs in with a password alone.
    NK_MFA_REQUIRED_ROLES: "none",
  });
  const log = createLogger("silent");
  try {
    const [first, freshMs] = await timed(() => startPlatform(config, log));
    const [, stopMs] = await timed(() => first.stop());
    const [platform, restartMs] = await timed(() => startPlatform(config, log));
    console.log(`start, empty data directory (initdb, migrations, demo data): ${freshMs.toFixed(0)} ms`);
    console.log(`stop (drain, pool, PostgreSQL):                             ${stopMs.toFixed(0)} ms`);
    console.log(`start again on existing data:                               ${restartMs.toFixed(0)} ms`);

    const url = `http://127.0.0.1:${platform.port}/graphql`;
    let cookie = "";
    const post = async (query: string, variables?: object) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get("set-cookie");
      if (setCookie) cookie = setCookie.split(";")[0] as string;
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Number(response.headers.get("x-nk-sql-statements"));
    };

    const logins: number[] = [];
    for (let i = 0; i < 10; i++) {
      const [, ms] = await timed(() =>
        post("mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }", { i: { email: EMAIL, password: PASSWORD } }),
      );
      logins.push(ms);
    }
    logins.sort((a, b) => a - b);
    console.log(
      `sign-in (argon2id m=19456 t=2 p=1), 10 runs:                p50 ${percentile(logins, 50).toFixed(1)} ms, p95 ${percentile(logins, 95).toFixed(1)} ms`,
    );

    const nested = `query($first: Int!, $after: String) { beneficiaries(first: $first, after: $after) { pageInfo { endCursor }
      edges { node { code firstName lastName phone unit { code } community { name district { name } } programs { code indicators { code } } } } } }`;
    for (const first of [20, 100]) {
      const samples: number[] = [];
      let statements = 0;
      for (let i = 0; i < 100; i++) {
        const [n, ms] = await timed(() => post(nested, { first }));
        samples.push(ms);
        statements = n;
      }
      samples.sort((a, b) => a - b);
      console.log(
        `beneficiaries(first: ${String(first).padEnd(3)}) with nested records, 100 runs: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, ${statements} SQL statements each`,
      );
    }
    const search: number[] = [];
    for (let i = 0; i < 100; i++)
      search.push(
        (await timed(() => post('{ beneficiaries(first: 20, filter: { search: "кумри" }) { totalCount edges { node { code } } } }')))[1],
      );
    search.sort((a, b) => a - b);
    console.log(
      `beneficiaries name search, 100 runs:                        p50 ${percentile(search, 50).toFixed(1)} ms, p95 ${percentile(search, 95).toFixed(1)} ms`,
    );
    const dashboard = `query($scope: DashboardScope!) { dashboard(scope: $scope) {
      womenSupported { byDistrict { district { name } byKind { key value } total { value } } total { value } }
      openCasesByRisk { items { key value } } overdueFollowUps { value } shelter { beds bedsTaken { value } accompanyingChildren { value } }
      trainings { training { code } courses enrolled { value } completed { value } } selfHelpGroupsByStage { key value } campaignReach { total } } }`;
    const to = new Date().toISOString().slice(0, 10);
    const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const [kulob] = (await platform.services.db.query("SELECT id FROM district WHERE name = 'Kulob'")) as { id: string }[];
    for (const [label, filter] of [
      ["12 months, all districts", { from, to }],
      ["12 months, Kulob        ", { from, to, districtId: kulob?.id }],
    ] as const) {
      const samples: number[] = [];
      let statements = 0;
      for (let i = 0; i < 100; i++) {
        const [n, ms] = await timed(() => post(dashboard, { scope: filter }));
        samples.push(ms);
        statements = n;
      }
      samples.sort((a, b) => a - b);
      console.log(
        `dashboard (${label}), 100 runs: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, ${statements} SQL statements each`,
      );
    }
    console.log(
      `API process memory after the runs:                          rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
    await platform.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
