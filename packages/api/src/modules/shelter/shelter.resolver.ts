import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { runMutation, UserError } from "../../core/graphql/mutation";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { CASE_READERS, Case } from "../cases/case.entity";
import { Unit } from "../organisation/unit.entity";
import {
  AdmitToShelterInput,
  DischargeFromShelterInput,
  OccupancyInterval,
  ShelterStayFilter,
  UpdateShelterStayInput,
} from "./shelter.inputs";
import * as service from "./shelter.service";
import { ShelterBed } from "./shelter-bed.entity";
import { OCCUPANCY_READERS, ShelterOccupancyPoint } from "./shelter-bed.resolver";
import { occupancyOverTime } from "./shelter-occupancy.service";
import { ShelterStay } from "./shelter-stay.entity";

const ShelterStayConnection = connectionType(ShelterStay, "ShelterStay", [...CASE_READERS]);

@ObjectType({ description: "Result of a mutation on a shelter stay." })
@Allow(...CASE_READERS)
class ShelterStayPayload {
  @Field(() => ShelterStay, { nullable: true, description: "The stay as saved; null when refused." })
  shelterStay?: ShelterStay;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "How full a shelter unit is now: counts only, no personal data." })
@Allow(...OCCUPANCY_READERS)
class ShelterOccupancy {
  @Field(() => Unit, { description: "The shelter unit." })
  unit: Unit;

  @Field(() => Int, { nullable: true, description: "Beds in the unit; null when not recorded." })
  capacity: number | null;

  @Field(() => Int, { description: "Beds taken by women staying now." })
  occupiedBeds: number;

  @Field(() => Int, { description: "Women staying now." })
  women: number;

  @Field(() => Int, { description: "Children staying now with their mothers." })
  children: number;

  @Field(() => Int, { nullable: true, description: "Beds free now; null when the capacity is not recorded." })
  freeBeds: number | null;
}

@Resolver(() => ShelterStay)
export class ShelterStayResolver {
  @Query(() => ShelterStayConnection, {
    description:
      "Shelter stays the viewer may see (case workers: their units'), latest admission first; each stay listed is an audited read.",
  })
  @Allow(...CASE_READERS)
  shelterStays(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ShelterStayFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ShelterStayFilter,
  ) {
    return service.listShelterStays(ctx, filter, page);
  }

  @Query(() => ShelterStay, { description: "One shelter stay; NOT_FOUND when missing or outside the viewer's reach. Audited." })
  @Allow(...CASE_READERS)
  shelterStay(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return service.readShelterStay(ctx, id);
  }

  @Query(() => [ShelterOccupancy], { description: "Beds taken and free, women and children staying now, per shelter unit. Counts only." })
  @Allow(...OCCUPANCY_READERS)
  shelterOccupancy(
    @Ctx() ctx: Context,
    @Arg("unitId", () => ID, { nullable: true, description: "One shelter unit; all shelter units when left out." }) unitId?: string,
  ) {
    return service.occupancy(ctx, unitId ?? undefined);
  }

  @Query(() => [ShelterOccupancyPoint], {
    description:
      "Beds taken over time, by day or by month (at most 366 days or 60 months), with the capacity, women and admissions. Counts only.",
  })
  @Allow(...OCCUPANCY_READERS)
  shelterOccupancyOverTime(
    @Ctx() ctx: Context,
    @Arg("from", { description: "First day, YYYY-MM-DD." }) from: string,
    @Arg("to", { description: "Last day, YYYY-MM-DD; nights after today count as none." }) to: string,
    @Arg("interval", () => OccupancyInterval, { defaultValue: OccupancyInterval.DAY, description: "Group by day or month." })
    interval: OccupancyInterval,
    @Arg("unitId", () => ID, { nullable: true, description: "One shelter unit; all shelter units when left out." }) unitId?: string,
  ) {
    return occupancyOverTime(ctx, { from, to, interval, unitId: unitId ?? undefined });
  }

  @Mutation(() => ShelterStayPayload, {
    description:
      "Admits a woman (and her children) to a free bed of the shelter; refused when she is staying already or the shelter is full.",
  })
  @Allow(...CASE_READERS)
  admitToShelter(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: AdmitToShelterInput) {
    return runMutation(ctx, input, (em) => service.admit(ctx, em, input));
  }

  @Mutation(() => ShelterStayPayload, {
    description: "Changes a stay: planned discharge, children, bed, notes; CONFLICT when `version` is stale.",
  })
  @Allow(...CASE_READERS)
  updateShelterStay(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdateShelterStayInput) {
    return runMutation(ctx, input, (em) => service.update(ctx, em, input));
  }

  @Mutation(() => ShelterStayPayload, { description: "Records the day she left the shelter, freeing her bed." })
  @Allow(...CASE_READERS)
  dischargeFromShelter(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: DischargeFromShelterInput) {
    return runMutation(ctx, input, (em) => service.discharge(ctx, em, input));
  }

  @FieldResolver(() => Beneficiary, { description: "The woman staying." })
  beneficiary(@Root() s: ShelterStay, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Beneficiary, "Beneficiary").load(s.beneficiaryId);
  }

  @FieldResolver(() => String, { description: "The code of her bed, e.g. B3 (the bed itself: `shelterBed`)." })
  async bed(@Root() s: ShelterStay, @Ctx() ctx: Context) {
    return (await this.shelterBed(s, ctx))?.code;
  }

  @FieldResolver(() => ShelterBed, { description: "Her bed." })
  shelterBed(@Root() s: ShelterStay, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ShelterBed, "ShelterBed").load(s.bedId);
  }

  @FieldResolver(() => Unit, { description: "The shelter unit." })
  unit(@Root() s: ShelterStay, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit, "Unit").load(s.unitId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: "Her case the stay belongs to; null when there is none or it is outside the viewer's reach. An audited read.",
  })
  case(@Root() s: ShelterStay, @Ctx() ctx: Context) {
    return s.caseId ? service.loadStayCase(ctx, s.caseId) : null;
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryShelterStaysResolver {
  @FieldResolver(() => ShelterStayConnection, {
    description:
      "Her shelter stays that the viewer may see, latest admission first; the pages of a whole list of women come from one SQL statement. Each is an audited read.",
  })
  @Allow(...CASE_READERS)
  shelterStays(
    @Root() b: Beneficiary,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ShelterStayFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: ShelterStayFilter,
  ) {
    return service.shelterStaysOf(ctx, b.id, filter, page);
  }
}
