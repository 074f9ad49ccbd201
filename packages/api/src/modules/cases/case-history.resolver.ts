import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../core/context";
import { staffMember } from "../users/staff-member.loader";
import { StaffMember } from "../users/staff-member.type";
import { Case, CaseRiskChange } from "./case.entity";
import { CaseNote } from "./case-note.entity";
import { CaseClosureStep } from "./closure-step.entity";

/** Who did what in a case's history: the risk changes and the steps of closing. */
@Resolver(() => Case)
export class CaseHistoryResolver {
  @FieldResolver(() => [CaseClosureStep], {
    description: "Every request to close the case, each decision on it and each reopening, oldest first.",
  })
  closureHistory(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CaseClosureStep, "CaseClosureStep", "caseId", { takenAt: "ASC" }).load(c.id);
  }

  @FieldResolver(() => [CaseNote], { description: "The notes added to the case, latest first." })
  caseNotes(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CaseNote, "CaseNote", "caseId", { writtenAt: "DESC" }).load(c.id);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "Who asked, in the latest request to close the case." })
  closureRequestedBy(@Root() c: Case, @Ctx() ctx: Context) {
    return staffMember(ctx, c.closureRequestedBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: "The coordinator who approved or rejected the latest request." })
  closureDecidedBy(@Root() c: Case, @Ctx() ctx: Context) {
    return staffMember(ctx, c.closureDecidedBy);
  }
}

@Resolver(() => CaseRiskChange)
export class CaseRiskChangeResolver {
  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: "Who changed the level; null for changes recorded before this was kept.",
  })
  changedBy(@Root() r: CaseRiskChange, @Ctx() ctx: Context) {
    return staffMember(ctx, r.changedBy);
  }
}

@Resolver(() => CaseNote)
export class CaseNoteResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: "Who wrote the note." })
  writtenBy(@Root() n: CaseNote, @Ctx() ctx: Context) {
    return staffMember(ctx, n.writtenBy);
  }
}

@Resolver(() => CaseClosureStep)
export class CaseClosureStepResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: "Who took the step; null for steps recorded before this was kept." })
  takenBy(@Root() s: CaseClosureStep, @Ctx() ctx: Context) {
    return staffMember(ctx, s.takenBy);
  }
}
