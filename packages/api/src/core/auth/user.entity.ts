import type { Role } from "@nk/shared";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../access";
import { VersionedRecord } from "../graphql/record";
import type { SameSet } from "../types";

export enum RoleEnum {
  ADMIN = "ADMIN",
  COORDINATOR = "COORDINATOR",
  CASE_WORKER = "CASE_WORKER",
  TRAINER = "TRAINER",
  FACILITATOR = "FACILITATOR",
  ANALYST = "ANALYST",
}
registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a staff member may do.",
  valuesConfig: {
    ADMIN: { description: "Manages users, partner API keys and reads the audit log; sees everything." },
    COORDINATOR: { description: "Sees all programmes, people and reports." },
    CASE_WORKER: { description: "Works with the beneficiaries and cases of their own units." },
    TRAINER: { description: "Runs trainings; sees participants by code and first name only." },
    FACILITATOR: { description: "Runs self-help groups and support services; minimal view of members." },
    ANALYST: { description: "Reads aggregates only, never personal data." },
  },
});
// The GraphQL enum and the shared list must stay the same set.
const _same: SameSet<Role, `${RoleEnum}`> = true;
void _same;

/** A member of NK's staff who signs in to the admin. */
@ObjectType({ description: "A member of NK's staff who signs in to the admin." })
@Allow("ADMIN")
@Entity({ name: "user" })
export class User extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @Allow("ADMIN", "SELF")
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Sign-in email, stored lower-cased; unique." })
  @Allow("ADMIN", "SELF")
  @Column({ type: "varchar", length: 254, unique: true })
  email: string;

  @Field({ description: "Name shown to colleagues." })
  @Allow("ADMIN", "SELF")
  @Column({ name: "full_name", type: "varchar", length: 200 })
  fullName: string;

  @Field(() => RoleEnum, { description: "What the user may do." })
  @Allow("ADMIN", "SELF")
  @Column({ type: "varchar", length: 20 })
  role: Role;

  @Column({ name: "password_hash", type: "varchar", length: 200 })
  passwordHash: string;

  /** Invited and not yet accepted: she cannot sign in until she has chosen her password from the link. */
  @Column({ name: "invitation_pending", type: "boolean", default: false })
  invitationPending: boolean;

  @Field(() => Date, { nullable: true, description: "When the user last signed in." })
  @Column({ name: "last_login_at", type: "timestamptz", nullable: true })
  lastLoginAt: Date | null;
}
