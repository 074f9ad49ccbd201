import { randomUUID } from "node:crypto";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { type DirectDatabase, directDatabase, staffViewer } from "../../../test/direct";
import type { Viewer } from "../context";
import { declareReach, unitReach } from "../reach";
import { equals, search, textColumn } from "./filters";
import { bindLists, declaredLists, defineList, mayRead } from "./list";

/**
 * The list builder called directly on a probe table of a real PostgreSQL: filters and sorts are
 * refused (and the refusal audited) where they read a field the viewer cannot see, the reach rule,
 * the archived toggle, the `always` conditions, pages and nested pages, and the read audit.
 */

@Entity("list_probe")
class Probe {
  @PrimaryColumn("uuid")
  id: string;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @Column({ name: "parent_id", type: "uuid" })
  parentId: string;

  @Column({ type: "varchar" })
  name: string;

  @Column({ type: "varchar" })
  secret: string;

  @Column({ type: "int" })
  rank: number;

  @Column({ type: "boolean" })
  erased: boolean;

  @Column({ name: "archived_at", type: "timestamptz", nullable: true })
  archivedAt: Date | null;
}

declareReach(Probe, unitReach("Probe"));

/** The same table with a column JSON would change (a bigint reads as a string from a row, a number from JSON). */
@Entity("list_probe")
class WideProbe extends Probe {
  @Column({ type: "bigint" })
  weight: string;
}

declareReach(WideProbe, unitReach("WideProbe"));

const UNIT_A = "aaaaaaaa-0000-4000-8000-000000000000";
const UNIT_B = "bbbbbbbb-0000-4000-8000-000000000000";
const PARENT_1 = "11111111-0000-4000-8000-000000000000";
const PARENT_2 = "22222222-0000-4000-8000-000000000000";
const PARENT_3 = "33333333-0000-4000-8000-000000000000";
const USER = "99999999-0000-4000-8000-000000000000";

type Filter = { archived?: boolean | null; name?: string | null; rank?: number | null; search?: string | null; ghost?: string };

/** The probe's node type: `name` for staff who work with it, `secret` and `archivedAt` for admins. */
const probeList = defineList<Filter, "NAME" | "SECRET" | "RANK">({
  node: "ListProbe",
  entity: Probe,
  alias: "p",
  filters: {
    name: equals("p.name", "name"),
    rank: equals("p.rank", "rank"),
    // The first variant an admin may use, the second what a case worker may.
    search: search(textColumn("lower(p.secret)", "secret", "name"), textColumn("lower(p.name)", "name")),
    ghost: undefined,
  },
  sorts: {
    NAME: { expression: "p.name", reads: ["name"] },
    SECRET: { expression: "p.secret", reads: ["secret"] },
    RANK: { expression: "p.rank", reads: ["rank"] },
  },
  defaultSort: { field: "RANK", direction: "ASC" },
  archivable: true,
  always: ["p.erased = false", "p.rank <> 999"],
  audit: "each",
});

/** The same table, neither archivable nor with `always` conditions, audited as a list. */
const plainList = defineList<{ name?: string }, "RANK">({
  node: "ListProbe",
  entity: Probe,
  alias: "p",
  sorts: { RANK: { expression: "p.rank", reads: ["rank"] } },
  defaultSort: { field: "RANK", direction: "DESC" },
  audit: "list",
});

/** The wide probe, read row by row. */
const wideList = defineList<object, "RANK">({
  node: "ListProbe",
  entity: WideProbe,
  alias: "w",
  sorts: { RANK: { expression: "w.rank", reads: ["rank"] } },
  defaultSort: { field: "RANK", direction: "ASC" },
});

/** Not audited. */
const quietList = defineList<object, "RANK">({
  node: "ListProbe",
  entity: Probe,
  alias: "p",
  sorts: { RANK: { expression: "p.rank", reads: ["rank"] } },
  defaultSort: { field: "RANK", direction: "ASC" },
});

function probeSchema(fields: Record<string, { allow?: string[] }>, typeName = "ListProbe"): GraphQLSchema {
  const probe = new GraphQLObjectType({
    name: typeName,
    extensions: { allow: ["ADMIN", "CASE_WORKER"] },
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, { allow }]) => [name, { type: GraphQLString, extensions: allow ? { allow } : {} }]),
    ),
  });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { probe: { type: probe } } }) });
}

