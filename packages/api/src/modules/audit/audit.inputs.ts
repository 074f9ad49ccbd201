import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Narrows the audit log; all given conditions must hold." })
export class AuditEventFilter {
  @Field({ nullable: true, description: "Only this action, e.g. READ or LOGIN_FAILED." })
  action?: string;

  @Field({ nullable: true, description: "Only events about this kind of record, e.g. Beneficiary." })
  entityType?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only events about this record: alone (`entityId`) or among the records an event names (`entityIds`).",
  })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: "Only events by this user or API key." })
  actorId?: string;

  @Field({ nullable: true, description: "Only events at or after this time." })
  from?: Date;

  @Field({ nullable: true, description: "Only events before this time." })
  to?: Date;
}
