import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { CASE_READERS, Case } from "./case.entity";

/** A dated note on a case, kept with who wrote it: notes are added, never overwritten. */
@ObjectType({ description: "A note on a case: what was written, by whom and when. Sensitive: the text is encrypted at rest." })
@Allow(...CASE_READERS)
@Entity({ name: "case_note" })
export class CaseNote {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("case_note_case_idx")
  @Column({ name: "case_id", type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  @Field(() => String, { nullable: true, description: "What was written. Encrypted at rest; null once the woman's data is erased." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  text: string | null;

  @Column({ name: "written_by", type: "uuid", nullable: true })
  writtenBy: string | null;

  @Field({ description: "When it was written." })
  @Column({ name: "written_at", type: "timestamptz", default: () => "now()" })
  writtenAt: Date;
}
