import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { Allow, STAFF } from "../../core/access";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { AnswersLink } from "../../core/graphql/answer-plan";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { Community } from "./community.entity";
import { District } from "./district.entity";
import { listCommunities, listDistricts } from "./geography.service";

const READERS = [...STAFF, "PARTNER" as const];
const DistrictConnection = connectionType(District, "District", READERS);
const CommunityConnection = connectionType(Community, "Community", READERS);

@InputType({ description: "Narrows a list of districts." })
class DistrictFilter {
  @Field({ nullable: true, description: "Text in the name, in any of its languages." })
  search?: string;
}

@InputType({ description: "Narrows a list of communities." })
class CommunityFilter {
  @Field({ nullable: true, description: "Text in the name, in any of its languages." })
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only the communities of this district." })
  districtId?: string;
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => DistrictConnection, { description: "Districts of the Kulob region where NK works, by name." })
  @Allow(...READERS)
  districts(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => DistrictFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: DistrictFilter,
  ) {
    return listDistricts(ctx, filter, page);
  }

  @Query(() => District, { description: "One district by id." })
  @Allow(...READERS)
  async district(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(District, "District").load(id), "District");
  }

  @FieldResolver(() => [Community], { description: "Communities of this district NK works in, by name." })
  communities(@Root() d: District, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Community, "Community", "districtId", { name: "ASC" }).load(d.id);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => CommunityConnection, { description: "Communities NK works in directly, by name." })
  @Allow(...READERS)
  communities(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => CommunityFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: CommunityFilter,
  ) {
    return listCommunities(ctx, filter, page);
  }

  @Query(() => Community, { description: "One community by id." })
  @Allow(...READERS)
  async community(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Community, "Community").load(id), "Community");
  }

  @FieldResolver(() => District, { description: "District the community belongs to." })
  @AnswersLink(District, "districtId")
  district(@Root() c: Community, @Ctx() ctx: Context) {
    return ctx.loaders.byId(District, "District").load(c.districtId);
  }
}
