import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./user.entity";

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ name: "session" })
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("session_token_hash_key", { unique: true })
  @Column({ name: "token_hash", type: "bytea" })
  tokenHash: Buffer;

  @Index("session_user_idx")
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  @Column({ name: "last_seen_at", type: "timestamptz", default: () => "now()" })
  lastSeenAt: Date;

  /** The absolute end of the session, however active it is. */
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  /** Whether the sign-in that opened it passed a second step (authenticator or recovery code). */
  @Column({ type: "boolean", default: false })
  mfa: boolean;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;

  @Column({ name: "user_agent", type: "varchar", length: 300, nullable: true })
  userAgent: string | null;
}
