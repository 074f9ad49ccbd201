import { graphql } from "../../../test/gql";
import type { StatisticsTableInput } from "../../../test/gql/graphql";
import { codes, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { cell, type Fixture, fixture, grid, Q1, supportFixture } from "./statistics.fixture";

const TABLE = graphql(`query StatisticsTable($input: StatisticsTableInput!) {
  statisticsTable(input: $input) {
    table period { from to kind } minimumCount note
    columns { key label }
    rows { key label cells { column value suppressed } total { value suppressed } }
    columnTotals { column value suppressed }
    grandTotal { value suppressed }
  }
}`);

/**
 * Published statistics over HTTP, on a fixture in 2019 (the demo data covers 2021–2026). Every
 * woman below is created with SQL in this file's own database.
 */

describe("statisticsTable", () => {
  let t: TestPlatform;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestPlatform();
    f = await fixture(t);
    await supportFixture(t, f);
  });
  afterAll(() => t?.stop());

  it("counts women supported by kind and district, hiding small cells and their complements", async () => {
    const analyst = await t.signedIn("ANALYST");
    const r = (await analyst.ok(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: Q1 } })).statisticsTable;
    expect(r.period).toEqual({ from: "2019-01-01", to: "2019-03-31", kind: "QUARTER" });
    expect(r.minimumCount).toBe(10);
    expect(r.columns.map((c) => c.key)).toEqual(["LEGAL", "PSYCHOLOGICAL", "MEDICAL", "ECONOMIC"]);
    expect(r.rows.map((row) => row.label)).toEqual(["Farkhor", "Hamadoni", "Khovaling", "Kulob", "Shurabad"]);
    expect(r.rows.find((row) => row.label === "Kulob")?.key).toBe(f.districts.get("Kulob"));
    // True counts (columns LEGAL, PSYCHOLOGICAL, MEDICAL, ECONOMIC, total):
    //   Hamadoni 11, 10, 6, 0 | 27      Kulob 12, 15, 3, 0 | 27 (the 3 medical are also legal)
    //   totals   23, 25, 9, 0 | 54
    // 6, 3 and the medical total 9 are below 10. Complements: Hamadoni's psychological 10 and
    // Kulob's legal 12 (smallest above 0 in their rows), the legal total 23 (smallest in the totals
    // row), then Kulob's psychological 15 (the psychological column had one hidden cell).
    expect(grid(r)).toEqual({
      Farkhor: [0, 0, 0, 0, 0],
      Hamadoni: [11, null, null, 0, 27],
      Khovaling: [0, 0, 0, 0, 0],
      Kulob: [null, null, null, 0, 27],
      Shurabad: [0, 0, 0, 0, 0],
      TOTAL: [null, 25, null, 0, 54],
    });
    const kulob = r.rows.find((row) => row.label === "Kulob");
    expect(kulob?.cells[2]).toEqual({ column: "MEDICAL", ...cell(null) });
    expect(kulob?.cells[3]).toEqual({ column: "ECONOMIC", ...cell(0) });
    expect(r.grandTotal).toEqual(cell(54));
    expect(r.note).toMatch(/once/);
  });

  it("counts only women with a current STATISTICS consent given by the end of the period", async () => {
    // 2019 Q3, read once (a release never changes afterwards): every kind of consent set up first.
    const legal = async (ids: string[]) => f.services(ids, "LEGAL", "2019-08-10");
    await legal(await f.women("Hamadoni", 11)); // given in 2018: counted
    await legal(await f.women("Hamadoni", 1, "no"));
    await legal(await f.women("Hamadoni", 1, "withdrawn")); // withdrawn in 2020
    const late = await f.women("Hamadoni", 1);
    await t.sql("UPDATE consent SET given_at = '2019-10-01T10:00:00Z' WHERE beneficiary_id = $1", [late[0]]);
    await legal(late);
    const lastDay = await f.women("Hamadoni", 1); // given on the last day of the period: counted
    await t.sql("UPDATE consent SET given_at = '2019-09-30T12:00:00Z' WHERE beneficiary_id = $1", [lastDay[0]]);
    await legal(lastDay);
    const withdrawingLater = await f.women("Hamadoni", 1); // withdrawn only later than now: still holds
    await t.sql("UPDATE consent SET withdrawn_at = now() + interval '1 day' WHERE beneficiary_id = $1", [withdrawingLater[0]]);
    await legal(withdrawingLater);
    const withdrawnNow = await f.women("Hamadoni", 1);
    await t.sql("UPDATE consent SET withdrawn_at = now() - interval '1 minute' WHERE beneficiary_id = $1", [withdrawnNow[0]]);
    await legal(withdrawnNow);
    const [{ n }] = await t.sql(
      "SELECT count(DISTINCT beneficiary_id)::int AS n FROM service WHERE provided_on = '2019-08-10' AND kind = 'LEGAL' AND archived_at IS NULL",
    );
    expect(n).toBe(17);
    const analyst = await t.signedIn("ANALYST");
    const r = (
      await analyst.ok(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: { year: 2019, quarter: 3 } } })
    ).statisticsTable;
    expect(grid(r).Hamadoni).toEqual([13, 0, 0, 0, 13]); // 11 + the last day's + the one withdrawing tomorrow
  });

  it("answers partner keys with READ_STATISTICS exactly as staff, and refuses others", async () => {
    const input: StatisticsTableInput = { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: Q1 };
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    const analyst = await t.signedIn("ANALYST");
    const coordinator = await t.signedIn("COORDINATOR");
    const fromPartner = await partner.ok(TABLE, { input });
    expect(fromPartner).toEqual(await analyst.ok(TABLE, { input }));
    expect(fromPartner).toEqual(await coordinator.ok(TABLE, { input }));
    expect(fromPartner).toEqual(await t.admin.ok(TABLE, { input }));
    for (const client of [
      await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES"]),
      await t.signedIn("TRAINER"),
      await t.signedIn("CASE_WORKER", ["CRISIS"]),
      await t.signedIn("FACILITATOR"),
    ]) {
      const r = await client.gql(TABLE, { input });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(r.data?.statisticsTable ?? null).toBeNull();
    }
    expect(codes(await t.anonymous().gql(TABLE, { input }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("counts training completions by training and district with the completion rule of learning figures", async () => {
    const [{ id: trainingId }] = await t.sql(
      `INSERT INTO training (code, title, aims, session_count, completion_percent)
       VALUES ('STAT-TEST', 'Statistics test training', 'Counting', 4, 75) RETURNING id`,
    );
    const [{ id: courseId }] = await t.sql(
      `INSERT INTO training_course (training_id, starts_on, ends_on, capacity) VALUES ($1, '2019-02-01', '2019-03-20', 40) RETURNING id`,
      [trainingId],
    );
    const sessions = (
      await t.sql<{ id: string }>(
        `INSERT INTO training_session (course_id, held_on, topic)
         SELECT $1, '2019-02-01'::date + 7 * g, 'Topic ' || g FROM generate_series(0, 3) g RETURNING id`,
        [courseId],
      )
    ).map((s) => s.id);
    const attend = async (ids: string[], present: number) => {
      const enrollments = (
        await t.sql<{ id: string }>(
          "INSERT INTO enrollment (course_id, beneficiary_id) SELECT $1, id FROM unnest($2::uuid[]) id RETURNING id",
          [courseId, ids],
        )
      ).map((e) => e.id);
      await t.sql(
        `INSERT INTO attendance (session_id, enrollment_id, present)
         SELECT s.id, e.id, s.n <= $3 FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n), unnest($2::uuid[]) AS e(id)`,
        [sessions, enrollments, present],
      );
    };
    await attend(await f.women("Kulob", 12), 3); // 3 of 4 = 75 %: completed
    await attend(await f.women("Kulob", 2), 2); // 50 %: not completed
    await attend(await f.women("Kulob", 1, "no"), 4); // completed, not consenting
    await attend(await f.women("Hamadoni", 4), 4);
    const r = (await t.admin.ok(TABLE, { input: { table: "TRAINING_COMPLETIONS_BY_TRAINING_AND_DISTRICT", period: { year: 2019 } } }))
      .statisticsTable;
    const column = r.columns.findIndex((c) => c.key === trainingId);
    expect(r.columns[column]?.label).toBe("Statistics test training");
    const g = grid(r);
    // Kulob 12, Hamadoni 4 (hidden); the column then needs Kulob hidden too, and Kulob's row total.
    expect(g.Kulob?.[column]).toBeNull();
    expect(g.Hamadoni?.[column]).toBeNull();
    expect(g.Kulob?.at(-1)).toBeNull();
    expect(g.Hamadoni?.at(-1)).toBeNull();
    expect(g.TOTAL?.[column]).toBe(16);
    expect(r.grandTotal).toEqual(cell(16));
    // every other training has no completion in 2019
    expect(r.columnTotals.filter((c) => c.column !== trainingId).every((c) => c.value === 0)).toBe(true);
  });

  it("counts shelter admissions by month and district, and refuses a table with too few women", async () => {
    const unitId = await t.unitId("CRISIS");
    const admit = async (ids: string[], on: string) =>
      t.sql(
        `WITH bed AS (INSERT INTO shelter_bed (unit_id, code, position) VALUES ($2, 'S-' || $3, 1) RETURNING id)
         INSERT INTO shelter_stay (beneficiary_id, unit_id, admitted_on, discharged_on, bed_id)
         SELECT x.id, $2, $3::date, $3::date + 10, bed.id FROM unnest($1::uuid[]) AS x(id), bed`,
        [ids, unitId, on],
      );
    const kulob = await f.women("Kulob", 11);
    await admit(kulob, "2019-01-15");
    await admit(kulob.slice(0, 2), "2019-02-20"); // two came back: counted in February, once in totals
    await admit(await f.women("Hamadoni", 1), "2019-03-05");
    await admit(await f.women("Farkhor", 3, "no"), "2019-03-06");
    const r = (await t.admin.ok(TABLE, { input: { table: "SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT", period: Q1 } })).statisticsTable;
    expect(r.columns).toEqual([
      { key: "2019-01", label: "January 2019" },
      { key: "2019-02", label: "February 2019" },
      { key: "2019-03", label: "March 2019" },
    ]);
    // True: Kulob 11, 2, 0 | 11; Hamadoni 0, 0, 1 | 1; totals 11, 2, 1 | 12. February's 2, March's 1
    // and Hamadoni's total 1 are below 10; Kulob's January (first of its smallest) and the January
    // total complement them. Farkhor's women did not consent.
    expect(grid(r)).toEqual({
      Farkhor: [0, 0, 0, 0],
      Hamadoni: [0, 0, null, null],
      Khovaling: [0, 0, 0, 0],
      Kulob: [null, null, 0, null],
      Shurabad: [0, 0, 0, 0],
      TOTAL: [null, null, null, 12],
    });
    const march = await t.admin.gql(TABLE, {
      input: { table: "SHELTER_ADMISSIONS_BY_MONTH_AND_DISTRICT", period: { year: 2019, month: 3 } },
    });
    expect(codes(march)).toEqual(["BAD_USER_INPUT"]);
    expect(march.errors?.[0]?.message).toMatch(/published by quarter only/);
  });

  it.each([
    [{ from: "2019-01-01", to: "2019-03-30" }, /whole calendar month, quarter or year/],
    [{ from: "2019-01-02", to: "2019-03-31" }, /whole calendar month, quarter or year/],
    [{ from: "2019-02-01", to: "2019-04-30" }, /whole calendar month, quarter or year/],
    [{ year: 2019, quarter: 1, month: 2 }, /not both/],
    [{ year: 2019, quarter: 5 }, /quarter must be 1 to 4/],
    [{ year: 2019, month: 0 }, /month must be 1 to 12/],
    [{ year: 2019, from: "2019-01-01", to: "2019-12-31" }, /not both/],
    [{ quarter: 1 }, /year/],
    [{ year: new Date().getFullYear() + 1 }, /not ended/],
    [{ year: new Date().getFullYear() }, /not ended/],
  ])("refuses the period %j", async (period, message) => {
    const r = await t.admin.gql(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period } });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors?.[0]?.message).toMatch(message);
  });

  it("takes a whole quarter given as first and last day, and refuses months and years that overlap it", async () => {
    const byDays = await t.admin.ok(TABLE, {
      input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: { from: "2019-01-01", to: "2019-03-31" } },
    });
    expect(byDays).toEqual(await t.admin.ok(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: Q1 } }));
    const february = await t.admin.gql(TABLE, {
      input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: { from: "2019-02-01", to: "2019-02-28" } },
    });
    // A month lies inside a quarter: this table is published by quarter only.
    expect(codes(february)).toEqual(["BAD_USER_INPUT"]);
    expect(february.errors?.[0]?.message).toMatch(/published by quarter only/);
    const year = await t.admin.gql(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: { year: 2019 } } });
    expect(year.errors?.[0]?.message).toMatch(/published by quarter only/);
  });

  it("gives every row's total, and refuses free filters: the input has no community, age or day fields", async () => {
    const r = await t.admin.gql(
      // Outside the schema on purpose (the input has no communityId): a plain string.
      `{ statisticsTable(input: { table: WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT, period: { year: 2019 }, communityId: "x" }) { note } }`,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("statisticsTable with NK_SUPPRESSION_MIN = 5", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform((c) => {
      c.suppressionMin = 5;
    });
    await supportFixture(t, await fixture(t));
  });
  afterAll(() => t?.stop());

  it("shows counts from 5 up and hides only what is below 5 and its complements", async () => {
    const partner = await t.partnerClient(["READ_STATISTICS"]);
    const r = (await partner.ok(TABLE, { input: { table: "WOMEN_SUPPORTED_BY_ASSISTANCE_AND_DISTRICT", period: Q1 } })).statisticsTable;
    expect(r.minimumCount).toBe(5);
    // Only Kulob's 3 is below 5: complements are Kulob's legal 12 (smallest in its row), Hamadoni's
    // medical 6 (smallest in its column), then Hamadoni's legal 11 to pair with it.
    const g = grid(r);
    expect(g.Kulob?.[2]).toBeNull();
    expect(g.Kulob?.[3]).toBe(0);
    expect(g.Hamadoni?.[2]).toBeNull(); // complement of Kulob's 3 in the medical column
    expect(g.TOTAL?.[2]).toBe(9);
    expect(g.TOTAL?.[4]).toBe(54);
    expect(grid(r)).toEqual({
      Farkhor: [0, 0, 0, 0, 0],
      Hamadoni: [null, 10, null, 0, 27],
      Khovaling: [0, 0, 0, 0, 0],
      Kulob: [null, 15, null, 0, 27],
      Shurabad: [0, 0, 0, 0, 0],
      TOTAL: [23, 25, 9, 0, 54],
    });
  });
});
