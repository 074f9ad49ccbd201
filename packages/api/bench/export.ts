// The export benchmark: the API in production mode on the generated database
// (pnpm --filter @nk/api bench:seed), one coordinator downloading /exports/<list>.csv whole, read
// as a browser reads it (a stream, counted as it comes). Prints, per export: rows, bytes, seconds,
// rows per second, and the API process's peak resident memory (VmHWM) before and after.
// Run: pnpm --filter @nk/api bench:export [--lists beneficiaries,cases,services] [--rounds 1]
// (not part of pnpm test)
import "reflect-metadata";
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createDataSource } from "../src/core/db/data-source";
import { createLogger } from "../src/core/logger";
import { BENCH_DIR, BENCH_PASSWORD, BENCH_USERS, openBenchDatabase } from "./database";

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

async function main() {
  const lists = option("lists", "beneficiaries,cases,services").split(",");
  const rounds = Number(option("rounds", "1"));
  const log = createLogger("warn");
  const database = await openBenchDatabase(log);
  const db = createDataSource(database.url);
  await db.initialize();
  const [sizes] = (await db.query('SELECT (SELECT count(*) FROM beneficiary)::int AS women, (SELECT count(*) FROM "case")::int AS cases')) as {
    women: number;
    cases: number;
  }[];
  await db.destroy();
  if (!sizes || sizes.women < 1000) throw new Error("No bench data: run pnpm --filter @nk/api bench:seed first.");

  const port = await freePort();
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      NK_DATA_KEY: database.dataKey,
      NK_DEMO_DATA: "false",
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
      if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const login = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }",
        variables: { i: { email: BENCH_USERS.coordinator, password: BENCH_PASSWORD } },
      }),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0];
    if (!cookie) throw new Error("the coordinator could not sign in");
    const pid = child.pid as number;
    console.log(`Data: ${sizes.women} women, ${sizes.cases} cases. Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}.`);
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
        if (String(rows) !== response.headers.get("x-total-count")) throw new Error(`${list}: ${rows} rows, announced ${response.headers.get("x-total-count")}`);
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
