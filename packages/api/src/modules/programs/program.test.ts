import { graphql } from "../../../test/gql";
import { type Client, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";

const CREATE = graphql(`mutation ProgramCreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) { program { id code version units { code } districts { name } } userErrors { field message code } }
}`);
const SAVE_INDICATOR = graphql(`mutation ProgramSaveIndicator($input: SaveIndicatorInput!) {
  saveIndicator(input: $input) { indicator { id code baseline targets { period target actual } } userErrors { field message code } }
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
    const order = async (sort: string) =>
      (await coordinator.ok(`{ programs(first: 10, sort: ${sort}) { edges { node { title startsOn } } } }`)).programs.edges.map(
        (e: { node: { title: string; startsOn: string } }) => e.node,
      );
    const byTitle = await order("{ field: TITLE, direction: ASC }");
    const titles = byTitle.map((p: { title: string }) => p.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const byStartDesc = (await order("{ field: STARTS_ON, direction: DESC }")).map((p: { startsOn: string }) => p.startsOn);
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
});