const GOOD = probeSchema({ name: {}, rank: {}, secret: { allow: ["ADMIN"] }, archivedAt: { allow: ["ADMIN"] } });

const admin = staffViewer(USER, "ADMIN");
const worker = staffViewer(USER, "CASE_WORKER", [UNIT_A]);

let d: DirectDatabase;
beforeAll(async () => {
  bindLists(GOOD);
  d = await directDatabase([Probe, WideProbe]);
  await d.sql(`CREATE TABLE list_probe (id uuid PRIMARY KEY, unit_id uuid NOT NULL, parent_id uuid NOT NULL, name varchar NOT NULL,
    secret varchar NOT NULL, rank int NOT NULL, erased boolean NOT NULL, archived_at timestamptz,
    weight bigint GENERATED ALWAYS AS (rank * 10000000000) STORED)`);
  // 25 rows of unit A under parents 1 and 2 by turns (rank 1–25), then the exceptions.
  const rows: string[] = [];
  for (let i = 1; i <= 25; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    rows.push(`('${id}', '${UNIT_A}', '${i % 2 ? PARENT_1 : PARENT_2}', 'name ${i % 5}', 'secret ${i}', ${i}, false, NULL)`);
  }
  rows.push(`('00000000-0000-4000-8000-000000000101', '${UNIT_B}', '${PARENT_1}', 'name 1', 'other unit', 101, false, NULL)`);
  rows.push(`('00000000-0000-4000-8000-000000000102', '${UNIT_A}', '${PARENT_1}', 'name 1', 'archived', 102, false, now())`);
  rows.push(`('00000000-0000-4000-8000-000000000103', '${UNIT_A}', '${PARENT_1}', 'name 1', 'erased', 103, true, NULL)`);
  rows.push(`('00000000-0000-4000-8000-000000000999', '${UNIT_A}', '${PARENT_1}', 'name 1', 'excluded', 999, false, NULL)`);
  await d.sql(`INSERT INTO list_probe VALUES ${rows.join(", ")}`);
});
afterAll(() => d?.stop());

const ranks = (edges: { node: { rank: number } }[]) => edges.map((e) => e.node.rank);

async function refusal(work: Promise<unknown>): Promise<{ message: string; extensions: unknown }> {
  try {
    await work;
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions };
  }
  throw new Error("not refused");
}

async function denials(): Promise<{ details: unknown; entity_type: string; actor_role: string }[]> {
  return d.sql("SELECT details, entity_type, actor_role FROM audit_event WHERE action = 'DENIED' ORDER BY id");
}

async function ofRank(viewer: Viewer, filter: Filter | null, rank: "NAME" | "RANK" = "RANK") {
  return ranks((await probeList.page<Probe>(d.context(viewer), filter, { field: rank }, { first: 100 })).edges);
}

describe("binding the lists to the schema", () => {
  it("stops the start for a missing node type or a read field without an access rule, and refuses an unbound field", () => {
    expect(declaredLists()).toEqual([probeList, plainList, wideList, quietList]);
    try {
      expect(() => bindLists(probeSchema({ name: {} }, "Other"))).toThrow("list of ListProbe: no such object type");
      const noRule = new GraphQLObjectType({ name: "ListProbe", fields: { name: { type: GraphQLString } } });
      const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { probe: { type: noRule } } }) });
      expect(() => bindLists(schema)).toThrow("list of ListProbe: a filter or sort reads name, which has no access rule");
      expect(() => bindLists(probeSchema({ name: {}, rank: {}, secret: {} }))).toThrow(
        "list of ListProbe: a filter or sort reads archivedAt, which has no access rule",
      );
    } finally {
      bindLists(GOOD);
    }
    expect(() => mayRead({ viewer: admin }, "ListProbe", ["nothing"])).toThrow(
      "ListProbe.nothing is not bound: bindLists() runs when the schema is built",
    );
  });

  it("lets a viewer read fields only when she may read every one of them", () => {
    expect(mayRead({ viewer: admin }, "ListProbe", ["name", "secret", "archivedAt"])).toBe(true);
    expect(mayRead({ viewer: worker }, "ListProbe", ["name", "rank"])).toBe(true);
    expect(mayRead({ viewer: worker }, "ListProbe", ["name", "secret"])).toBe(false);
    expect(mayRead({ viewer: worker }, "ListProbe", ["secret", "name"])).toBe(false);
    expect(mayRead({ viewer: null }, "ListProbe", ["name"])).toBe(false);
  });
});

