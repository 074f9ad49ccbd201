import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Allow } from "../../core/access";

export enum ThrottleKind {
  PAIR = "PAIR",
  ACCOUNT = "ACCOUNT",
  ADDRESS = "ADDRESS",
}
registerEnumType(ThrottleKind, {
  name: "LoginLockKind",
  description: "What failed sign-ins are counted against.",
  valuesConfig: {
    PAIR: { description: "One account from one address: each failure past the free ones doubles the wait." },
    ACCOUNT: { description: "One account from every address: locked at the account ceiling." },
    ADDRESS: { description: "One address, whatever the account: locked at the address ceiling." },
  },
});

/**
 * Failed sign-ins (passwords and second-step codes) of one account, one address, or one account
 * from one address, within a window. Kept in PostgreSQL so every API process counts together.
 * `account` and `address` are empty, never null, where the kind does not use them.
 */
@ObjectType("LoginLock", { description: "A sign-in lock or throttle in force: failures counted, and until when sign-in waits." })
@Allow("ADMIN")
@Entity({ name: "login_throttle" })
@Unique("login_throttle_key", ["kind", "account", "address"])
export class LoginThrottle {
  @Field(() => ID, { description: "Stable identifier; pass it to liftLoginLock." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ThrottleKind, { description: "What the failures are counted against." })
  @Column({ type: "varchar", length: 10 })
  kind: ThrottleKind;

  @Field(() => String, { nullable: true, description: "The email tried (lower-cased), for PAIR and ACCOUNT; it may belong to no account." })
  @Column({ type: "varchar", length: 254, default: "" })
  account: string;

  @Field(() => String, { nullable: true, description: "The client address, for PAIR and ADDRESS." })
  @Column({ type: "varchar", length: 64, default: "" })
  address: string;

  @Field(() => Int, { description: "Failures counted in the current window." })
  @Column({ type: "int" })
  failures: number;

  @Field({ description: "When the last failure was." })
  @Column({ name: "last_failure_at", type: "timestamptz" })
  lastFailureAt: Date;

  @Field(() => Date, { nullable: true, description: "Sign-in is refused until then." })
  @Column({ name: "locked_until", type: "timestamptz", nullable: true })
  lockedUntil: Date | null;
}
