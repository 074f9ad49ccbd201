import type { ApiKeyScope } from "@nk/shared";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../access";

export enum ApiKeyScopeEnum {
  READ_CAMPAIGNS = "READ_CAMPAIGNS",
  REPORT_ACTIVITIES = "REPORT_ACTIVITIES",
  READ_STATISTICS = "READ_STATISTICS",
}
registerEnumType(ApiKeyScopeEnum, {
  name: "ApiKeyScope",
  description: "What a partner API key may do.",
  valuesConfig: {
    READ_CAMPAIGNS: { description: "Read the campaigns and forums the partner takes part in." },
    REPORT_ACTIVITIES: { description: "Report and correct the partner's own campaign activities." },
    READ_STATISTICS: { description: "Read aggregated statistics with small counts suppressed." },
  },
});

/** A partner's credential for the API. The secret is shown once; only its SHA-256 is stored. */
@ObjectType({ description: "A partner's credential for the API. The secret itself is shown only once, at creation." })
@Allow("ADMIN")
@Entity({ name: "api_key" })
export class ApiKey {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "A label to tell keys apart, e.g. the integration using it." })
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field({ description: "The first characters of the key, to recognise it (e.g. nk_3fa9c1d2)." })
  @Column({ type: "varchar", length: 16 })
  prefix: string;

  @Index("api_key_secret_hash_key", { unique: true })
  @Column({ name: "secret_hash", type: "bytea" })
  secretHash: Buffer;

  @Index("api_key_partner_idx")
  // By entity name: core holds the partner's id, and knows nothing else of the organisation module.
  @ForeignKey("Partner")
  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do." })
  @Column({ type: "varchar", array: true, length: 40 })
  scopes: ApiKeyScope[];

  @Field(() => Int, { description: "Rate budget of this key: points per minute (a request spends its query cost / 100, at least 1)." })
  @Column({ name: "rate_limit_per_minute", type: "int", default: 120 })
  rateLimitPerMinute: number;

  @Field(() => Date, { nullable: true, description: "When the key was last used (to the minute)." })
  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key was revoked; a revoked key is refused." })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field({ description: "When the key was created." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
