import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Allow } from "../../core/access";
import { District } from "../geography/district.entity";
import { Partner } from "../organisation/partner.entity";
import { COALITION_READERS, PartnerRole } from "./coalition.entity";

@ObjectType({ description: "A partner and its part in a campaign or forum." })
@Allow(...COALITION_READERS)
export class PartnerInRole {
  @Field(() => Partner, { description: "The partner organisation." })
  partner: Partner;

  @Field(() => PartnerRole, { description: "Its part." })
  role: PartnerRole;
}

export enum Sex {
  WOMEN = "WOMEN",
  MEN = "MEN",
}
registerEnumType(Sex, { name: "ReachSex", description: "Women and girls, or men and boys." });

export enum AgeBand {
  UNDER_18 = "UNDER_18",
  AGE_18_29 = "AGE_18_29",
  AGE_30_49 = "AGE_30_49",
  AGE_50_PLUS = "AGE_50_PLUS",
}
registerEnumType(AgeBand, { name: "AgeBand", description: "Age band of people reached: under 18, 18–29, 30–49, 50 and over." });

@ObjectType({ description: "People reached by activities as their organisers reported them (aggregates, shown as reported)." })
@Allow(...COALITION_READERS)
export class Reach {
  @Field(() => Int, { description: "Activities counted." })
  activities: number;

  @Field(() => Int, { description: "Women and girls reached." })
  women: number;

  @Field(() => Int, { description: "Men and boys reached." })
  men: number;

  @Field(() => Int, { description: "Everyone reached." })
  total: number;
}

@ObjectType({ description: "People reached in one district." })
@Allow(...COALITION_READERS)
export class DistrictReach extends Reach {
  @Field(() => District, { description: "The district." })
  district: District;
}

@ObjectType({ description: "People reached in one month." })
@Allow(...COALITION_READERS)
export class MonthReach extends Reach {
  @Field({ description: "The month, YYYY-MM." })
  month: string;
}

@ObjectType({ description: "People of one sex reached." })
@Allow(...COALITION_READERS)
export class SexReach {
  @Field(() => Sex, { description: "Which sex." })
  sex: Sex;

  @Field(() => Int, { description: "How many were reached." })
  reached: number;
}

@ObjectType({ description: "People of one age band reached." })
@Allow(...COALITION_READERS)
export class AgeBandReach {
  @Field(() => AgeBand, { description: "Which age band." })
  ageBand: AgeBand;

  @Field(() => Int, { description: "Women and girls of that band reached." })
  women: number;

  @Field(() => Int, { description: "Men and boys of that band reached." })
  men: number;

  @Field(() => Int, { description: "Everyone of that band reached." })
  total: number;
}

@ObjectType({
  description:
    "A campaign's reach, summed over all its participants' activities as reported (no small-number suppression: these are reported aggregates).",
})
@Allow(...COALITION_READERS)
export class CampaignTotals {
  @Field(() => Reach, { description: "Over the whole campaign." })
  overall: Reach;

  @Field(() => Int, { description: "Leaflets, posters and other materials handed out." })
  materials: number;

  @Field(() => [DistrictReach], { description: "By district, by name." })
  byDistrict: DistrictReach[];

  @Field(() => [SexReach], { description: "By sex: WOMEN then MEN." })
  bySex: SexReach[];

  @Field(() => [AgeBandReach], { description: "By age band, youngest first." })
  byAgeBand: AgeBandReach[];

  @Field(() => [MonthReach], { description: "By month of the activity, earliest first." })
  byMonth: MonthReach[];
}