describe("a list's rows", () => {
  it("keeps the reach rule, the always conditions and the archived rows out; an admin reaches every unit", async () => {
    const all = Array.from({ length: 25 }, (_, i) => i + 1);
    expect(await ofRank(worker, null)).toEqual(all);
    expect(await ofRank(worker, {})).toEqual(all);
    expect(await ofRank(admin, { archived: false })).toEqual([...all, 101]);
    expect(await ofRank(admin, { archived: true })).toEqual([102]);
    expect(await probeList.count(d.context(worker), null)).toBe(25);
    expect(await probeList.count(d.context(admin), { rank: 101 })).toBe(1);
  });

  it("a list neither archivable nor with always conditions shows every row in reach", async () => {
    const page = await plainList.page<Probe>(d.context(admin), null, null, { first: 5 });
    expect(ranks(page.edges)).toEqual([999, 103, 102, 101, 25]);
    expect(await plainList.count(d.context(worker), { name: "ignored: not a filter of this list" })).toBe(28);
  });

  it("applies each filter given with a parameter of its own, and skips those left out, null or undeclared", async () => {
    expect(await ofRank(worker, { name: "name 1" })).toEqual([1, 6, 11, 16, 21]);
    expect(await ofRank(worker, { name: "name 1", rank: 11 })).toEqual([11]);
    expect(await ofRank(worker, { rank: 6, name: "name 1" })).toEqual([6]);
    expect(await ofRank(worker, { name: null, rank: null, search: null, archived: null })).toHaveLength(25);
    expect(await ofRank(worker, { ghost: "anything" })).toHaveLength(25);
  });

  it("searches with the first variant the viewer may use", async () => {
    // "secret 2…" matches ranks 2, 20–25 by secret; no name contains "secret".
    expect(await ofRank(admin, { search: "SECRET 2" })).toEqual([2, 20, 21, 22, 23, 24, 25]);
    expect(await ofRank(worker, { search: "secret 2" })).toEqual([]);
    expect(await ofRank(worker, { search: "NAME 4" })).toEqual([4, 9, 14, 19, 24]);
  });

  it("sorts by the key asked for or the default, in the direction asked for or the default, ties by id", async () => {
    const page = (sort: Parameters<typeof probeList.page>[2]) =>
      probeList.page<Probe>(d.context(worker), { name: "name 2" }, sort, { first: 10 });
    expect(ranks((await page(null)).edges)).toEqual([2, 7, 12, 17, 22]);
    expect(ranks((await page({ direction: "DESC" })).edges)).toEqual([22, 17, 12, 7, 2]);
    expect(ranks((await page({ field: "RANK", direction: "DESC" })).edges)).toEqual([22, 17, 12, 7, 2]);
    const byName = await probeList.page<Probe>(d.context(worker), null, { field: "NAME" }, { first: 6 });
    expect(ranks(byName.edges)).toEqual([5, 10, 15, 20, 25, 1]);
    const ordered = await (await probeList.ordered(d.context(worker), { name: "name 3" }, { field: "NAME", direction: "DESC" })).getMany();
    expect(ordered.map((r) => r.rank)).toEqual([23, 18, 13, 8, 3]);
    const byDefault = await (await probeList.ordered(d.context(worker), { name: "name 3" }, null)).getMany();
    expect(byDefault.map((r) => r.rank)).toEqual([3, 8, 13, 18, 23]);
    expect(await (await probeList.query(d.context(worker), { name: "name 3" })).getCount()).toBe(5);
  });

  it("gives 20 rows by default, and the next page from the cursor", async () => {
    const first = await probeList.page<Probe>(d.context(worker), null, null);
    expect(ranks(first.edges)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await probeList.page<Probe>(d.context(worker), null, null, { first: 20, after: first.pageInfo.endCursor ?? "" });
    expect(ranks(next.edges)).toEqual([21, 22, 23, 24, 25]);
    expect(await next.totalCount).toBe(25);
  });
});

describe("filters and sorts that read a field the viewer cannot see", () => {
  it("refuses them with FORBIDDEN naming the argument, and audits the refusal", async () => {
    const before = (await denials()).length;
    expect(await refusal(ofRank(worker, { archived: true }))).toEqual({
      message: "You may not use filter.archived: it reads a field of ListProbe you cannot see.",
      extensions: { code: "FORBIDDEN", field: "filter.archived" },
    });
    expect(await refusal(probeList.page(d.context(worker), null, { field: "SECRET" }))).toEqual({
      message: "You may not use sort.field: it reads a field of ListProbe you cannot see.",
      extensions: { code: "FORBIDDEN", field: "sort.field" },
    });
    expect((await refusal(probeList.ordered(d.context(worker), null, { field: "SECRET" }))).extensions).toEqual({
      code: "FORBIDDEN",
      field: "sort.field",
    });
    expect((await refusal(probeList.page(d.context(null), { name: "name 1" }))).extensions).toEqual({
      code: "FORBIDDEN",
      field: "filter.name",
    });
    expect((await denials()).slice(before)).toEqual([
      { details: { field: "filter.archived" }, entity_type: "ListProbe", actor_role: "CASE_WORKER" },
      { details: { field: "sort.field" }, entity_type: "ListProbe", actor_role: "CASE_WORKER" },
      { details: { field: "sort.field" }, entity_type: "ListProbe", actor_role: "CASE_WORKER" },
      { details: { field: "filter.name" }, entity_type: "ListProbe", actor_role: null },
    ]);
  });

  it("lets a filter value that does not narrow pass, and a sort by a field she may read", async () => {
    const anonymous = d.context(null);
    const before = (await denials()).length;
    // The reach rule of the probe leaves nobody's units out but a case worker's (the access guard is not here).
    await expect(probeList.count(anonymous, { search: "   " })).resolves.toBe(26);
    expect(await ofRank(admin, { archived: false, search: "secret 25" })).toEqual([25]);
    expect((await denials()).length).toBe(before);
  });
});

describe("nested pages", () => {
  it("gives each parent its own page from one batch, with counts, and refuses a page too large", async () => {
    const ctx = d.context(worker);
    const [one, two, three] = await Promise.all([
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 1" }, null, { first: 2 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_2 }, { name: "name 1" }, null, { first: 2 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_3 }, { name: "name 1" }, null, { first: 2 }),
    ]);
    expect(ranks(one?.edges ?? [])).toEqual([1, 11]);
    expect(one?.pageInfo.hasNextPage).toBe(true);
    expect(ranks(two?.edges ?? [])).toEqual([6, 16]);
    expect(two?.pageInfo.hasNextPage).toBe(false);
    expect(three?.edges).toEqual([]);
    expect(await Promise.all([one?.totalCount, two?.totalCount, three?.totalCount])).toEqual([3, 2, 0]);
    const after = await probeList.nested<Probe>(
      d.context(worker),
      { column: "parent_id", id: PARENT_1 },
      { name: "name 1" },
      { direction: "DESC" },
      {
        first: 1,
        after: one?.pageInfo.endCursor ?? "",
      },
    );
    expect(ranks(after?.edges ?? [])).toEqual([1]);
    const byDefault = await probeList.nested<Probe>(d.context(admin), { column: "parent_id", id: PARENT_2 });
    expect(ranks(byDefault?.edges ?? [])).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(() => probeList.nested(d.context(worker), { column: "parent_id", id: PARENT_1 }, null, null, { first: 101 })).toThrow(
      "`first` must be between 0 and 100.",
    );
    await expect(probeList.nested(d.context(worker), { column: "parent_id", id: PARENT_1 }, null, { field: "SECRET" })).rejects.toThrow(
      "You may not use sort.field",
    );
  });

  it("batches only requests with the same arguments, and counts each filter apart", async () => {
    const ctx = d.context(worker);
    const [a, b] = await Promise.all([
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 1" }, null, { first: 5 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 2" }, null, { first: 5 }),
    ]);
    expect(ranks(a?.edges ?? [])).toEqual([1, 11, 21]);
    expect(ranks(b?.edges ?? [])).toEqual([7, 17]);
    expect(await Promise.all([a?.totalCount, b?.totalCount])).toEqual([3, 2]);
    const cursor = (await probeList.nested<Probe>(d.context(worker), { column: "parent_id", id: PARENT_1 }, null, null, { first: 2 }))
      ?.pageInfo.endCursor;
    const [c, e, g, h] = await Promise.all([
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 3" }, null, { first: 1 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 3" }, { direction: "DESC" }, { first: 1 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 3" }, null, { first: 2 }),
      probeList.nested<Probe>(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 3" }, null, { first: 1, after: cursor ?? "" }),
    ]);
    expect(ranks(c?.edges ?? [])).toEqual([3]);
    expect(ranks(e?.edges ?? [])).toEqual([23]);
    expect(ranks(g?.edges ?? [])).toEqual([3, 13]);
    expect(ranks(h?.edges ?? [])).toEqual([13]);
    expect(h?.pageInfo.hasPreviousPage).toBe(true);
  });

  it("reads the same pages from JSON as row by row, and row by row where JSON would change a column", async () => {
    const [one, two] = await Promise.all([
      wideList.nested<WideProbe>(d.context(worker), { column: "parent_id", id: PARENT_1 }, null, null, { first: 3 }),
      wideList.nested<WideProbe>(d.context(worker), { column: "parent_id", id: PARENT_2 }, null, null, { first: 3 }),
    ]);
    expect(one?.edges.map((e) => [e.node.rank, e.node.weight])).toEqual([
      [1, "10000000000"],
      [3, "30000000000"],
      [5, "50000000000"],
    ]);
    expect(two?.edges.map((e) => [e.node.rank, e.node.weight])).toEqual([
      [2, "20000000000"],
      [4, "40000000000"],
      [6, "60000000000"],
    ]);
    expect(one?.pageInfo.hasNextPage).toBe(true);
    // The archived row with its timestamp (microseconds in PostgreSQL) from JSON and from its row.
    const fromJson = await probeList.nested<Probe>(d.context(admin), { column: "parent_id", id: PARENT_1 }, { archived: true });
    const fromRow = await wideList.nested<WideProbe>(d.context(admin), { column: "parent_id", id: PARENT_1 }, null, { direction: "DESC" });
    const { weight, ...archived } = fromRow?.edges.find((e) => e.node.rank === 102)?.node ?? ({} as WideProbe);
    expect(weight).toBe("1020000000000");
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(fromJson?.edges.map((e) => e.node)).toEqual([archived]);
  });
});

