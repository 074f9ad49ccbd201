import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { communityFigures } from "./figures.service";
import { AdvocacyResult, GROUP_STAFF, GroupStage, SelfHelpGroup } from "./group.entity";

const FIGURE_READERS = [...GROUP_STAFF, "ANALYST" as const];

@ObjectType({ description: "How many groups were at one stage." })
@Allow(...FIGURE_READERS)
class GroupStageCount {
  @Field(() => GroupStage, { description: "The stage." })
  stage: GroupStage;

  @Field(() => Int, { description: "How many groups." })
  count: number;
}

@ObjectType({ description: "How many women one group had." })
@Allow(...FIGURE_READERS)
class GroupMemberCount {
  @Field(() => SelfHelpGroup, { description: "The group." })
  group: SelfHelpGroup;

  @Field(() => Int, { description: "Its members on the last day of the period." })
  members: number;
}

@ObjectType({ description: "How many advocacy actions had one result." })
@Allow(...FIGURE_READERS)
class AdvocacyResultCount {
  @Field(() => AdvocacyResult, { description: "The result." })
  result: AdvocacyResult;

  @Field(() => Int, { description: "How many actions." })
  count: number;
}

@ObjectType({ description: "What NK reports of its community work over a period: counts only, no personal data." })
@Allow(...FIGURE_READERS)
class CommunityFigures {
  @Field({ description: "First day of the period." })
  from: string;

  @Field({ description: "Last day of the period." })
  to: string;

  @Field(() => [GroupStageCount], {
    description: "Groups founded by the last day, by their stage on that day (from the stage history); every stage is listed.",
  })
  groupsByStage: GroupStageCount[];

  @Field(() => Int, { description: "Groups that were autonomous on the last day." })
  autonomousGroups: number;

  @Field(() => [GroupMemberCount], { description: "Each group founded by the last day with its members on that day, by name." })
  membersPerGroup: GroupMemberCount[];

  @Field(() => [AdvocacyResultCount], { description: "Advocacy actions taken in the period, by result; every result is listed." })
  advocacyActionsByResult: AdvocacyResultCount[];

  @Field(() => Int, { description: "People the support services helped in the months the period touches." })
  supportServicePeopleHelped: number;
}

@Resolver()
export class CommunityFiguresResolver {
  @Query(() => CommunityFigures, {
    description:
      "Figures of self-help groups, advocacy and support services between two days (inclusive), for NK's reports. Archived groups are left out.",
  })
  @Allow(...FIGURE_READERS)
  communityFigures(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD." }) to: string,
  ): Promise<CommunityFigures> {
    return communityFigures(ctx, from, to);
  }
}
