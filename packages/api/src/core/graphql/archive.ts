import { Arg, type ClassType, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Allow, type Grant } from "../access";
import { audit } from "../audit";
import type { Context, RequestContext } from "../context";
import { findInReach } from "../reach";
import { runMutation, UserError } from "./mutation";
import { IdInput, type VersionedRecord } from "./record";
import { setArchived } from "./versioned";

type ArchivableRecord = VersionedRecord & { id: string };

export interface Archivable<T extends ArchivableRecord = ArchivableRecord> {
  entity: ClassType<T>;
  /** The GraphQL name, e.g. Service: gives archiveService, restoreService, ServiceArchivePayload. */
  name: string;
  grants: Grant[];
  /**
   * Throws NOT_FOUND unless the viewer may reach the record (auditing a refusal as its module
   * does); by default the entity's declared reach rule for a change (a facilitator archives only
   * her own groups, a trainer only her own courses).
   */
  reach?: (ctx: RequestContext, em: EntityManager, id: string) => Promise<unknown>;
}

/**
 * archiveX / restoreX for a record that is archived rather than deleted: it leaves the lists but
 * is kept in full, and can be brought back. One resolver class per record type.
 */
export function archiveResolver<T extends ArchivableRecord>({ entity, name, grants, reach }: Archivable<T>) {
  const field = name.charAt(0).toLowerCase() + name.slice(1);
  const label = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

  @ObjectType(`${name}ArchivePayload`, { description: `Result of archiving or restoring a ${label}.` })
  @Allow(...grants)
  class Payload {
    @Field(() => entity, { nullable: true, name: field, description: `The ${label} as saved; null when refused.` })
    record?: T;

    @Field(() => [UserError], { description: "Problems with the input; empty on success." })
    userErrors: UserError[];
  }

  const run = (ctx: Context, input: IdInput, archived: boolean) =>
    runMutation(ctx, input, async (em) => {
      await (reach ? reach(ctx, em, input.id) : findInReach(ctx, em, entity, input.id, "change"));
      const record = await setArchived(em, entity, name, input.id, archived);
      await audit(ctx, { action: archived ? "ARCHIVE" : "RESTORE", entityType: name, entityId: input.id }, em);
      return { record };
    });

  @Resolver()
  class ArchiveResolver {
    @Mutation(() => Payload, {
      name: `archive${name}`,
      description: `Archives a ${label}: hidden from lists, kept in full, can be restored.`,
    })
    @Allow(...grants)
    archive(@Ctx() ctx: Context, @Arg("input", { description: "Which record." }) input: IdInput) {
      return run(ctx, input, true);
    }

    @Mutation(() => Payload, { name: `restore${name}`, description: `Brings an archived ${label} back.` })
    @Allow(...grants)
    restore(@Ctx() ctx: Context, @Arg("input", { description: "Which record." }) input: IdInput) {
      return run(ctx, input, false);
    }
  }
  return ArchiveResolver;
}
