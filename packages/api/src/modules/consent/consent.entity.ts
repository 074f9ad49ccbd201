import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, PERSONAL_DATA } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { Beneficiary } from "../beneficiaries/beneficiary.entity";
import { Partner } from "../organisation/partner.entity";

export enum ConsentScope {
  SERVICES = "SERVICES",
  SHARING = "SHARING",
  STATISTICS = "STATISTICS",
}
registerEnumType(ConsentScope, {
  name: "ConsentScope",
  description: "What a woman consented to.",
  valuesConfig: {
    SERVICES: { description: "Receiving NK's services." },
    SHARING: { description: "Sharing her data with one named receiver (a partner or an external body)." },
    STATISTICS: { description: "Being counted in anonymous statistics that leave NK." },
  },
});

/** A dated consent: who gave it, for what, when, and when it was withdrawn. Never deleted. */
@ObjectType({
  description: "A dated consent of a beneficiary: for what, to whom, given when, withdrawn when. Withdrawing keeps the record.",
})
@Allow(...PERSONAL_DATA)
@Entity({ name: "consent" })
@Index("consent_beneficiary_scope_idx", ["beneficiaryId", "scope"])
export class Consent {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "beneficiary_id", type: "uuid" })
  beneficiaryId: string;

  @ManyToOne(() => Beneficiary)
  @JoinColumn({ name: "beneficiary_id" })
  beneficiaryRef?: Beneficiary;

  @Field(() => ConsentScope, { description: "What she consented to." })
  @Column({ type: "varchar", length: 20 })
  scope: ConsentScope;

  @Column({ name: "partner_id", type: "uuid", nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: "partner_id" })
  partnerRef?: Partner;

  @Field(() => String, {
    nullable: true,
    description: "For SHARING with a body that is not a partner: its name (e.g. Kulob district police).",
  })
  @Column({ name: "receiver_name", type: "varchar", length: 200, nullable: true })
  receiverName: string | null;

  @Field({ description: "When she gave it." })
  @Column({ name: "given_at", type: "timestamptz" })
  givenAt: Date;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedBy: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the staff member noted when recording it (how she gave it, its limits). Encrypted at rest.",
  })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  note: string | null;

  @Field(() => Date, { nullable: true, description: "When she withdrew it; null while it holds." })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: "withdrawn_by", type: "uuid", nullable: true })
  withdrawnBy: string | null;

  @Field({ description: "When it was recorded." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
