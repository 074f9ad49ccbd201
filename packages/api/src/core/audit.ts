import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { RequestContext } from "./context";
import { Allow } from "./grants";

/** One line of the audit log: who read or changed what, when, from where. Never updated or deleted. */
@ObjectType({ description: "One line of the audit log: who read or changed what, when and from where." })
@Allow("ADMIN")
@Entity({ name: "audit_event" })
// The log is read newest first (at, then id) under any one filter: each filter has an index
// that ends in that order, so a page reads its rows and no more however long the log grows.
@Index("audit_event_at_idx", ["at", "id"])
@Index("audit_event_actor_idx", ["actorId", "at", "id"])
@Index("audit_event_action_idx", ["action", "at", "id"])
@Index("audit_event_entity_type_idx", ["entityType", "at", "id"])
@Index("audit_event_entity_idx", ["entityId", "at", "id"])
export class AuditEvent {
  @Field(() => ID, { description: "Position in the log; increases with time." })
  @PrimaryGeneratedColumn("identity", { type: "bigint", generatedIdentity: "ALWAYS" })
  id: string;

  @Field({ description: "When it happened." })
  @CreateDateColumn({ type: "timestamptz" })
  at: Date;

  @Field({ description: "USER, PARTNER (an API key), SYSTEM or ANONYMOUS." })
  @Column({ name: "actor_type", type: "varchar", length: 16 })
  actorType: string;

  @Field(() => String, { nullable: true, description: "Id of the user or API key." })
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role (or PARTNER) at that moment." })
  @Column({ name: "actor_role", type: "varchar", length: 20, nullable: true })
  actorRole: string | null;

  @Field({ description: "What was done, e.g. READ, CREATE, UPDATE, ARCHIVE, LOGIN_FAILED, DENIED." })
  @Column({ type: "varchar", length: 40 })
  action: string;

  @Field(() => String, { nullable: true, description: "Kind of record, e.g. Beneficiary." })
  @Column({ name: "entity_type", type: "varchar", length: 40, nullable: true })
  entityType: string | null;

  @Field(() => String, { nullable: true, description: "Id of the record." })
  @Column({ name: "entity_id", type: "varchar", length: 64, nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: "Client address." })
  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true, description: "Client software, as it named itself." })
  @Column({ name: "user_agent", type: "varchar", length: 300, nullable: true })
  userAgent: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Details without personal data (e.g. changed field names)." })
  @Column({ type: "jsonb", nullable: true })
  details: Record<string, unknown> | null;
}

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/** Who is acting, as the audit log records it. */
export function actorOf(ctx: Pick<RequestContext, "viewer">) {
  const v = ctx.viewer;
  if (!v) return { actorType: "ANONYMOUS", actorId: null, actorRole: null };
  if (v.kind === "user") return { actorType: "USER", actorId: v.userId, actorRole: v.role };
  return { actorType: "PARTNER", actorId: v.apiKeyId, actorRole: "PARTNER" };
}

/**
 * Writes audit events; pass the mutation's EntityManager so the event commits or rolls back with
 * the change it records.
 */
export async function audit(
  ctx: Pick<RequestContext, "viewer" | "request" | "db">,
  entries: AuditEntry | AuditEntry[],
  em: EntityManager = ctx.db.manager,
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const actor = actorOf(ctx);
  // One statement however many events: the per-event values as arrays, the caller's once.
  await em.query(
    `INSERT INTO audit_event (actor_type, actor_id, actor_role, ip, user_agent, action, entity_type, entity_id, details)
     SELECT $1::varchar, $2::uuid, $3::varchar, $4::varchar, $5::varchar, e.action, e.entity_type, e.entity_id, e.details
       FROM unnest($6::varchar[], $7::varchar[], $8::varchar[], $9::jsonb[]) AS e(action, entity_type, entity_id, details)`,
    [
      actor.actorType,
      actor.actorId,
      actor.actorRole,
      ctx.request.ip.slice(0, 64),
      ctx.request.userAgent?.slice(0, 300) ?? null,
      list.map((e) => e.action),
      list.map((e) => e.entityType ?? null),
      list.map((e) => e.entityId ?? null),
      list.map((e) => (e.details ? JSON.stringify(e.details) : null)),
    ],
  );
}

/**
 * The reads of one request, written in one statement once the answer is complete and before it
 * leaves (`flush`, called by the server's answer hook): one READ per record of case work, one
 * READ_LIST per entity type naming the records listed. A request whose reads could not be
 * recorded is answered with an error instead of the data.
 */
export class ReadLog {
  private readonly reads = new Map<string, Set<string>>();
  private readonly lists = new Map<string, Set<string>>();

  constructor(private readonly ctx: Pick<RequestContext, "viewer" | "request" | "db">) {}

  each(entityType: string, ids: readonly string[]): void {
    add(this.reads, entityType, ids);
  }

  list(entityType: string, ids: readonly string[]): void {
    add(this.lists, entityType, ids);
  }

  /** Writes what was read so far in one statement, and forgets it. */
  async flush(): Promise<void> {
    const entries: AuditEntry[] = [
      ...[...this.reads].flatMap(([entityType, ids]) => [...ids].map((entityId) => ({ action: "READ", entityType, entityId }))),
      ...[...this.lists].map(([entityType, ids]) => ({ action: "READ_LIST", entityType, details: { ids: [...ids], count: ids.size } })),
    ];
    this.reads.clear();
    this.lists.clear();
    await audit(this.ctx, entries);
  }
}

function add(map: Map<string, Set<string>>, entityType: string, ids: readonly string[]): void {
  const set = map.get(entityType) ?? new Set<string>();
  map.set(entityType, set);
  for (const id of ids) set.add(id);
}

type Reader = Pick<RequestContext, "viewer" | "request" | "db"> & { reads?: ReadLog };

/** One READ event per record read: into the request's log when there is one, else written now. */
export async function auditReads(ctx: Reader, entityType: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ctx.reads) return ctx.reads.each(entityType, ids);
  await audit(
    ctx,
    ids.map((entityId) => ({ action: "READ", entityType, entityId })),
  );
}

/** One READ_LIST event per request and entity type naming the records listed. */
export async function auditListed(ctx: Reader, entityType: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ctx.reads) return ctx.reads.list(entityType, ids);
  await audit(ctx, { action: "READ_LIST", entityType, details: { ids: [...ids], count: ids.length } });
}