describe("the read audit", () => {
  async function reads(work: (ctx: ReturnType<DirectDatabase["context"]>) => Promise<unknown>) {
    // A reader of her own each time: the audit log is append-only.
    const reader = randomUUID();
    const ctx = d.context(staffViewer(reader, "ADMIN"));
    await work(ctx);
    await ctx.reads.flush();
    return d.sql<{ action: string; entity_id: string | null; entity_ids: string[] | null; details: { count: number } | null }>(
      "SELECT action, entity_id, entity_ids, details FROM audit_event WHERE actor_id = $1",
      [reader],
    );
  }

  it("audits each record of a page in one READ naming them, not the row past it", async () => {
    const events = await reads((ctx) => probeList.page(ctx, { name: "name 1" }, null, { first: 2 }));
    expect(events).toEqual([
      {
        action: "READ",
        entity_id: null,
        entity_ids: ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000006"],
        details: { count: 2 },
      },
    ]);
  });

  it("names a record read alone in entity_id", async () => {
    const events = await reads((ctx) => probeList.page(ctx, { name: "name 1" }, null, { first: 1 }));
    expect(events).toEqual([{ action: "READ", entity_id: "00000000-0000-4000-8000-000000000001", entity_ids: null, details: null }]);
  });

  it("audits the records of nested pages, not the rows past them", async () => {
    const events = await reads((ctx) =>
      Promise.all([
        probeList.nested(ctx, { column: "parent_id", id: PARENT_1 }, { name: "name 1" }, null, { first: 1 }),
        probeList.nested(ctx, { column: "parent_id", id: PARENT_2 }, { name: "name 1" }, null, { first: 1 }),
      ]),
    );
    expect(events.map((e) => [e.action, e.entity_id, [...(e.entity_ids ?? [])].sort()])).toEqual([
      ["READ", null, ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000006"]],
    ]);
  });

  it("audits a list as one READ_LIST, and an unaudited list not at all", async () => {
    const listed = await reads((ctx) => plainList.page(ctx, null, null, { first: 2 }));
    expect(listed).toEqual([
      {
        action: "READ_LIST",
        entity_id: null,
        entity_ids: ["00000000-0000-4000-8000-000000000999", "00000000-0000-4000-8000-000000000103"],
        details: { count: 2 },
      },
    ]);
    expect(await reads((ctx) => quietList.page(ctx, null, null, { first: 2 }))).toEqual([]);
  });
});
