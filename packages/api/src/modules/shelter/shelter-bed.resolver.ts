import { Arg, Args, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { CASE_READERS } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";
import { ShelterBedFilter } from "./shelter.inputs";
import { ShelterBed } from "./shelter-bed.entity";
import { bedOccupied, listShelterBeds, loadCurrentStay } from "./shelter-beds.service";
import { ShelterStay } from "./shelter-stay.entity";

/** Counts only, no personal data: analysts may read them too. */
export const OCCUPANCY_READERS = [...CASE_READERS, "ANALYST"] as const;

const ShelterBedConnection = connectionType(ShelterBed, "ShelterBed", [...CASE_READERS]);

@ObjectType({ description: "How full the shelter was in one day or month: counts only, no personal data." })
@Allow(...OCCUPANCY_READERS)
export class ShelterOccupancyPoint {
  @Field({ description: "First day of the period, YYYY-MM-DD." })
  periodStart: string;

  @Field(() => Int, { nullable: true, description: "Beds in the shelter(s); null when not recorded." })
  capacity: number | null;

  @Field(() => Float, { description: "Beds taken per night, on average over the nights of the period up to today." })
  averageOccupiedBeds: number;

  @Field(() => Int, { description: "Most beds taken on one night of the period." })
  peakOccupiedBeds: number;

  @Field(() => Int, { description: "Women who stayed at least one night of the period." })
  women: number;

  @Field(() => Int, { description: "Admissions in the period." })
  admissions: number;
}

@Resolver(() => ShelterBed)
export class ShelterBedResolver {
  @Query(() => ShelterBedConnection, {
    description: "The beds of the shelters the viewer works in (case workers: their units'), in board order.",
  })
  @Allow(...CASE_READERS)
  shelterBeds(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ShelterBedFilter, { nullable: true, description: "Conditions the beds must meet." }) filter?: ShelterBedFilter,
  ) {
    return listShelterBeds(ctx, filter, page);
  }

  @FieldResolver(() => Unit, { description: "The shelter unit the bed is in." })
  unit(@Root() b: ShelterBed, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(b.unitId);
  }

  @FieldResolver(() => Boolean, { description: "Whether someone sleeps in it now." })
  occupied(@Root() b: ShelterBed, @Ctx() ctx: Context) {
    return bedOccupied(ctx, b.id);
  }

  @FieldResolver(() => ShelterStay, {
    nullable: true,
    description: "The stay of whoever sleeps in it now; null when free. An audited read.",
  })
  currentStay(@Root() b: ShelterBed, @Ctx() ctx: Context) {
    return loadCurrentStay(ctx, b.id);
  }
}
