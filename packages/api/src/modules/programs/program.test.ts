import { graphql } from "../../../test/gql";
import type { ProgramSort } from "../../../test/gql/graphql";
import { type Client, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CREATE = graphql(`mutation ProgramCreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }
}`);
const SAVE_INDICATOR = graphql(`mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {
  saveIndicator(input: $input) { indicator { id code version baseline targets { period target actual } } userErrors { field message code params } }
}`);

let t: TestPlatform;
let coordinator: Client;
beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
});
afterAll(() => t?.stop());

describe("programmes", () => {
  it("lists the demo programmes with their indicators and targets", async () => {
    const data = await coordinator.ok(
      graphql(
        `query ProgramPrograms { programs(first: 10) { totalCount edges { node { code units { code } indicators { code targets { period target } } } } } }`,
      ),
    );
    expect(data.programs.totalCount).toBe(4);
    const vdv = present(
      data.programs.edges.map((e) => e.node).find((p) => p.code === "VDV-SERVICES"),
      "VDV-SERVICES",
    );
    expect(vdv.units.map((u) => u.code).sort()).toEqual(["CRISIS", "SHELTER"]);
    expect(vdv.indicators.find((i) => i.code === "LEGAL")?.targets).toEqual([
      { period: "2025", target: 380 },
      { period: "2026", target: 400 },
    ]);
  });

  it("orders the list by title or start, either way", async () => {
    const order = async (sort: ProgramSort) =>
      (
        await coordinator.ok(
          graphql(`query ProgramPrograms4($sort: ProgramSort!) { programs(first: 10, sort: $sort) { edges { node { title startsOn } } } }`),
          { sort },
        )
      ).programs.edges.map((e: { node: { title: string; startsOn: string } }) => e.node);
    const byTitle = await order({ field: "TITLE", direction: "ASC" });
    const titles = byTitle.map((p: { title: string }) => p.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const byStartDesc = (await order({ field: "STARTS_ON", direction: "DESC" })).map((p: { startsOn: string }) => p.startsOn);
    expect(byStartDesc).toEqual([...byStartDesc].sort().reverse());
    expect(new Set(titles).size).toBe(4);
  });

  it("creates a programme with its units and districts, and refuses a duplicate code or an end before the start", async () => {
    const unitId = await t.unitId("RESOURCE");
    const [district] = await t.sql("SELECT id FROM district WHERE name = 'Farkhor'");
    const input = {
      code: "HIV-STIGMA",
      title: "Against the stigma of HIV",
      goal: "Women living with HIV are not excluded.",
      startsOn: "2026-01-01",
      unitIds: [unitId],
      districtIds: [district.id],
    };
    const created = await coordinator.ok(CREATE, { input });
    expect(created.createProgram).toMatchObject({
      userErrors: [],
      program: { code: "HIV-STIGMA", version: 1, units: [{ code: "RESOURCE" }], districts: [{ name: "Farkhor" }] },
    });
    const again = await coordinator.ok(CREATE, { input });
    expect(again.createProgram.userErrors).toEqual([expect.objectContaining({ field: ["input", "code"], code: "DUPLICATE" })]);
    const backwards = await coordinator.ok(CREATE, { input: { ...input, code: "BACKWARDS", endsOn: "2025-12-31" } });
    expect(backwards.createProgram.userErrors).toEqual([expect.objectContaining({ field: ["input", "endsOn"] })]);
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM program WHERE code = 'BACKWARDS'");
    expect(n).toBe(0);
  });

  it("updates with a version and archives and restores", async () => {
    const created = await coordinator.ok(CREATE, {
      input: { code: "ARCHIVE-ME", title: "Temporary", goal: "A programme to archive.", startsOn: "2026-02-01" },
    });
    const { id } = present(created.createProgram.program, "the new programme");
    const update = graphql(
      `mutation ProgramUpdateProgram($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title version } userErrors { code } } }`,
    );
    expect((await coordinator.ok(update, { input: { id, version: 1, title: "Renamed" } })).updateProgram.program).toEqual({
      title: "Renamed",
      version: 2,
    });
    expect(failures(await coordinator.gql(update, { input: { id, version: 1, title: "Lost update" } }))).toEqual(["CONFLICT"]);
    await coordinator.ok(
      graphql(`mutation ProgramArchiveProgram($id: ID!) { archiveProgram(input: { id: $id }) { program { archivedAt } } }`),
      { id },
    );
    const listed = await coordinator.ok(
      graphql(`query ProgramPrograms2 { programs(first: 20, filter: { search: "renamed" }) { totalCount } }`),
    );
    expect(listed.programs.totalCount).toBe(0);
    await coordinator.ok(
      graphql(`mutation ProgramRestoreProgram($id: ID!) { restoreProgram(input: { id: $id }) { program { archivedAt } } }`),
      { id },
    );
    expect(
      (await coordinator.ok(graphql(`query ProgramPrograms3 { programs(first: 20, filter: { search: "renamed" }) { totalCount } }`)))
        .programs.totalCount,
    ).toBe(1);
  });

  it("adds and replaces indicators with their targets, refusing repeated periods", async () => {
    const [program] = await t.sql("SELECT id FROM program WHERE code = 'ECONOMIC'");
    const input = {
      programId: program.id,
      code: "LOANS",
      name: "Women who received a small loan",
      unit: "women",
      baseline: 10,
      targets: [{ period: "2026", periodStart: "2026-01-01", periodEnd: "2026-12-31", target: 40 }],
    };
    const added = await coordinator.ok(SAVE_INDICATOR, { input });
    expect(added.saveIndicator.indicator).toMatchObject({
      code: "LOANS",
      baseline: 10,
      targets: [{ period: "2026", target: 40, actual: null }],
    });
    const replaced = await coordinator.ok(SAVE_INDICATOR, {
      input: {
        ...input,
        id: added.saveIndicator.indicator?.id,
        version: 1,
        targets: [{ period: "2026", periodStart: "2026-01-01", periodEnd: "2026-12-31", target: 45, actual: 12 }],
      },
    });
    expect(replaced.saveIndicator.indicator?.targets).toEqual([{ period: "2026", target: 45, actual: 12 }]);
    const twice = await coordinator.ok(SAVE_INDICATOR, {
      input: { ...input, code: "TWICE", targets: [...input.targets, ...input.targets] },
    });
    expect(twice.saveIndicator.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "targets", "1", "period"], code: "DUPLICATE" }),
    ]);
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM indicator WHERE code = 'TWICE'");
    expect(n).toBe(0);
  });

  it("refuses a stale indicator version with CONFLICT and a change without one, changing nothing", async () => {
    const [program] = await t.sql("SELECT id FROM program WHERE code = 'ECONOMIC'");
    const input = { programId: program.id, code: "STALE", name: "Women in a savings group", unit: "women", targets: [] };
    const indicator = present((await coordinator.ok(SAVE_INDICATOR, { input })).saveIndicator.indicator, "indicator");
    expect(indicator.version).toBe(1);
    const first = await coordinator.ok(SAVE_INDICATOR, { input: { ...input, id: indicator.id, version: 1, name: "First edit" } });
    expect(first.saveIndicator.indicator?.version).toBe(2);
    const stale = await coordinator.ok(SAVE_INDICATOR, { input: { ...input, id: indicator.id, version: 1, name: "Lost edit" } });
    expect(stale.saveIndicator.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "version"] })]);
    const unversioned = await coordinator.ok(SAVE_INDICATOR, { input: { ...input, id: indicator.id, name: "No version" } });
    expect(unversioned.saveIndicator.userErrors).toEqual([expect.objectContaining({ code: "REQUIRED", field: ["input", "version"] })]);
    const [{ name }] = await t.sql("SELECT name FROM indicator WHERE id = $1", [indicator.id]);
    expect(name).toBe("First edit");
  });

  describe("computed actuals", () => {
    const PROGRAM = graphql(
      `query ProgramProgram($id: ID!) { program(id: $id) { indicators { code measure targets { period actual actualSuppressed } } } }`,
    );
    const actuals = async (client: Client, programId: string) =>
      Object.fromEntries(
        present((await client.ok(PROGRAM, { id: programId })).program, "program").indicators.map(
          (i: { code: string; targets: { period: string; actual: number | null }[] }) => [
            i.code,
            Object.fromEntries(i.targets.map((x) => [x.period, x.actual])),
          ],
        ),
      );

    it("counts distinct women served, women who completed a training and groups reaching a stage, per period", async () => {
      const [vdv] = await t.sql("SELECT id FROM program WHERE code = 'VDV-SERVICES'");
      const [leadership] = await t.sql("SELECT id FROM program WHERE code = 'LEADERSHIP'");
      const [shg] = await t.sql("SELECT id FROM program WHERE code = 'SHG-SSW'");
      const legal = async (from: string, to: string) =>
        (
          await t.sql(
            "SELECT count(DISTINCT beneficiary_id)::int AS n FROM service WHERE kind = 'LEGAL' AND archived_at IS NULL AND provided_on BETWEEN $1 AND $2",
            [from, to],
          )
        )[0].n;
      const vdvActuals = present(await actuals(coordinator, vdv.id), "vdvActuals");
      expect(vdvActuals.LEGAL).toEqual({
        "2025": await legal("2025-01-01", "2025-12-31"),
        "2026": await legal("2026-01-01", "2026-12-31"),
      });
      expect((vdvActuals.LEGAL?.["2025"] ?? 0) + (vdvActuals.LEGAL?.["2026"] ?? 0)).toBeGreaterThan(0);
      // The shelter indicator has no measure: its actuals stay as entered (none in the demo data).
      expect(vdvActuals.SHELTER).toEqual({ "2025": null, "2026": null });

      const figures = await coordinator.ok(
        graphql(
          `query ProgramLearningFigures { learningFigures(from: "2025-01-01", to: "2025-12-31") { womenTrainedByTrainingAndDistrict { women } } }`,
        ),
      );
      const trained = figures.learningFigures.womenTrainedByTrainingAndDistrict.reduce(
        (sum: number, r: { women: number | null }) => sum + (r.women ?? 0),
        0,
      );
      expect((await actuals(coordinator, leadership.id)).COMPLETED?.["2025"]).toBe(trained);

      const reached = async (stage: string, from: string, to: string) =>
        (
          await t.sql(
            `SELECT count(DISTINCT gc.group_id)::int AS n FROM group_stage_change gc JOIN self_help_group g ON g.id = gc.group_id
              WHERE gc.to_stage = $1 AND gc.changed_on BETWEEN $2 AND $3 AND g.archived_at IS NULL`,
            [stage, from, to],
          )
        )[0].n;
      const shgActuals = await actuals(coordinator, shg.id);
      expect(shgActuals.GROUPS).toEqual({
        "2025": await reached("ACTIVE", "2025-01-01", "2025-12-31"),
        "2026": await reached("ACTIVE", "2026-01-01", "2026-12-31"),
      });
      expect(shgActuals.AUTONOMOUS).toEqual({ "2026": await reached("AUTONOMOUS", "2026-01-01", "2026-12-31") });
    });

    it("keeps to the programme's districts and refuses a hand-entered actual on a measured indicator", async () => {
      const [farkhor] = await t.sql("SELECT id FROM district WHERE name = 'Farkhor'");
      const created = await coordinator.ok(CREATE, {
        input: {
          code: "FARKHOR-LEGAL",
          title: "Farkhor legal help",
          goal: "Legal help in Farkhor.",
          startsOn: "2025-01-01",
          districtIds: [farkhor.id],
        },
      });
      const programId = present(created.createProgram.program, "program").id;
      const period = { period: "2025", periodStart: "2025-01-01", periodEnd: "2025-12-31", target: 10 };
      const input = { programId, code: "LEGAL", name: "Women helped in court", unit: "women", measure: "WOMEN_LEGAL", targets: [period] };
      const refused = await coordinator.ok(SAVE_INDICATOR, { input: { ...input, targets: [{ ...period, actual: 3 }] } });
      expect(refused.saveIndicator.userErrors).toEqual([
        expect.objectContaining({
          code: "NOT_APPLICABLE",
          field: ["input", "targets", "0", "actual"],
          params: { field: "measure", value: "WOMEN_LEGAL" },
        }),
      ]);
      expect((await coordinator.ok(SAVE_INDICATOR, { input })).saveIndicator.userErrors).toEqual([]);
      const [{ n }] = await t.sql(
        `SELECT count(DISTINCT s.beneficiary_id)::int AS n FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id
           JOIN community com ON com.id = b.community_id
          WHERE s.kind = 'LEGAL' AND s.archived_at IS NULL AND s.provided_on BETWEEN '2025-01-01' AND '2025-12-31' AND com.district_id = $1`,
        [farkhor.id],
      );
      expect((await actuals(coordinator, programId)).LEGAL).toEqual({ "2025": n });
    });

    it("shows analysts a count of 1 to 4 women as suppressed, and coordinators the count", async () => {
      // A district, kind and year of the demo data where few women were helped.
      const [small] = await t.sql(
        `SELECT com.district_id AS district, s.kind, extract(year FROM s.provided_on)::int AS year, count(DISTINCT s.beneficiary_id)::int AS n
           FROM service s JOIN beneficiary b ON b.id = s.beneficiary_id JOIN community com ON com.id = b.community_id
          WHERE s.archived_at IS NULL GROUP BY 1, 2, 3 HAVING count(DISTINCT s.beneficiary_id) BETWEEN 1 AND 4 ORDER BY 1, 2, 3 LIMIT 1`,
      );
      expect(small).toBeDefined();
      const created = await coordinator.ok(CREATE, {
        input: {
          code: "FEW-WOMEN",
          title: "Few women",
          goal: "A small count.",
          startsOn: `${small.year}-01-01`,
          districtIds: [small.district],
        },
      });
      const programId = present(created.createProgram.program, "program").id;
      const period = { period: String(small.year), periodStart: `${small.year}-01-01`, periodEnd: `${small.year}-12-31`, target: 10 };
      const input = { programId, code: "FEW", name: "Women helped", unit: "women", measure: `WOMEN_${small.kind}`, targets: [period] };
      expect((await coordinator.ok(SAVE_INDICATOR, { input })).saveIndicator.userErrors).toEqual([]);
      const analyst = await t.signedIn("ANALYST");
      const target = async (client: Client) => (await client.ok(PROGRAM, { id: programId })).program?.indicators[0]?.targets[0];
      expect(await target(analyst)).toEqual({ period: String(small.year), actual: null, actualSuppressed: true });
      expect(await target(coordinator)).toEqual({ period: String(small.year), actual: small.n, actualSuppressed: false });
    });
  });
});
