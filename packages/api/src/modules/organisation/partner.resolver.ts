import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { audit } from "../../core/audit";
import type { Context } from "../../core/context";
import { found } from "../../core/errors";
import { connectionType, PageArgs, paginate } from "../../core/graphql/connection";
import { refuse, runMutation, UserError } from "../../core/graphql/mutation";
import { IdInput } from "../../core/graphql/record";
import { setArchived, updateVersioned } from "../../core/graphql/versioned";
import { whereTextMatches } from "../../core/text";
import { Partner } from "./partner.entity";
import { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from "./partner.inputs";

const READERS = [...STAFF, "PARTNER" as const];
const EDITORS = ["ADMIN", "COORDINATOR"] as const;
const PartnerConnection = connectionType(Partner, "Partner", READERS);

@ObjectType({ description: "Result of a mutation on a partner." })
@Allow(...EDITORS)
class PartnerPayload {
  @Field(() => Partner, { nullable: true, description: "The partner as saved; null when refused." })
  partner?: Partner;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

async function ensureUniqueName(em: EntityManager, name: string | undefined, id?: string) {
  if (!name) return;
  const q = em.getRepository(Partner).createQueryBuilder("p").where("lower(p.name) = lower(:name)", { name: name.trim() });
  if (id) q.andWhere("p.id <> :id", { id });
  if (await q.getExists()) refuse("name", "A partner with this name exists already.", "DUPLICATE");
}

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: "Partner organisations, by name." })
  @Allow(...READERS)
  partners(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => PartnerFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: PartnerFilter,
  ) {
    const q = ctx.db.getRepository(Partner).createQueryBuilder("p");
    q.where(filter?.archived ? "p.archived_at IS NOT NULL" : "p.archived_at IS NULL");
    if (filter?.kind) q.andWhere("p.kind = :kind", { kind: filter.kind });
    whereTextMatches(q, ["p.name", "p.acronym"], filter?.search);
    return paginate(q, "p", { expression: "p.name", direction: "ASC" }, page);
  }

  @Query(() => Partner, { description: "One partner by id." })
  @Allow(...READERS)
  async partner(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the record." }) id: string) {
    return found(await ctx.loaders.byId(Partner, "Partner").load(id), "Partner");
  }

  @Mutation(() => PartnerPayload, { description: "Adds a partner organisation." })
  @Allow(...EDITORS)
  createPartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: CreatePartnerInput) {
    return runMutation(ctx, input, async (em) => {
      await ensureUniqueName(em, input.name);
      const partner = await em.save(Partner, em.create(Partner, { ...input, name: input.name.trim() }));
      await audit(ctx, { action: "CREATE", entityType: "Partner", entityId: partner.id }, em);
      return { partner };
    });
  }

  @Mutation(() => PartnerPayload, { description: "Changes a partner; refused with CONFLICT when `version` is stale." })
  @Allow(...EDITORS)
  updatePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: UpdatePartnerInput) {
    return runMutation(ctx, input, async (em) => {
      const { id, version, ...fields } = input;
      await ensureUniqueName(em, fields.name, id);
      const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const partner = await updateVersioned(em, Partner, "Partner", id, version, changes);
      await audit(ctx, { action: "UPDATE", entityType: "Partner", entityId: id, details: { fields: Object.keys(changes) } }, em);
      return { partner };
    });
  }

  @Mutation(() => PartnerPayload, { description: "Archives a partner: hidden from lists, its API keys stop working." })
  @Allow(...EDITORS)
  archivePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => {
      const partner = await setArchived(em, Partner, "Partner", input.id, true);
      await audit(ctx, { action: "ARCHIVE", entityType: "Partner", entityId: input.id }, em);
      return { partner };
    });
  }

  @Mutation(() => PartnerPayload, { description: "Brings an archived partner back." })
  @Allow(...EDITORS)
  restorePartner(@Ctx() ctx: Context, @Arg("input", { description: "What to do." }) input: IdInput) {
    return runMutation(ctx, input, async (em) => {
      const partner = await setArchived(em, Partner, "Partner", input.id, false);
      await audit(ctx, { action: "RESTORE", entityType: "Partner", entityId: input.id }, em);
      return { partner };
    });
  }
}
