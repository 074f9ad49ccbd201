import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { RequestContext } from "./context";
import { preparedRows } from "./db/prepared";
import { SharedStatement, sharedPer } from "./db/shared-statement";
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
// The records an event names when it names more than one: a GIN index (migration
// AuditEventRecords), which TypeORM cannot declare, finds a record among them.
@Index("audit_event_entity_ids_idx", { synchronize: false })
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

  @Field(() => String, {
    nullable: true,
    description: "Id of the record, when the event is about one (null when it names several: see entityIds).",
  })
  @Column({ name: "entity_id", type: "varchar", length: 64, nullable: true })
  entityId: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Ids of the records, when the event names more than one: the records of one type a request read or listed. Filtering by `entityId` finds an event among these too.",
  })
  @Column({ name: "entity_ids", type: "varchar", length: 64, array: true, nullable: true })
  entityIds: string[] | null;

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
  /** The records, when the event names more than one (then `entityId` is left out). */
  entityIds?: readonly string[];
  details?: Record<string, unknown>;
}

/** Who is acting, as the audit log records it. */
export function actorOf(ctx: Pick<RequestContext, "viewer">) {
  const v = ctx.viewer;
  if (!v) return { actorType: "ANONYMOUS", actorId: null, actorRole: null };
  if (v.kind === "user") return { actorType: "USER", actorId: v.userId, actorRole: v.role };
  return { actorType: "PARTNER", actorId: v.apiKeyId, actorRole: "PARTNER" };
}

/** One event as it is inserted: who, from where, what. */
interface EventRow {
  actorType: string;
  actorId: string | null;
  actorRole: string | null;
  ip: string;
  userAgent: string | null;
  entry: AuditEntry;
}

/** Between the record ids of one event in the insert's parameter: no record id holds a control character. */
const IDS_SEPARATOR = "\u001f";

/** Inserts events in one statement however many: each column's values as one array. */
async function insertEvents(db: DataSource, rows: readonly EventRow[], runner?: QueryRunner): Promise<void> {
  await preparedRows(
    db,
    `INSERT INTO audit_event (actor_type, actor_id, actor_role, ip, user_agent, action, entity_type, entity_id, entity_ids, details)
     SELECT e.actor_type, e.actor_id, e.actor_role, e.ip, e.user_agent, e.action, e.entity_type, e.entity_id,
            string_to_array(e.entity_ids, E'\\x1f')::varchar[], e.details
       FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[],
                   $6::varchar[], $7::varchar[], $8::varchar[], $9::text[], $10::jsonb[])
            AS e(actor_type, actor_id, actor_role, ip, user_agent, action, entity_type, entity_id, entity_ids, details)`,
    [
      rows.map((r) => r.actorType),
      rows.map((r) => r.actorId),
      rows.map((r) => r.actorRole),
      rows.map((r) => r.ip),
      rows.map((r) => r.userAgent),
      rows.map((r) => r.entry.action),
      rows.map((r) => r.entry.entityType ?? null),
      rows.map((r) => r.entry.entityId ?? null),
      // Each event's ids as one text: a page's 300 ids as JSON were escaped again for the array
      // parameter and parsed as jsonb.
      rows.map((r) => r.entry.entityIds?.join(IDS_SEPARATOR) ?? null),
      rows.map((r) => (r.entry.details ? JSON.stringify(r.entry.details) : null)),
    ],
    runner,
  );
}

/**
 * Events written outside a transaction, by concurrent requests: one INSERT (one commit) for the
 * events of every request waiting while the previous one was written; each request still waits
 * for its own events to be in the log.
 */
const sharedInsert = sharedPer(
  (db: DataSource) =>
    new SharedStatement<readonly EventRow[], void>(async (requests) => {
      await insertEvents(db, requests.flat());
      return requests.map(() => undefined);
    }),
);

/**
 * Writes audit events, in one statement; pass the mutation's EntityManager so the events commit
 * or roll back with the change they record. Outside a transaction, the events of requests made at
 * the same moment share a statement.
 */
export async function audit(
  ctx: Pick<RequestContext, "viewer" | "request" | "db">,
  entries: AuditEntry | AuditEntry[],
  em: EntityManager = ctx.db.manager,
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const actor = actorOf(ctx);
  const ip = ctx.request.ip.slice(0, 64);
  const userAgent = ctx.request.userAgent?.slice(0, 300) ?? null;
  const rows = list.map((entry) => ({ ...actor, ip, userAgent, entry }));
  if (em.queryRunner) await insertEvents(ctx.db, rows, em.queryRunner);
  else await sharedInsert(ctx.db).run(rows);
}

/**
 * The event naming the records of one type a request read (`READ`: records of case work, each
 * read) or listed (`READ_LIST`: personal data in lists): one event however many records, naming
 * them in `entityIds` (a record alone in `entityId`), so the log finds who read or listed a
 * record by its id either way. A page of 50 women with 5 services each writes two events, not 251.
 */
export function namingRecords(action: "READ" | "READ_LIST", entityType: string, ids: Iterable<string>): AuditEntry {
  const all = [...ids];
  return all.length === 1
    ? { action, entityType, entityId: all[0] }
    : { action, entityType, entityIds: all, details: { count: all.length } };
}

/**
 * The reads of one request, written in one statement once the answer is complete and before it
 * leaves (`flush`, called by the server's answer hook): per entity type, one READ naming the
 * records of case work read and one READ_LIST naming the records listed (`namingRecords`). A
 * request whose reads could not be recorded is answered with an error instead of the data.
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
      ...[...this.reads].map(([entityType, ids]) => namingRecords("READ", entityType, ids)),
      ...[...this.lists].map(([entityType, ids]) => namingRecords("READ_LIST", entityType, ids)),
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

/** Records of case work read: into the request's log when there is one, else one READ written now. */
export async function auditReads(ctx: Reader, entityType: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ctx.reads) return ctx.reads.each(entityType, ids);
  await audit(ctx, namingRecords("READ", entityType, new Set(ids)));
}

/** Records listed: into the request's log when there is one, else one READ_LIST written now. */
export async function auditListed(ctx: Reader, entityType: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ctx.reads) return ctx.reads.list(entityType, ids);
  await audit(ctx, namingRecords("READ_LIST", entityType, new Set(ids)));
}
