// The dashboard's SQL on the generated database (pnpm --filter @nk/api bench:seed), timed in
// PostgreSQL: the one statement of its figures (selectFigures, as the dashboard sends it) for
// several periods, and the unaggregated month (women supported counted from the services). Each
// under EXPLAIN (ANALYZE, TIMING OFF) 7 times: prints the median and the best, in ms, with the
// load average. Run: pnpm --filter @nk/api bench:statements (not part of pnpm test)
import "reflect-metadata";
import os from "node:os";
import { createDataSource } from "../src/core/db/data-source";
import { type Queryable, selectFigures } from "../src/core/db/query";
import { createLogger } from "../src/core/logger";
import { overdueFollowUpsIn, womenSupported } from "../src/modules/assistance/service.service";
import { openCasesByRiskIn } from "../src/modules/cases/case.service";
import { campaignReachIn } from "../src/modules/coalition/totals.service";
import { groupsByStageIn } from "../src/modules/community/figures.service";
import { trainingsIn } from "../src/modules/learning/figures.service";
import { shelterNow } from "../src/modules/shelter/shelter-occupancy.service";
import { openBenchDatabase } from "./database";

const RUNS = 7;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The whole months ending with the last one, as bench/run.ts asks for them. */
function monthsBack(n: number): [string, string] {
  const now = new Date();
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return [day(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - n + 1, 1))), day(end)];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main() {
  const database = await openBenchDatabase(createLogger("warn"));
  const db = createDataSource(database.url);
  await db.initialize();
  try {
    /** Median and best execution time of the statements `send` runs, each explained instead of run. */
    const time = async (send: (q: Queryable) => Promise<unknown>) => {
      const times: number[] = [];
      const explain = async (sql: string, params?: unknown[]) => {
        const [row] = (await db.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`, params)) as {
          "QUERY PLAN": { "Execution Time": number }[];
        }[];
        times.push(row?.["QUERY PLAN"][0]?.["Execution Time"] ?? Number.NaN);
        return [{}];
      };
      const explaining = { query: explain } as Queryable;
      for (let i = 0; i < RUNS; i++) await send(explaining);
      times.sort((a, b) => a - b);
      return `${times[Math.floor(RUNS / 2)]?.toFixed(1)} | ${times[0]?.toFixed(1)}`;
    };
    const [monthFrom, monthTo] = monthsBack(1);
    const [yearFrom] = monthsBack(12);
    const periods: [string, string, string][] = [
      ["last month", monthFrom, monthTo],
      ["last 12 months", yearFrom, monthTo],
      ["last month but its first and last 5 days", `${monthFrom.slice(0, 8)}06`, `${monthTo.slice(0, 8)}${Number(monthTo.slice(8)) - 5}`],
      [
        "45 days from the middle of the month before last",
        `${monthsBack(2)[0].slice(0, 8)}16`,
        `${monthTo.slice(0, 8)}${Number(monthTo.slice(8)) - 1}`,
      ],
      ["one day in the middle of last month", `${monthFrom.slice(0, 8)}15`, `${monthFrom.slice(0, 8)}15`],
      ["across a new year, from the middle of a month", `${yearFrom.slice(0, 8)}10`, `${Number(yearFrom.slice(0, 4)) + 1}-01-20`],
    ];
    console.log(`load average at start: ${loadAverage()}`);
    console.log(`${RUNS} runs each, EXPLAIN (ANALYZE, TIMING OFF), ms\n`);
    console.log("| statement | median | best |\n| --- | ---: | ---: |");
    for (const [name, from, to] of periods) {
      const figures = {
        women: womenSupported(null, from, to),
        risks: openCasesByRiskIn(null),
        overdue: overdueFollowUpsIn(null),
        shelter: shelterNow(null),
        trained: trainingsIn(null, from, to),
        groups: groupsByStageIn(null, to),
        reach: campaignReachIn(null, from, to),
      };
      console.log(`| the dashboard's figures, ${name} (${from} to ${to}) | ${await time((q) => selectFigures(q, figures))} |`);
      for (const key of ["women", "trained"] as const)
        console.log(`| — ${key} alone | ${await time((q) => selectFigures(q, { [key]: figures[key] }))} |`);
    }
    const byDays = await time((q) => selectFigures(q, { women: womenSupported(null, monthFrom, monthTo, true) }));
    console.log(`| the unaggregated month: women supported counted from the services, ${monthFrom} to ${monthTo} | ${byDays} |`);
    console.log(`\nload average at end: ${loadAverage()}`);
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
