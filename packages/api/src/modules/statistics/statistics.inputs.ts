import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, InputType, Int, registerEnumType } from "type-graphql";

export enum StatisticsTableName {
  WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT = "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT",
  TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT = "TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT",
  SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT = "SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT",
}
registerEnumType(StatisticsTableName, {
  name: "StatisticsTableName",
  description: "The tables of statistics NK publishes; each is districts (rows) by one other dimension (columns).",
  valuesConfig: {
    WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT: {
      description:
        "Women given a service in the quarter, by kind of assistance (columns) and district of her community (rows). Published by quarter.",
    },
    TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT: {
      description: "Women who completed a course that ended in the year, by training (columns) and district (rows). Published by year.",
    },
    SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT: {
      description:
        "Women admitted to the shelter in the quarter, by month of admission (columns) and district (rows). Published by quarter.",
    },
  },
});

@InputType({
  description:
    "A whole calendar period: a year, a quarter of a year or a month of a year (give at most one of quarter and month), or the same as first and last day. Day ranges that are not a whole month, quarter or year are refused.",
})
export class StatisticsPeriodInput {
  @Field(() => Int, { nullable: true, description: "The calendar year, e.g. 2026." })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: "A quarter of that year, 1 to 4." })
  quarter?: number | null;

  @Field(() => Int, { nullable: true, description: "A month of that year, 1 to 12." })
  month?: number | null;

  @Field(() => String, { nullable: true, description: "Instead of year: the first day, YYYY-MM-DD, of a month, quarter or year." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "With from: the last day, YYYY-MM-DD, of the same month, quarter or year." })
  to?: string | null;
}

@InputType({ description: "Which table of statistics, over which period." })
export class StatisticsTableInput {
  @Field(() => StatisticsTableName, { description: "The table." })
  table: StatisticsTableName;

  @Field(() => StatisticsPeriodInput, { description: "The period counted: a whole calendar month, quarter or year that has ended." })
  period: StatisticsPeriodInput;

  @Field(() => Int, { nullable: true, description: "An earlier release to read, by number; the latest when omitted." })
  release?: number | null;
}

@InputType({ description: "A corrected release to publish: the table, the ended period, and why." })
export class CorrectStatisticsInput {
  @Field(() => StatisticsTableName, { description: "The table." })
  table: StatisticsTableName;

  @Field(() => StatisticsPeriodInput, { description: "The period, as for statisticsTable." })
  period: StatisticsPeriodInput;

  @Field({ description: "Why the correction is published (kept in the release and the audit log; not shown to readers)." })
  @IsNotEmpty({ message: "Say why the correction is published." })
  @MaxLength(500)
  reason: string;
}
