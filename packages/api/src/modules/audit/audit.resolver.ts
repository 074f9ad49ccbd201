import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
import { Allow } from "../../core/access";
import { AuditEvent } from "../../core/audit";
import type { Context } from "../../core/context";
import { connectionType, PageArgs, paginate } from "../../core/graphql/connection";

const AuditEventConnection = connectionType(AuditEvent, "AuditEvent", ["ADMIN"]);

@InputType({ description: "Narrows the audit log; all given conditions must hold." })
class AuditEventFilter {
  @Field({ nullable: true, description: "Only this action, e.g. READ or LOGIN_FAILED." })
  action?: string;

  @Field({ nullable: true, description: "Only events about this kind of record, e.g. Beneficiary." })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: "Only events about this record." })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: "Only events by this user or API key." })
  actorId?: string;

  @Field({ nullable: true, description: "Only events at or after this time." })
  from?: Date;

  @Field({ nullable: true, description: "Only events before this time." })
  to?: Date;
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: "The audit log, newest first. It cannot be changed through the API." })
  @Allow("ADMIN")
  auditEvents(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: AuditEventFilter,
  ) {
    const q = ctx.db.getRepository(AuditEvent).createQueryBuilder("e");
    if (filter?.action) q.andWhere("e.action = :action", { action: filter.action });
    if (filter?.entityType) q.andWhere("e.entity_type = :entityType", { entityType: filter.entityType });
    if (filter?.entityId) q.andWhere("e.entity_id = :entityId", { entityId: filter.entityId });
    if (filter?.actorId) q.andWhere("e.actor_id = :actorId", { actorId: filter.actorId });
    if (filter?.from) q.andWhere("e.at >= :from", { from: filter.from });
    if (filter?.to) q.andWhere("e.at < :to", { to: filter.to });
    // The id is an identity column that grows with time: a stable order with one key.
    return paginate(q, "e", { expression: "e.id", direction: "DESC" }, page);
  }
}
