import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../../core/auth/user.entity";
import { encrypted } from "../../core/crypto";

/** A staff member's authenticator (TOTP): the shared secret, encrypted under the data key. */
@Entity({ name: "mfa_factor" })
export class MfaFactor {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("mfa_factor_user_key", { unique: true })
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  /** Base32 TOTP secret. */
  @Column({ type: "text", transformer: encrypted })
  secret: string;

  /** Null while the enrolment waits for its first code; the factor is in use from then on. */
  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  /** The TOTP time step of the last code accepted: a code of that step or earlier is refused (no replay). */
  @Column({ name: "last_time_step", type: "int", nullable: true })
  lastTimeStep: number | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** A one-time recovery code: only its SHA-256 is kept (the codes carry 80 random bits). */
@Entity({ name: "mfa_recovery_code" })
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("mfa_recovery_code_user_idx")
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("mfa_recovery_code_hash_key", { unique: true })
  @Column({ name: "code_hash", type: "bytea" })
  codeHash: Buffer;

  @Column({ name: "used_at", type: "timestamptz", nullable: true })
  usedAt: Date | null;
}

/**
 * A sign-in half done: the password was right, the second step is awaited. Its token can do
 * nothing but `verifyMfa`; only its SHA-256 is kept, and it lives a few minutes.
 */
@Entity({ name: "mfa_challenge" })
export class MfaChallenge {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("mfa_challenge_token_hash_key", { unique: true })
  @Column({ name: "token_hash", type: "bytea" })
  tokenHash: Buffer;

  @Index("mfa_challenge_user_idx")
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;
}
