// The export benchmark: the compiled API in production mode on a database of its own (`nk_bench_export` on
// the benchmark's server, bench/database.ts: NK's demo data plus --women generated women, 100,000
// by default), an admin downloading /exports/<list>.csv whole, read as a browser reads it (a
// stream, counted as it comes). Prints, per export: rows, bytes, seconds, rows per second, and the
// API process's peak resident memory (VmHWM) before and after.
// Run: pnpm --filter @nk/api bench:export [--women 100000] [--lists beneficiaries,cases] [--rounds 2]
// (not part of pnpm test)
import "reflect-metadata";
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { productionNodeArgs } from "../scripts/run-compiled";
import { createDataSource } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { BENCH_DIR, openBenchDatabase } from "./database";

const API_DIR = path.resolve(__dirname, "..");
const ADMIN = { email: "bench-admin@bench.example", password: "Bench-Admin-Password-1" };

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
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

/** Peak and current resident memory of a process, in MiB. */
function memoryMiB(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
  return { peak: kb("VmHWM"), now: kb("VmRSS") };
}

const FIRST = ["Гулҷаҳон", "Зарина", "Малика", "Нигина", "Сабрина", "Мавлуда", "Фарзона", "Дилноза", "Шаҳло", "Ситора", "Парвина"];
const LAST = ["Ҷӯраева", "Қодирова", "Раҳимова", "Саидова", "Назарова", "Ғафорова", "Ҳасанова", "Бобоева", "Шарипова"];

/** The export's own database beside the benchmark's, created when missing. */
async function exportDatabase(benchUrl: string): Promise<string> {
  const db = createDataSource(benchUrl);
  await db.initialize();
  const [found] = (await db.query("SELECT 1 AS x FROM pg_database WHERE datname = 'nk_bench_export'")) as unknown[];
  if (!found) await db.query("CREATE DATABASE nk_bench_export");
  await db.destroy();
  const url = new URL(benchUrl);
  url.pathname = "/nk_bench_export";
  return url.toString();
}

/** Women up to `target`, generated in SQL (Tajik names, the Crisis Center, the demo communities). */
async function generateWomen(url: string, target: number): Promise<{ women: number; cases: number }> {
  const db = createDataSource(url);
  await db.initialize();
  try {
    const [{ n }] = (await db.query("SELECT count(*)::int AS n FROM beneficiary")) as [{ n: number }];
    if (n < target) {
      const t0 = performance.now();
      // In batches: one statement per 10,000 women stays within the statement timeout of a busy machine.
      for (let from = n + 1; from <= target; from += 10_000) {
        await db.query(
          `INSERT INTO beneficiary (code, first_name, last_name, patronymic, birth_year, community_id, unit_id, status, vulnerabilities,
                                    registered_on, search_text, search_text_minimal)
           SELECT 'BX-' || lpad(g::text, 8, '0'), f.name, l.name, NULL, 1960 + g % 45, c.ids[1 + g % array_length(c.ids, 1)], u.id,
                  'ACTIVE', '{}', date '2021-01-01' + g % 1800, lower(f.name || ' ' || l.name), lower(f.name)
             FROM generate_series($1::int, $2::int) g
             CROSS JOIN (SELECT array_agg(id) AS ids FROM community) c
             CROSS JOIN (SELECT id FROM unit WHERE code = 'CRISIS') u
             CROSS JOIN LATERAL (SELECT ($3::text[])[1 + g % array_length($3::text[], 1)] AS name) f
             CROSS JOIN LATERAL (SELECT ($4::text[])[1 + (g / 7) % array_length($4::text[], 1)] AS name) l`,
          [from, Math.min(target, from + 9_999), FIRST, LAST],
        );
      }
      console.log(`generated ${target - n} women in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const [sizes] = (await db.query(
      'SELECT (SELECT count(*) FROM beneficiary)::int AS women, (SELECT count(*) FROM "case")::int AS cases',
    )) as {
      women: number;
      cases: number;
    }[];
    return sizes ?? { women: 0, cases: 0 };
  } finally {
    await db.destroy();
  }
}

async function main() {
  const lists = option("lists", "beneficiaries,cases").split(",");
  const rounds = Number(option("rounds", "2"));
  const target = Number(option("women", "100000"));
  const log = createLogger("warn");
  const database = await openBenchDatabase(log);
  const url0 = await exportDatabase(database.url);

  const port = await freePort();
  // The compiled API as `pnpm start` runs it (`pnpm bench:export` builds it first).
  const child = spawn(process.execPath, productionNodeArgs(), {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: url0,
      NK_DATA_KEY: database.dataKey,
      // The organisation, its places and some records: the generated women live in them.
      NK_DEMO_DATA: "true",
      NK_ADMIN_EMAIL: ADMIN.email,
      NK_ADMIN_PASSWORD: ADMIN.password,
      NK_RATE_LIMIT_PER_MINUTE: "100000000",
      NK_MFA_REQUIRED_ROLES: "none",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", openSync(path.join(BENCH_DIR, "servers.log"), "a"), "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
      if (
        await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sizes = await generateWomen(url0, target);
    const login = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }",
        variables: { i: ADMIN },
      }),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0];
    if (!cookie) throw new Error("the admin could not sign in");
    const pid = child.pid as number;
    console.log(
      `Data: ${sizes.women} women, ${sizes.cases} cases. Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}.`,
    );
    console.log(`API after start: VmRSS ${memoryMiB(pid).now.toFixed(0)} MiB, VmHWM ${memoryMiB(pid).peak.toFixed(0)} MiB\n`);
    console.log("| export | rows | MiB | seconds | rows/s | VmHWM before MiB | VmHWM after MiB |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (let round = 0; round < rounds; round++) {
      for (const list of lists) {
        const before = memoryMiB(pid).peak;
        const t0 = performance.now();
        const response = await fetch(`${url}/exports/${list}.csv?lang=tg`, { headers: { cookie } });
        if (!response.ok || !response.body) throw new Error(`${list}: HTTP ${response.status} ${await response.text()}`);
        let bytes = 0;
        let lines = 0;
        for await (const chunk of response.body) {
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 10) lines++;
        }
        const seconds = (performance.now() - t0) / 1000;
        const rows = lines - 1;
        if (String(rows) !== response.headers.get("x-total-count"))
          throw new Error(`${list}: ${rows} rows, announced ${response.headers.get("x-total-count")}`);
        const after = memoryMiB(pid).peak;
        console.log(
          `| ${list} | ${rows} | ${(bytes / 2 ** 20).toFixed(1)} | ${seconds.toFixed(1)} | ${Math.round(rows / seconds)} | ${before.toFixed(0)} | ${after.toFixed(0)} |`,
        );
      }
    }
  } finally {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
