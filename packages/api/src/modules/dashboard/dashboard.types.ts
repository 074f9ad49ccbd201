import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Allow } from "../../core/access";
import { District } from "../geography/district.entity";
import { Training } from "../learning/training.entity";

/** Who reads the dashboard: NK's coordinators and admins in full, analysts with small counts hidden. */
export const DASHBOARD_READERS = ["ADMIN", "COORDINATOR", "ANALYST"] as const;

@InputType({ description: "The period (whole days, inclusive) and, optionally, the district the dashboard covers." })
export class DashboardScope {
  @Field({ description: "First day, YYYY-MM-DD. Analysts: the first day of a month." })
  from: string;

  @Field({ description: "Last day, YYYY-MM-DD. Analysts: the last day of a month." })
  to: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only this district (women by their home community; groups, courses and activities by theirs).",
  })
  districtId?: string;
}

@ObjectType({ description: "A count drawn from personal records; null with suppressed true when it is too small to show to the viewer." })
@Allow(...DASHBOARD_READERS)
export class DashboardFigure {
  @Field(() => Int, { nullable: true, description: "The count; null when suppressed." })
  value: number | null;

  @Field({ description: "True when the count is hidden because it could single out a woman." })
  suppressed: boolean;
}

@ObjectType({ description: "A count of one kind (e.g. HIGH, LEGAL), possibly suppressed." })
@Allow(...DASHBOARD_READERS)
export class DashboardCell extends DashboardFigure {
  @Field({ description: "The kind counted, e.g. HIGH or LEGAL." })
  key: string;
}

@ObjectType({ description: "Counts by kind with their total." })
@Allow(...DASHBOARD_READERS)
export class DashboardBreakdown {
  @Field(() => [DashboardCell], { description: "One count per kind, every kind listed (0 included)." })
  items: DashboardCell[];

  @Field(() => DashboardFigure, { description: "All kinds together." })
  total: DashboardFigure;
}

@ObjectType({ description: "Women supported in one district, by kind of assistance." })
@Allow(...DASHBOARD_READERS)
export class DashboardDistrictRow {
  @Field(() => District, { description: "The district of the women's home community." })
  district: District;

  @Field(() => [DashboardCell], { description: "Distinct women who received each kind (LEGAL, PSYCHOLOGICAL, MEDICAL, ECONOMIC)." })
  byKind: DashboardCell[];

  @Field(() => DashboardFigure, { description: "Distinct women who received any kind; a woman helped in two ways counts once." })
  total: DashboardFigure;
}

@ObjectType({ description: "Distinct women who received services in the period, by district and kind of assistance." })
@Allow(...DASHBOARD_READERS)
export class DashboardWomenSupported {
  @Field(() => [DashboardDistrictRow], { description: "One row per district (only the filtered one when a district is given)." })
  byDistrict: DashboardDistrictRow[];

  @Field(() => [DashboardCell], { description: "Distinct women per kind over all the rows." })
  byKind: DashboardCell[];

  @Field(() => DashboardFigure, { description: "Distinct women supported in all." })
  total: DashboardFigure;
}

@ObjectType({ description: "Occupancy of NK's shelter today." })
@Allow(...DASHBOARD_READERS)
export class DashboardShelter {
  @Field(() => Int, { nullable: true, description: "Beds in all (the shelters' capacity); null when no capacity is recorded." })
  beds: number | null;

  @Field(() => DashboardFigure, { description: "Beds taken today (by women of the district, when one is given)." })
  bedsTaken: DashboardFigure;

  @Field(() => DashboardFigure, { description: "Children staying with their mothers today." })
  accompanyingChildren: DashboardFigure;
}

@ObjectType({ description: "One training's courses and results in the period." })
@Allow(...DASHBOARD_READERS)
export class DashboardTraining {
  @Field(() => Training, { description: "The curriculum." })
  training: Training;

  @Field(() => Int, { description: "Courses running at some time in the period (not archived)." })
  courses: number;

  @Field(() => DashboardFigure, { description: "Distinct women enrolled (and not withdrawn) in those courses." })
  enrolled: DashboardFigure;

  @Field(() => DashboardFigure, { description: "Distinct women who completed a course of the training that ended in the period." })
  completed: DashboardFigure;
}

@ObjectType({
  description: "People reached by campaign activities held in the period, as NK and partners reported them (aggregates, never suppressed).",
})
@Allow(...DASHBOARD_READERS)
export class DashboardCampaignReach {
  @Field(() => Int, { description: "Activities held." })
  activities: number;

  @Field(() => Int, { description: "Women and girls reached." })
  women: number;

  @Field(() => Int, { description: "Men and boys reached." })
  men: number;

  @Field(() => Int, { description: "Everyone reached." })
  total: number;
}

@ObjectType({ description: "The figures NK's staff open every morning, in one request." })
@Allow(...DASHBOARD_READERS)
export class Dashboard {
  @Field({ description: "First day covered." })
  from: string;

  @Field({ description: "Last day covered." })
  to: string;

  @Field(() => District, { nullable: true, description: "The district covered, or null for all." })
  district: District | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "For analysts: counts from 1 to this minus one are suppressed (with complementary suppression in tables). Null: nothing is suppressed.",
  })
  suppressionMin: number | null;

  @Field(() => DashboardWomenSupported, {
    description: "Women (not services) supported in the period, by kind of assistance and district.",
  })
  womenSupported: DashboardWomenSupported;

  @Field(() => DashboardBreakdown, { description: "Cases open today, by their current risk level." })
  openCasesByRisk: DashboardBreakdown;

  @Field(() => DashboardFigure, { description: "Follow-ups past their deadline today and not done." })
  overdueFollowUps: DashboardFigure;

  @Field(() => DashboardShelter, { description: "Shelter occupancy today." })
  shelter: DashboardShelter;

  @Field(() => [DashboardTraining], { description: "Trainings with courses in the period, with enrolments and completions." })
  trainings: DashboardTraining[];

  @Field(() => [DashboardCell], {
    description: "Self-help groups founded by the period's end, by their stage today (groups, not women: never suppressed).",
  })
  selfHelpGroupsByStage: DashboardCell[];

  @Field(() => DashboardCampaignReach, { description: "Campaign reach in the period." })
  campaignReach: DashboardCampaignReach;
}
