import { IsUUID } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, UpdateDateColumn } from "typeorm";

/**
 * What every updatable record carries: a version for optimistic concurrency (see
 * updateVersioned), archiving instead of deletion, and its creation and change times.
 * Its fields join each subclass type and follow that type's access rule (a rule here would
 * override the subclass's); never referenced itself, it is left out of the schema.
 */
@ObjectType({ description: "Fields every updatable record carries." })
export abstract class VersionedRecord {
  @Field(() => Int, { description: "Incremented by every change; pass it back to update." })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date, { nullable: true, description: "Set when archived; archived records are hidden from lists by default." })
  @Column({ name: "archived_at", type: "timestamptz", nullable: true })
  archivedAt: Date | null;

  @Field({ description: "When the record was created." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "When the record last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

@InputType({ description: "Which record to archive or restore." })
export class IdInput {
  @Field(() => ID, { description: "Id of the record." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;
}
