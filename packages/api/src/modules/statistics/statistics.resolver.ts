import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Allow, type Grant } from "../../core/access";
import type { Context } from "../../core/context";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { publishCorrection, readRelease } from "./release.service";
import { CorrectStatisticsInput, StatisticsTableInput, StatisticsTableName } from "./statistics.inputs";

/** Who reads the published statistics: the same suppressed figures for everyone. */
export const STATISTICS_READERS: Grant[] = ["ADMIN", "COORDINATOR", "ANALYST", "PARTNER:READ_STATISTICS"];

@ObjectType({ description: "A count that may be withheld: null with suppressed true when publishing it could single someone out." })
@Allow(...STATISTICS_READERS)
class StatisticsValue {
  @Field(() => Int, { nullable: true, description: "The count; null when suppressed." })
  value: number | null;

  @Field({ description: "True when the count is withheld (below the minimum, or hidden so that another cannot be recovered)." })
  suppressed: boolean;
}

@ObjectType({ description: "One cell of a statistics table." })
@Allow(...STATISTICS_READERS)
class StatisticsCell extends StatisticsValue {
  @Field({ description: "Key of the cell's column (see columns)." })
  column: string;
}

@ObjectType({ description: "A row or column heading of a statistics table." })
@Allow(...STATISTICS_READERS)
class StatisticsHeading {
  @Field({ description: "Stable key: a district id, a kind of assistance, a training id or a month (YYYY-MM)." })
  key: string;

  @Field({ description: "Label to show, in English." })
  label: string;
}

@ObjectType({ description: "One row of a statistics table: a district." })
@Allow(...STATISTICS_READERS)
class StatisticsRow {
  @Field({ description: "Key of the row: the district's id." })
  key: string;

  @Field({ description: "The district's name, in English." })
  label: string;

  @Field(() => [StatisticsCell], { description: "The row's cells, in the order of columns." })
  cells: StatisticsCell[];

  @Field(() => StatisticsValue, { description: "The row's total." })
  total: StatisticsValue;
}

@ObjectType({ description: "The period a table counts: first and last day, inclusive." })
@Allow(...STATISTICS_READERS)
class StatisticsPeriod {
  @Field({ description: "First day, YYYY-MM-DD." })
  from: string;

  @Field({ description: "Last day, YYYY-MM-DD." })
  to: string;

  @Field({ description: "MONTH, QUARTER or YEAR." })
  kind: string;
}

@ObjectType({
  description:
    "Which release of a table was read. A table for an ended period is published once and served unchanged; a correction is a new release, whose difference from the one before passes the same suppression rules.",
})
@Allow(...STATISTICS_READERS)
class StatisticsReleaseInfo {
  @Field(() => Int, { description: "The release read: 1 for the first, then 2, 3 … for corrections." })
  number: number;

  @Field({ description: "When this release was published." })
  releasedAt: Date;

  @Field(() => Int, {
    description: "The latest release of this table for this period (equal to number unless an older release was asked for).",
  })
  latestNumber: number;
}

@ObjectType({
  description:
    "A published table of counts drawn from personal records, after disclosure control: only women who consented to anonymous statistics are counted, and counts below the minimum are withheld together with complementary cells.",
})
@Allow(...STATISTICS_READERS)
class StatisticsTable {
  @Field(() => StatisticsTableName, { description: "Which table." })
  table: StatisticsTableName;

  @Field(() => StatisticsPeriod, { description: "The period counted." })
  period: StatisticsPeriod;

  @Field(() => Int, { description: "Smallest count published (NK_SUPPRESSION_MIN); smaller counts other than 0 are withheld." })
  minimumCount: number;

  @Field(() => [StatisticsHeading], { description: "The column headings, in order." })
  columns: StatisticsHeading[];

  @Field(() => [StatisticsRow], { description: "One row per district, every district listed." })
  rows: StatisticsRow[];

  @Field(() => [StatisticsCell], { description: "The total of each column, in the order of columns." })
  columnTotals: StatisticsCell[];

  @Field(() => StatisticsValue, { description: "The total of the table." })
  grandTotal: StatisticsValue;

  @Field({ description: "What is counted and how totals relate to cells." })
  note: string;

  @Field(() => StatisticsReleaseInfo, { description: "Which release this is, and when it was published." })
  release: StatisticsReleaseInfo;
}

@ObjectType({ description: "Result of publishing a corrected release." })
@Allow("ADMIN", "COORDINATOR")
class CorrectStatisticsPayload {
  @Field(() => StatisticsTable, { nullable: true, description: "The new release; null when refused." })
  table?: StatisticsTable;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@Resolver()
export class StatisticsResolver {
  @Query(() => StatisticsTable, {
    description:
      "One table of statistics for publication, over a whole calendar month, quarter or year that has ended: its latest release (or the one asked for). The first read after the period ended publishes release 1, served unchanged afterwards. Narrower periods, day ranges and tables counting fewer women than the minimum are refused (BAD_USER_INPUT).",
  })
  @Allow(...STATISTICS_READERS)
  statisticsTable(
    @Ctx() ctx: Context,
    @Arg("input", () => StatisticsTableInput, { description: "The table and the period." }) input: StatisticsTableInput,
  ): Promise<StatisticsTable> {
    return readRelease(ctx, input.table, input.period, input.release);
  }

  @Mutation(() => CorrectStatisticsPayload, {
    description:
      "Publishes a corrected release of a table for an ended period, recounted with today's records and consents. Values hidden in the previous release stay hidden, and so does every value whose change would be between 1 and the minimum minus 1 (with complements); refused when nothing new could be shown.",
  })
  @Allow("ADMIN", "COORDINATOR")
  publishCorrectedStatistics(
    @Ctx() ctx: Context,
    @Arg("input", () => CorrectStatisticsInput, { description: "The table, the period and why." }) input: CorrectStatisticsInput,
  ) {
    return runMutation(ctx, input, (em) => publishCorrection(ctx, em, input));
  }
}
