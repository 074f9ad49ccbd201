import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { VersionedRecord } from "../../core/graphql/record";

export enum PartnerKind {
  NGO = "NGO",
  STATE_BODY = "STATE_BODY",
  UN_AGENCY = "UN_AGENCY",
  DONOR = "DONOR",
  OTHER = "OTHER",
}
registerEnumType(PartnerKind, { name: "PartnerKind", description: "What kind of organisation a partner is." });

/** An organisation NK works with: coalition NGOs, state bodies, UN agencies, donors. */
@ObjectType({ description: "An organisation NK works with: a coalition NGO, a state body, a UN agency or a donor." })
@Allow(...STAFF, "PARTNER")
@Entity({ name: "partner" })
export class Partner extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Full name of the organisation." })
  @Column({ type: "varchar", length: 200, unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: "Short name, e.g. UN Women." })
  @Column({ type: "varchar", length: 40, nullable: true })
  acronym: string | null;

  @Field(() => PartnerKind, { description: "What kind of organisation." })
  @Column({ type: "varchar", length: 20 })
  kind: PartnerKind;

  @Field(() => String, { nullable: true, description: "Contact email of the organisation (not a person's)." })
  @Column({ name: "contact_email", type: "varchar", length: 254, nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: "Contact phone of the organisation, +992…" })
  @Column({ name: "contact_phone", type: "varchar", length: 32, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: "Web site." })
  @Column({ type: "varchar", length: 200, nullable: true })
  website: string | null;
}
