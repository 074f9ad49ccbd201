import type { EntityManager } from "typeorm";
import { audit } from "../../core/audit";
import type { RequestContext } from "../../core/context";
import { ApiError, badInput } from "../../core/errors";
import { refuse } from "../../core/graphql/mutation";
import { actorId } from "../../core/reach";
import { StatisticsRelease } from "./release.entity";
import type { StatisticsPeriodInput, StatisticsTableName } from "./statistics.inputs";
import {
  type CountedTable,
  countTable,
  type Period,
  presentTable,
  type StatisticsResult,
  tablePeriod,
  valuesByKey,
} from "./statistics.service";

/**
 * Releases: a table for an ended period is computed once and served unchanged, so two readings
 * can never be subtracted. Late records, withdrawn consents and erasures change what a new count
 * would give, never what was released.
 *
 * - The first read after the period ended publishes release 1 (who reads first does not matter:
 *   everyone gets the same table). Under a transaction-scoped advisory lock per table and period,
 *   so two replicas answering two first reads at once publish one release; the unique key
 *   (table, period, number) backs the lock.
 * - A table refused for too few women is not a release: nothing is stored and a later read tries
 *   again (the refusal says only that fewer than the minimum are counted).
 * - A correction (`publishCorrection`) recounts with today's records and consents, then hides
 *   what the release before it hid and every value whose change from it lies between 1 and
 *   min − 1, with complements, until no visible change is that small. So the difference between
 *   two releases passes the same rule as a table: it singles nobody out.
 */

export interface ReleasedTable extends StatisticsResult {
  release: { number: number; releasedAt: Date; latestNumber: number };
}

// Stryker disable next-line StringLiteral: one key for every table and period would only make publishing wait more, not change a release
const lockKey = (table: string, period: Period) => `statistics-release:${table}:${period.from}`;

async function lock(em: EntityManager, table: string, period: Period): Promise<void> {
  await em.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [lockKey(table, period)]);
}

function latest(em: EntityManager, table: string, period: Period): Promise<StatisticsRelease | null> {
  return em.findOne(StatisticsRelease, { where: { tableName: table, periodFrom: period.from }, order: { number: "DESC" } });
}

function served(release: StatisticsRelease, latestNumber: number): ReleasedTable {
  return { ...release.content, release: { number: release.number, releasedAt: release.releasedAt, latestNumber } };
}

/** The latest release of `table` for the period (or release `number`), publishing release 1 if there is none yet. */
export async function readRelease(
  ctx: RequestContext,
  table: StatisticsTableName,
  input: StatisticsPeriodInput,
  number?: number | null,
): Promise<ReleasedTable> {
  const period = tablePeriod(table, input);
  let newest = await latest(ctx.db.manager, table, period);
  // Stryker disable next-line ConditionalExpression: the transaction reads the latest again under the lock, so entering it always gives the same release
  if (!newest) {
    newest = await ctx.db.transaction(async (em) => {
      await lock(em, table, period);
      const meanwhile = await latest(em, table, period);
      if (meanwhile) return meanwhile;
      const content = presentTable(await countTable(em, table, period), ctx.config.suppressionMin);
      return em.save(em.create(StatisticsRelease, { tableName: table, periodFrom: period.from, periodTo: period.to, number: 1, content }));
    });
  }
  // Stryker disable next-line ConditionalExpression: asking for the latest by its number reads the same release again
  if (number === null || number === undefined || number === newest.number) return served(newest, newest.number);
  const asked = await ctx.db.manager.findOneBy(StatisticsRelease, { tableName: table, periodFrom: period.from, number });
  if (!asked) throw badInput(`There is no release ${number} of this table for this period; the latest is ${newest.number}.`, "release");
  return served(asked, newest.number);
}

/**
 * What a correction of `previous` may show: the table counted now, with every value the
 * previous release hid hidden again, and every value whose change is between 1 and min − 1 hidden
 * (with complements), repeated until no visible change is that small.
 */
export function correctedTable(counted: CountedTable, previous: StatisticsResult, min: number): StatisticsResult {
  const before = valuesByKey(previous);
  const hide = new Set([...before].filter(([, v]) => v.suppressed).map(([key]) => key));
  for (;;) {
    const next = presentTable(counted, min, hide);
    let grew = false;
    for (const [key, now] of valuesByKey(next)) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a hidden value counts as 0 and a value shown before is 0 or at least min, so checking it adds nothing
      if (now.suppressed || hide.has(key)) continue;
      // A row or column the previous release did not have (a training added since) counted 0 there.
      const change = Math.abs((now.value as number) - (before.get(key)?.value ?? 0));
      if (change > 0 && change < min) {
        hide.add(key);
        grew = true;
      }
    }
    if (!grew) return next;
  }
}

/** Whether `next` shows any value that differs from `previous` (a correction that only hides more corrects nothing). */
function showsChange(next: StatisticsResult, previous: StatisticsResult): boolean {
  const before = valuesByKey(previous);
  return [...valuesByKey(next)].some(([key, v]) => !v.suppressed && v.value !== (before.get(key)?.value ?? 0));
}

/** Publishes the next release of a table for an ended period, recounted now (a coordinator's correction). */
export async function publishCorrection(
  ctx: RequestContext,
  em: EntityManager,
  input: { table: StatisticsTableName; period: StatisticsPeriodInput; reason: string },
): Promise<{ table: ReleasedTable }> {
  let period: Period;
  try {
    period = tablePeriod(input.table, input.period);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: tablePeriod throws only ApiErrors (BAD_USER_INPUT); anything else is a bug, rethrown
    if (error instanceof ApiError) refuse("period", error.message);
    throw error;
  }
  await lock(em, input.table, period);
  const previous = await latest(em, input.table, period);
  if (!previous) refuse("period", "Nothing is published for this period yet: the first read of the table publishes its first release.");
  const min = ctx.config.suppressionMin;
  const counted = await countTable(em, input.table, period);
  if (counted.grandTotal < min) refuse("period", `Too few women are counted in this table for this period now (fewer than ${min}).`);
  const content = correctedTable(counted, previous.content, min);
  if (!showsChange(content, previous.content)) {
    refuse(
      "period",
      `A correction would show nothing new: every change since release ${previous.number} is below ${min} or would reveal one that is, so it stays hidden.`,
    );
  }
  const release = await em.save(
    em.create(StatisticsRelease, {
      tableName: input.table,
      periodFrom: period.from,
      periodTo: period.to,
      number: previous.number + 1,
      releasedBy: actorId(ctx),
      reason: input.reason.trim(),
      content,
    }),
  );
  await audit(
    ctx,
    {
      action: "CREATE",
      entityType: "StatisticsRelease",
      entityId: release.id,
      details: { table: input.table, from: period.from, number: release.number },
    },
    em,
  );
  return { table: served(release, release.number) };
}
