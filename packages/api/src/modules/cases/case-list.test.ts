import { graphql } from "../../../test/gql";
import { type Client, codes, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CasesByStage = graphql(`
  query CasesByStage($stage: CaseStage!, $unitId: ID) {
    cases(first: 100, filter: { stage: $stage, unitId: $unitId }) {
      totalCount
      edges {
        node {
          id
          stage
        }
      }
    }
  }
`);

const CaseWorkers = graphql(`
  query CaseWorkers($unitId: ID) {
    caseWorkers(first: 100, filter: { unitId: $unitId }) {
      totalCount
      edges {
        node {
          id
          fullName
          role
        }
      }
    }
  }
`);

let t: TestPlatform;
let worker: Client & { userId: string };
let shelterWorker: Client & { userId: string };
let coordinator: Client & { userId: string };
let trainer: Client;

beforeAll(async () => {
  t = await startTestPlatform();
  worker = await t.signedIn("CASE_WORKER", ["CRISIS"]);
  shelterWorker = await t.signedIn("CASE_WORKER", ["SHELTER"]);
  coordinator = await t.signedIn("COORDINATOR");
  trainer = await t.signedIn("TRAINER");
});
afterAll(() => t?.stop());

describe("the case list's filters for the screens", () => {
  it("lists the cases at one workflow stage, within the case worker's units", async () => {
    const crisis = await t.unitId("CRISIS");
    const [expected] = await t.sql(
      `SELECT count(*)::int AS n FROM "case" WHERE stage = 'CASE_PLAN' AND unit_id = $1 AND archived_at IS NULL`,
      [crisis],
    );
    const { cases } = await worker.ok(CasesByStage, { stage: "CASE_PLAN" });
    expect(expected.n).toBeGreaterThan(0);
    expect(cases.totalCount).toBe(expected.n);
    expect(new Set(cases.edges.map((e) => e.node.stage))).toEqual(new Set(["CASE_PLAN"]));
  });

  it("names the staff who may hold a unit's cases: its case workers and the coordinators, never the others", async () => {
    const { caseWorkers } = await coordinator.ok(CaseWorkers, { unitId: await t.unitId("CRISIS") });
    const ids = caseWorkers.edges.map((e) => e.node.id);
    expect(ids).toContain(worker.userId);
    expect(ids).toContain(coordinator.userId);
    expect(ids).not.toContain(shelterWorker.userId);
    expect(new Set(caseWorkers.edges.map((e) => e.node.role))).toEqual(new Set(["CASE_WORKER", "COORDINATOR"]));

    const all = await worker.ok(CaseWorkers, {});
    expect(all.caseWorkers.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([worker.userId, shelterWorker.userId]));
  });

  it("leaves out archived accounts", async () => {
    await t.sql(`UPDATE "user" SET archived_at = now() WHERE id = $1`, [shelterWorker.userId]);
    const { caseWorkers } = await coordinator.ok(CaseWorkers, {});
    expect(caseWorkers.edges.map((e) => e.node.id)).not.toContain(shelterWorker.userId);
  });

  it("is refused to roles without case work", async () => {
    expect(codes(await trainer.gql(CaseWorkers, {}))).toEqual(["FORBIDDEN"]);
  });
});
