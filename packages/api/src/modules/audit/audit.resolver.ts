import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../core/access";
import { AuditEvent } from "../../core/audit";
import type { Context } from "../../core/context";
import { connectionType, PageArgs } from "../../core/graphql/connection";
import { AuditEventFilter } from "./audit.inputs";
import * as service from "./audit.service";

const AuditEventConnection = connectionType(AuditEvent, "AuditEvent", ["ADMIN"]);

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: "The audit log, newest first. It cannot be changed through the API." })
  @Allow("ADMIN")
  auditEvents(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Conditions the items must meet." }) filter?: AuditEventFilter,
  ) {
    return service.listAuditEvents(ctx, filter, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Who acted, by name: the staff member's full name, or a partner key's organisation; null for the system or anonymous callers.",
  })
  actorName(@Root() e: AuditEvent, @Ctx() ctx: Context) {
    return service.actorName(ctx, e);
  }
}
