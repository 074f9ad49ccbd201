import type { TestPlatform } from "./harness";

interface PlanNode {
  "Node Type"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plan?: PlanNode;
  Plans?: PlanNode[];
}

export interface Scan {
  relation: string;
  node: string;
  rows: number;
}

/** Each table scanned by a plan (EXPLAIN ANALYZE, FORMAT JSON), how and how many rows it read. */
export function scansOf(plan: unknown): Scan[] {
  const walk = (node: PlanNode): Scan[] => [
    ...(node["Relation Name"]
      ? [
          {
            relation: node["Relation Name"],
            node: String(node["Node Type"]),
            rows:
              ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0)) *
              (node["Actual Loops"] ?? 1),
          },
        ]
      : []),
    ...(node.Plan ? walk(node.Plan) : []),
    ...(node.Plans ?? []).flatMap(walk),
  ];
  return (plan as PlanNode[]).flatMap(walk);
}

/**
 * Runs `send` (one request to the platform), then plays each SELECT it sent again under
 * `EXPLAIN ANALYZE` with sequential scans priced out (with tables this small the planner would
 * rightly scan; priced out, it scans only where no index serves): the scans of each statement.
 * `bitmapScans: false` prices out bitmap scans too.
 */
export async function scansOfRequest(
  t: TestPlatform,
  send: () => Promise<void>,
  options: { bitmapScans?: boolean } = {},
): Promise<{ sql: string; scans: Scan[] }[]> {
  const db = t.platform.services.db;
  const sent: [string, unknown[]][] = [];
  const spy = jest.spyOn(db.logger, "logQuery").mockImplementation((sql, parameters) => {
    sent.push([sql, Array.isArray(parameters) ? parameters : []]);
  });
  try {
    await send();
  } finally {
    spy.mockRestore();
  }
  const selects = sent.filter(([sql]) => /^\s*SELECT/i.test(sql));
  const runner = db.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query("SET LOCAL enable_seqscan = off");
    // Priced out as well, the planner reads a count from an index alone where one holds every column it needs.
    if (options.bitmapScans === false) await runner.query("SET LOCAL enable_bitmapscan = off");
    const plans: { sql: string; scans: Scan[] }[] = [];
    for (const [sql, parameters] of selects) {
      const [{ "QUERY PLAN": plan }] = (await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)) as [
        { "QUERY PLAN": unknown },
      ];
      plans.push({ sql, scans: scansOf(plan) });
    }
    return plans;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
