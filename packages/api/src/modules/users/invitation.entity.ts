import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../../core/auth/user.entity";

/**
 * One invitation link given to a new staff member. Only the SHA-256 of its token is kept (the
 * token carries 256 random bits); it is used once, expires, and a re-issue cancels the one before.
 * Rows are never deleted: the history of who was invited when stays beside the audit log.
 */
@Entity({ name: "invitation" })
export class Invitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("invitation_user_idx")
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("invitation_token_hash_key", { unique: true })
  @Column({ name: "token_hash", type: "bytea" })
  tokenHash: Buffer;

  @Column({ name: "invited_by_id", type: "uuid", nullable: true })
  invitedById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  /** When she chose her password with it. */
  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  acceptedAt: Date | null;

  /** When an admin cancelled it or issued a new link in its place. */
  @Column({ name: "cancelled_at", type: "timestamptz", nullable: true })
  cancelledAt: Date | null;
}
